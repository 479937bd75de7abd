import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// The grammar's readings (src/core/detect/dates/grammar.ts) met in local government news: a budget's or a school's
// year across two, written with a dash set off by spaces. Made-up sentences.
const values = (text: string, ref: string) => detectDates(text, ref).map(d => [d.text, d.value]);

describe('dates: a year across two written with a spaced dash', () => {
  it('is the year it ends in before "fiscal year" or "school year", as "2024-25" is', () => {
    assert.deepEqual(values('Supervisors were given the 2024 – 25 fiscal year budget.', '2024-05-16'),
      [['2024 – 25 fiscal year', '2025']]);
    assert.deepEqual(values('Enrolment for the 2024 - 2025 school year opens soon.', '2024-05-16'),
      [['2024 - 2025 school year', '2025'], ['soon', 'FUTURE_REF']]);
  });

  it('stays two years where nothing that runs across two follows', () => {
    assert.deepEqual(values('Sales rose from 2019 - 2020 at the depot.', '2024-05-16'), [['2019', '2019'], ['2020', '2020']]);
  });
});
