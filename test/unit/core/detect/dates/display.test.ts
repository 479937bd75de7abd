import assert from 'node:assert/strict';
import { displayDate } from '../../../../../src/core/detect/dates/display';
import type { DateType } from '../../../../../src/core/detect/spans';

const shown = (value: string | undefined, type: DateType = 'DATE', text = 'it') => displayDate({ type, value, text });

describe('displayDate', () => {
  it('writes days, months, years, weeks and weekends as a reader says them', () => {
    assert.equal(shown('2025-10-30'), 'Thursday 30 October 2025');
    assert.equal(shown('2024-02-29'), 'Thursday 29 February 2024');
    assert.equal(shown('2025-10'), 'October 2025');
    assert.equal(shown('2025'), '2025');
    assert.equal(shown('2026-W48'), 'the week of 23 November 2026');
    assert.equal(shown('2026-W48-WE'), 'the weekend of 28 November 2026');
    assert.equal(shown('2025-Q3'), 'the third quarter of 2025');
    assert.equal(shown('2025-H1'), 'the first half of 2025');
    assert.equal(shown('2025-SU'), 'summer 2025');
    assert.equal(shown('199'), 'the 1990s');
    assert.equal(shown('19'), 'the 20th century');
    assert.equal(shown('XXXX-07-03'), '3 July');
  });

  it('writes times of day and deictic values', () => {
    assert.equal(shown('2025-10-30T15:00', 'TIME'), 'Thursday 30 October 2025, 15:00');
    assert.equal(shown('2025-10-30TMO', 'TIME'), 'Thursday 30 October 2025, morning');
    assert.equal(shown('T09:30', 'TIME'), '09:30');
    assert.equal(shown('PRESENT_REF'), 'now');
    assert.equal(shown('PAST_REF'), 'the past');
  });

  it('writes durations in words, with the hedge the text gave', () => {
    assert.equal(shown('P10Y', 'DURATION', 'about a decade'), 'about ten years');
    assert.equal(shown('P3M', 'DURATION', 'three months'), 'three months');
    assert.equal(shown('P1D', 'DURATION', 'a day'), 'one day');
    assert.equal(shown('P18M', 'DURATION', 'more than 18 months'), 'more than 18 months');
    assert.equal(shown('P4Y', 'DURATION', 'at least four years'), 'at least four years');
    assert.equal(shown('P2W', 'DURATION', 'up to two weeks'), 'up to two weeks');
    assert.equal(shown('PT2H', 'DURATION', 'two hours'), 'two hours');
    assert.equal(shown('PXY', 'DURATION', 'years'), 'years');
    assert.equal(shown('P2Y6M', 'DURATION', '2 1/2 years'), 'two years and six months');
    assert.equal(shown('PT1M30S', 'DURATION', 'a minute and a half'), 'one minute and 30 seconds');
    assert.equal(shown('PT3H41M7S', 'DURATION', '3 hours 41 minutes 7 seconds'), 'three hours, 41 minutes and seven seconds');
  });

  it('writes a range of counts as the range, not its upper end alone', () => {
    assert.equal(shown('P8W', 'DURATION', 'six to eight weeks'), 'six to eight weeks');
    assert.equal(shown('P8W', 'DURATION', '6-8 weeks'), 'six to eight weeks');
    assert.equal(shown('PT20M', 'DURATION', '15-20 minutes'), '15 to 20 minutes');
    assert.equal(shown('P3D', 'DURATION', 'two or three days'), 'two to three days');
    assert.equal(shown('P10D', 'DURATION', 'up to 10 days'), 'up to ten days');
  });

  it('writes sets as "every …"', () => {
    assert.equal(shown('XXXX-WXX-1', 'SET', 'every Monday'), 'every Monday');
    assert.equal(shown('P1M', 'SET', 'monthly'), 'every month');
  });

  it('falls back to the written text when there is no value or it is not understood', () => {
    assert.equal(shown(undefined, 'DATE', 'the other day'), 'the other day');
    assert.equal(shown('2025-02-30', 'DATE', 'that day'), 'that day');
    assert.equal(shown('sometime', 'DATE', 'then'), 'then');
  });

  it('keeps which part of a period the text names, which the TIMEX3 value leaves to a modifier', () => {
    assert.equal(shown('2028', 'DATE', 'mid-2028'), 'mid-2028');
    assert.equal(shown('2019', 'DATE', 'early 2019'), 'early 2019');
    assert.equal(shown('2025', 'DATE', 'late last year'), 'late 2025');
    assert.equal(shown('2025', 'DATE', 'the end of the year'), 'the end of 2025');
    assert.equal(shown('2026-02', 'DATE', 'the end of February'), 'the end of February 2026');
    assert.equal(shown('199', 'DATE', 'the early 1990s'), 'the early 1990s');
    // a day has no part to name: "early Tuesday" is a time of day the value would carry
    assert.equal(shown('2025-10-28', 'DATE', 'early Tuesday'), 'Tuesday 28 October 2025');
  });

  it('writes a clock time of 24:00 as midnight', () => {
    assert.equal(shown('2025-10-30T24:00', 'TIME', 'midnight'), 'Thursday 30 October 2025, midnight');
  });
});
