// The words, icons (VS Code codicon names) and theme colours each claim style is shown with, in the editor (hovers,
// highlights, status bar, pickers) and in the Claims view. Icons go with the words so a status never rests on colour.
import type { ClaimStrength, ClaimStyle } from './claimStyles';

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

/** How a hover names a claim's strength tier, so the ranking the shading shows is also said in words. */
export const STRENGTH_LABEL: Record<ClaimStrength, string> = {
  strong: 'among the most check-worthy',
  medium: 'check-worthy',
  weak: 'less check-worthy',
};

const capitalised = (s: string) => s[0].toUpperCase() + s.slice(1);

/** Theme colour id (package.json `contributes.colors`) of a claim style, e.g. `factcheck.claimVerifiedBackground`. */
export function claimColor(style: ClaimStyle, part: 'Background' | 'Ruler'): string {
  return `factcheck.claim${capitalised(style)}${part}`;
}
