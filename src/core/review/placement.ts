// Where a claim the editor acts on is in the article now, and the sidecar's list of entries with one of them changed.
// Pure: the review layer reads a review, the user types on, and only then does the command's write run.
import type { ClaimAnnotation } from '../sidecar/model';
import type { ReviewClaim } from './reviewClaims';

/** An entry's live place in the current text (`orphaned`: it has none). */
export interface LivePlace {
  id: string;
  start: number;
  end: number;
  orphaned: boolean;
}

/**
 * Where a claim nobody annotated yet is now: its offsets if the text there is still its text, else the nearest
 * occurrence of its text (the review was read before an edit). Throws when its text is gone.
 */
export function placeOf(text: string, claim: ReviewClaim): [number, number] {
  const { start, end } = claim;
  if (start !== undefined && end !== undefined && text.slice(start, end) === claim.text) return [start, end];
  const hint = start ?? 0;
  let best = -1;
  for (let at = text.indexOf(claim.text); at >= 0 && claim.text; at = text.indexOf(claim.text, at + 1)) {
    if (best < 0 || Math.abs(at - hint) < Math.abs(best - hint)) best = at;
  }
  if (best < 0) throw new Error('The claim\'s text changed before it could be saved. Try again.');
  return [best, best + claim.text.length];
}

/** The id of the attached entry exactly where `claim` (shown as not annotated) is now, if one is. */
export function annotatedAt(places: Iterable<LivePlace>, text: string, claim: ReviewClaim): string | undefined {
  if (claim.annotation || claim.start === undefined) return undefined;
  let start: number, end: number;
  try {
    [start, end] = placeOf(text, claim);
  } catch {
    return undefined;
  }
  for (const place of places) {
    if (!place.orphaned && place.start === start && place.end === end) return place.id;
  }
  return undefined;
}

/** `claims` with `claim` in place of the entry with its id (or added at the end). */
export function replaceClaim(claims: readonly ClaimAnnotation[], claim: ClaimAnnotation): ClaimAnnotation[] {
  const at = claims.findIndex(c => c.id === claim.id);
  return at < 0 ? [...claims, claim] : claims.map((c, i) => (i === at ? claim : c));
}
