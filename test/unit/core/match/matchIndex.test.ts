import assert from 'node:assert/strict';
import type { EarlierVerdict } from '../../../../src/core/match/earlierVerdict';
import { DEFAULT_MATCH_WEIGHTS, matchClaim, prepareMatchIndex } from '../../../../src/core/match/matchIndex';

const verdict = (article: string, quote: string, extra: Partial<EarlierVerdict> = {}): EarlierVerdict =>
  ({ article, id: `c-${article}`, status: 'verified', quote, ...extra });

const DESK: EarlierVerdict[] = [
  verdict('budget.md', 'The council approved a budget of 12 million euros for the new tram line.', { status: 'disputed' }),
  verdict('jobs.md', 'Unemployment in the region fell to 3.1 percent last year.'),
  verdict('school.md', 'The new school will open in September with 400 pupils.'),
  verdict('harbour.md', 'Cruise ships brought 200,000 visitors to the harbour last summer.'),
  verdict('tram.md', 'Tickets cost two euros.', { context: 'Ticket prices of the harbour ferry' }),
];

describe('matchClaim', () => {
  const index = prepareMatchIndex(DESK);

  it('ranks the verdict saying the same thing first, with a score in [0, 1]', () => {
    const matches = matchClaim(index, { text: 'The council approved a 12 million euro budget for the tram line.' });
    assert.equal(matches[0].verdict.article, 'budget.md');
    for (const match of matches) assert.ok(match.score > 0 && match.score < 1, String(match.score));
    assert.ok(matches.every((match, i) => i === 0 || match.score <= matches[i - 1].score));
    assert.deepEqual(matches[0].explanation.sameFigures, ['12 million euro']);
  });

  it('scores the very same words higher than a paraphrase, and unrelated words not at all', () => {
    const same = matchClaim(index, { text: DESK[1].quote })[0];
    const paraphrase = matchClaim(index, { text: 'Regional unemployment fell last year.' })[0];
    assert.equal(same.verdict.article, 'jobs.md');
    assert.equal(paraphrase.verdict.article, 'jobs.md');
    assert.ok(same.score > paraphrase.score);
    assert.deepEqual(matchClaim(index, { text: 'Quantum chromodynamics explains gluons.' }), []);
  });

  it('never matches the verdicts of the claim\'s own article', () => {
    const matches = matchClaim(index, { text: DESK[0].quote, excludeArticle: 'budget.md' });
    assert.ok(matches.every(match => match.verdict.article !== 'budget.md'));
  });

  it('reads the verdict\'s context (its article heading) as weaker evidence', () => {
    const text = 'The harbour ferry is expensive.';
    assert.equal(matchClaim(index, { text })[0].verdict.article, 'tram.md');
    const withoutContext = matchClaim(prepareMatchIndex(DESK, { ...DEFAULT_MATCH_WEIGHTS, context: 0 }), { text });
    assert.equal(withoutContext[0].verdict.article, 'harbour.md');
  });

  it('lowers a match whose figure differs when that weight says so, and keeps it listed', () => {
    const text = 'The council approved a budget of 15 million euros for the new tram line.';
    const plain = matchClaim(prepareMatchIndex(DESK, { ...DEFAULT_MATCH_WEIGHTS, differingFigure: 1 }), { text })[0];
    const lowered = matchClaim(prepareMatchIndex(DESK, { ...DEFAULT_MATCH_WEIGHTS, differingFigure: 0.5 }), { text })[0];
    assert.equal(lowered.verdict.article, 'budget.md');
    assert.ok(Math.abs(lowered.score - plain.score * 0.5) < 1e-9);
    assert.deepEqual(lowered.explanation.differingFigures, [['15 million euros', '12 million euros']]);
  });

  it('keeps to top and minScore', () => {
    const text = 'The council approved the new school and the tram line last year.';
    assert.equal(matchClaim(index, { text, top: 2 }).length, 2);
    const all = matchClaim(index, { text, top: 10 });
    const best = all[0].score;
    assert.deepEqual(matchClaim(index, { text, top: 10, minScore: best }).map(m => m.verdict.article), [all[0].verdict.article]);
  });

  it('reads a fragment with its paragraph', () => {
    const paragraph = 'Cruise ships crowded the harbour. They brought 200,000 visitors last summer.';
    const fragment = 'They brought 200,000 visitors last summer.';
    const matches = matchClaim(index, { text: fragment, paragraph });
    assert.equal(matches[0].verdict.article, 'harbour.md');
  });

  it('answers nothing on an empty index or an empty claim', () => {
    assert.deepEqual(matchClaim(prepareMatchIndex([]), { text: 'Anything at all.' }), []);
    assert.deepEqual(matchClaim(index, { text: '' }), []);
  });
});
