// The cost of a write (issue 13, case 15): a change to a few claims of a large sidecar in the plain layout parses only
// the lines it touches with the `yaml` library, and leaves every other line byte for byte; what is written still
// reads back exactly as meant.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fullParseSidecar } from '../../../../src/core/sidecar/read';
import { fullParseWork, serializeSidecar, updateSidecarText } from '../../../../src/core/sidecar/update';
import { sameClaim } from '../../../../src/core/sidecar/equality';
import type { ClaimAnnotation } from '../../../../src/core/sidecar/model';

function claimNumber(i: number, extra: Partial<ClaimAnnotation> = {}): ClaimAnnotation {
  return {
    id: `c-${i}`, status: i % 4 ? 'unverified' : 'verified', origin: 'detected', ...(i % 3 ? {} : { note: `Checked, call ${i}.` }),
    anchor: { quote: `The council approved ${i} new flats on Tuesday.`, prefix: 'last year. ', suffix: ' The mayor', start: i * 100, end: i * 100 + 40 },
    ...extra,
  };
}

function readBack(text: string): ClaimAnnotation[] {
  const parsed = fullParseSidecar(text);
  assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.problems));
  return parsed.sidecar.claims;
}

describe('sidecar write cost', () => {
  const claims = Array.from({ length: 1000 }, (_, i) => claimNumber(i));
  const text = serializeSidecar({ version: 1, article: 'bench.md', claims });

  it('one status change in a 1,000-claim sidecar parses about one entry, not the file, and rewrites one line', () => {
    const wanted = claims.map((c, i) => (i === 500 ? { ...c, status: 'disputed' } : c));
    fullParseWork.characters = 0;
    const result = updateSidecarText(text, wanted);
    assert.ok(result.ok && result.changed);
    const entry = text.length / claims.length;
    assert.ok(fullParseWork.characters < 4 * entry, `the yaml library parsed ${fullParseWork.characters} characters for a ${text.length}-character file`);
    const before = text.split('\n');
    const after = result.text.split('\n');
    assert.equal(after.length, before.length);
    assert.deepEqual(after.filter((line, i) => line !== before[i]), ['    status: disputed']);
    assert.ok(readBack(result.text).every((c, i) => sameClaim(c, wanted[i])));
  });

  it('adding and removing a claim in a 1,000-claim sidecar parses only the new entry', () => {
    const added = claimNumber(5000, { id: 'c-new', anchor: { ...claimNumber(0).anchor, start: 250, end: 260 } });
    const wanted = [...claims.filter(c => c.id !== 'c-10'), added];
    fullParseWork.characters = 0;
    const result = updateSidecarText(text, wanted);
    assert.ok(result.ok);
    assert.ok(fullParseWork.characters < 4 * (text.length / claims.length), `parsed ${fullParseWork.characters} characters`);
    const ids = readBack(result.text).map(c => c.id);
    assert.deepEqual(ids.slice(0, 4), ['c-0', 'c-1', 'c-2', 'c-new'], 'inserted in position order');
    assert.ok(!ids.includes('c-10'));
    assert.equal(ids.length, 1000);
  });

  it('property: a few changes to a plain sidecar with comments read back exactly, and untouched entries keep every byte', () => {
    const change = fc.record({
      index: fc.nat({ max: 60 }),
      kind: fc.constantFrom('status', 'note', 'source', 'move', 'remove', 'add'),
      text: fc.string({ maxLength: 30 }),
    });
    fc.assert(fc.property(fc.integer({ min: 1, max: 40 }), fc.boolean(), fc.array(change, { minLength: 1, maxLength: 4 }), (count, crlf, changes) => {
      const start = Array.from({ length: count }, (_, i) => claimNumber(i, i % 5 === 1 ? { sources: ['https://example.org/a'] } : {}));
      let old = serializeSidecar({ version: 1, article: 'a.md', claims: start });
      // hand-written comments between entries and inside them
      old = old.replace(/\n {2}- id: c-(\d*[05])\n/g, '\n  # entry $1, checked by the desk\n  - id: c-$1\n').replace(/\n {4}origin: detected\n/, '\n    # detected by Factcheck\n    origin: detected\n');
      if (crlf) old = old.replace(/\n/g, '\r\n');
      const wanted = new Map(start.map(c => [c.id, c]));
      for (const { index, kind, text } of changes) {
        const id = `c-${index % count}`;
        const claim = wanted.get(id);
        if (kind === 'add') wanted.set(`c-x${index}`, claimNumber(index, { id: `c-x${index}`, note: text || undefined }));
        else if (!claim) continue;
        else if (kind === 'remove') wanted.delete(id);
        else if (kind === 'status') wanted.set(id, { ...claim, status: claim.status === 'verified' ? 'false' : 'verified' });
        else if (kind === 'note') wanted.set(id, { ...claim, note: text || undefined });
        else if (kind === 'source') wanted.set(id, { ...claim, sources: [...(claim.sources ?? []), text || 'x'] });
        else wanted.set(id, { ...claim, anchor: { ...claim.anchor, start: claim.anchor.start + 3, end: claim.anchor.end + 3 } });
      }
      const result = updateSidecarText(old, [...wanted.values()]);
      assert.ok(result.ok);
      const got = new Map(readBack(result.text).map(c => [c.id, c]));
      assert.equal(got.size, wanted.size);
      for (const [id, claim] of wanted) assert.ok(sameClaim(got.get(id)!, claim), id);
      assert.equal(crlf, !/(^|[^\r])\n/.test(result.text), 'line endings kept');
      const eol = crlf ? '\r\n' : '\n';
      for (const c of start) {
        if (wanted.get(c.id) !== c) continue;
        const at = old.indexOf(`  - id: ${c.id}${eol}`);
        const end = Math.min(...[`${eol}  - `, `${eol}  # `].map(next => old.indexOf(next, at + 1)).filter(i => i >= 0), old.length);
        assert.ok(result.text.includes(old.slice(at, end)), `entry ${c.id} kept byte for byte`);
      }
      assert.equal(result.text.split('# entry').length, old.split('# entry').length, 'comments between entries kept');
    }), { numRuns: 150 });
  });
});
