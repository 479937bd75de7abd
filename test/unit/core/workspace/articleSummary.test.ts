import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/detect/analyze';
import { combineReview, type ArticleReview, type ReviewClaim } from '../../../../src/core/review/reviewClaims';
import { anchorClaims, createAnchor } from '../../../../src/core/sidecar';
import type { ClaimAnnotation } from '../../../../src/core/sidecar/model';
import { placedFromAnchoring } from '../../../../src/core/workspace/articleIndex';
import { attentionCount, detectedSummary, reviewSummary } from '../../../../src/core/workspace/articleSummary';

const TEXT = 'The council approved a budget of $4.2 million on Tuesday, officials said.\n\nUnemployment fell to 3.1 percent last year, according to the statistics office.\n';

function claim(status: string, over: Partial<ReviewClaim> = {}): ReviewClaim {
  return { key: `k-${Math.random()}`, text: 'words', status, origin: 'detected', orphaned: false, dismissed: false, ...over };
}

describe('article summaries (the Claims view’s rows, badge and Overview without every claim)', () => {
  it('counts an unreviewed article’s detected claims as unverified, nothing needing attention', () => {
    const summary = detectedSummary(7);
    assert.equal(summary.statuses.unverified, 7);
    assert.equal(Object.values(summary.statuses).reduce((a, b) => a + b), 7);
    assert.equal(summary.kinds.unverified, 7);
    assert.equal(summary.attention, 0);
  });

  it('equals the summary of the review made from the same detections', () => {
    const detected = analyze(TEXT).claims;
    assert.ok(detected.length >= 2);
    const review = combineReview(detected, [], { kind: 'none' });
    assert.deepEqual(reviewSummary(review), detectedSummary(detected.length));
  });

  it('counts a review by the view’s statuses, the Overview’s kinds and what needs attention', () => {
    const review: ArticleReview = { sidecar: { kind: 'ok' }, claims: [
      claim('verified'), claim('verified', { changed: true }), claim('disputed'), claim('false', { orphaned: true }),
      claim('needs-legal'), claim('unverified', { dismissed: true }), claim('unverified'),
    ] };
    const summary = reviewSummary(review);
    assert.deepEqual(summary.statuses, { changed: 1, unverified: 2, disputed: 1, false: 0, unverifiable: 0, verified: 1, orphaned: 1, dismissed: 1 });
    assert.deepEqual(summary.kinds, { false: 0, disputed: 1, changed: 1, orphaned: 1, unverified: 1, unverifiable: 0, verified: 1, other: 1 },
      'a team’s own status is “other” in the Overview, a dismissed claim is left out');
    assert.equal(summary.attention, 3, 'changed, disputed, detached');
    assert.equal(reviewSummary(review), summary, 'worked out once per review');
  });

  it('counts for the badge what needs attention, not every detected claim', () => {
    const detected = analyze(TEXT).claims;
    const start = TEXT.indexOf('Unemployment');
    const end = TEXT.indexOf('office.') + 'office.'.length;
    const annotation: ClaimAnnotation = { id: 'c1', status: 'disputed', origin: 'detected', anchor: createAnchor(TEXT, start, end) };
    const untouched = combineReview(detected, [], { kind: 'none' });
    assert.equal(attentionCount([untouched]), 0);
    const disputed = combineReview(detected, placedFromAnchoring(TEXT, anchorClaims(TEXT, [annotation])), { kind: 'ok' });
    const orphaned = combineReview([], [{ annotation: { ...annotation, id: 'c2', status: 'verified' }, text: 'gone' }], { kind: 'ok' });
    const dismissed = combineReview([], [{ annotation: { ...annotation, id: 'c3', status: 'false', dismissed: true }, start, end, text: 'x' }], { kind: 'ok' });
    assert.equal(attentionCount([untouched, disputed, orphaned, dismissed, undefined]), 2);
  });
});
