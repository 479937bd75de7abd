import assert from 'node:assert/strict';
import type { ReviewClaim } from '../../../../src/core/review/reviewClaims';
import { claimStrength, claimStyle, groupClaimsByStyle, STRENGTH_FLOOR } from '../../../../src/core/present/claimStyles';
import { claimRangeAt, planDecorations } from '../../../../src/core/present/decorationPlan';
import { claimsIn, claimsInSelections, nextUnreviewed } from '../../../../src/core/present/navigation';
import { countByStyle, countStrongUnverified, statusBarText, statusBarTooltip } from '../../../../src/core/present/statusCounts';

function claim(key: string, start: number | undefined, end: number | undefined, extra: Partial<ReviewClaim> = {}): ReviewClaim {
  return { key, start, end, text: key, status: 'unverified', origin: 'detected', orphaned: false, dismissed: false, ...extra };
}

// Article of 100 characters with claims at 0-10, 20-30, 40-50 (verified), 60-70 (dismissed), 80-90, and one orphan.
const claims: ReviewClaim[] = [
  claim('a', 0, 10),
  claim('b', 20, 30),
  claim('c', 40, 50, { status: 'verified' }),
  claim('d', 60, 70, { dismissed: true }),
  claim('e', 80, 90, { status: 'needs-legal' }),
  claim('f', undefined, undefined, { orphaned: true, status: 'false' }),
];

describe('present: claim styles', () => {
  it('draws dismissed claims not at all, orphans as orphaned, unknown statuses as unverified', () => {
    assert.deepEqual(claims.map(claimStyle), ['unverified', 'unverified', 'verified', undefined, 'unverified', 'orphaned']);
  });

  it('groups placed claims by style and counts orphans without a place', () => {
    const { ranges, unplaced } = groupClaimsByStyle(claims);
    assert.deepEqual(ranges.unverified, [{ start: 0, end: 10 }, { start: 20, end: 30 }, { start: 80, end: 90 }]);
    assert.deepEqual(ranges.verified, [{ start: 40, end: 50 }]);
    assert.deepEqual(ranges.false, []);
    assert.deepEqual(ranges.orphaned, []);
    assert.equal(unplaced, 1);
  });

  it('draws an orphan that still has offsets at its place', () => {
    const { ranges, unplaced } = groupClaimsByStyle([claim('x', 5, 9, { orphaned: true })]);
    assert.deepEqual(ranges.orphaned, [{ start: 5, end: 9 }]);
    assert.equal(unplaced, 0);
  });
});

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
  it('walks forward over unverified claims only, wrapping at the end', () => {
    const visited: string[] = [];
    let cursor = 0;
    for (let i = 0; i < 4; i++) {
      const next = nextUnreviewed(claims, cursor, 'next')!;
      visited.push(next.key);
      cursor = next.start!;
    }
    assert.deepEqual(visited, ['b', 'a', 'b', 'a']);
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

describe('present: status bar counts', () => {
  it('counts by style, leaves out dismissed claims and empty styles but always shows unverified', () => {
    const counts = countByStyle(claims);
    assert.equal(counts.unverified, 3);
    assert.equal(statusBarText(counts), '$(check) 1 $(debug-disconnect) 1 $(question) 3');
    assert.equal(statusBarText(countByStyle([claim('v', 0, 5, { status: 'verified' })])), '$(check) 1 $(question) 0');
    assert.equal(statusBarTooltip(counts), 'Factcheck: 1 verified, 1 orphaned, 3 unverified');
    assert.equal(statusBarTooltip(counts, 2), 'Factcheck: 1 verified, 1 orphaned, 3 unverified (2 most check-worthy)');
    assert.equal(countStrongUnverified([claim('s', 0, 1, { score: 0.95 }), claim('w', 2, 3, { score: 0.6 }), claim('v', 4, 5, { score: 0.95, status: 'verified' })]), 1);
  });
});

describe('present: claim strength', () => {
  it('puts a claim in a tier by its score; a claim without a score (chosen by an editor) is strong', () => {
    assert.equal(claimStrength({ score: 0.97 }), 'strong');
    assert.equal(claimStrength({ score: STRENGTH_FLOOR.strong }), 'strong');
    assert.equal(claimStrength({ score: 0.8 }), 'medium');
    assert.equal(claimStrength({ score: STRENGTH_FLOOR.medium }), 'medium');
    assert.equal(claimStrength({ score: 0.55 }), 'weak');
    assert.equal(claimStrength({}), 'strong');
  });

  const ranked: ReviewClaim[] = [
    claim('strong', 0, 10, { score: 0.95 }),
    claim('medium', 20, 30, { score: 0.8 }),
    claim('weak', 40, 50, { score: 0.6 }),
    claim('reviewed', 60, 70, { score: 0.6, status: 'verified' }),
    claim('dismissed', 80, 90, { score: 0.99, dismissed: true }),
  ];
  const show = { people: true, dates: true, claims: true, claimStrength: true };

  it('shades unreviewed claims by strength; reviewed and dismissed claims are not shaded as unreviewed', () => {
    const plan = planDecorations(undefined, { claims: ranked, sidecar: { kind: 'none' } }, show);
    assert.deepEqual(plan.unverifiedShade, { strong: [{ start: 0, end: 10 }], medium: [{ start: 20, end: 30 }], weak: [{ start: 40, end: 50 }] });
    assert.deepEqual(plan.claims.unverified, [{ start: 0, end: 10 }, { start: 20, end: 30 }, { start: 40, end: 50 }]);
    assert.deepEqual(plan.claims.verified, [{ start: 60, end: 70 }]);
  });

  it('shades every unreviewed claim alike when strength is turned off, and nothing when claims are', () => {
    const flat = planDecorations(undefined, { claims: ranked, sidecar: { kind: 'none' } }, { ...show, claimStrength: false });
    assert.deepEqual(flat.unverifiedShade, { strong: [], medium: [{ start: 0, end: 10 }, { start: 20, end: 30 }, { start: 40, end: 50 }], weak: [] });
    const off = planDecorations(undefined, { claims: ranked, sidecar: { kind: 'none' } }, { ...show, claims: false });
    assert.deepEqual(off.unverifiedShade, { strong: [], medium: [], weak: [] });
  });

  it('finds the drawn claim under the cursor (at its end too), the innermost when claims nest, none between claims', () => {
    const plan = planDecorations(undefined, { claims: [...ranked, claim('inner', 62, 66, { origin: 'manual' })], sidecar: { kind: 'none' } }, show);
    assert.deepEqual(claimRangeAt(plan, 25), { start: 20, end: 30 });
    assert.deepEqual(claimRangeAt(plan, 30), { start: 20, end: 30 });
    assert.deepEqual(claimRangeAt(plan, 64), { start: 62, end: 66 });
    assert.equal(claimRangeAt(plan, 35), undefined);
    assert.equal(claimRangeAt(plan, 85), undefined, 'a dismissed claim is not drawn');
  });
});

describe('changed since review: style, counts, navigation', () => {
  it('a changed verdict is drawn and counted as changed, and the next/previous walk visits it', () => {
    const changed = claim('c', 10, 20, { status: 'verified', changed: true });
    assert.equal(claimStyle(changed), 'changed');
    assert.equal(claimStyle({ ...changed, orphaned: true }), 'orphaned');
    const counts = countByStyle([changed, claim('v', 0, 5, { status: 'verified' })]);
    assert.equal(statusBarText(counts), '$(check) 1 $(diff-modified) 1 $(question) 0');
    assert.equal(statusBarTooltip(counts), 'Factcheck: 1 verified, 1 changed since review');
    assert.equal(nextUnreviewed([claim('v', 0, 5, { status: 'verified' }), changed], 0, 'next')?.key, 'c');
  });
});
