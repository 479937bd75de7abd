import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Shapes met on real news pages of many kinds (match reports, school budgets, council notices); each sentence is made
// up, and the reference date is given.
const found = (text: string, ref = '2026-12-05') => detectDates(text, ref).map(d => [d.text, d.value]);

describe('dates: shapes of web news pages', () => {
  it('reads a count of minutes written as two words whole, not its last word alone', () => {
    assert.deepEqual(found('The hosts doubled their lead on twenty six minutes.'), []);
    assert.deepEqual(found('The repair took twenty six minutes.'), [['twenty six minutes', 'PT26M']]);
    assert.deepEqual(found('The crossing took forty five minutes.'), [['forty five minutes', 'PT45M']]);
  });

  it('reads a budget of a year across two as one year, on a list line too', () => {
    assert.deepEqual(found('- 2025-2026 budget: $14.1 million'), [['2025-2026', '2026']]);
    assert.deepEqual(found('* 2025-26 budget (proposed): $15 million'), [['2025-26', '2026']]);
    // a bare range of two years before another noun stays two years
    assert.deepEqual(found('Prices rose in 2021-2022 terms.').map(([t]) => t), ['2021', '2022']);
  });

  it('reads a weekday of the month in a timetable as every month', () => {
    assert.deepEqual(found('The board meets at 6pm on the second Tuesday of the month.'),
      [['6pm', 'T18:00'], ['the second Tuesday of the month', 'P1M']]);
    // (the month named after it is another matter)
    assert.notDeepEqual(found('The vote is on the first Monday of the month of May.').map(([, v]) => v), ['P1M']);
  });
});
