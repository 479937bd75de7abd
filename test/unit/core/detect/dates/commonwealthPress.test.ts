import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up sentences in the styles of the Australian, New Zealand, Irish and Canadian press: football quarters, half-
// and full-year results compared with the "previous corresponding period", holidays "officially observed" ahead.
const found = (text: string, ref = '2026-01-12') => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

describe('dates: the Commonwealth press', () => {
  it('reads a quarter played against a side named after it as the game\'s, no quarter of the year', () => {
    assert.deepEqual(found('Pellow hurt his ankle in a marking contest in the second quarter against Fremantle.'), []);
    assert.deepEqual(found('The Hawks led at half-time but kicked one goal in the final quarter.'), []);
    // (a market's quarter measured against a currency stays the calendar's)
    assert.deepEqual(found('The dollar fell in the first quarter against the yen.'), ['the first quarter=2026-Q1']);
  });

  it('gives "the previous corresponding period" no quarter', () => {
    assert.deepEqual(found('Net profit for the half-year to 31 December rose 8% on the previous corresponding period.'),
      ['31 December=2025-12-31', 'the previous corresponding period=undefined']);
  });

  it('reads "a quarter of a century" as 25 years', () => {
    assert.deepEqual(found('The club last won the flag a quarter of a century ago.').map(v => v.split('=')[0]), ['a quarter of a century ago']);
    assert.deepEqual(found('The dispute has run for a quarter of a century.'), ['a quarter of a century=P25Y']);
  });

  it('reads "the leaders of tomorrow" as people of the times to come, no day', () => {
    assert.deepEqual(found('I pay my respects to the Elders past and present, and to the leaders of tomorrow.'), []);
    assert.deepEqual(found('We will build the railways of tomorrow, and the world of tomorrow with them.'), []);
    // (but a day's event: "the end of tomorrow's sitting", "the meeting of tomorrow")
    assert.deepEqual(found('Debate resumes at the end of tomorrow\'s sitting.'), ['tomorrow=2026-01-13']);
  });

  it('reads a day "officially observed" ahead with a future auxiliary as ahead', () => {
    assert.deepEqual(found('The public holiday will be officially observed on Monday 8 June.'), ['Monday 8 June=2026-06-08']);
  });
});
