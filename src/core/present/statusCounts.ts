// Counts by style for the status bar: "$(check) 5 $(error) 1 $(question) 7" and a tooltip in words.
import type { ReviewClaim } from '../review/reviewClaims';
import { CLAIM_STYLES, claimStrength, claimStyle, type ClaimStyle } from './claimStyles';
import { STYLE_ICON, STYLE_LABEL } from './statusLook';

export function countByStyle(claims: readonly ReviewClaim[]): Record<ClaimStyle, number> {
  const counts = Object.fromEntries(CLAIM_STYLES.map(style => [style, 0])) as Record<ClaimStyle, number>;
  for (const claim of claims) {
    const style = claimStyle(claim);
    if (style) counts[style]++;
  }
  return counts;
}

/** Unreviewed claims in the strong tier: the ones drawn to stand out, named in the tooltip as where to start. */
export function countStrongUnverified(claims: readonly ReviewClaim[]): number {
  return claims.filter(claim => claimStyle(claim) === 'unverified' && claimStrength(claim) === 'strong').length;
}

/** Order of the status bar: done first, then problems, then what is left; styles with no claim are left out,
 *  except `unverified`, so "nothing left to review" reads as 0. */
const BAR_ORDER: ClaimStyle[] = ['verified', 'disputed', 'false', 'unverifiable', 'changed', 'orphaned', 'unverified'];

export function statusBarText(counts: Record<ClaimStyle, number>): string {
  return BAR_ORDER.filter(style => counts[style] > 0 || style === 'unverified')
    .map(style => `$(${STYLE_ICON[style]}) ${counts[style]}`).join(' ');
}

export function statusBarTooltip(counts: Record<ClaimStyle, number>, strongUnverified = 0): string {
  const words = BAR_ORDER.filter(style => counts[style] > 0).map(style => `${counts[style]} ${style === 'changed' ? 'changed since review' : STYLE_LABEL[style].toLowerCase()}`
    + (style === 'unverified' && strongUnverified > 0 ? ` (${strongUnverified} most check-worthy)` : ''));
  return `Factcheck: ${words.length ? words.join(', ') : 'no claims'}`;
}
