import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Sentences in the manner of 2012–2014 general news (economy, politics, world), made up: countries' figures, firms and
// people invented. Each is read against the day it is written on, where an annotator's TIMEX3 span or value was not
// the one the detector gave.
const values = (text: string, day: string) => detectDates(text, day).map(d => [d.text, d.value]);

describe('dates of 2012–2014 general news', () => {
  it('counts "the previous quarter" back from the quarter the figures are for, not from the article\'s', () => {
    assert.deepEqual(values('Output in Norland grew 2.1% in the fourth quarter, down from 2.4% in the previous quarter.', '2014-01-21'),
      [['the fourth quarter', '2013-Q4'], ['the previous quarter', '2013-Q3']]);
    // written in May, the first quarter's previous one is the last of the year before
    assert.deepEqual(values('Factory output fell 0.3% in the first three months of 2013 from the preceding quarter.', '2013-05-15'),
      [['the first three months of 2013', '2013-Q1'], ['the preceding quarter', '2012-Q4']]);
    // a quarter named by its last month; the figure compared with a year before is no quarter of its own
    assert.deepEqual(values('Retail volumes rose 4% from a year ago and 1.1% in the three months to December from the prior quarter.', '2014-01-21'),
      [['a year ago', '2013'], ['the three months', 'P3M'], ['December', '2013-12'], ['the prior quarter', '2013-Q3']]);
    // said twice, both are the one before the period named ("from the previous quarter … on the previous quarter's")
    assert.deepEqual(values('Output shrank 0.4% in the January-March period from the previous quarter. That was an improvement on the previous quarter\'s 0.9% fall.', '2013-05-15'),
      [['the January-March period', '2013-Q1'], ['the previous quarter', '2012-Q4'], ['the previous quarter', '2012-Q4']]);
    // with no quarter named before, it is the one before the article's
    assert.deepEqual(values('Profit beat the previous quarter.', '2013-05-15'), [['the previous quarter', '2013-Q1']]);
  });

  it('gives "the year" told in the past after a quarter of a year gone that year, and spans "the full year 2013"', () => {
    assert.deepEqual(values('Norland grew 7.1% in the fourth quarter from a year ago, slower than the 7.3% it posted in the third quarter. For the year, the economy grew 7.2%.', '2014-01-20'),
      [['the fourth quarter', '2013-Q4'], ['a year ago', '2012-Q4'], ['the third quarter', '2013-Q3'], ['the year', '2013']]);
    // the day the data came out is none of their periods
    assert.deepEqual(values('Growth eased in the third quarter, data showed on Monday. Growth for the full year was 3.1%.', '2014-01-20'),
      [['the third quarter', '2013-Q3'], ['Monday', '2014-01-20'], ['the full year', '2013']]);
    // what is expected for the year is still this one's
    assert.deepEqual(values('Profit rose in the third quarter. For the year, the company expects growth of 5%.', '2014-01-20'),
      [['the third quarter', '2013-Q3'], ['the year', '2014']]);
    assert.deepEqual(values('Exports rose 9.7 per cent for the full year 2013.', '2014-01-20'), [['the full year 2013', '2013']]);
    assert.deepEqual(values('Spending in the fiscal year 2022-23 rose.', '2025-01-20'), [['the fiscal year 2022-23', '2023']]);
  });

  it('spans a period compared with its like a year before or in a year written after it, valued as that one', () => {
    assert.deepEqual(values('Output fell 0.9% in the first quarter of 2013 compared with the same quarter of the previous year.', '2013-06-05'),
      [['the first quarter of 2013', '2013-Q1'], ['the same quarter of the previous year', '2012-Q1']]);
    assert.deepEqual(values('Exports in the first quarter were lower than in the same period in 2012.', '2013-06-05'),
      [['the first quarter', '2013-Q1'], ['the same period in 2012', '2012-Q1']]);
    assert.deepEqual(values('Imports in the first quarter beat the same period of 2012.', '2013-06-05'),
      [['the first quarter', '2013-Q1'], ['the same period of 2012', '2012-Q1']]);
  });

  it('reads the month a figure is for as one gone, whatever the clause around it looks ahead to', () => {
    assert.deepEqual(values('Looking past weak December data, the central bank said on Wednesday it will cut its purchases again.', '2014-01-29'),
      [['December', '2013-12'], ['Wednesday', '2014-01-29']]);
    assert.deepEqual(values('Economists were split on what the bank would do because December jobs numbers came in soft.', '2014-01-29'),
      [['December', '2013-12']]);
    assert.deepEqual(values('Building fell in May. June\'s housing starts were 6 percent higher.', '1994-07-20'),
      [['May', '1994-05'], ['June', '1994-06']]);
    // figures still to come for a month ahead keep the month ahead
    assert.deepEqual(values('December retail sales will be published in January.', '2013-11-20'),
      [['December', '2013-12'], ['January', '2014-01']]);
  });

  it('reads a weekday after a relative clause\'s "take effect" as ahead, though the sentence is told in the past', () => {
    assert.deepEqual(values('Both leaders said they were still bargaining over cuts that take effect on Wednesday.', '2012-12-31'),
      [['Wednesday', '2013-01-02']]);
    assert.deepEqual(values('The new fees take effect on Friday.', '2012-12-31'), [['Friday', '2013-01-04']]);
    // done, it is the one gone
    assert.deepEqual(values('The fees that took effect on Friday angered drivers.', '2012-12-31'), [['Friday', '2012-12-28']]);
  });

  it('spans a clock time with "tomorrow morning" or "yesterday evening" after it as one time of that day', () => {
    assert.deepEqual(values('The chamber will come in at 11 a.m. tomorrow morning.', '2012-12-31'),
      [['11 a.m. tomorrow morning', '2013-01-01T11:00']]);
    assert.deepEqual(values('The count began at 6 p.m. yesterday evening.', '2012-12-31'), [['6 p.m. yesterday evening', '2012-12-30T18:00']]);
  });

  it('reads a holiday named for its break or recess as the nearest one, whatever is said ahead of it', () => {
    assert.deepEqual(values('Members were told to return from the Christmas holiday break.', '2012-12-27'), [['Christmas', '2012-12-25']]);
    assert.deepEqual(values('The council will break for the Christmas recess next week.', '2013-12-10'),
      [['Christmas', '2013-12-25'], ['next week', '2013-W51']]);
  });

  it('marks no time in a count of quarters in a row, an age in the plural or a final "last day"', () => {
    assert.deepEqual(values('Exports fell for the second quarter running. It was the fourth quarter in a row of decline.', '2013-05-15'), []);
    assert.deepEqual(values('Voters included 16 and 17-year-olds for the first time.', '2014-09-19'), []);
    assert.deepEqual(values('The bishop\'s last day in office is March 3. Friday is her last day.', '2013-02-14'),
      [['March 3', '2013-03-03'], ['Friday', '2013-02-15']]);
    // ("the last day to <do something>" is the final one for it, not yesterday; "in the last day" still is)
    assert.deepEqual(values('Friday is the last day to claim the rebate. Shoppers who wait until the last day to buy pay more.', '2013-02-14'),
      [['Friday', '2013-02-15'], ['the last day', undefined], ['the last day', undefined]]);
    assert.deepEqual(values('Prices rose 2% in the last day.', '2013-02-14'), [['the last day', '2013-02-13']]);
    // the quarter itself is still a date
    assert.deepEqual(values('Exports fell in the second quarter.', '2013-08-15'), [['the second quarter', '2013-Q2']]);
  });
});
