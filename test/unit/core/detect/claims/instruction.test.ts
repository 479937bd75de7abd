import assert from 'node:assert/strict';
import { claimScore } from '../../../../../src/core/detect/claims';
import { isInstruction } from '../../../../../src/core/detect/claims/instruction';

describe('claims: an instruction or a piece of advice in the imperative', () => {
  const instructions = [
    'Call 112 if you smell gas near the depot.', 'Keep pets indoors until the smoke clears.', 'Test every suspected case.',
    'Ask about recent travel and contact with sick animals.', 'Advise residents with flooded cellars to boil their water.',
    'Report an outage »', 'Wash your hands before meals.',
  ];
  const statements = [
    'Test results showed a rise in lead levels.', 'Report cards were sent home on Friday.', 'Call volumes rose 20 percent in March.',
    'Remember that bus fares went up by 40 percent last year.', 'Look at the record: jobs grew by 9 percent.',
    'Keep Harbour Clean, a volunteer group, collected 3 tonnes of litter.', 'Check fraud cost the bank $2 million.',
  ];

  it('recognises a line that only tells the reader what to do', () => {
    for (const line of instructions) assert.ok(isInstruction(line), line);
  });

  it('does not where the first word is a noun, or the line carries a fact', () => {
    for (const line of statements) assert.ok(!isInstruction(line), line);
  });

  it('gives an instruction no claim score', () => {
    for (const line of instructions) assert.equal(claimScore(line), 0, line);
  });
});
