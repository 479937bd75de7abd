import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up stories: whose Thanksgiving a story means, the United States' (fourth Thursday of November) or Canada's
// (second Monday of October).
const thanksgivings = (text: string, ref: string) => detectDates(text, ref).filter(d => d.text === 'Thanksgiving').map(d => d.value);

describe('Thanksgiving in a story that names Canada', () => {
  it('is the United States\' where the story names the United States as often as Canada or more', () => {
    const text = 'DENVER — Retailers across the United States cut prices after Thanksgiving. A chain with stores in Canada said'
      + ' sales there held up.';
    assert.deepEqual(thanksgivings(text, '2025-12-02'), ['2025-11-27']);
  });

  it('is Canada\'s in a story from Canada, and where it is written "Canada\'s Thanksgiving"', () => {
    assert.deepEqual(thanksgivings('OTTAWA — Canadians in Ontario and Quebec packed the roads before Thanksgiving.', '2025-10-15'),
      ['2025-10-13']);
    const text = 'Border lines in the United States grow long around Canada\'s Thanksgiving, the US officers said.';
    assert.deepEqual(thanksgivings(text, '2025-10-15'), ['2025-10-13']);
  });
});
