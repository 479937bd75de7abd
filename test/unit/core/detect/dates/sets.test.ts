import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';
import { displayDate } from '../../../../../src/core/detect/dates/display';

// Repeated times (TIMEX3 SET) and year-spanning periods, in sentences made up for these tests.
const read = (text: string, ref = '2026-12-02') =>
  detectDates(text, ref).map(d => [d.text, d.type, d.value, displayDate(d)]);

describe('sets: how often, and on which day', () => {
  it('reads an ordinal weekday of every month as monthly, and says which weekday', () => {
    assert.deepEqual(read('The Harlow trust meets on the first Monday of every month.'),
      [['the first Monday of every month', 'SET', 'P1M', 'the first Monday of every month']]);
    assert.deepEqual(read('Tastings run the last Friday of each month.'),
      [['the last Friday of each month', 'SET', 'P1M', 'the last Friday of every month']]);
  });

  it('reads "every second Tuesday" as fortnightly, not as a second of time', () => {
    assert.deepEqual(read('Bins in Orlby are emptied every second Tuesday.'),
      [['every second Tuesday', 'SET', 'P2W', 'every second Tuesday']]);
    assert.deepEqual(read('The ferry sails every other Sunday.'),
      [['every other Sunday', 'SET', 'P2W', 'every other Sunday']]);
    assert.deepEqual(read('The survey is repeated every third year.'),
      [['every third year', 'SET', 'P3Y', 'every three years']]);
    assert.deepEqual(read('The stall moves every other week.'), [['every other week', 'SET', 'P2W', 'every two weeks']]);
    // with "of the month" it is that weekday of each month
    assert.deepEqual(read('The Orlby council meets every second Tuesday of the month.'),
      [['every second Tuesday of the month', 'SET', 'P1M', 'the second Tuesday of every month']]);
  });

  it('reads weekdays and counts per period with their words', () => {
    assert.deepEqual(read('The school bus leaves each weekday morning.'),
      [['each weekday morning', 'SET', 'TXXMO', 'every weekday morning']]);
    assert.deepEqual(read('The Kelby office opens every weekday.'), [['every weekday', 'SET', 'P1D', 'every weekday']]);
    assert.deepEqual(read('The panel sits twice a year.'), [['twice a year', 'SET', 'P1Y', 'twice a year']]);
    assert.deepEqual(read('Trams stop there three times an hour.'),
      [['three times an hour', 'SET', 'PT1H', 'three times an hour']]);
    assert.deepEqual(read('The Kelby courts sit on weekdays.'), [['weekdays', 'SET', 'P1D', 'every weekday']]);
    // the weekdays after a set's are repeated too
    assert.deepEqual(read('He reports to the Kelby police every Monday and Thursday.'),
      [['every Monday', 'SET', 'XXXX-WXX-1', 'every Monday'], ['Thursday', 'SET', 'XXXX-WXX-4', 'every Thursday']]);
    assert.deepEqual(read('The cafe serves lunch every Tuesday through Saturday from 11 a.m. until 2 p.m.'),
      [['every Tuesday', 'SET', 'XXXX-WXX-2', 'every Tuesday'], ['Saturday', 'SET', 'XXXX-WXX-6', 'every Saturday'],
        ['11 a.m.', 'TIME', 'T11:00', '11:00'], ['2 p.m.', 'TIME', 'T14:00', '14:00']]);
    // a day of the month said to come round every year is every year's, not this year's or next
    assert.deepEqual(read('The Kelby fund pays out annually on June 30.').slice(1),
      [['June 30', 'SET', 'XXXX-06-30', 'every 30 June']]);
    assert.deepEqual(read('Bids open April 2 of each year.')[0], ['April 2', 'SET', 'XXXX-04-02', 'every 2 April']);
    assert.deepEqual(read('Visits are allowed between May 1 and September 30 each year.').slice(0, 2),
      [['May 1', 'SET', 'XXXX-05-01', 'every 1 May'], ['September 30', 'SET', 'XXXX-09-30', 'every 30 September']]);
    // (a day with its year, or one a year is counted from, stays a day)
    assert.deepEqual(read('The fund paid out on June 30, 2025 each year.')[0], ['June 30, 2025', 'DATE', '2025-06-30', 'Monday 30 June 2025']);
    assert.deepEqual(read('Bids have risen since April 2 every year since.')[0][1], 'DATE');
    // (nor is a day worked out, not written: "every year on the second Monday in May")
    assert.equal(read('The fair falls every year on the second Monday in May.').find(d => d[0] === 'the second Monday in May')?.[1], 'DATE');
    // a rate is not a set, as before
    assert.deepEqual(read('The plant makes 400 cars a day.'), []);
  });
});

describe('fiscal, school and sports years across two calendar years', () => {
  it('values a year running into the next as the year it ends in, as "FY26" names it, and shows it as written', () => {
    assert.deepEqual(read('Grants for FY2025-26 were cut.'), [['FY2025-26', 'DATE', '2026', 'fiscal year 2025–26']]);
    assert.deepEqual(read('Spending in fiscal 2025/26 rose.'), [['fiscal 2025/26', 'DATE', '2026', 'fiscal year 2025–26']]);
    assert.deepEqual(read('In the 2025–26 financial year the port lost money.'),
      [['the 2025–26 financial year', 'DATE', '2026', 'the 2025–26 financial year']]);
    assert.deepEqual(read('Fees for FY 25/26 are fixed.'), [['FY 25/26', 'DATE', '2026', 'fiscal year 2025–26']]);
    assert.deepEqual(read('She scored 14 goals in the 2024-25 season.'),
      [['the 2024-25 season', 'DATE', '2025', 'the 2024–25 season']]);
    assert.deepEqual(read('The 2026/27 school year starts late.'),
      [['The 2026/27 school year', 'DATE', '2027', 'the 2026–27 school year']]);
    // a year written with the financial year keeps it: it is not the current one
    assert.deepEqual(read('In the 2025 financial year the port lost money.'),
      [['the 2025 financial year', 'DATE', '2025', 'the 2025 financial year']]);
  });

  it('reads a quarter or half of a fiscal year, and a year across two before what belongs to it', () => {
    assert.deepEqual(read('Sales in H1 FY26 rose.'), [['H1 FY26', 'DATE', '2026-H1', 'the first half of fiscal year 2026']]);
    assert.deepEqual(read('Q3 FY2025-26 margins fell.'),
      [['Q3 FY2025-26', 'DATE', '2026-Q3', 'the third quarter of fiscal year 2025–26']]);
    assert.deepEqual(read('The club\'s 2025/26 accounts are late.'), [['2025/26', 'DATE', '2026', '2025–26']]);
    assert.deepEqual(read('MPs approved the 2026-27 budget.'), [['2026-27', 'DATE', '2027', '2026–27']]);
    // after anything else a hyphen may join a range of two years: the first stays a year, as before, and the second
    // end is tagged too (yearSpanShort.ts)
    assert.deepEqual(read('Prices rose in 2025-26 and fell later.').map(d => d[2]), ['2025', '2026']);
  });

  it('puts a two-digit fiscal year in the century nearest the article', () => {
    assert.deepEqual(read('Targets for FY26 hold.'), [['FY26', 'DATE', '2026', 'fiscal year 2026']]);
    assert.deepEqual(read('Targets for FY02 hold.', '1998-06-01'), [['FY02', 'DATE', '2002', 'fiscal year 2002']]);
    assert.deepEqual(read('Targets for FY98 held.', '2001-06-01'), [['FY98', 'DATE', '1998', 'fiscal year 1998']]);
  });

  it('leaves a range of years and a span of years that do not follow each other as they were', () => {
    assert.deepEqual(read('Prices rose from 2014-2022.').map(d => d[2]), ['2014', '2022']);
    assert.deepEqual(read('The 2019-22 season plan failed.').map(d => d[2]), ['2019']);
  });
});

describe('days no calendar has', () => {
  it('keeps only the month of a day no month has, and never shows it as a day', () => {
    assert.deepEqual(read('The Kelby fair was held on February 30.'), [['February 30', 'DATE', '2026-02', 'February 2026']]);
    assert.deepEqual(read('Bids close on 31 June.'), [['31 June', 'DATE', '2027-06', 'June 2027']]);
    assert.deepEqual(read('On Monday 31 April the Kelby pier closed.'), [['Monday 31 April', 'DATE', '2026-04', 'April 2026']]);
    assert.deepEqual(detectDates('Bids close on 31 June.', '').map(d => [d.value, displayDate(d)]), [['XXXX-06', 'June']]);
    assert.equal(displayDate({ type: 'DATE', value: 'XXXX-06-31', text: '31 June' }), '31 June');
  });
});
