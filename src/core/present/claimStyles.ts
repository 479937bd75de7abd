// How a claim is drawn: one style per built-in status plus `orphaned` and `changed` (since review). Every decoration, gutter icon, ruler mark and
// status-bar count is keyed by these, so the editor never decides twice what a claim looks like.
import type { ReviewClaim } from '../review/reviewClaims';
import { BUILTIN_STATUSES } from '../sidecar/model';

export const CLAIM_STYLES = [...BUILTIN_STATUSES, 'orphaned', 'changed'] as const;
export type ClaimStyle = (typeof CLAIM_STYLES)[number];

const BUILTIN: ReadonlySet<string> = new Set(BUILTIN_STATUSES);

/** The style a claim is drawn in; undefined for dismissed claims, which are not highlighted.
 *  A status this installation does not know (a team's own) is drawn like `unverified`: it still needs a look. */
export function claimStyle(claim: ReviewClaim): ClaimStyle | undefined {
  if (claim.dismissed) return undefined;
  if (claim.orphaned) return 'orphaned';
  // a verdict on words that are no longer there is not shown as that verdict until someone looks again
  if (claim.changed) return 'changed';
  return BUILTIN.has(claim.status) ? (claim.status as ClaimStyle) : 'unverified';
}

export interface OffsetRange {
  start: number;
  end: number;
}

/** Claims with a place in the text, grouped by style (every style present, possibly empty), in article order.
 *  Orphaned claims without offsets are counted apart: they have nowhere to be drawn. */
export function groupClaimsByStyle(claims: readonly ReviewClaim[]): { ranges: Record<ClaimStyle, OffsetRange[]>; unplaced: number } {
  const ranges = Object.fromEntries(CLAIM_STYLES.map(style => [style, [] as OffsetRange[]])) as Record<ClaimStyle, OffsetRange[]>;
  let unplaced = 0;
  for (const claim of claims) {
    const style = claimStyle(claim);
    if (!style) continue;
    if (claim.start === undefined || claim.end === undefined) {
      if (claim.orphaned) unplaced++;
      continue;
    }
    ranges[style].push({ start: claim.start, end: claim.end });
  }
  return { ranges, unplaced };
}
