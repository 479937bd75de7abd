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
  });

  it('reads weekdays and counts per period with their words', () => {
    assert.deepEqual(read('The school bus leaves each weekday morning.'),
      [['each weekday morning', 'SET', 'TXXMO', 'every weekday morning']]);
    assert.deepEqual(read('The Kelby office opens every weekday.'), [['every weekday', 'SET', 'P1D', 'every weekday']]);
    assert.deepEqual(read('The panel sits twice a year.'), [['twice a year', 'SET', 'P1Y', 'twice a year']]);
    assert.deepEqual(read('Trams stop there three times an hour.'),
      [['three times an hour', 'SET', 'PT1H', 'three times an hour']]);
    // a rate is not a set, as before
    assert.deepEqual(read('The plant makes 400 cars a day.'), []);
  });
});
