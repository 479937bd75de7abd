// Hand-edited and hostile sidecars (issue 13): comments inside lists, YAML aliases, git merge conflicts, bytes that
// are not UTF-8. Whatever the file holds, a change is written or refused with a problem; nothing throws, nothing is lost.
import assert from 'node:assert/strict';
import { parseSidecar } from '../../../../src/core/sidecar/read';
import { setClaim, updateSidecarText } from '../../../../src/core/sidecar/update';
import { planSidecarWrite } from '../../../../src/core/sidecar/write';
import { decodeSidecarBytes } from '../../../../src/core/sidecar/decode';
import type { ClaimAnnotation } from '../../../../src/core/sidecar/model';

const WITH_SOURCE_COMMENTS = `version: 2
article: harbour.md
claims:
  - id: c-mayor
    status: verified
    sources:
      # the council's own record
      - https://example.org/minutes  # page 4
      - phone call with the press office
    origin: manual
    anchor:
      quote: The mayor opened the new pier
      prefix: ""
      suffix: " on Monday."
      start: 300
      end: 329
`;

function claimsOf(text: string): ClaimAnnotation[] {
  const parsed = parseSidecar(text);
  assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.problems));
  return parsed.sidecar.claims;
}

describe('sidecar hardening: comments, aliases, merge conflicts, encodings', () => {
  it('adding a source keeps the comment line and the end-of-line comment inside `sources:`', () => {
    const [mayor] = claimsOf(WITH_SOURCE_COMMENTS);
    const result = setClaim(WITH_SOURCE_COMMENTS, { ...mayor, sources: [...mayor.sources!, 'https://example.org/pier'] });
    assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
    assert.match(result.text, /^ {6}# the council's own record$/m);
    assert.match(result.text, /^ {6}- https:\/\/example\.org\/minutes {2}# page 4$/m);
    assert.deepEqual(claimsOf(result.text)[0].sources, ['https://example.org/minutes', 'phone call with the press office', 'https://example.org/pier']);
    // only the new source's line is new
    assert.equal(result.text.replace('      - https://example.org/pier\n', ''), WITH_SOURCE_COMMENTS);
  });

  it('changing a source in a list with comments keeps the comments that belong to the other sources', () => {
    const [mayor] = claimsOf(WITH_SOURCE_COMMENTS);
    const result = setClaim(WITH_SOURCE_COMMENTS, { ...mayor, status: 'disputed', sources: ['https://example.org/minutes', 'email from the press office'] });
    assert.ok(result.ok);
    assert.match(result.text, /# the council's own record/);
    assert.match(result.text, /- https:\/\/example\.org\/minutes {2}# page 4/);
    assert.deepEqual(claimsOf(result.text)[0].sources, ['https://example.org/minutes', 'email from the press office']);
  });

  for (const [name, text] of [
    ['an anchored list reused by an alias', `version: 1
article: a.md
claims:
  - id: c-one
    status: verified
    sources: &shared [https://example.org/a, https://example.org/b]
    origin: manual
    anchor: {quote: One, prefix: "", suffix: "", start: 0, end: 3}
  - id: c-two
    status: verified
    sources: *shared
    origin: manual
    anchor: {quote: Two, prefix: "", suffix: "", start: 4, end: 7}
`],
    ['a whole entry reused by an alias', `version: 1
article: a.md
claims:
  - &entry
    id: c-one
    status: verified
    sources: [https://example.org/a]
    origin: manual
    anchor: {quote: One, prefix: "", suffix: "", start: 0, end: 3}
  - *entry
`],
  ] as const) {
    it(`YAML aliases (${name}): a source change is written or refused with a problem, never throws`, () => {
      const parsed = parseSidecar(text);
      if (!parsed.ok) {
        assert.ok(parsed.problems.length); // refusing the file is fine, as long as it says why
        return;
      }
      for (const claim of parsed.sidecar.claims) {
        for (const sources of [[...(claim.sources ?? []), 'https://example.org/new'], ['https://example.org/only']]) {
          const changed = { ...claim, sources, status: 'disputed' };
          let result: ReturnType<typeof setClaim> | undefined;
          assert.doesNotThrow(() => { result = setClaim(text, changed); });
          if (result!.ok) {
            const after = claimsOf(result!.text).find(c => c.id === claim.id);
            assert.deepEqual(after?.sources, sources);
            assert.equal(after?.status, 'disputed');
          } else assert.ok(result!.problems[0].message.length > 0);
          const plan = planSidecarWrite({ base: text, disk: text, claims: parsed.sidecar.claims.map(c => (c.id === claim.id ? changed : c)), articleName: 'a.md' });
          assert.ok(['write', 'blocked'].includes(plan.action));
        }
      }
    });
  }

  const CONFLICTED = [
    'version: 1',                                  // 1
    'article: tram.md',                            // 2
    'claims:',                                     // 3
    '  - id: c-length',                            // 4
    '    origin: detected',                        // 5
    '    reviewer: Dana',                          // 6
    '<<<<<<< HEAD',                                // 7
    '    status: verified',                        // 8
    '    note: Plan, page 2.',                     // 9
    '=======',                                     // 10
    '    status: disputed',                        // 11
    '    note: The office says 8.6 km.',           // 12
    '>>>>>>> origin/main',                         // 13
    '    anchor: {quote: The city will build a 9 km tram line, prefix: "", suffix: "", start: 20, end: 56}',
    '',
  ].join('\n');

  it('an unresolved git merge conflict is one clear problem at its first line, not a cascade of parser errors', () => {
    const parsed = parseSidecar(CONFLICTED);
    assert.ok(!parsed.ok);
    assert.equal(parsed.problems.length, 1);
    assert.deepEqual([parsed.problems[0].line, parsed.problems[0].column], [7, 1]);
    assert.match(parsed.problems[0].message, /unresolved merge conflict, lines 7–13: keep one side/);
    // diff3 style (with the common ancestor) and CRLF too
    const diff3 = CONFLICTED.replace('=======', '||||||| base\n    status: unverified\n=======').replace(/\n/g, '\r\n');
    const parsed3 = parseSidecar(diff3);
    assert.ok(!parsed3.ok);
    assert.match(parsed3.problems[0].message, /unresolved merge conflict, lines 7–15/);
  });

  it('a sidecar with a merge conflict is never written: every write plan is blocked with that problem', () => {
    const claim: ClaimAnnotation = { id: 'c-new', status: 'verified', origin: 'manual', anchor: { quote: 'x', prefix: '', suffix: '', start: 0, end: 1 } };
    const result = updateSidecarText(CONFLICTED, [claim]);
    assert.ok(!result.ok);
    assert.match(result.problems[0].message, /merge conflict/);
    const plan = planSidecarWrite({ base: undefined, disk: CONFLICTED, claims: [claim], articleName: 'tram.md' });
    assert.equal(plan.action, 'blocked');
    assert.ok(plan.action === 'blocked' && /merge conflict/.test(plan.problems[0].message));
  });

  it('marker-like text inside a value is not a conflict', () => {
    const text = 'version: 1\narticle: a.md\nclaims:\n  - id: c-1\n    status: verified\n    note: |\n      <<<<<<< not a marker here\n    origin: manual\n    anchor: {quote: q, prefix: "", suffix: "", start: 0, end: 1}\n';
    assert.ok(parseSidecar(text).ok);
  });

  it('bytes that are not UTF-8 are refused with the line and column of the first bad byte', () => {
    const good = new TextEncoder().encode('version: 1\narticle: café.md\nclaims: []\n');
    const decoded = decodeSidecarBytes(good);
    assert.ok(decoded.ok && decoded.text === 'version: 1\narticle: café.md\nclaims: []\n');
    const withBom = decodeSidecarBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...good]));
    assert.ok(withBom.ok && withBom.text.startsWith('\uFEFF'), 'the BOM is kept for the writer');
    // Latin-1 "é" (0xE9) on line 2, after "article: caf" (12 characters)
    const latin1 = new Uint8Array([...new TextEncoder().encode('version: 1\narticle: caf'), 0xe9, ...new TextEncoder().encode('.md\nclaims: []\n')]);
    const bad = decodeSidecarBytes(latin1);
    assert.ok(!bad.ok);
    assert.deepEqual([bad.problem.line, bad.problem.column], [2, 13]);
    assert.match(bad.problem.message, /not valid UTF-8/);
    // a truncated multi-byte sequence at the very end, after a non-BMP character on the same line
    const truncated = decodeSidecarBytes(new Uint8Array([...new TextEncoder().encode('# 😀 x'), 0xe2, 0x82]));
    assert.ok(!truncated.ok);
    assert.deepEqual([truncated.problem.line, truncated.problem.column], [1, 7]);
  });
});
