// How a claim is drawn: one style per built-in status plus `orphaned` and `changed` (since review). Every decoration,
// gutter icon, ruler mark and status-bar count is keyed by these, so the editor never decides twice what a claim
// looks like.
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

/** How check-worthy an unreviewed claim is, from its detection score: strong claims are drawn to stand out, weak ones
 *  quietly, so an editor sees where to start and reviewed claims stay visible among the rest. */
export const CLAIM_STRENGTHS = ['strong', 'medium', 'weak'] as const;
export type ClaimStrength = (typeof CLAIM_STRENGTHS)[number];

/** Least score of each tier. On news a third to a half of the claims above the default threshold score 0.9 or more
 *  (see SCORE_TEMPERATURE in detect/claims.ts). */
export const STRENGTH_FLOOR: Record<Exclude<ClaimStrength, 'weak'>, number> = { strong: 0.9, medium: 0.75 };

/** A claim's tier. A claim without a score was chosen by an editor (added by hand, or a sidecar entry detection no
 *  longer finds): someone thought it worth checking, so it is strong. */
export function claimStrength(claim: Pick<ReviewClaim, 'score'>): ClaimStrength {
  if (claim.score === undefined) return 'strong';
  if (claim.score >= STRENGTH_FLOOR.strong) return 'strong';
  return claim.score >= STRENGTH_FLOOR.medium ? 'medium' : 'weak';
}

export interface OffsetRange {
  start: number;
  end: number;
}

/** Claims with a place in the text, grouped by style (every style present, possibly empty), in article order.
 *  Orphaned claims without offsets are counted apart: they have nowhere to be drawn. */
export function groupClaimsByStyle(claims: readonly ReviewClaim[]): {
  ranges: Record<ClaimStyle, OffsetRange[]>;
  /** The `unverified` ranges again, by strength. */
  unverifiedByStrength: Record<ClaimStrength, OffsetRange[]>;
  unplaced: number;
} {
  const ranges = Object.fromEntries(CLAIM_STYLES.map(style => [style, [] as OffsetRange[]])) as Record<ClaimStyle, OffsetRange[]>;
  const unverifiedByStrength: Record<ClaimStrength, OffsetRange[]> = { strong: [], medium: [], weak: [] };
  let unplaced = 0;
  for (const claim of claims) {
    const style = claimStyle(claim);
    if (!style) continue;
    if (claim.start === undefined || claim.end === undefined) {
      if (claim.orphaned) unplaced++;
      continue;
    }
    ranges[style].push({ start: claim.start, end: claim.end });
    if (style === 'unverified') unverifiedByStrength[claimStrength(claim)].push({ start: claim.start, end: claim.end });
  }
  return { ranges, unverifiedByStrength, unplaced };
}
