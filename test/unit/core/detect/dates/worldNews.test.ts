import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up captions and wire sentences: a weekday after "this", "last" or "next" that a written date follows.
const found = (text: string, ref = '2026-12-05') => detectDates(text, ref).map(d => [d.text, d.value]);

describe('dates: a weekday after "this" with the date written after it', () => {
  it('takes the written date, as without "this"', () => {
    assert.deepEqual(found('In this Monday, March 5, 2018 photo, provided by the ministry on March 6, the envoys meet.'),
      [['this Monday, March 5, 2018', '2018-03-05'], ['March 6', '2018-03-06']]);
    assert.deepEqual(found('The minister will speak this Monday, March 16, officials said.', '2026-03-12'),
      [['this Monday, March 16', '2026-03-16']]);
    assert.deepEqual(found('He spoke last Friday, 6 March, in Lisbon.', '2026-03-12'), [['last Friday, 6 March', '2026-03-06']]);
    // (with no date after it, the week's day as before)
    assert.deepEqual(found('The summit opens this Monday.', '2026-03-12'), [['this Monday', '2026-03-09']]);
  });
});
