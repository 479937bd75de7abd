// The fast reader is only a shortcut: whenever it answers, the answer must be exactly the full parse's; whenever the
// full parse reports anything (errors or warnings), it must not answer. parseSidecar must be indistinguishable from
// fullParseSidecar on every input.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fullParseSidecar, parseSidecar, type SidecarParseOptions } from '../../../../src/core/sidecar/read';
import { serializeSidecar } from '../../../../src/core/sidecar/update';
import { fastReadSidecar } from '../../../../src/core/sidecar/fastRead';
import type { ClaimAnnotation } from '../../../../src/core/sidecar/model';
import { knownStatuses } from '../../../../src/core/sidecar/schema';

function fast(text: string, options: SidecarParseOptions = {}) {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return fastReadSidecar(body, knownStatuses(options.extraStatuses), options.maxDepth ?? 32);
}

/** The fast reader agrees with the full parse (or declines), and parseSidecar equals fullParseSidecar. */
function assertAgrees(text: string, options: SidecarParseOptions = {}): boolean {
  const full = fullParseSidecar(text, options);
  const quick = fast(text, options);
  if (quick !== undefined) {
    assert.ok(full.ok, `fast reader accepted what the full parse rejects: ${JSON.stringify(text)}`);
    assert.deepEqual(full.warnings, [], `fast reader accepted a file with warnings: ${JSON.stringify(text)}`);
    assert.deepStrictEqual(quick, full.sidecar, `fast reader read differently: ${JSON.stringify(text)}`);
  }
  assert.deepStrictEqual(parseSidecar(text, options), full);
  return quick !== undefined;
}

const BASE = `# Factcheck annotations
version: 1
article: story.md
claims:
  - id: c-1
    status: verified
    note: Checked with the agency.
    sources:
      - https://example.org/a
      - "quoted source"
    reviewer: Dana
    updated: 2026-03-03T10:00:00Z
    origin: detected
    dismissed: false
    anchor:
      quote: The harbour handled 4.2 million tonnes last year.
      prefix: |-
        end of the lead.

        
      suffix: " Officials expect more."
      start: 120
      end: 169
  - id: c-2
    status: unverified
    origin: manual
    anchor:
      quote: 'It''s 12 km long'
      prefix: "\\u00e9t\\xe9 \\"q\\" \\\\ \\t"
      suffix: |+
        next paragraph

      start: 300
      end: 316
`;

describe('sidecar fast reader', () => {
  it('reads the plain block layout, LF, CRLF and with a BOM, exactly as the full parse', () => {
    for (const text of [BASE, BASE.replace(/\n/g, '\r\n'), '\uFEFF' + BASE]) assert.ok(assertAgrees(text), 'fast reader declined');
    const claims = fast(BASE)!.claims;
    assert.equal(claims[0].anchor.prefix, 'end of the lead.');
    assert.equal(claims[1].anchor.suffix, 'next paragraph\n\n');
    assert.equal(claims[1].anchor.quote, "It's 12 km long");
    assert.equal(claims[1].anchor.prefix, 'été "q" \\ \t');
  });

  it('declines, and the full parse decides, on layouts and values outside its subset', () => {
    const variants: Array<[string, string]> = [
      ['version: 1', 'version: 1.0'], ['version: 1', 'version: 0x1'], ['version: 1', 'version: "1"'], ['start: 120', 'start: 0120'],
      ['start: 120', 'start: 1.2e2'], ['start: 120', 'start: -1'], ['start: 120', 'start: 99999999999999999999'],
      ['end: 169', 'end: 100'], ['status: verified', 'status: true'], ['status: verified', 'status: false'],
      ['status: verified', 'status: shaky'], ['status: verified', 'status: null'], ['status: verified', 'status:'],
      ['note: Checked with the agency.', 'note: ~'], ['note: Checked with the agency.', 'note: a # comment'],
      ['note: Checked with the agency.', 'note: a: b'], ['note: Checked with the agency.', 'note: first\n      second'],
      ['note: Checked with the agency.', 'note: >-\n      folded\n      text'], ['note: Checked with the agency.', 'note: &a anchored'],
      ['note: Checked with the agency.', 'note: !!str tagged'], ['note: Checked with the agency.', 'note: "unclosed'],
      ['note: Checked with the agency.', 'note: "two\n      lines"'], ['note: Checked with the agency.', "note: 'a' b"],
      ['note: Checked with the agency.', 'note: "bad \\q escape"'], ['note: Checked with the agency.', 'note: "\\U00110000"'],
      ['note: Checked with the agency.', 'note: @at'], ['note: Checked with the agency.', 'note: `tick'], ['note: Checked with the agency.', 'note: %pct'],
      ['note: Checked with the agency.', 'note: -dash'], ['note: Checked with the agency.', 'note: - item'], ['note: Checked with the agency.', 'note: :colon'],
      ['note: Checked with the agency.', 'note: ?q'], ['note: Checked with the agency.', 'note: a\tb'], ['note: Checked with the agency.', 'note: a\u00a0'],
      ['note: Checked with the agency.', 'note: |\n      literal\n      # not a comment\n'], ['note: Checked with the agency.', 'note: |\n      literal\n    # a comment'],
      ['note: Checked with the agency.', 'note: |2\n        indented\n'], ['note: Checked with the agency.', 'note: |\n\n        \n      after blank lines'],
      ['note: Checked with the agency.', 'note: |-\n           \n      longer blank first'],
      ['note: Checked with the agency.', 'note: |+\n      kept\n\n    # comment after'],
      ['note: Checked with the agency.', 'note: [a, b]'], ['note: Checked with the agency.', 'note: {}'],
      ['sources:\n      - https://example.org/a', 'sources:\n    - https://example.org/a'],
      ['sources:\n      - https://example.org/a', 'sources: []\n    sources2:\n      - https://example.org/a'],
      ['sources:\n      - https://example.org/a', 'sources:\n      - 42'], ['sources:\n      - https://example.org/a', 'sources:\n      -\n        https://example.org/a'],
      ['reviewer: Dana', 'reviewer: Dana\n    reviewer: Sam'], ['reviewer: Dana', 'Reviewer: Dana'], ['reviewer: Dana', 'true: Dana'], ['reviewer: Dana', '"reviewer": Dana'],
      ['reviewer: Dana', 'x-key: Dana'], ['reviewer: Dana', 'reviewer:   Dana   '], ['reviewer: Dana', 'reviewer:Dana'],
      ['id: c-1', 'id: c-2'], ['id: c-1', 'id: "c 1"'], ['claims:\n', 'claims:\n\n\n'], ['claims:\n', 'claims:  \n'],
      ['article: story.md', 'article: "story.md"'], ['article: story.md', 'article: '], ['article: story.md', 'article: 12'],
      ['article: story.md', 'article: story.md\narticle: other.md'], ['article: story.md', 'article: story.md\n---\nversion: 1'],
      ['# Factcheck annotations', '%YAML 1.2\n---'], ['# Factcheck annotations', '  # indented comment'],
      ['  - id: c-2', '  -  id: c-2'], ['  - id: c-2', '  - - id: c-2'], ['  - id: c-2', '  -\n    id: c-2'], ['dismissed: false', 'dismissed: True'],
      ['dismissed: false', 'dismissed: yes'], ['origin: manual', 'origin: Manual'], ['updated: 2026-03-03T10:00:00Z', 'updated: 2026-02-30'],
      ['prefix: |-', 'prefix: |2-'], ['prefix: |-', 'prefix: |-2'], ['prefix: |-', 'prefix: |1-'], ['prefix: |-', 'prefix: |-  # c'], ['prefix: |-', 'prefix: |9'],
      ['suffix: |+', 'suffix: |'], ['suffix: |+', 'suffix: |+\n\n'], ['      start: 300\n      end: 316\n', '      start: 300\n      end: 316'],
      ['      start: 300\n      end: 316\n', '      start: 300\n      end: 316\n\n# trailing comment\n'],
      ['      suffix: |+\n        next paragraph\n\n', '      suffix: |+\n        next paragraph\n  \n     \n'],
      ['claims:\n  - id: c-1', 'claims:\n- id: c-1'], ['claims:\n  - id: c-1', 'claims: []\n  - id: c-1'],
    ];
    for (const [from, to] of variants) {
      assert.ok(BASE.includes(from), from);
      const text = BASE.replace(from, to);
      assertAgrees(text);
      assertAgrees(text.replace(/\n/g, '\r\n'));
    }
  });

  it('declines a key longer than YAML allows for an implicit key (1024 characters), which the full parse rejects', () => {
    for (const length of [1000, 1023, 1024, 1025, 1100]) {
      const key = 'x'.repeat(length);
      assertAgrees(BASE.replace('reviewer: Dana', `${key}: Dana`));
      assertAgrees(BASE.replace('version: 1', `version: 1\n${key}: 1`));
    }
  });

  it('honours maxDepth and extra statuses as the full parse does', () => {
    for (const maxDepth of [1, 2, 3, 4, 5]) assertAgrees(BASE, { maxDepth });
    const shaky = BASE.replace('status: verified', 'status: shaky');
    assert.equal(fast(shaky), undefined);
    assert.ok(assertAgrees(shaky, { extraStatuses: ['shaky'] }));
    assert.equal(parseSidecar('x'.repeat(20), { maxLength: 10 }).ok, false);
  });

  it('property: serialised claims with any text read back the same through both readers', function () {
    this.timeout(120_000); // thousands of generated files: slow on a loaded machine, never a speed check
    const text = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.fullUnicodeString({ maxLength: 20 }),
      fc.stringOf(fc.constantFrom(' ', '\n', '\r', '\t', '#', ':', '-', '|', '>', '"', "'", '\\', '[', '{', '&', '*', '!', '%', '@', '`', ',', '?', '0', '1', '.', 'e', 'x', 'é', '\u00a0', '\u2028', '🙂', '~', 'n', 'u', 'l'), { maxLength: 40 }),
    );
    const claim = fc.record({
      status: fc.constantFrom('unverified', 'verified', 'disputed', 'false', 'unverifiable'),
      note: fc.option(text, { nil: undefined }),
      sources: fc.option(fc.array(text, { maxLength: 3 }), { nil: undefined }),
      reviewer: fc.option(text, { nil: undefined }),
      origin: fc.constantFrom('detected' as const, 'manual' as const),
      dismissed: fc.option(fc.boolean(), { nil: undefined }),
      quote: text.filter(q => q.length > 0),
      prefix: text,
      suffix: text,
      start: fc.nat({ max: 2_000_000 }),
      length: fc.nat({ max: 500 }),
    });
    let answered = 0;
    fc.assert(fc.property(fc.array(claim, { maxLength: 8 }), fc.constantFrom('', '\uFEFF'), fc.boolean(), (specs, bom, crlf) => {
      const claims: ClaimAnnotation[] = specs.map((s, i) => ({
        id: `c-${i}`, status: s.status, origin: s.origin, note: s.note, sources: s.sources, reviewer: s.reviewer, dismissed: s.dismissed,
        anchor: { quote: s.quote, prefix: s.prefix, suffix: s.suffix, start: s.start, end: s.start + s.length },
      }));
      let written = serializeSidecar({ version: 1, article: 'a.md', claims });
      if (crlf) written = written.replace(/\n/g, '\r\n');
      if (assertAgrees(bom + written)) answered++;
    }), { numRuns: 400 });
    assert.ok(answered > 60, `the fast reader answered only ${answered} of 400`);
  });

  it('property: mutated sidecars are read the same through both readers (or declined)', function () {
    this.timeout(120_000); // thousands of generated files: slow on a loaded machine, never a speed check
    const pieces = [' ', '  ', '\n', '\r\n', '\r', '\t', '#', ' #', ':', ': ', '-', '- ', '|', '|-', '|+', '|2', '>', '"', "'", "''", '\\', '\\"',
      '[', ']', '[]', '{', '}', '&a', '*a', '!', '%', '@', '`', ',', '?', '0', '1', '01', '.5', 'true', 'null', '~', 'x', 'é', '\u00a0', '\uFEFF', '\u0000', '---', '...'];
    const mutation = fc.record({ at: fc.nat(), remove: fc.nat({ max: 6 }), insert: fc.constantFrom(...pieces) });
    let answered = 0;
    fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.boolean(), (mutations, crlf) => {
      let text = crlf ? BASE.replace(/\n/g, '\r\n') : BASE;
      for (const m of mutations) {
        const at = m.at % (text.length + 1);
        text = text.slice(0, at) + m.insert + text.slice(at + m.remove);
      }
      if (assertAgrees(text)) answered++;
    }), { numRuns: 3000 });
    assert.ok(answered > 100, `the fast reader answered only ${answered} of 3000`);
  });
});

describe('sidecar fast reader: adversarial values', () => {
  const token = fc.constantFrom('a', ' ', '#', ':', ': ', '- ', '"', "'", '\\', '\\x41', '\\ud800', '\\U0001F600', '\\N', '\\ ', '[', ']', '{', '}', ',', '?', '!',
    '&', '*', '|', '>', '%', '@', '`', '1', '0', 'e', '.', '+', 'true', 'null', '~', 'é', '😀', '\u00a0', '\r', '\n', '\n    ', '\n      ', '|-', '|+', '|2', '---', '\t');
  const raw = fc.array(token, { maxLength: 6 }).map(tokens => tokens.join(''));
  const value = fc.oneof(
    { weight: 3, arbitrary: fc.constant('abc') }, { weight: 2, arbitrary: raw },
    { weight: 1, arbitrary: raw.map(v => JSON.stringify(v)) }, { weight: 1, arbitrary: raw.map(v => `'${v.replace(/'/g, "''")}'`) },
  );
  const TEMPLATE = 'version: 1\narticle: story.md\nclaims:\n  - id: c-1\n    status: verified\n    note: NOTE\n    sources:\n      - SRC\n    reviewer: REV\n' +
    '    origin: detected\n    anchor:\n      quote: QUOTE\n      prefix: PRE\n      suffix: SUF\n      start: 1\n      end: 20\n';
  it('property: whatever text stands in a value, parseSidecar answers as the full parse does', function () {
    this.timeout(120_000); // thousands of generated files: slow on a loaded machine, never a speed check
    fc.assert(
      fc.property(fc.tuple(value, value, value, value, value, value), fc.boolean(), (values, crlf) => {
        const names = ['NOTE', 'SRC', 'REV', 'QUOTE', 'PRE', 'SUF'];
        let text = names.reduce((t, name, i) => t.replace(name, () => values[i]), TEMPLATE);
        if (crlf) text = text.replace(/\n/g, '\r\n');
        assertAgrees(text);
      }),
      { numRuns: 2000 },
    );
  });
});
