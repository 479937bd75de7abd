import assert from 'node:assert/strict';
import { analyze } from '../../../../../src/core/detect/analyze';
import { isSourceNote } from '../../../../../src/core/detect/claims/sourceNotes';
import { claimScore } from '../../../../../src/core/detect/claims';

// A story's notes on its sources (claims leftovers pass, 6 December): made-up lines.
describe('claims: a story\'s notes on its sources', () => {
  it('knows a citation\'s line and a note on how quotes were taken', () => {
    for (const line of ['Harbour party press release, 2 May 2017', 'Council statement, March 3, 2026.',
      'Statements in quotes were taken directly from the board\'s documents.', 'Quotes are drawn from the court records.'])
      assert.ok(isSourceNote(line), line);
    for (const line of ['The cuts would save £2bn, according to a Treasury press release, 2 May 2017.',
      'The council issued a statement on March 3, 2026.', 'Statements by the mayor were contradicted by the figures.',
      'Harbour party press release, May 2'])
      assert.ok(!isSourceNote(line), line);
  });

  it('scores the note 0 and the story\'s claim as before', () => {
    const text = 'Ferry fares rose 12% in 2025, the board said.\n\nStatements in quotes were taken directly from the board\'s documents.';
    const scores = new Map(analyze(text, { claimThreshold: 0 }).claims.map(c => [c.text, c.score]));
    assert.equal(scores.get('Statements in quotes were taken directly from the board\'s documents.'), 0);
    assert.ok((scores.get('Ferry fares rose 12% in 2025, the board said.') ?? 0) > 0.5);
  });
});

// A journal's reference line (interviews and corrections pass): made-up references.
describe('claims: a journal\'s reference line', () => {
  it('scores a DOI 0, and a sentence citing a link as before', () => {
    for (const line of ['DOI: 10.5555/harbour.12.3301.1202', 'doi:10.5555/hb.0413-22.']) assert.equal(claimScore(line), 0, line);
    assert.ok(isSourceNote('doi:10.5555/hb.0413-22'));
    assert.ok(claimScore('The board cut ferry fares by 12% in 2025 (https://doi.org/10.5555/hb.0413-22).') > 0.5);
  });
});
