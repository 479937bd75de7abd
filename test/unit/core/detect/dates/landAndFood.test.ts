import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// A helper's pass over real property, farming and food news. Each sentence is made up; each value is what a careful
// editor reads, against the reference date given (its weekday in the comment).
const values = (text: string, ref: string) => detectDates(text, ref).map(d => [d.text, d.value]);

describe('dates: property, farming and food news', () => {
  it('keeps the page\'s year for a weekday\'s day told in the past up to a week after the page\'s date', () => {
    // a Sunday: a weekly round-up dated by its week's first day
    assert.deepEqual(values('Dellwood, a new bistro, opened on Wednesday, March 11.', '2015-03-08'), [['Wednesday, March 11', '2015-03-11']]);
    // further on, the day told in the past is the latest such day before the page's
    assert.deepEqual(values('The bistro opened on Wednesday, March 25.', '2015-03-08'), [['Wednesday, March 25', '2009-03-25']]);
  });

  it('reads an early number in a range of quantities as no year', () => {
    assert.deepEqual(values('Steers grow to weigh between 1000 and 1300 pounds.', '2026-12-05'), []);
    assert.deepEqual(values('Prices rose between 1990 and 1995.', '2026-12-05'), [['1990', '1990'], ['1995', '1995']]);
  });
});
