import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../../../src/core/detect/analyze';
import type { Analysis } from '../../../../src/core/detect/spans';
import {
  compactAnalysis, compactClaims, compactFromJson, compactToJson, expandAnalysis,
} from '../../../../src/core/workspace/compactAnalysis';

const ARTICLE = fs.readFileSync(path.resolve(__dirname, '../../../../samples/harbour-bridge-funding.md'), 'utf8');

describe('compactAnalysis (what the workspace index keeps per article)', () => {
  const analysis = analyze(ARTICLE, { fileDate: '2026-03-02' });

  it('gives the whole analysis back from the text it was made from', () => {
    assert.ok(analysis.claims.length > 3 && analysis.people.length > 1 && analysis.dates.length > 1, 'the sample has all three');
    assert.deepEqual(expandAnalysis(compactAnalysis(analysis), ARTICLE), analysis);
  });

  it('lists the claims, their words from the text analysed', () => {
    assert.deepEqual(compactClaims(compactAnalysis(analysis), ARTICLE), analysis.claims);
  });

  it('keeps no words of claims (nor mentions of people and dates), and each name or date value once', () => {
    const compact = compactAnalysis(analysis);
    const stored = JSON.stringify(compactToJson(compact));
    for (const { text } of analysis.claims) assert.ok(!stored.includes(text), text);
    const distinct = new Set([...analysis.people.map(p => p.entity), ...analysis.dates.flatMap(d => [d.value, d.display])].filter(s => s !== undefined));
    assert.deepEqual(new Set(compact.strings), distinct);
    assert.equal(compact.strings.length, distinct.size);
  });

  it('keeps the order of a claim\'s cues, and a date without a value or display', () => {
    const made: Analysis = {
      claims: [{ start: 0, end: 4, text: 'Four', score: 0.61234567, cues: ['quote', 'number', 'event', 'person'] }],
      people: [],
      dates: [{ start: 5, end: 10, text: 'today', type: 'DATE' }, { start: 11, end: 16, text: 'daily', type: 'SET', value: 'P1D' }],
    };
    assert.deepEqual(expandAnalysis(compactAnalysis(made), 'Four today daily'), made);
  });

  it('round-trips through JSON', () => {
    const json = JSON.parse(JSON.stringify(compactToJson(compactAnalysis(analysis))));
    assert.ok(Array.isArray(json.numbers), 'numbers stored as a plain array');
    const back = compactFromJson(json);
    assert.ok(back);
    assert.deepEqual(expandAnalysis(back, ARTICLE), analysis);
  });

  it('rejects what is not one', () => {
    const good = JSON.parse(JSON.stringify(compactToJson(compactAnalysis(analysis))));
    assert.equal(compactFromJson(analysis), undefined, 'a whole analysis');
    const backwards = [...good.numbers];
    [backwards[3], backwards[4]] = [backwards[4], backwards[3]];
    assert.equal(compactFromJson({ ...good, numbers: backwards }), undefined, 'a claim ending before it starts');
    assert.equal(compactFromJson({ ...good, numbers: good.numbers.slice(0, -1) }), undefined, 'a number missing');
    assert.equal(compactFromJson({ ...good, strings: [] }), undefined, 'names missing');
    assert.equal(compactFromJson({ ...good, scores: good.scores.slice(1) }), undefined, 'a score missing');
    assert.equal(compactFromJson(null), undefined);
  });
});
