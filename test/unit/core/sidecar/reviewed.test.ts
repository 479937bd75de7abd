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

  it('compare equal when a link, a tag or emphasis is put on the same words; not when the words change', () => {
    const plain = 'Minister Ana Ruiz said the bank had agreed to lend 40 percent.';
    assert.ok(sameWording(plain, 'Minister [Ana Ruiz](https://example.org/people/ana-ruiz) said the bank had agreed to lend 40 percent.'));
    assert.ok(sameWording(plain, 'Minister <a href="https://example.org/ar">Ana Ruiz</a> said the <b>bank</b> had agreed to lend 40 percent.'));
    assert.ok(sameWording(plain, 'Minister **Ana Ruiz** said the bank had _agreed_ to lend *40 percent.*'));
    assert.ok(sameWording('The [bank](https://a.example) agreed.', 'The [bank](https://b.example/other) agreed.'));
    // a wiki address with brackets in it is all destination
    assert.ok(sameWording('The Mercury probe rose.', 'The [Mercury](https://example.org/wiki/Mercury_(probe)) probe rose.'));
    assert.ok(!sameWording(plain, 'Minister [Ana Ruiz](https://example.org) said the bank had agreed to lend 45 percent.'));
    assert.ok(!sameWording('The [bank](https://a.example) agreed.', 'The [fund](https://a.example) agreed.'));
    assert.ok(!sameWording('Figures at www.stats.example/2025 show it.', 'Figures at www.stats.example/2024 show it.'));
    assert.ok(!sameWording('It rose 5*3 times.', 'It rose 53 times.'));
    // words struck out or marked inserted are no mere styling
    assert.ok(!sameWording('The grant was not approved.', 'The grant was <del>not</del> approved.'));
    assert.ok(!sameWording('The grant was not approved.', 'The grant was <s>not</s> approved.'));
    assert.ok(!sameWording('The grant was approved.', 'The grant was <ins>not</ins> approved.'));
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
