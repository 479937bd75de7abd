import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up notices read long after they were written: a day with its weekday and no year that fits no year next to the
// page's is one years back, not one three years ahead.
const found = (text: string, ref = '2026-12-06') => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

describe('dates: the year of a day written with its weekday, fitting no year next to the page\'s', () => {
  it('is the nearest year back where the day is that weekday, before any two years ahead', () => {
    // (25 November is a Sunday in 2018 and 2029: a notice saved in 2026 told of the earlier)
    assert.deepEqual(found('The memorial is set for Sunday, November 25 at the chapel.').slice(0, 1), ['Sunday, November 25=2018-11-25']);
  });

  it('keeps a fitting year just after the guessed one', () => {
    // (4 March falls on a Saturday in 2028, the year after the one a coming March is read in)
    assert.deepEqual(found('The gala will be held Saturday, March 4 in the old mill.').slice(0, 1), ['Saturday, March 4=2028-03-04']);
  });
});

describe('dates: a day with its weekday after the same day written with its year', () => {
  it('takes that year where the day falls on the weekday named', () => {
    // (16 February 2015 was a Monday; so was 16 February 2026, the year the file was saved)
    const text = 'Coach steps down\n\nFebruary 16th, 2015\n\nThe club said on Monday, February 16th that its coach would leave.';
    assert.ok(found(text).includes('Monday, February 16th=2015-02-16'));
    // (not where the weekday does not fit it: 16 February 2016 was a Tuesday)
    assert.ok(found(text.replace('2015', '2016')).includes('Monday, February 16th=2026-02-16'));
  });
});
