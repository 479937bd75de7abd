// The words and icons (VS Code codicon names) each claim style is shown with, in hovers, the status bar and pickers.
// Icons go with the words so a status never rests on colour alone.
import type { ClaimStyle } from './claimStyles';

export const STYLE_LABEL: Record<ClaimStyle, string> = {
  unverified: 'Unverified',
  verified: 'Verified',
  disputed: 'Disputed',
  false: 'False',
  unverifiable: 'Unverifiable',
  orphaned: 'Orphaned',
  changed: 'Changed since review',
};

export const STYLE_ICON: Record<ClaimStyle, string> = {
  unverified: 'question',
  verified: 'check',
  disputed: 'warning',
  false: 'error',
  unverifiable: 'circle-slash',
  orphaned: 'debug-disconnect',
  changed: 'diff-modified',
};
