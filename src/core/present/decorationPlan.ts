// What to draw for one article: the spans of each highlight kind, from the analysis, the review and the user's
// `factcheck.highlight.*` choices. Pure, so its cost can be measured outside VS Code (test/bench/decorations.bench.ts).
import type { Analysis } from '../detect/spans';
import type { ArticleReview } from '../review/reviewClaims';
import { CLAIM_STYLES, groupClaimsByStyle, type ClaimStrength, type ClaimStyle, type OffsetRange } from './claimStyles';

export interface HighlightChoices {
  people: boolean;
  dates: boolean;
  claims: boolean;
  /** Shade unreviewed claims by strength; when off every unreviewed claim is drawn `medium`. */
  claimStrength: boolean;
}

export interface DecorationPlan {
  people: OffsetRange[];
  dates: OffsetRange[];
  claims: Record<ClaimStyle, OffsetRange[]>;
  /** The `unverified` claims by how they are shaded: strong ones stand out, weak ones get no shading of their own
   *  (their gutter icon and ruler mark still show; the claim under the cursor is outlined). */
  unverifiedShade: Record<ClaimStrength, OffsetRange[]>;
  /** Orphaned claims with no place in the text (announced on the first line instead). */
  unplacedOrphans: number;
}

const offsets = (spans: readonly OffsetRange[]): OffsetRange[] => spans.map(({ start, end }) => ({ start, end }));

export function planDecorations(analysis: Analysis | undefined, review: ArticleReview | undefined, show: HighlightChoices): DecorationPlan {
  const claims = groupClaimsByStyle(show.claims && review ? review.claims : []);
  return {
    people: show.people && analysis ? offsets(analysis.people) : [],
    dates: show.dates && analysis ? offsets(analysis.dates) : [],
    claims: claims.ranges,
    unverifiedShade: show.claimStrength ? claims.unverifiedByStrength : { strong: [], medium: claims.ranges.unverified, weak: [] },
    unplacedOrphans: claims.unplaced,
  };
}

/** The drawn claim under a cursor (a cursor just after a claim's last character is still on it, as for commands);
 *  the innermost when claims nest. */
export function claimRangeAt(plan: Pick<DecorationPlan, 'claims'>, offset: number): OffsetRange | undefined {
  let found: OffsetRange | undefined;
  for (const style of CLAIM_STYLES) {
    for (const range of plan.claims[style]) {
      if (range.start <= offset && offset <= range.end && (!found || range.end - range.start < found.end - found.start)) found = { ...range };
    }
  }
  return found;
}
