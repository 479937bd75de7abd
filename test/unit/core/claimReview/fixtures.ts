// What the ClaimReview tests share: an article and its sidecar put through the same core steps as the CLI and the
// editor (detection, anchoring, combined review), as the export takes it.
import { analyze } from '../../../../src/core/detect/analyze';
import type { ClaimReviewArticle, ClaimReviewSettings } from '../../../../src/core/claimReview/export';
import { combineReview } from '../../../../src/core/review/reviewClaims';
import { anchorClaims, parseSidecar, type ClaimAnnotation } from '../../../../src/core/sidecar';
import { createAnchor } from '../../../../src/core/sidecar/anchoring';
import { placedFromAnchoring } from '../../../../src/core/workspace/articleIndex';

export const SETTINGS: ClaimReviewSettings = {
  organization: 'Northline News',
  organizationUrl: 'https://northline.example.org',
  urlPattern: 'https://northline.example.org/stories/{path}',
};

export function reviewedArticle(path: string, text: string, claims: readonly ClaimAnnotation[], options: { referenceDate?: string } = {}): ClaimReviewArticle {
  const analysis = analyze(text, options);
  const review = combineReview(analysis.claims, placedFromAnchoring(text, anchorClaims(text, claims)), { kind: 'ok' });
  return { path, text, claims: review.claims, people: analysis.people, reference: analysis.reference };
}

export function articleFromSidecar(path: string, text: string, sidecarText: string): ClaimReviewArticle {
  const parsed = parseSidecar(sidecarText);
  if (!parsed.ok) throw new Error(parsed.problems.map(p => p.message).join('; '));
  return reviewedArticle(path, text, parsed.sidecar.claims);
}

/** A claim annotation on `quote` (its first occurrence in `text`) with a verdict given on those words. */
export function verdictOn(text: string, quote: string, status: string, id: string, extra: Partial<ClaimAnnotation> = {}): ClaimAnnotation {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in the text: ${quote}`);
  return {
    id, status, origin: 'detected', reviewer: 'Dana Reyes', updated: '2026-03-12T09:40:00Z',
    anchor: createAnchor(text, start, start + quote.length),
    reviewed: { quote, reviewer: 'Dana Reyes', time: '2026-03-12T09:40:00Z' },
    ...extra,
  };
}
