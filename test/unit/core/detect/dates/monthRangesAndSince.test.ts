import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up sentences of health and business news (health pass): two months joined as one period, and a month counted
// from, read against the date given.
const values = (text: string, ref: string) => detectDates(text, ref).map(d => [d.text, d.value]);

describe('dates: a range of two months, and a month counted "since"', () => {
  it('keeps a range of two bare months in order, whatever the tense put before it', () => {
    assert.deepEqual(values('The drugmaker is expected to report sales for April to June next week.', '2025-07-20'),
      [['April', '2025-04'], ['June', '2025-06'], ['next week', '2025-W30']]);
    // a range that runs over the turn of the year
    assert.deepEqual(values('The clinic will report its figures for November to February soon.', '2026-03-10'),
      [['November', '2025-11'], ['February', '2026-02'], ['soon', 'FUTURE_REF']]);
  });

  it('reads a month or a day after "since" as one gone, in a headline\'s present too', () => {
    assert.deepEqual(values('Admissions double since May, driven by a new variant\n\nThe rise worried doctors.', '2026-12-06'),
      [['May', '2026-05']]);
    assert.deepEqual(values('Cases will keep rising since March brought a new variant.', '2026-12-06').slice(0, 1),
      [['March', '2026-03']]);
  });
});

describe('dates: two days joined as a range without "from" (culture pass)', () => {
  it('gives the start the year of an end that names it, in brackets and with a dash or "through"', () => {
    assert.deepEqual(values('The play runs at the Lark (Feb. 22–April 2, 2017) before touring.', '2026-12-06'),
      [['Feb. 22', '2017-02-22'], ['April 2, 2017', '2017-04-02']]);
    assert.deepEqual(values('It plays May 2 through June 11, 2017, at the Grove.', '2026-12-06'),
      [['May 2', '2017-05-02'], ['June 11, 2017', '2017-06-11']]);
    // a day and a holiday's name after a dash are no range, nor two days on two lines of a list
    assert.deepEqual(values('2023 closings\nMonday, January 2 – New Year’s Day (observed)\n', '2026-12-06').find(d => d[0] === 'New Year’s Day')?.[1] === '2024-01-01', false);
  });
});
