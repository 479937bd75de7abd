import assert from 'node:assert/strict';
import { claimStrength, claimStyle, groupClaimsByStyle, STRENGTH_FLOOR } from '../../../../src/core/present/claimStyles';
import { claimRangeAt, planDecorations } from '../../../../src/core/present/decorationPlan';
import { nextUnreviewed } from '../../../../src/core/present/navigation';
import { countByStyle, statusBarText, statusBarTooltip } from '../../../../src/core/present/statusCounts';
import type { ReviewClaim } from '../../../../src/core/review/reviewClaims';
import { claim, claims } from './fixtures';

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
