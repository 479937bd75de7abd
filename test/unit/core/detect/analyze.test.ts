import assert from 'node:assert/strict';
import fc from 'fast-check';
import { blankAnalysis, isBlank } from '../../../../src/core/detect/blank';
import { analyze, analyzeWith, type Detectors } from '../../../../src/core/detect/analyze';
import { detectDates } from '../../../../src/core/detect/dates';
import { detectPeople } from '../../../../src/core/detect/people';
import { scoreClaims } from '../../../../src/core/detect/claims';
import { splitSentences } from '../../../../src/core/text/sentences';
import type { Analysis, Span } from '../../../../src/core/detect/spans';

const REAL: Detectors = { people: detectPeople, dates: detectDates, sentences: splitSentences, claims: scoreClaims };

const ARTICLE = [
  '# Ferry service returns after 18-month pause',
  '',
  'LAKESIDE, April 2 (Valley Post) - The ferry between Lakeside and Grenholm will run again from May 1, Transport',
  'Minister Sofia Lindqvist said on Wednesday, after repairs that cost €4.5 million.',
  '',
  '"We promised the islanders a ferry by spring," Lindqvist said. Was it worth the wait? Many say yes.',
].join('\n');

/** The contract every caller relies on: in range, text matches the offsets, sorted, scores in [0, 1]. */
function assertWellFormed(input: string, analysis: Analysis): void {
  const lists: Span[][] = [analysis.people, analysis.dates, analysis.claims];
  for (const list of lists) {
    assert.ok(Array.isArray(list));
    for (let i = 0; i < list.length; i++) {
      const s = list[i];
      assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `non-integer offsets ${s.start}..${s.end}`);
      assert.ok(s.start >= 0 && s.start < s.end && s.end <= input.length, `out of range ${s.start}..${s.end} of ${input.length}`);
      assert.equal(s.text, input.slice(s.start, s.end));
      if (i > 0) assert.ok(list[i - 1].start <= s.start, 'not sorted by start');
    }
  }
  for (const c of analysis.claims) assert.ok(c.score >= 0 && c.score <= 1);
}

/** Strings that break naive code: surrogates, combining marks, RTL, control and zero-width characters, odd breaks. */
const awkward = fc.constantFrom(
  '\r\n', '\r', '\n\n', '\u2028', '\u2029', '\u0000', '\ufeff', '\u200b', '\u200f', '\u202e', '😀', '👩‍👩‍👧', '\ud800', '\udc00',
  'é', 'e\u0301', 'ﷺ', 'مرحبا بالعالم.', 'שלום.', '中文。', 'Mr.', 'U.S.', 'J. R.', '“', '”', '"', '...', '…', '?', '!', '# ', '> ',
  '- ', '1. ', '$3.5 million', '12%', 'July 3', '2025-06-02', 'last week', 'Kyrylo Budanov', 'said', ' (Reuters) - ', 'KYIV, ',
  '[', ']', '](', ')', '![', 'https://example.org/2025/03/Ana_Ruiz', 'www.example.org.', '[Ana Ruiz](https://example.org/Ana)',
  '<a href="https://example.org/Ana">', '</a>', '<b>', '<p>',
);
const mixed = fc.array(fc.oneof(awkward, fc.string(), fc.fullUnicodeString({ maxLength: 8 }), fc.lorem({ maxCount: 3 })), { maxLength: 40 })
  .map(parts => parts.join(''));

describe('analyze', () => {
  it('finds claims in an article and returns well-formed spans', () => {
    const result = analyze(ARTICLE, { referenceDate: '2025-04-02' });
    assertWellFormed(ARTICLE, result);
    assert.ok(result.claims.some(c => c.text.includes('€4.5 million')), 'the costed repair is a claim');
    assert.ok(!result.claims.some(c => c.text === 'Was it worth the wait?'), 'a question is not a claim');
  });

  it('never scores Markdown front matter as a claim, while its date is the reference', () => {
    const text = `---\ntitle: Ferry service returns after a pause that cost €4.5 million\ndate: 2025-04-02\n---\n\n${ARTICLE}`;
    const result = analyze(text, { claimThreshold: 0 });
    assertWellFormed(text, result);
    const bodyStart = text.indexOf('# Ferry');
    assert.deepEqual(result.claims.filter(c => c.start < bodyStart), [], 'no claim in the front matter');
    assert.ok(result.claims.some(c => c.text.includes('€4.5 million')), 'the body\'s claims are scored');
    assert.deepEqual(result.reference, { date: '2025-04-02', from: 'front matter' });
  });

  it('reads a Markdown link as its words, and no address as article text', () => {
    const text = 'Fares rose 12 percent, [Dana Reyes](https://example.org/wiki/Dana_Reyes) said on Tuesday. ' +
      'The figures are at https://news.example/2025/03/04/Tom_Okafor-budget.\n\n' +
      '![The depot](https://img.example/Jo_Bell_2024.jpg)\nThe depot on Monday. Photo: Jo Bell\n';
    const result = analyze(text, { referenceDate: '2025-03-06', claimThreshold: 0 });
    assertWellFormed(text, result);
    assert.deepEqual(result.people.map(p => [p.text, p.start]), [['Dana Reyes', text.indexOf('Dana')], ['Jo Bell', text.lastIndexOf('Jo Bell')]]);
    assert.deepEqual(result.dates.map(d => [d.text, d.value]), [['Tuesday', '2025-03-04'], ['Monday', '2025-03-03']]);
    // a claim keeps the article's own words, link and all
    const first = result.claims.find(c => c.start === 0);
    assert.equal(first?.text, text.slice(0, text.indexOf(' The figures')));
    assert.ok((first?.score ?? 0) >= 0.5, 'the quoted figure is a claim');
  });

  it('reads pasted text with no-break spaces and soft hyphens as plain text', () => {
    const plain = 'Transport chief Dana Reyes said on Tuesday that fares will rise 12 percent next month.';
    const pasted = 'Transport chief Dana\u00a0Reyes said on\u00a0Tuesday that fa\u00adres will rise 12\u00a0percent next\u00a0month.';
    const a = analyze(plain, { referenceDate: '2025-03-06' });
    const b = analyze(pasted, { referenceDate: '2025-03-06' });
    assertWellFormed(pasted, b);
    assert.deepEqual(b.people.map(p => p.entity), a.people.map(p => p.entity));
    assert.deepEqual(b.dates.map(d => d.value), a.dates.map(d => d.value));
    assert.deepEqual(b.claims.map(c => c.score), a.claims.map(c => c.score));
  });

  it('reads a name in bold with the evidence around it, on the article\'s offsets, and scores claims as without', () => {
    const plain = 'Tarsi Omble, 24, was arrested in May for smuggling 40 kilograms of tobacco.';
    const bold = '**Tarsi Omble**, 24, was arrested in May for smuggling 40 kilograms of tobacco.';
    const a = analyze(plain, { referenceDate: '2025-06-02' });
    const b = analyze(bold, { referenceDate: '2025-06-02' });
    assertWellFormed(bold, b);
    assert.deepEqual(b.people.map(p => [p.text, p.start]), [['Tarsi Omble', 2]]);
    assert.deepEqual(b.people.map(p => p.entity), a.people.map(p => p.entity));
    assert.deepEqual(b.claims.map(c => c.score), a.claims.map(c => c.score));
  });

  it('applies the claim threshold', () => {
    const all = analyze(ARTICLE, { claimThreshold: 0 }).claims;
    const none = analyze(ARTICLE, { claimThreshold: 1 }).claims;
    assert.ok(all.length >= 5);
    assert.ok(none.every(c => c.score === 1));
    assert.ok(analyze(ARTICLE).claims.length < all.length);
  });

  it('never throws and keeps every span in range on random and adversarial text', function () {
    this.timeout(60000);
    fc.assert(fc.property(mixed, text => { assertWellFormed(text, analyze(text, { referenceDate: '2024-02-29' })); }), { numRuns: 300 });
  });

  it('copes with empty, binary-looking and huge input', function () {
    this.timeout(60000);
    assertWellFormed('', analyze(''));
    let binary = '';
    for (let i = 0; i < 4096; i++) binary += String.fromCharCode((i * 7919) % 65536);
    assertWellFormed(binary, analyze(binary));
    const huge = (ARTICLE + '\r\n\r\n').repeat(1000);
    const result = analyze(huge);
    assertWellFormed(huge, result);
    assert.ok(result.claims.length >= 1000);
  });

  it('gives a blank article what blankAnalysis gives, which needs no detector (the CLI loads none for it)', () => {
    for (const text of ['', '   ', '\n\t\r\n']) {
      for (const options of [{}, { referenceDate: '2025-05-09' }, { fileDate: '2024-02-29T10:00:00Z' }, { referenceDate: 'soon', fileDate: '2024-02-30' }]) {
        assert.deepEqual(analyze(text, options), blankAnalysis(options));
      }
    }
    assert.deepEqual(blankAnalysis({ fileDate: '2024-02-29T10:00:00Z' }).reference, { date: '2024-02-29', from: 'file date' });
    assert.deepEqual(blankAnalysis({ referenceDate: '2025-05-09', fileDate: '2024-02-29' }).reference, { date: '2025-05-09', from: 'option' });
    assert.equal(isBlank(' \n '), true);
    assert.equal(isBlank(' a '), false);
  });

  it('ignores a bad reference date or threshold instead of failing', () => {
    assertWellFormed(ARTICLE, analyze(ARTICLE, { referenceDate: 'yesterday', claimThreshold: Number.NaN }));
    assertWellFormed(ARTICLE, analyze(ARTICLE, { claimThreshold: 7 }));
  });

  it('keeps the other detectors when one throws, and says which one failed', () => {
    const failed: string[] = [];
    const broken: Detectors = { ...REAL, people: () => { throw new Error('boom'); } };
    const result = analyzeWith(broken, ARTICLE, { referenceDate: '2025-04-02', onDetectorError: name => failed.push(name) });
    assert.deepEqual(failed, ['people']);
    assert.deepEqual(result.people, []);
    assert.ok(result.claims.length > 0);
    assert.deepEqual(result.dates, analyze(ARTICLE, { referenceDate: '2025-04-02' }).dates);
  });

  it('drops out-of-range spans, repairs mismatched text and sorts what a faulty detector returns', () => {
    const text = 'Anna Berg met Olav Lie.';
    const faulty: Detectors = {
      ...REAL,
      people: () => [
        { start: 14, end: 22, text: 'wrong', entity: 'Olav Lie' },
        { start: 0, end: 9, text: 'Anna Berg', entity: 'Anna Berg' },
        { start: -3, end: 2, text: 'An', entity: 'x' },
        { start: 20, end: 999, text: 'x', entity: 'x' },
        { start: 5, end: 5, text: '', entity: 'x' },
        { start: 1.5, end: 4, text: 'x', entity: 'x' },
      ],
    };
    const result = analyzeWith(faulty, text);
    assert.deepEqual(result.people.map(p => [p.start, p.end, p.text]), [[0, 9, 'Anna Berg'], [14, 22, 'Olav Lie']]);
  });

  describe('the article date and page furniture', () => {
    const DATELINED = [
      'Council approves 9 km tram line',
      '',
      'Business Desk — Friday, October 31, 2025',
      '',
      'By Dana Reyes',
      '',
      'The city council voted 31 to 4 on Thursday to build a 9 km tram line costing €240 million, the transport office said.',
      '',
      'Residents gathered outside the town hall carrying umbrellas against the rain',
      '',
      'Photo: Harbour Wire/Jo Bell',
    ].join('\n');

    it('resolves dates against the dateline, not today, and says where the reference came from', () => {
      const result = analyze(DATELINED);
      assert.deepEqual(result.reference, { date: '2025-10-31', from: 'dateline' });
      const thursday = result.dates.find(d => d.text === 'Thursday');
      assert.equal(thursday?.value, '2025-10-30');
      assert.equal(thursday?.display, 'Thursday 30 October 2025');
      assert.equal(analyze(DATELINED, { referenceDate: '2025-11-07' }).reference?.from, 'option');
      assert.deepEqual(analyze('The council voted on Thursday.', { fileDate: '2025-11-07' }).reference, { date: '2025-11-07', from: 'file date' });
      assert.equal(analyze('The council voted on Thursday.').reference?.from, 'today');
    });

    it('flags no dateline, byline, credit or factless caption as a claim, but keeps the story and a factual headline', () => {
      const claims = analyze(DATELINED).claims.map(c => c.text);
      assert.ok(claims.some(c => c.startsWith('The city council voted')), 'the story sentence');
      assert.ok(claims.includes('Council approves 9 km tram line'), 'a headline with a figure');
      for (const furniture of ['Business Desk — Friday, October 31, 2025', 'By Dana Reyes', 'Photo: Harbour Wire/Jo Bell',
        'Residents gathered outside the town hall carrying umbrellas against the rain']) {
        assert.ok(!claims.includes(furniture), furniture);
      }
    });
  });
});
