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

// Issue 14, picture galleries: a caption gives a weekday's part of the day, then its full date after a comma.
describe('dates: a part of a weekday, then its date after a comma', () => {
  it('is one time on that date, the year written or found from the weekday', () => {
    assert.deepEqual(values('Lanterns rise Sunday evening, Aug. 20, 2023, over the harbour.', '2026-12-06'),
      [['Sunday evening, Aug. 20, 2023', '2023-08-20TEV']]);
    assert.deepEqual(values('Crowds gather on Friday morning, 3 March 2017 at the quay.', '2026-12-06'),
      [['Friday morning, 3 March 2017', '2017-03-03TMO']]);
  });

  it('stays apart where the date falls on another weekday', () => {
    assert.deepEqual(values('The fair opened Sunday evening, Aug. 21, 2023 was its first day.', '2026-12-06').map(d => d[0]),
      ['Sunday evening', 'Aug. 21, 2023']);
  });
});

describe('dates: a day counted from an event the story does not date', () => {
  it('is "the day" without a value before "prior to", as before "before the"', () => {
    assert.deepEqual(values('The inspector asked what the driver had done the day prior to the crash.', '2026-12-07'),
      [['the day', undefined]]);
    assert.deepEqual(values('The inspector asked what the driver had done the day before the crash.', '2026-12-07'),
      [['the day', undefined]]);
  });
});
