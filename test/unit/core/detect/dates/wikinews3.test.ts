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
});
