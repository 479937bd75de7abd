import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Leftovers of an earlier pass over made-up stories of holidays, terms, seasons and results: each sentence is made up;
// each value is what a careful editor reads, against the reference date given (its weekday in the comment).
const values = (text: string, ref: string) => detectDates(text, ref).map(d => [d.text, d.value]);

describe('dates: leftovers of the holiday, term and results stories', () => {
  it('reads "the last weekend of June" and "the final week of the month" as one expression', () => {
    // a Wednesday in February
    assert.deepEqual(values('The parade moves to the last weekend of June, and the fair to the first weekend of May.', '2026-02-18'),
      [['the last weekend of June', '2026-W26-WE'], ['the first weekend of May', '2026-W18-WE']]);
    assert.deepEqual(values('Schools will close for the final week of the month.', '2026-02-18'), [['the final week of the month', '2026-W09']]);
    // (the month the story named before)
    assert.deepEqual(values('The festival ends on or around March 20. Offices will shut for the final week of the month.', '2026-02-18'),
      [['around March 20', '2026-03-20'], ['the final week of the month', '2026-W13']]);
  });
});
