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

  it('takes the year of a full date after it within a season, as a post closes on its own date, but no birth date', () => {
    assert.deepEqual(ref('Join the river clean-up on Sunday, May 3. Bring gloves. — Ann Hale (@annhale) April 30, 2020'), { date: '2020-05-03', from: 'dateline' });
    // (born months before the day in that year: not the page's year, the latest year the day fits)
    assert.deepEqual(ref('Mr. Dunmore died Monday, Nov. 15, at a county hospital. He was born Feb. 5, 1937, in Orton.'), { date: '2021-11-15', from: 'dateline' });
  });

  it('leaves a schedule line opening on its day, and a page with a dateline', () => {
    const schedule = 'Branch hours\nMonday, May 27 – closed for the holiday\nThe branches reopen after.';
    assert.equal(openingWeekdayDay(schedule, 0, schedule.length), undefined);
    assert.equal(openingWeekdayDay(schedule.replace(' –', ','), 0, schedule.length)?.date, 'XXXX-05-27');
    assert.deepEqual(ref('PORTVALE, March 3, 2021 — The council will meet on Tuesday, May 7.'), { date: '2021-03-03', from: 'dateline' });
  });

  it('keeps the file\'s date where the day is announced ahead of it (its coming occurrence falls on its weekday)', () => {
    // (saved on Sunday 6 December 2026: Monday 14 December is eight days ahead, a meeting announced, not 2020's)
    const text = 'The library board will hold its winter meeting on Monday, December 14, at the town hall. Doors open Tuesday.';
    assert.deepEqual(ref(text), { date: '2026-12-06', from: 'file date' });
    assert.equal(detectDates(text, ref(text).date).find(m => m.text === 'Monday, December 14')?.value, '2026-12-14');
    // (the same words saved on 1 December 2020: the meeting ahead of that file's date)
    assert.deepEqual(ref(text, '2020-12-01'), { date: '2020-12-01', from: 'file date' });
    // (a past verb further back tells the announcing, not the day: "announced a hearing on Monday, December 14")
    assert.deepEqual(ref('The council announced a public hearing on Monday, December 14.'), { date: '2026-12-06', from: 'file date' });
    // (without its tense, within half a year: "a reception on Saturday, March 27" read in December is 2027's)
    assert.deepEqual(ref('A free reception is on Saturday, March 27 from 5 p.m. at the gallery.'), { date: '2026-12-06', from: 'file date' });
    // (told in the future, within a year: the fair of the coming July)
    assert.deepEqual(ref('The county fair will open on Saturday, July 10, with rides and stalls.'), { date: '2026-12-06', from: 'file date' });
    // (a day with the year of a full date before it, after the file's date)
    assert.deepEqual(ref('Crews rehearsed on Dec. 1, 2026. The launch will begin Monday, December 14.'), { date: '2026-12-06', from: 'file date' });
  });

  it('still dates the page where the day ahead is told in the past, or its coming occurrence is another weekday', () => {
    // (a day ahead of the file's date told in the past is an earlier year's)
    assert.deepEqual(ref('The treasurer was arrested on Friday, Dec. 18 after a long inquiry.'), { date: '2020-12-18', from: 'dateline' });
    assert.deepEqual(ref('The county fair opened on Saturday, July 10, with rides and stalls.'), { date: '2021-07-10', from: 'dateline' });
    // (Tuesday 14 December is no day of 2026: the page is 2021's)
    assert.deepEqual(ref('The library board will hold its winter meeting on Tuesday, December 14, at the town hall.'), { date: '2021-12-14', from: 'dateline' });
    // (a day before the file's date that falls on its weekday in the file's year dates the page in that year)
    assert.deepEqual(ref('The storm formed Monday (Nov. 30) morning and strengthened later Monday.'), { date: '2026-11-30', from: 'dateline' });
  });
});
