// The words, icons (VS Code codicon names) and theme colours each claim style is shown with, in the editor (hovers,
// highlights, status bar, pickers) and in the Claims view. Icons go with the words so a status never rests on colour.
import type { ClaimStrength, ClaimStyle } from './claimStyles';

export const STYLE_LABEL: Record<ClaimStyle, string> = {
  unverified: 'Unverified',
  verified: 'Verified',
  disputed: 'Disputed',
  false: 'False',
  unverifiable: 'Unverifiable',
  orphaned: 'Detached',
  changed: 'Changed since review',
};

/** People's one word for a claim whose sentence is no longer in the article, the same in every view, report and the
 *  CLI's readable output (`orphaned` stays the machine word: `--fail-on orphaned`, the JSON key), and what it means. */
export const DETACHED = 'detached';
export const DETACHED_MEANING = 'its sentence is no longer in the article';

/** The line above an article with detached claims. */
export function detachedNotice(count: number): string {
  return count === 1
    ? `1 ${DETACHED} claim: ${DETACHED_MEANING}. Select where it belongs and run “Re-attach”, or see it in the Claims view.`
    : `${count} ${DETACHED} claims: their sentences are no longer in the article. Select where each belongs and run “Re-attach”, or see them in the Claims view.`;
}

/** What re-attaching did, said back to the editor: which verdict now covers which words. */
export function reattachedMessage(verdict: string, claim: string, line: number, words: string): string {
  return `re-attached the ${verdict} claim “${claim}” to line ${line} (“${words}”): its verdict, note and sources now cover these words.`;
}

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
