// Which claims a command acts on, and the keyboard walk through the claims still to review. Offsets are the
// article's UTF-16 offsets; a cursor at a claim's end still counts as on it (the caret just after the full stop).
import type { ReviewClaim } from '../review/reviewClaims';
import type { OffsetRange } from './claimStyles';

function placed(claim: ReviewClaim): claim is ReviewClaim & OffsetRange {
  return claim.start !== undefined && claim.end !== undefined;
}

/** Claims touching a cursor or overlapping a selection. An empty range is a cursor. */
export function claimsIn(claims: readonly ReviewClaim[], range: OffsetRange): ReviewClaim[] {
  if (range.start === range.end) return claims.filter(c => placed(c) && c.start <= range.start && range.start <= c.end);
  return claims.filter(c => placed(c) && c.start < range.end && range.start < c.end);
}

/** Claims under any of the selections (each cursor or selection once), in article order, without duplicates. */
export function claimsInSelections(claims: readonly ReviewClaim[], selections: readonly OffsetRange[]): ReviewClaim[] {
  const hit = new Set<ReviewClaim>();
  for (const range of selections) for (const claim of claimsIn(claims, range)) hit.add(claim);
  return claims.filter(c => hit.has(c));
}

/** A claim the editor still has to look at: detected or added, in place, not dismissed, status `unverified` — or a
 *  verdict whose words changed since it was given. */
export function isUnreviewed(claim: ReviewClaim): boolean {
  return placed(claim) && !claim.dismissed && !claim.orphaned && (claim.status === 'unverified' || Boolean(claim.changed));
}

/** The next (or previous) unreviewed claim strictly after (before) the claim the cursor is in, wrapping around the
 *  article; undefined when none is left. */
export function nextUnreviewed(claims: readonly ReviewClaim[], cursor: number, direction: 'next' | 'previous'): ReviewClaim | undefined {
  const todo = claims.filter(isUnreviewed).sort((a, b) => a.start! - b.start!);
  if (!todo.length) return undefined;
  if (direction === 'next') return todo.find(c => c.start! > cursor) ?? todo[0];
  // a claim the cursor is in (or at the end of) is not "previous": repeated presses must walk backwards
  return todo.filter(c => c.end! < cursor).pop() ?? todo[todo.length - 1];
}
