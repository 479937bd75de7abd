import assert from 'node:assert/strict';
import { changedSinceReview, keepReviewedWords, reviewedWords, sameWording, wordingKey } from '../../../../src/core/sidecar/reviewed';
import type { ClaimAnnotation } from '../../../../src/core/sidecar/model';

const QUOTE = 'The minister said the grant was approved.';
const claim = (extra: Partial<ClaimAnnotation> = {}): ClaimAnnotation =>
  ({ id: 'c-1', status: 'verified', origin: 'detected', anchor: { quote: QUOTE, prefix: '', suffix: '', start: 0, end: QUOTE.length }, ...extra });

describe('reviewed words', () => {
  it('are `reviewed.quote`, else (version 1) the anchor quote', () => {
    assert.equal(reviewedWords(claim()), QUOTE);
    assert.equal(reviewedWords(claim({ reviewed: { quote: 'Other words.' } })), 'Other words.');
  });

  it('compare equal across formatting only', () => {
    assert.ok(sameWording('He said \u2018no\u2019 \u2014 twice.', "He said 'no' -\ntwice."));
    assert.ok(sameWording('caf\u0065\u0301 ﬁnal', 'caf\u00e9 final'), 'Unicode normalisation');
    assert.ok(sameWording('soft\u00adhyphen', 'softhyphen'));
    assert.ok(!sameWording('was approved', 'was not approved'));
    assert.ok(!sameWording('4 percent', '5 percent'));
    assert.equal(wordingKey('  a \n b  '), 'a b');
  });

  it('changedSinceReview: only a verdict with a place can be changed', () => {
    assert.equal(changedSinceReview(claim(), QUOTE.replace('approved', 'not approved')), true);
    assert.equal(changedSinceReview(claim(), QUOTE), false);
    assert.equal(changedSinceReview(claim(), undefined), false);
    assert.equal(changedSinceReview(claim({ status: 'unverified' }), 'x'), false);
    assert.equal(changedSinceReview(claim({ dismissed: true }), 'x'), false);
  });

  it('keepReviewedWords: an anchor that followed an edit never carries the reviewed words away', () => {
    const moved = claim({ anchor: { quote: 'The minister said the grant was not approved.', prefix: '', suffix: '', start: 0, end: 45 } });
    assert.deepEqual(keepReviewedWords(claim({ reviewer: 'Dana', updated: '2026-01-01T00:00:00Z' }), moved).reviewed,
      { quote: QUOTE, reviewer: 'Dana', time: '2026-01-01T00:00:00Z' });
    assert.deepEqual(keepReviewedWords(claim({ reviewed: { quote: 'Kept.' } }), moved).reviewed, { quote: 'Kept.' });
    assert.equal(keepReviewedWords(claim(), claim()).reviewed, undefined, 'same quote: nothing to add');
    assert.equal(keepReviewedWords(undefined, moved), moved);
    assert.equal(keepReviewedWords(claim({ status: 'unverified' }), { ...moved, status: 'unverified' }).reviewed, undefined);
  });
});
