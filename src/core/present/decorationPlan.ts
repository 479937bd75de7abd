// What to draw for one article: the spans of each highlight kind, from the analysis, the review and the user's
// `factcheck.highlight.*` choices. Pure, so its cost can be measured outside VS Code (test/bench/decorations.bench.ts).
import type { Analysis } from '../detect/spans';
import type { ArticleReview } from '../review/reviewClaims';
import { groupClaimsByStyle, type ClaimStyle, type OffsetRange } from './claimStyles';

export interface HighlightChoices {
  people: boolean;
  dates: boolean;
  claims: boolean;
}

export interface DecorationPlan {
  people: OffsetRange[];
  dates: OffsetRange[];
  claims: Record<ClaimStyle, OffsetRange[]>;
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
    unplacedOrphans: claims.unplaced,
  };
}
