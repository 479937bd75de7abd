import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up lines: a release stamp with the month's short name ("2019-Mar-04") and numeric stamps with hyphens and a
// two-figure year after a stamp's word, a colon, a comma or a quote.
const found = (text: string, ref = '2026-12-06') => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

describe('dates: short stamps', () => {
  it('reads a year, a month\'s short name and a day, hyphenated, as one day', () => {
    assert.deepEqual(found('HARLOW, 2019-Mar-04 — /Wire/ — The firm posted its results.'), ['2019-Mar-04=2019-03-04']);
    assert.equal(found('A stamp 2019-Feb-30 is no day.').some(d => d.startsWith('2019-Feb-30')), false);
  });

  it('reads month-day-year with hyphens and a two-figure year after a stamp\'s word, a colon, a comma or a quote', () => {
    assert.deepEqual(found('Published: 11-06-09'), ['11-06-09=2009-11-06']);
    assert.deepEqual(found('The board approved the minutes of 6-22-08.'), ['6-22-08=2008-06-22']);
    assert.deepEqual(found('Update 1-9-15: the board released its report.'), ['1-9-15=2015-01-09']);
    assert.deepEqual(found('Source: Harbour Daily, 10-19-16'), ['10-19-16=2016-10-19']);
    assert.deepEqual(found('change “6-21-07” to “6-14-07” in the record.'), ['6-21-07=2007-06-21', '6-14-07=2007-06-14']);
  });

  it('leaves a record or a score of three figures', () => {
    assert.deepEqual(found('The team went 10-11-12 and were 4-10-15 in away games.'), []);
    assert.deepEqual(found('Talks 03-05-17 between them.'), []);
  });
});
