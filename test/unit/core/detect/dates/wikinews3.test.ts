import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Sentences in the manner of Wikinews stories (made up: places, firms and people invented), each read against the day
// it is written on, where a careful TimeML annotator's span or value was not the one the detector gave (third pass).
const values = (text: string, day: string) => detectDates(text, day).map(d => [d.text, d.value]);

describe('dates of Wikinews stories (third pass)', () => {
  it('resolves "Labor Day", spelt so, to the United States\' first Monday of September', () => {
    assert.deepEqual(values('Stores will close on Labor Day.', '2013-08-28'), [['Labor Day', '2013-09-02']]);
    assert.deepEqual(values('On Labor Day, protesters marched downtown.', '2013-10-01'), [['Labor Day', '2013-09-02']]);
    // "Labour Day" is kept on different days in different countries and stays unresolved
    assert.deepEqual(values('Unions marched on Labour Day.', '2013-10-01'), [['Labour Day', undefined]]);
  });

  it('counts "the next year" told in the past from the year the story spoke of ("left in 1989. The next year he returned")', () => {
    assert.deepEqual(values('He left the country in 1989. The next year he returned.', '2013-08-14'),
      [['1989', '1989'], ['The next year', '1990']]);
    assert.deepEqual(values('The plant closed in March 2010. The next month it was sold to a rival.', '2013-08-14'),
      [['March 2010', '2010-03'], ['The next month', '2010-04']]);
    // told ahead, the article's next
    assert.deepEqual(values('The plant opened in 1971. The firm will expand it the next year.', '2013-08-14'),
      [['1971', '1971'], ['the next year', '2014']]);
  });

  it('reads a timetable told in the present as ahead though a record "since" follows its day ("go to the polls on Sunday in the first snap election since 1998")', () => {
    assert.deepEqual(values("Voters in Marrenland go to the polls on Sunday in the country's first snap election since 1998.", '2017-06-12'),
      [['Sunday', '2017-06-18'], ['1998', '1998']]);
    assert.deepEqual(values('Voters go to the polls on Sunday in the first election since 1998.', '2017-06-12'),
      [['Sunday', '2017-06-18'], ['1998', '1998']]);
    // a past verb after the day keeps it gone
    assert.deepEqual(values('Protests on Saturday drew the largest crowds since 2011.', '2017-06-12'),
      [['Saturday', '2017-06-10'], ['2011', '2011']]);
  });

  it('counts "a year earlier" opening a paragraph from the year the paragraph before ended on', () => {
    assert.deepEqual(values('Exports fell 3 percent in 2011.\n\nA year earlier they had risen 5 percent.', '2013-08-14'),
      [['2011', '2011'], ['A year earlier', '2010']]);
    // inside a paragraph, a break with more of the paragraph before it after the year ends the comparison
    assert.deepEqual(values('Exports fell 3 percent in 2011. The port was busy.\n\nA year earlier they had risen 5 percent.', '2013-08-14'),
      [['2011', '2011'], ['A year earlier', '2012']]);
  });

  it('finds a day of the month alone as the bound of "as late as" or "as early as" ("may arrive as late as the 28th")', () => {
    assert.deepEqual(values('Payments may arrive as late as the 28th.', '2013-08-14'), [['the 28th', '2013-08-28']]);
    assert.deepEqual(values('Some payments arrived as early as the 3rd.', '2013-08-14'), [['the 3rd', '2013-08-03']]);
    // an ordinal before its noun, or after another bound, is no day
    assert.deepEqual(values('He led as late as the 15th hole.', '2013-08-14'), []);
    assert.deepEqual(values('It was ranked as high as the 5th.', '2013-08-14'), []);
  });

  it('finds "March" or "May" after "the" before an event of the month ("The March hearing was postponed")', () => {
    assert.deepEqual(values('The March hearing was postponed.', '2013-08-14'), [['March', '2013-03']]);
    assert.deepEqual(values('Turnout in the May elections was low.', '2013-08-14'), [['May', '2013-05']]);
    // a prime minister's government, a parade, are no months
    assert.deepEqual(values('The May government fell.', '2013-08-14'), []);
    assert.deepEqual(values('The march ended at the square.', '2013-08-14'), []);
  });

  it('ends a sentence at "May.", "June." or "July." before a capital, as a whole month\'s name is no abbreviation', () => {
    // the "would" of the sentence before no longer puts the story's "next year" ahead
    assert.deepEqual(values('He said the state would pay by the end of July. A drought in 2012 cut the harvest; the next year it recovered.', '2016-06-03'),
      [['the end of July', '2016-07'], ['2012', '2012'], ['the next year', '2013']]);
    // nor does the past of the sentence after put the month named ahead behind
    assert.deepEqual(values('The prize will be presented at a ceremony in May. Last year\'s winners were two architects.', '2021-03-16'),
      [['May', '2021-05'], ['Last year', '2020']]);
  });

  it('puts a clock time a present timetable gives ("Kick-off is at 12:30 p.m.") on the day to come named before, not on one gone by', () => {
    assert.deepEqual(values('Rovers host City on Boxing Day after the derby was moved on Tuesday. Kick-off is at 12:30 p.m.', '2013-12-23'),
      [['Boxing Day', '2013-12-26'], ['Tuesday', '2013-12-17'], ['12:30 p.m.', '2013-12-26T12:30']]);
    // told as done, the time is on the day gone by
    assert.deepEqual(values('The derby was played on Tuesday. Kick-off was at 12:30 p.m.', '2013-12-23'),
      [['Tuesday', '2013-12-17'], ['12:30 p.m.', '2013-12-17T12:30']]);
  });

  it('reads the tense of a day\'s own clause past a relative clause closed before it ("Rovers, who lost heavily, host City on Boxing Day")', () => {
    assert.deepEqual(values('Rovers, who lost heavily, host City on Boxing Day.', '2013-12-23'), [['Boxing Day', '2013-12-26']]);
    assert.deepEqual(values('Rovers, who lost on Saturday, host City on Boxing Day.', '2013-12-23'),
      [['Saturday', '2013-12-21'], ['Boxing Day', '2013-12-26']]);
    // a list's comma closes no relative clause: the month is the one gone
    assert.deepEqual(values('He succeeds Mr. Taylor, who stepped down as chairman, president and chief executive in March.', '2025-01-01'),
      [['March', '2024-03']]);
  });
});
