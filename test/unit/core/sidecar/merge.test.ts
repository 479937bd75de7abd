import assert from 'node:assert/strict';
import { mergeSidecars, mergeClaims } from '../../../../src/core/sidecar/merge';
import { planSidecarWrite } from '../../../../src/core/sidecar/write';
import { parseSidecar, serializeSidecar, setClaim, removeClaim } from '../../../../src/core/sidecar';
import type { ClaimAnnotation } from '../../../../src/core/sidecar/model';

function claim(id: string, start: number, extra: Partial<ClaimAnnotation> = {}): ClaimAnnotation {
  return { id, status: 'unverified', origin: 'detected', anchor: { quote: `Sentence ${id}.`, prefix: '', suffix: '', start, end: start + 12 }, ...extra };
}

function claimsOf(text: string): ClaimAnnotation[] {
  const parsed = parseSidecar(text);
  assert.ok(parsed.ok);
  return parsed.sidecar.claims;
}

function must(result: ReturnType<typeof setClaim>): string {
  assert.ok(result.ok);
  return result.text;
}

const BASE = serializeSidecar({ version: 1, article: 'story.md', claims: [claim('a', 0), claim('b', 100), claim('c', 200)] }).replace('claims:', '# kept by the desk\nclaims:');

describe('sidecar merge', () => {
  it('their changes to other claims survive mine, and their formatting stays', () => {
    const mine = must(setClaim(BASE, claim('a', 0, { status: 'verified', updated: '2026-05-01T10:00:00Z' })));
    const theirs = must(setClaim(BASE, claim('c', 200, { status: 'false', note: 'Wrong date.', updated: '2026-05-01T09:00:00Z' })));
    const merged = mergeSidecars(BASE, mine, theirs);
    assert.ok(merged.ok);
    assert.deepEqual(merged.conflicts, []);
    const byId = new Map(claimsOf(merged.text).map(c => [c.id, c]));
    assert.equal(byId.get('a')?.status, 'verified');
    assert.equal(byId.get('c')?.status, 'false');
    assert.equal(byId.get('c')?.note, 'Wrong date.');
    assert.match(merged.text, /# kept by the desk/);
  });

  it('the same claim changed on both sides: the newer `updated` wins and the conflict is reported', () => {
    const mine = must(setClaim(BASE, claim('b', 100, { status: 'verified', updated: '2026-05-01T10:00:00Z' })));
    const theirs = must(setClaim(BASE, claim('b', 100, { status: 'disputed', updated: '2026-05-01T11:30:00Z' })));
    const merged = mergeSidecars(BASE, mine, theirs);
    assert.ok(merged.ok);
    assert.equal(claimsOf(merged.text).find(c => c.id === 'b')?.status, 'disputed');
    assert.equal(merged.conflicts.length, 1);
    assert.equal(merged.conflicts[0].id, 'b');
    assert.equal(merged.conflicts[0].winner, 'theirs');
    assert.equal(merged.changed, true, 'the verdict that lost is kept in the history');
    assert.deepEqual(claimsOf(merged.text).find(c => c.id === 'b')?.history, [{ status: 'verified', time: '2026-05-01T10:00:00Z' }]);

    const mineNewer = must(setClaim(BASE, claim('b', 100, { status: 'verified', updated: '2026-05-01T12:00:00Z' })));
    const again = mergeSidecars(BASE, mineNewer, theirs);
    assert.ok(again.ok);
    assert.equal(claimsOf(again.text).find(c => c.id === 'b')?.status, 'verified');
    assert.equal(again.conflicts[0].winner, 'mine');
  });

  it('my anchor move and their status change on one claim both survive, without a conflict', () => {
    const mine = must(setClaim(BASE, claim('b', 140)));
    const theirs = must(setClaim(BASE, claim('b', 100, { status: 'verified', updated: '2026-05-02T08:00:00Z' })));
    const merged = mergeSidecars(BASE, mine, theirs);
    assert.ok(merged.ok);
    const b = claimsOf(merged.text).find(c => c.id === 'b');
    assert.equal(b?.status, 'verified');
    assert.equal(b?.anchor.start, 140);
    assert.deepEqual(merged.conflicts, []);
  });

  it('claims added on both sides are all kept; a removal wins only over an untouched claim', () => {
    const mine = must(removeClaim(must(setClaim(BASE, claim('m', 50))), 'a'));
    const theirs = must(setClaim(must(setClaim(BASE, claim('t', 150))), claim('a', 0, { status: 'verified', updated: '2026-05-03T08:00:00Z' })));
    const merged = mergeSidecars(BASE, mine, theirs);
    assert.ok(merged.ok);
    assert.deepEqual(claimsOf(merged.text).map(c => c.id).sort(), ['a', 'b', 'c', 'm', 't']);
    assert.equal(merged.conflicts[0].id, 'a');
    assert.equal(merged.conflicts[0].winner, 'theirs');

    const theirsRemoved = must(removeClaim(BASE, 'c'));
    const clean = mergeSidecars(BASE, mine, theirsRemoved);
    assert.ok(clean.ok);
    assert.deepEqual(claimsOf(clean.text).map(c => c.id).sort(), ['b', 'm']);
  });

  it('a malformed file on disk is reported, not merged', () => {
    const merged = mergeSidecars(BASE, BASE, 'version: 1\nclaims: [\n');
    assert.equal(merged.ok, false);
    assert.ok(!merged.ok && merged.side === 'theirs' && merged.problems[0].line >= 1);
  });

  it('mergeClaims without a base treats both sides as added', () => {
    const result = mergeClaims([], [claim('x', 0, { status: 'verified', updated: '2026-01-01T00:00:00Z' })], [claim('x', 0, { status: 'false', updated: '2026-02-01T00:00:00Z' })]);
    assert.equal(result.claims[0].status, 'false');
    assert.equal(result.conflicts.length, 1);
  });
});

describe('planSidecarWrite (read-modify-write)', () => {
  const claims = claimsOf(BASE);
  it('skips when nothing changed and writes only the change otherwise', () => {
    assert.deepEqual(planSidecarWrite({ base: BASE, disk: BASE, claims, articleName: 'story.md' }), { action: 'skip', conflicts: [] });
    const plan = planSidecarWrite({ base: BASE, disk: BASE, claims: [...claims.slice(1), claim('a', 0, { status: 'verified' })], articleName: 'story.md' });
    assert.equal(plan.action, 'write');
    assert.ok(plan.action === 'write' && claimsOf(plan.text).find(c => c.id === 'a')?.status === 'verified');
  });
  it('creates a new file only when there is something to write', () => {
    assert.equal(planSidecarWrite({ base: undefined, disk: undefined, claims: [], articleName: 'new.md' }).action, 'skip');
    const plan = planSidecarWrite({ base: undefined, disk: undefined, claims: [claim('n', 3)], articleName: 'new.md' });
    assert.ok(plan.action === 'write' && /article: new\.md/.test(plan.text));
  });
  it('merges when the file changed on disk since it was read', () => {
    const disk = must(setClaim(BASE, claim('c', 200, { status: 'false', updated: '2026-05-01T09:00:00Z' })));
    const plan = planSidecarWrite({ base: BASE, disk, claims: claims.map(c => (c.id === 'a' ? { ...c, status: 'verified' } : c)), articleName: 'story.md' });
    assert.equal(plan.action, 'write');
    const written = plan.action === 'write' ? claimsOf(plan.text) : [];
    assert.equal(written.find(c => c.id === 'a')?.status, 'verified');
    assert.equal(written.find(c => c.id === 'c')?.status, 'false');
  });
  it('a file that appeared on disk since the last read (none was there) keeps its claims', () => {
    // nothing was on disk when the article was read; then a git pull brought BASE; the editor annotates a new claim
    const plan = planSidecarWrite({ base: undefined, disk: BASE, claims: [claim('n', 300, { status: 'verified' })], articleName: 'story.md' });
    assert.equal(plan.action, 'write');
    const written = plan.action === 'write' ? claimsOf(plan.text) : [];
    assert.deepEqual(written.map(c => c.id).sort(), ['a', 'b', 'c', 'n']);
    assert.ok(plan.action === 'write' && plan.text.includes('# kept by the desk'));
  });
  it('when our last-read copy no longer parses, the claims on disk are merged, not replaced', () => {
    const plan = planSidecarWrite({ base: 'version: 1\n\tbad', disk: BASE, claims: [claim('n', 300)], articleName: 'story.md' });
    assert.equal(plan.action, 'write');
    assert.deepEqual(plan.action === 'write' ? claimsOf(plan.text).map(c => c.id).sort() : [], ['a', 'b', 'c', 'n']);
  });
  it('never overwrites a malformed file on disk', () => {
    const plan = planSidecarWrite({ base: BASE, disk: BASE.replace(/version: \d/, 'version: 2\n\tbad: tab'), claims, articleName: 'story.md' });
    assert.equal(plan.action, 'blocked');
  });
});
