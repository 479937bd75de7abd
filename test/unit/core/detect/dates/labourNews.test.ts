import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Labour, strikes and universities (issue 14, labour pass): a walkout's days, a tally of working days, a share of a
// ballot. Each sentence is made up; each value is what an editor reads against the reference date given.
const values = (text: string, ref: string) => detectDates(text, ref).map(d => [d.text, d.value]);

describe('dates: labour and universities', () => {
  it('reads a range opening on a weekday and a day as that day, when the day falls on the weekday', () => {
    assert.deepEqual(values('Porters will walk out from Tuesday, 10 to Friday, 13 March.', '2026-02-02'),
      [['Tuesday, 10', '2026-03-10'], ['Friday, 13 March', '2026-03-13']]);
    assert.deepEqual(values('Guards strike from Monday 16 to Friday 20 March.', '2026-02-02'),
      [['Monday 16', '2026-03-16'], ['Friday 20 March', '2026-03-20']]);
    // (a weekday that is not the day's stays a weekday alone)
    assert.deepEqual(values('Guards strike from Monday 17 to Friday 20 March.', '2026-02-02').map(v => v[0]),
      ['Monday', 'Friday 20 March']);
  });

  it('reads "for five days from Friday" as a length and the day it starts, no day five days on', () => {
    assert.deepEqual(values('Cleaners go on strike for five days from Friday.', '2026-02-02'),
      [['five days', 'P5D'], ['Friday', '2026-02-06']]);
    assert.deepEqual(values('The vote closes a week from Friday.', '2026-02-02'), [['a week from Friday', '2026-02-13']]);
  });

  it('reads days of a range opening a list\'s line, and "the 9th to 12th" after "from"', () => {
    assert.deepEqual(values('Offices will be closed:\n  • 6 to 8 April 2026\n  • 4 May 2026', '2026-02-02'),
      [['6', '2026-04-06'], ['8 April 2026', '2026-04-08'], ['4 May 2026', '2026-05-04']]);
    assert.deepEqual(values('The stoppage runs from the 9th to 12th March.', '2026-02-02'), [['9th', '2026-03-09'], ['12th March', '2026-03-12']]);
  });

  it('reads a tally of working days lost and a share of a ballot as no time', () => {
    assert.deepEqual(values('Nearly half a million working days were lost to strikes in May.', '2026-07-01'), [['May', '2026-05']]);
    assert.deepEqual(values('Some 300,000 working days were lost.', '2026-07-01'), []);
    assert.deepEqual(values('Almost three quarters voted to accept the offer.', '2026-07-01'), []);
    assert.deepEqual(values('Three quarters of porters backed the deal.', '2026-07-01'), []);
    // (a firm's quarters are still a length: of its year, or in a row)
    assert.deepEqual(values('Sales fell for three quarters in a row.', '2026-07-01'), [['three quarters', 'P9M']]);
    assert.deepEqual(values('He was jailed for 40 days.', '2026-07-01'), [['40 days', 'P40D']]);
  });
});
