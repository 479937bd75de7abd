import assert from 'node:assert/strict';
import { analyze } from '../../../../../src/core/detect/analyze';
import { isDatedCaption, isFixtureLine } from '../../../../../src/core/detect/claims/furniture';

// Captions and a race guide's headings left by earlier passes (claims leftovers pass, 6 December): made-up lines.
describe('claims: a wire\'s caption and a race guide\'s stages', () => {
  it('knows a caption of what is seen where on a dated day', () => {
    assert.ok(isDatedCaption('Cranes and containers are seen at the terminals of the Port of Lyme in Lyme, June 12, 2024.'));
    assert.ok(isDatedCaption('A ferry is pictured in the harbour at Elmford on 3 March 2025.'));
    for (const line of ['The ferry was seen leaving Elmford on June 12, 2024.'.replace('was', 'had been'),
      'The new terminal is scheduled to open on June 12, 2024.', 'Cranes are seen as the port\'s weak point, its owner said.'])
      assert.ok(!isDatedCaption(line), line);
  });

  it('knows a stage\'s heading, with its day or without', () => {
    for (const line of ['Saturday, 6 July – Stage 1: Lyme – Elmford, 194.5km', 'Sunday, 7 July – Stage 2: Elmford, 27.6km team time trial',
      'Stage 3: Elmford – Lyme, 215 km']) assert.ok(isFixtureLine(line), line);
    for (const line of ['Stage 1: Rook won by 12 seconds after 194.5km of rain', 'Saturday, 6 July – Stage 1 was cut to 150km.'])
      assert.ok(!isFixtureLine(line), line);
  });
});

describe('claims: a related story\'s prompt', () => {
  it('scores "Also Read |" and its headline 0, and the story\'s sentence after it as before', () => {
    const text = 'Also Read | Port strike ends after two weeksThe port handled 41,000 containers in May, up 12% on the year.';
    const scores = new Map(analyze(text, { claimThreshold: 0 }).claims.map(c => [c.text, c.score]));
    assert.equal(scores.get('Also Read | Port strike ends after two weeks'), 0);
    assert.ok((scores.get('The port handled 41,000 containers in May, up 12% on the year.') ?? 0) > 0.5);
  });
});
