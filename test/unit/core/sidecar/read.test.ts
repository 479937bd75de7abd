import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseSidecar, updateSidecarText, setClaim } from '../../../../src/core/sidecar';
import type { SidecarProblem } from '../../../../src/core/sidecar/model';

const CORPUS = path.join(__dirname, '../../../fixtures/sidecar');
const read = (name: string) => fs.readFileSync(path.join(CORPUS, name), 'utf8');

/** What each broken file must report: where, and a phrase that tells the user what is wrong. */
const BROKEN: Record<string, { line: number; column: number; says: RegExp }> = {
  'truncated.factcheck.yaml': { line: 7, column: 40, says: /closing "quote/ },
  'tabs.factcheck.yaml': { line: 5, column: 1, says: /Tabs are not allowed/ },
  'duplicate-keys.factcheck.yaml': { line: 6, column: 5, says: /keys must be unique/ },
  'wrong-types.factcheck.yaml': { line: 6, column: 14, says: /`sources` must be a list/ },
  'unknown-version.factcheck.yaml': { line: 1, column: 10, says: /unsupported sidecar version 3.*reads versions 1 and 2/ },
  'duplicate-ids.factcheck.yaml': { line: 7, column: 9, says: /duplicate claim id 'c-1'/ },
  'alias-bomb.factcheck.yaml': { line: 1, column: 1, says: /too many aliases/ },
  'not-a-mapping.factcheck.yaml': { line: 1, column: 1, says: /must be a mapping/ },
  'binary.factcheck.yaml': { line: 3, column: 1, says: /not a text file/ },
};

describe('sidecar: malformed-file corpus', () => {
  for (const [name, expected] of Object.entries(BROKEN)) {
    it(`${name} → ${expected.says.source} at ${expected.line}:${expected.column}, and no write`, () => {
      const text = read(name);
      const parsed = parseSidecar(text);
      assert.equal(parsed.ok, false);
      const problems: SidecarProblem[] = parsed.ok ? [] : parsed.problems;
      const first = problems[0];
      assert.match(first.message, expected.says);
      assert.deepEqual([first.line, first.column], [expected.line, expected.column]);
      assert.ok(!/\n/.test(first.message), 'one-line messages for file:line:col output');
      const write = updateSidecarText(text, []);
      assert.equal(write.ok, false, 'a malformed file must never be rewritten');
    });
  }

  it('every problem in a file with several wrong types is reported', () => {
    const parsed = parseSidecar(read('wrong-types.factcheck.yaml'));
    assert.ok(!parsed.ok);
    assert.deepEqual(parsed.problems.map(p => p.line), [6, 9]);
  });

  it('a UTF-8 BOM is tolerated and kept on write', () => {
    const text = read('valid-bom.factcheck.yaml');
    assert.ok(text.startsWith('\uFEFF'));
    const parsed = parseSidecar(text);
    assert.ok(parsed.ok);
    const written = setClaim(text, { ...parsed.sidecar.claims[0], status: 'disputed' });
    assert.ok(written.ok && written.text.startsWith('\uFEFFversion: 2'));
  });

  it('an unknown status is a warning, not an error; a configured extra status is silent', () => {
    const text = read('unknown-status.factcheck.yaml');
    const parsed = parseSidecar(text);
    assert.ok(parsed.ok);
    assert.equal(parsed.sidecar.claims[0].status, 'needs-legal');
    assert.equal(parsed.warnings[0].severity, 'warning');
    assert.deepEqual([parsed.warnings[0].line, parsed.warnings[0].column], [5, 13]);
    const configured = parseSidecar(text, { extraStatuses: ['needs-legal'] });
    assert.ok(configured.ok && configured.warnings.length === 0);
  });

  it('`status: false` written by hand means the status "false"', () => {
    const parsed = parseSidecar('version: 1\narticle: a.md\nclaims:\n  - id: c-1\n    status: false\n    anchor: {quote: "Q.", start: 0, end: 2}\n');
    assert.ok(parsed.ok && parsed.sidecar.claims[0].status === 'false');
  });

  it('limits: size, depth, empty file, and a lower alias limit', () => {
    const small = parseSidecar('version: 1\narticle: a.md\nclaims: []\n', { maxLength: 10 });
    assert.ok(!small.ok && /too large/.test(small.problems[0].message));
    const deep = parseSidecar('version: 1\narticle: a.md\nclaims: []\nx: ' + '['.repeat(40) + ']'.repeat(40) + '\n');
    assert.ok(!deep.ok && /nesting deeper/.test(deep.problems[0].message));
    const empty = parseSidecar('  \n');
    assert.ok(!empty.ok && /empty sidecar/.test(empty.problems[0].message));
    const aliases = parseSidecar('version: 1\narticle: a.md\nclaims: []\nx: &x [1]\ny: [*x, *x, *x]\n', { maxAliasCount: 2 });
    assert.ok(!aliases.ok && /too many aliases/.test(aliases.problems[0].message));
  });

  it('tags are never executed: an unknown tag is a warning and its value stays text', () => {
    const parsed = parseSidecar('version: 1\narticle: a.md\nclaims: []\nx: !!js/function "function () { throw 1 }"\n');
    assert.ok(parsed.ok);
    assert.match(parsed.warnings[0].message, /Unresolved tag/);
  });

  it('missing fields and bad values point at the entry or the value', () => {
    const parsed = parseSidecar('version: 1\narticle: a.md\nclaims:\n  - status: verified\n    origin: robot\n    updated: yesterday\n    anchor: {quote: "", start: 5, end: 2}\n');
    assert.ok(!parsed.ok);
    const messages = parsed.problems.map(p => `${p.line}:${p.column} ${p.message}`);
    assert.ok(messages.some(m => /^4:5 claim entry without `id`/.test(m)), messages.join('\n'));
    assert.ok(messages.some(m => /^5:13 `origin` must be/.test(m)), messages.join('\n'));
    assert.ok(messages.some(m => /^6:14 `updated` must be an ISO 8601/.test(m)), messages.join('\n'));
    assert.ok(messages.some(m => /anchor `quote` must not be empty/.test(m)), messages.join('\n'));
  });
});
