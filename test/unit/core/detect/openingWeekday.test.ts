import assert from 'node:assert/strict';
import { referenceFor } from '../../../../src/core/detect/reference';
import { detectDates } from '../../../../src/core/detect/dates';
import { openingWeekdayDay } from '../../../../src/core/detect/openingWeekday';

// Made-up pages with no date of their own, saved years after they were written.
const ref = (text: string, fileDate = '2026-12-06') => referenceFor(text, { fileDate, today: '2026-12-06' });

describe('the article reference date: a day written with its weekday in the opening of an undated page', () => {
  it('dates the page by a weekday with its day in brackets, in the latest year the day falls on that weekday', () => {
    const text = 'A ferry ran aground off the cape on Thursday (Oct. 12) evening. Tugs will try again Friday.';
    assert.deepEqual(ref(text), { date: '2023-10-12', from: 'dateline' });
    // (the later weekday is read in that week, not the file's)
    const friday = detectDates(text, ref(text).date).find(m => m.text === 'Friday');
    assert.equal(friday?.value, '2023-10-13');
  });

  it('dates the page by a weekday and its day written together, and passes its year on to later days', () => {
    const text = 'If you are reading this on Tuesday, May 7, the fair opens in a week. The stalls were built between April 2 and April 20.';
    assert.deepEqual(ref(text), { date: '2024-05-07', from: 'dateline' });
    assert.equal(detectDates(text, ref(text).date).find(m => m.text === 'April 20')?.value, '2024-04-20');
  });

  it('takes the year of a full date written just before, where the day falls on its weekday there', () => {
    assert.deepEqual(ref('Crews rehearsed the launch on Feb. 2, 2016. The launch will begin Thursday, March 10.'), { date: '2016-03-10', from: 'dateline' });
    assert.deepEqual(ref('Crews rehearsed the launch. The launch will begin Thursday, March 10.'), { date: '2022-03-10', from: 'dateline' });
  });

  it('leaves a schedule line opening on its day, and a page with a dateline', () => {
    const schedule = 'Branch hours\nMonday, May 27 – closed for the holiday\nThe branches reopen after.';
    assert.equal(openingWeekdayDay(schedule, 0, schedule.length), undefined);
    assert.equal(openingWeekdayDay(schedule.replace(' –', ','), 0, schedule.length)?.date, 'XXXX-05-27');
    assert.deepEqual(ref('PORTVALE, March 3, 2021 — The council will meet on Tuesday, May 7.'), { date: '2021-03-03', from: 'dateline' });
  });
});
