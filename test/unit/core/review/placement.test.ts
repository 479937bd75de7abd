import assert from 'node:assert/strict';
import { annotatedAt, placeOf, replaceClaim } from '../../../../src/core/review/placement';
import type { ReviewClaim } from '../../../../src/core/review/reviewClaims';
import { createAnchor } from '../../../../src/core/sidecar/anchoring';
import type { ClaimAnnotation } from '../../../../src/core/sidecar/model';

const TEXT = 'The pier opened in 2019. Fares rose 12 percent. The pier opened in 2019.';

function claim(text: string, start?: number, extra: Partial<ReviewClaim> = {}): ReviewClaim {
  return {
    key: `d-${start}`, text, start, end: start === undefined ? undefined : start + text.length,
    status: 'unverified', origin: 'detected', orphaned: false, dismissed: false, ...extra,
  };
}

function entry(id: string, start: number, end: number, status = 'verified'): ClaimAnnotation {
  return { id, status, origin: 'detected', anchor: createAnchor(TEXT, start, end) };
}

describe('placeOf', () => {
  it('keeps the offsets while the text there is still the claim', () => {
    assert.deepEqual(placeOf(TEXT, claim('Fares rose 12 percent.', 25)), [25, 47]);
  });

  it('takes the occurrence nearest the old offsets once the text moved', () => {
    const edited = `Update: ${TEXT}`;
    assert.deepEqual(placeOf(edited, claim('The pier opened in 2019.', 48)), [56, 80]);
    assert.deepEqual(placeOf(edited, claim('The pier opened in 2019.', 0)), [8, 32]);
  });

  it('throws a readable error when the text is gone', () => {
    assert.throws(() => placeOf('Nothing left.', claim('Fares rose 12 percent.', 25)), /text changed before it could be saved/);
  });
});

describe('annotatedAt', () => {
  const places = [
    { id: 'c-gone', start: 25, end: 47, orphaned: true },
    { id: 'c-fares', start: 25, end: 47, orphaned: false },
  ];

  it('finds the attached entry exactly where an unannotated claim is', () => {
    assert.equal(annotatedAt(places, TEXT, claim('Fares rose 12 percent.', 25)), 'c-fares');
  });

  it('finds none for a claim shown as annotated, one elsewhere, or one whose text is gone', () => {
    const annotated = claim('Fares rose 12 percent.', 25, { annotation: entry('c-fares', 25, 47) });
    assert.equal(annotatedAt(places, TEXT, annotated), undefined);
    assert.equal(annotatedAt(places, TEXT, claim('The pier opened in 2019.', 0)), undefined);
    assert.equal(annotatedAt(places, 'Nothing left.', claim('Fares rose 12 percent.', 25)), undefined);
  });
});

describe('replaceClaim', () => {
  it('puts the entry in place of the one with its id, keeping the order, and leaves the input alone', () => {
    const claims = [entry('c-a', 0, 24), entry('c-b', 25, 47)];
    const changed = { ...claims[0], status: 'disputed' };
    const result = replaceClaim(claims, changed);
    assert.deepEqual(result.map(c => [c.id, c.status]), [['c-a', 'disputed'], ['c-b', 'verified']]);
    assert.equal(claims[0].status, 'verified');
  });

  it('adds an entry with a new id at the end', () => {
    const claims = [entry('c-a', 0, 24)];
    assert.deepEqual(replaceClaim(claims, entry('c-new', 48, 72)).map(c => c.id), ['c-a', 'c-new']);
  });
});
