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
    // (a month named paragraphs before is not the one: the article's, a Wednesday in May)
    assert.deepEqual(values('Schools will move the October half-term to the last week of October.\n\nPupils lost three days last term. Parents will be asked for their views in the final week of the month.', '2026-05-13').at(-1),
      ['the final week of the month', '2026-W22']);
  });

  it("reads England's bank holidays named by a month or a season as their Mondays, and their weekends", () => {
    // a Tuesday in April
    assert.deepEqual(values('Cottages are booked for the early May bank holiday, and for the late May bank holiday weekend.', '2026-04-14'),
      [['the early May bank holiday', '2026-05-04'], ['the late May bank holiday weekend', '2026-W21-WE']]);
    assert.deepEqual(values('The spring bank holiday is busier than the August bank holiday.', '2026-04-14'),
      [['The spring bank holiday', '2026-05-25'], ['the August bank holiday', '2026-08-31']]);
    // (one not named is found, without a value)
    assert.deepEqual(values('Roads were jammed over the bank holiday weekend.', '2026-04-14'), [['the bank holiday weekend', undefined]]);
    // (every year's: "on summer bank holiday weekends" in the 1950s)
    assert.deepEqual(values('In the 1950s the pier was packed on summer bank holiday weekends.', '2026-04-14'), [['the 1950s', '195']]);
  });

  it('reads "the day before Thanksgiving" as one day, and a weekday set off before it as that day', () => {
    // a Monday: the Wednesday is the one ahead, before the holiday
    assert.deepEqual(values('Wednesday, the day before Thanksgiving, is usually the busiest day for departures.', '2025-11-24'),
      [['Wednesday', '2025-11-26'], ['the day before Thanksgiving', '2025-11-26']]);
    assert.deepEqual(values('Stores reopen on the day after Christmas.', '2025-12-01'), [['the day after Christmas', '2025-12-26']]);
    // (an event the story does not date stays "the day" alone)
    assert.deepEqual(values('The day before the vote was calm.', '2025-12-01'), [['The day', undefined]]);
  });

  it('reads an ordinal century after a possessive as a hundred years of the thing\'s own life', () => {
    assert.deepEqual(values('The academy will publish a history of its first century.', '2025-09-18'), [['first century', 'P100Y']]);
    assert.deepEqual(values("The museum's second century begins in the first century's fashion.", '2025-09-18')[0], ['second century', 'P100Y']);
    assert.deepEqual(values('Coins from the first century were found.', '2025-09-18'), [['the first century', '00']]);
  });

  it('reads where a fiscal year ends from the months a quarter covers, or the month it begins in', () => {
    // a Tuesday in October: a second quarter ending in September is July to September
    assert.deepEqual(values('The chain reports second-quarter results next week, for the three months to September.', '2025-10-21')[0],
      ['second-quarter', '2025-Q3']);
    // a Wednesday in June: the first half of fiscal 2027, which begins in July, is July to December 2026
    assert.deepEqual(values('The board approved a plan for fiscal 2027, which begins on July 1. Hiring will rise in the first half of the fiscal year.', '2026-06-10').slice(2),
      [['the first half of the fiscal year', '2026-H2']]);
  });

  it('reads a holiday in a phrase set off after a clause of what is to be, or naming the noun before a modal, as ahead', () => {
    // a Thursday in September: the coming Christmas, not the one gone
    assert.deepEqual(values('The retailer expects trading to improve in the second half, helped by its Christmas range.', '2025-09-25').at(-1),
      ['Christmas', '2025-12-25']);
    // a Friday in February
    assert.deepEqual(values('The council said the pier should reopen before the end of the year, in time for the Christmas market.', '2026-02-13').at(-1),
      ['Christmas', '2026-12-25']);
    // a Monday in January
    assert.deepEqual(values('Organisers said the Christmas market would open on November 20.', '2026-01-12'),
      [['Christmas', '2026-12-25'], ['November 20', '2026-11-20']]);
    // (told in the past, the one gone)
    assert.deepEqual(values('Sales rose, helped by its Christmas range.', '2026-01-13'), [['Christmas', '2025-12-25']]);
  });

  it('runs a series told from its first event to its last forward ("starting with … and ending with New Year\'s Eve")', () => {
    // a Monday in January
    assert.deepEqual(values('The city published its events for the year, starting with a parade on February 21 and ending with New Year\'s Eve fireworks.', '2026-01-12').slice(1),
      [['February 21', '2026-02-21'], ["New Year's Eve", '2026-12-31']]);
  });

  it('counts "this", "last" and "next season" from a season the story names by its years, and finds a school\'s "last term"', () => {
    // a Tuesday in May: the 2025-26 season is ending
    assert.deepEqual(values('Rovers finished 14th in the 2025-26 season. "Next season we want more," the chairman said. Last season was worse.', '2026-05-26'),
      [['the 2025-26 season', '2026'], ['Next season', '2027'], ['Last season', '2025']]);
    // a Tuesday in July, between two seasons: the one to come
    assert.deepEqual(values('He scored 20 goals in the 2025-26 season and hopes for more next season.', '2026-07-07').at(-1), ['next season', '2027']);
    // (no season named: no value)
    assert.deepEqual(values('Next season we want more.', '2026-05-26'), [['Next season', undefined]]);
    assert.deepEqual(values('Pupils lost two days of teaching last term and three this term.', '2026-03-09'),
      [['two days', 'P2D'], ['last term', undefined], ['this term', undefined]]);
    // (a term of office is none)
    assert.deepEqual(values('The senator said this term would be his last.', '2026-03-09'), []);
  });

  it('reads a plan told in the past in a clause of its own by its tense, and "overnight for" a span as every night', () => {
    // a Wednesday in March: the August ahead, not the one of the summer named before
    assert.deepEqual(values('Work on the hall began in the summer of 2024 and was due to finish in August.', '2026-03-04'),
      [['the summer of 2024', '2024-SU'], ['August', '2026-08']]);
    // (a plan in the same clause as its year is of that year)
    assert.deepEqual(values('In 2019 the line was due to open in August.', '2026-03-04'), [['2019', '2019'], ['August', '2019-08']]);
    assert.deepEqual(values('Crews will work overnight for the first two weeks.', '2026-03-04'),
      [['overnight', 'TXXNI'], ['the first two weeks', 'P2W']]);
    assert.deepEqual(values('The road will shut overnight on Tuesday.', '2026-03-04')[0], ['overnight', '2026-03-10TNI']);
  });
});
