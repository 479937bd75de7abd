import assert from 'node:assert/strict';
import { analyze } from '../../../../../src/core/detect/analyze';
import { isRosterLine } from '../../../../../src/core/detect/claims/rosterLines';

// Team sheets and tables pasted with a sports story (second sports pass, 6 December): made-up line-ups and rows.
describe('claims: a team sheet\'s entries and a table\'s rows', () => {
  it('knows a numbered line-up\'s entry, a label over a number and a row of names and figures', () => {
    for (const line of ['Tui Fale 3.', 'Ivo Rook-Marsh, 15.', 'Reserves: 16.', 'Harbour Vale: 1.', 'Low: 55.',
      '| Ada Marsh | 15 | 22 | Ivo Rook | |||']) assert.ok(isRosterLine(line), line);
    for (const line of ['Marsh scored 3.', 'The Harbour Trust 6.', 'The side won the cup in 1998.',
      '| Ada Marsh | 15 | scored twice |', '| Buildings | $41m | $45m | +9.8% |']) assert.ok(!isRosterLine(line), line);
  });

  it('scores the entries of a numbered line-up 0 and the story\'s sentence as before', () => {
    const text = 'Harbour Vale: 1. Ada Marsh 2. Tui Fale 3. Ivo Rook 4. Ben Olsen. Marsh scored 31 points in the win.';
    const scores = new Map(analyze(text, { claimThreshold: 0 }).claims.map(c => [c.text, c.score]));
    assert.equal(scores.get('Tui Fale 3.'), 0);
    assert.equal(scores.get('Ivo Rook 4.'), 0);
    assert.ok((scores.get('Marsh scored 31 points in the win.') ?? 0) > 0);
  });
});

describe('claims: a list\'s entries of people by age and home town', () => {
  it('knows the entry and leaves a sentence that names one alone', () => {
    for (const line of ['Ada Marsh, 31, of Elmford, Vt.', '- Tui Fale Rook, 43, of North Lyme, N.C.', 'Jo Bell, 4, of Lyme'])
      assert.ok(isRosterLine(line), line);
    for (const line of ['Ada Marsh, 31, of Elmford, was driving the van.', 'Ada Marsh, 31, of Elmford, Vt., died at the scene.'])
      assert.ok(!isRosterLine(line), line);
  });
});
