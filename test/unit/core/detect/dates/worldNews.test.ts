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

describe('dates: a future auxiliary far before its weekday, a long name between', () => {
  it('counts a name of several words as one word of the verb\'s reach', () => {
    const text = 'Okonjo said Ghanaian President Kwabena Asante Mensah will speak with Kenyan President Amara Wanjiru Odhiambo '
      + 'on the subject of trade on Monday.';
    assert.deepEqual(found(text), [['Monday', '2026-12-07']]);
    // (a sentence told in the past keeps its past weekday)
    assert.deepEqual(found('Okonjo said Ghanaian President Kwabena Asante Mensah spoke with Kenyan President Amara Wanjiru '
      + 'Odhiambo on the subject of trade on Monday.'), [['Monday', '2026-11-30']]);
  });
});
