import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// A pass over science, climate and space news (issue 14): each sentence is made up; each value is what a careful
// editor reads, against the reference date given.
const values = (text: string, ref: string) => detectDates(text, ref).map(d => [d.text, d.value]);

describe('dates: science, climate and space news', () => {
  it('reads a year before an ordinal as the year, no count of seconds', () => {
    assert.deepEqual(values('Agency: 2023 second wettest year on record.', '2024-01-20'), [['2023', '2023']]);
    // (a count of seconds stays one)
    assert.deepEqual(values('The engine fired for 30 seconds.', '2024-01-20'), [['30 seconds', 'PT30S']]);
  });

  it('reads "the decade that just ended" as the one before the article\'s, and "the decade of" by its years', () => {
    assert.deepEqual(values('The decade that just ended was the wettest on record, the agency said.', '2030-01-14'), [['The decade', '202']]);
    assert.deepEqual(values('The year just ended was dry.', '2030-01-14'), [['The year', '2029']]);
    assert.deepEqual(values('The decade of 2020-2029 was wet.', '2030-01-14'), [['2020', '2020'], ['2029', '2029']]);
    // (after a dated line, as a wire's page opens)
    assert.deepEqual(values('January 14, 2030\n“The decade that just ended was wet,” she said.', '2030-01-14')[1], ['The decade', '202']);
    // (the decade of the article's, as before)
    assert.deepEqual(values('The decade ahead will be hotter.', '2030-01-14'), [['The decade', '203']]);
  });

  it('reads "one-quarter of the population" as a fraction, no quarter of a year', () => {
    assert.deepEqual(values('About one-quarter of the population carries the virus.', '2024-01-20'), []);
    assert.deepEqual(values('A quarter of all reefs were bleached.', '2024-01-20'), []);
    // (a quarter of the year stays one)
    assert.deepEqual(values('Sales rose in the first quarter of the year.', '2024-05-20'), [['the first quarter of the year', '2024-Q1']]);
  });

  it('reads a storm named by a holiday with its year as that holiday of that year', () => {
    assert.deepEqual(values('Only the Labor Day hurricane in 1935 had stronger winds.', '2018-10-10'),
      [['Labor Day', '1935-09-02'], ['1935', '1935']]);
    // (the holiday of a year of its own, as before)
    assert.deepEqual(values('The storm hit on Labor Day.', '2018-10-10'), [['Labor Day', '2018-09-03']]);
  });

  it('reads a page\'s reading time and a count of minutes into a mission as no dates', () => {
    assert.deepEqual(values('Newsroom Staff\n\n1 Min Read\n\nThe quake struck on Wednesday.', '2015-01-28'), [['Wednesday', '2015-01-28']]);
    assert.deepEqual(values('By Ada Orme · 6 min read', '2015-01-28'), []);
    assert.deepEqual(values('Contact was lost from the 9th to the 37th minute of the flight.', '2015-01-28'), []);
    assert.deepEqual(values('He led between the 12th and 30th laps.', '2015-01-28'), []);
    // (a day of the month, and a reading that took minutes, as before)
    assert.deepEqual(values('The vote is on the 9th.', '2015-01-28'), [['the 9th', '2015-02-09']]);
    assert.deepEqual(values('The reading took 6 minutes.', '2015-01-28'), [['6 minutes', 'PT6M']]);
  });

  it('reads a forecast\'s next weekday in the same sentence after a weekday still ahead, not one gone', () => {
    // a Wednesday
    assert.deepEqual(values('The storm is expected to cut across the southeastern states over Wednesday night and Thursday before pushing off the coast sometime Friday.',
      '2018-10-10'), [['Wednesday night', '2018-10-10TNI'], ['Thursday', '2018-10-11'], ['Friday', '2018-10-12']]);
    // a Thursday
    assert.deepEqual(values('A turn to the west is forecast by Thursday night, followed by a turn north Friday night or Saturday.', '2023-10-19'),
      [['Thursday night', '2023-10-19TNI'], ['Friday night', '2023-10-20TNI'], ['Saturday', '2023-10-21']]);
    // (a day gone told after one ahead, with its verb of the past between, or with nothing told ahead before, as before)
    assert.deepEqual(values('The storm, which will hit on Thursday, formed on Monday.', '2023-10-17'),
      [['Thursday', '2023-10-19'], ['Monday', '2023-10-16']]);
  });
});
