import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../../../src/core/detect/analyze';
import type { Analysis, ClaimCandidate } from '../../../../src/core/detect/spans';
import {
  compactAnalysis, compactClaimCount, compactClaims, compactFromJson, compactToJson, expandAnalysis,
} from '../../../../src/core/workspace/compactAnalysis';

const ARTICLE = fs.readFileSync(path.resolve(__dirname, '../../../../samples/harbour-bridge-funding.md'), 'utf8');

/** Through JSON as the stored index writes and reads it. */
const throughJson = (analysis: Analysis) => compactFromJson(JSON.parse(JSON.stringify(compactToJson(compactAnalysis(analysis)))));

describe('compactAnalysis (what the workspace index keeps per article)', () => {
  const analysis = analyze(ARTICLE, { fileDate: '2026-03-02' });

  it('gives the whole analysis back from the text it was made from', () => {
    assert.ok(analysis.claims.length > 3 && analysis.people.length > 1 && analysis.dates.length > 1, 'the sample has all three');
    assert.ok(analysis.reference, 'and a reference day');
    assert.deepEqual(expandAnalysis(compactAnalysis(analysis), ARTICLE), analysis);
  });

  it('lists the claims, their words from the text analysed', () => {
    assert.deepEqual(compactClaims(compactAnalysis(analysis), ARTICLE), analysis.claims);
    assert.equal(compactClaimCount(compactAnalysis(analysis)), analysis.claims.length);
  });

  it('is three objects however many claims: numbers and scores in typed arrays, names end to end in one string', () => {
    const compact = compactAnalysis(analysis);
    assert.deepEqual(Object.keys(compact).sort(), ['numbers', 'scores', 'strings']);
    assert.ok(compact.numbers instanceof Int32Array && compact.scores instanceof Float64Array);
    assert.deepEqual([...compact.scores], analysis.claims.map(c => c.score), 'scores not rounded');
    assert.equal(typeof compact.strings, 'string');
  });

  it('keeps no words of claims (nor mentions of people and dates), and each name or date value once', () => {
    const compact = compactAnalysis(analysis);
    const stored = JSON.stringify(compactToJson(compact));
    for (const { text } of analysis.claims) assert.ok(!stored.includes(text), text);
    const distinct = new Set([...analysis.people.filter(p => p.entity !== p.text).map(p => p.entity),
      ...analysis.dates.flatMap(d => [d.value, d.display]), analysis.reference?.date].filter(s => s !== undefined));
    assert.equal(compact.strings.length, [...distinct].join('').length);
    for (const s of distinct) assert.ok(compact.strings.includes(s!), s);
  });

  it('keeps the order of a claim\'s cues, a date without a value or display, a name unlike its mention', () => {
    const made: Analysis = {
      claims: [{ start: 0, end: 4, text: 'Four', score: 0.61234567, cues: ['quote', 'number', 'event', 'person'] }],
      people: [{ start: 17, end: 22, text: 'Smith', entity: 'Jane Smith' }, { start: 23, end: 28, text: 'Jones', entity: 'Jones' }],
      dates: [{ start: 5, end: 10, text: 'today', type: 'DATE' }, { start: 11, end: 16, text: 'daily', type: 'SET', value: 'P1D' }],
    };
    const text = 'Four today daily Smith Jones';
    assert.deepEqual(expandAnalysis(compactAnalysis(made), text), made);
    assert.deepEqual(expandAnalysis(throughJson(made)!, text), made);
  });

  it('an article without claims, people, dates or reference', () => {
    const empty: Analysis = { claims: [], people: [], dates: [] };
    const compact = compactAnalysis(empty);
    assert.equal(compact.strings, '');
    assert.equal(compact.scores.length, 0);
    assert.deepEqual(expandAnalysis(compact, ''), empty);
    assert.deepEqual(expandAnalysis(throughJson(empty)!, 'anything'), empty);
    assert.deepEqual(compactClaims(compact, ''), []);
  });

  it('many claims, and offsets in non-ASCII text (UTF-16 offsets, names with accents and astral characters)', () => {
    const sentence = 'Zoë Brontë 👩‍🔬 said the café’s prices rose 12 % in 2025. ';
    const text = sentence.repeat(2000);
    const claims: ClaimCandidate[] = [];
    const made: Analysis = { claims, people: [], dates: [], reference: { date: '2025-06-01', from: 'front matter' } };
    for (let i = 0; i < 2000; i++) {
      const at = i * sentence.length;
      claims.push({ start: at, end: at + sentence.length - 1, text: sentence.slice(0, -1), score: i / 2001, cues: i % 2 ? ['number', 'date'] : ['person'] });
      made.people.push({ start: at, end: at + 10, text: 'Zoë Brontë', entity: i % 3 ? 'Zoë Brontë' : 'Zoë Emily Brontë' });
      made.dates.push({ start: at + sentence.indexOf('2025'), end: at + sentence.indexOf('2025') + 4, text: '2025', type: 'DATE', value: '2025', display: `2025 ${'é'.repeat(i % 4)}` });
    }
    const compact = compactAnalysis(made);
    assert.deepEqual(expandAnalysis(compact, text), made);
    assert.deepEqual(expandAnalysis(throughJson(made)!, text), made);
    assert.equal(compact.strings, ['Zoë Emily Brontë', '2025', '2025 ', '2025 é', '2025 éé', '2025 ééé', '2025-06-01'].join(''), 'each string once');
  });

  it('round-trips through JSON', () => {
    const json = JSON.parse(JSON.stringify(compactToJson(compactAnalysis(analysis))));
    assert.ok(Array.isArray(json.numbers) && Array.isArray(json.scores), 'numbers and scores stored as plain arrays');
    const back = compactFromJson(json);
    assert.ok(back);
    assert.deepEqual(expandAnalysis(back, ARTICLE), analysis);
  });

  it('rejects what is not one', () => {
    const good = JSON.parse(JSON.stringify(compactToJson(compactAnalysis(analysis))));
    assert.ok(compactFromJson(good));
    assert.equal(compactFromJson(analysis), undefined, 'a whole analysis');
    const backwards = [...good.numbers];
    [backwards[6], backwards[7]] = [backwards[7], backwards[6]];
    assert.equal(compactFromJson({ ...good, numbers: backwards }), undefined, 'a claim ending before it starts');
    assert.equal(compactFromJson({ ...good, numbers: good.numbers.slice(0, -1) }), undefined, 'a number missing');
    assert.equal(compactFromJson({ ...good, strings: good.strings.slice(1) }), undefined, 'names cut short');
    assert.equal(compactFromJson({ ...good, strings: [good.strings] }), undefined, 'names as an array (the format before)');
    assert.equal(compactFromJson({ ...good, scores: good.scores.slice(1) }), undefined, 'a score missing');
    assert.equal(compactFromJson({ ...good, numbers: good.numbers.map((n: number, i: number) => i === 6 ? 2 ** 40 : n) }), undefined, 'out of range');
    const noReferenceDay = [...good.numbers];
    noReferenceDay[5] = -1;
    assert.equal(compactFromJson({ ...good, numbers: noReferenceDay }), undefined, 'a reference without its day');
    assert.equal(compactFromJson(null), undefined);
  });
});
