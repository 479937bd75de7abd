import assert from 'node:assert/strict';
import { claimsIn, claimsInSelections, nextUnreviewed } from '../../../../src/core/present/navigation';
import { claim, claims } from './fixtures';

describe('present: which claims a command acts on', () => {
  it('finds the claim under a cursor, including at its very end, and none between claims', () => {
    assert.deepEqual(claimsIn(claims, { start: 25, end: 25 }).map(c => c.key), ['b']);
    assert.deepEqual(claimsIn(claims, { start: 30, end: 30 }).map(c => c.key), ['b']);
    assert.deepEqual(claimsIn(claims, { start: 35, end: 35 }), []);
  });

  it('finds every claim a selection overlaps, but not one it only touches', () => {
    assert.deepEqual(claimsIn(claims, { start: 5, end: 45 }).map(c => c.key), ['a', 'b', 'c']);
    assert.deepEqual(claimsIn(claims, { start: 30, end: 40 }), []);
  });

  it('merges several selections in article order without duplicates', () => {
    const hit = claimsInSelections(claims, [{ start: 85, end: 85 }, { start: 2, end: 25 }, { start: 21, end: 22 }]);
    assert.deepEqual(hit.map(c => c.key), ['a', 'b', 'e']);
  });
});

describe('present: next / previous unreviewed claim', () => {
  it('walks forward over unverified claims only from the first one at the top, wrapping at the end', () => {
    const visited: string[] = [];
    let cursor = 0;
    for (let i = 0; i < 4; i++) {
      const next = nextUnreviewed(claims, cursor, 'next', i > 0)!;
      visited.push(next.key);
      cursor = next.start!;
    }
    // claim 'a' starts at offset 0, where the cursor is when an article opens: it is the first, not skipped
    assert.deepEqual(visited, ['a', 'b', 'a', 'b']);
  });

  it('goes from inside a claim to the next one, and from a place the walk did not set to a claim starting there', () => {
    assert.equal(nextUnreviewed(claims, 5, 'next')!.key, 'b');
    assert.equal(nextUnreviewed(claims, 20, 'next')!.key, 'b');
    assert.equal(nextUnreviewed(claims, 20, 'next', true)!.key, 'a');
  });

  it('walks backward from inside a claim to the one before it, wrapping at the start', () => {
    assert.equal(nextUnreviewed(claims, 25, 'previous')!.key, 'a');
    assert.equal(nextUnreviewed(claims, 20, 'previous')!.key, 'a');
    assert.equal(nextUnreviewed(claims, 5, 'previous')!.key, 'b');
  });

  it('says there is nothing left when every claim is reviewed', () => {
    assert.equal(nextUnreviewed([claim('v', 0, 5, { status: 'verified' })], 0, 'next'), undefined);
  });
});
