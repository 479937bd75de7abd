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
