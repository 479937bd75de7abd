import assert from 'node:assert/strict';
import { analyze } from '../../../../../src/core/detect/analyze';
import { claimScore } from '../../../../../src/core/detect/claims';
import { onlyLeadsIn } from '../../../../../src/core/detect/claims/leadIn';

describe('claims: a line that only leads in to what follows', () => {
  const leadIns = [
    'According to those reports:', 'According to the ministry:', 'The minister said:', 'Reyes told reporters:',
    'The company said in a statement on Tuesday:', 'A spokeswoman for the council added:', 'He wrote on social media:', 'The Valley Press reports:',
  ];
  const says = [
    'Police said the suspect was armed and added:', 'Mayor Ann Reyes, who won in 2022, said:',
    'The minister said: the budget will rise by 5 percent.', 'According to those reports, the mine closed.',
    'Three things changed in 2024:', 'The council said the road would close and warned:',
  ];

  it('recognises who says what follows, ending in a colon', () => {
    for (const line of leadIns) assert.ok(onlyLeadsIn(line), line);
  });

  it('does not where the line says something of its own, or goes on after its colon', () => {
    for (const line of says) assert.ok(!onlyLeadsIn(line), line);
  });

  it('gives the lead-in no claim score, and scores what follows it on its own', () => {
    for (const line of leadIns) assert.equal(claimScore(line), 0, line);
    const text = 'According to those reports:\n\n- The mine employed 300 people.\n- It closed in 2019.\n';
    const claims = analyze(text, { claimThreshold: 0 }).claims.filter(c => c.score > 0).map(c => c.text);
    assert.deepEqual(claims, ['The mine employed 300 people.', 'It closed in 2019.']);
  });
});
