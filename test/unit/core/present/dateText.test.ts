import assert from 'node:assert/strict';
import { detectDates } from '../../../../src/core/detect/dates';
import { readableDate, timexInWords } from '../../../../src/core/present/dateText';

/** What a TimeML code looks like: what a person must never be shown in place of words. */
const TIMEX_CODE = /\b(?:[A-Z]+_REF|P(?:T)?[\dX.]+(?:Y|M|W|D|H|S)\w*|\d{4}-(?:\d{2}|W\d{2}|Q\d|H\d|SP|SU|FA|WI)\b|XXXX|WXX|T(?:MO|AF|EV|NI))/;

describe('dateText: dates in words', () => {
  it('writes days with their weekday, months, years, decades and centuries', () => {
    assert.equal(timexInWords('DATE', '2026-03-10'), 'Tuesday, March 10, 2026');
    assert.equal(timexInWords('DATE', 'XXXX-03-10'), 'March 10 (year not given)');
    assert.equal(timexInWords('DATE', '2026-03'), 'March 2026');
    assert.equal(timexInWords('DATE', '1998'), 'the year 1998');
    assert.equal(timexInWords('DATE', '199'), 'the 1990s');
    assert.equal(timexInWords('DATE', '19'), 'the 20th century');
    assert.equal(timexInWords('DATE', '20'), 'the 21st century');
  });

  it('writes weeks by their Monday, weekends by their Saturday, quarters, halves and seasons', () => {
    assert.equal(timexInWords('DATE', '2026-W50'), 'the week of Monday, December 7, 2026');
    assert.equal(timexInWords('DATE', '2026-W01'), 'the week of Monday, December 29, 2025');
    assert.equal(timexInWords('DATE', '2026-W11-WE'), 'the weekend of Saturday, March 14, 2026');
    assert.equal(timexInWords('DATE', '2027-Q3'), 'the third quarter of 2027');
    assert.equal(timexInWords('DATE', '2025-H1'), 'the first half of 2025');
    assert.equal(timexInWords('DATE', '2026-SU'), 'summer 2026');
  });

  it('writes the present, past and future references', () => {
    assert.equal(timexInWords('DATE', 'PRESENT_REF'), 'now (the time of writing)');
    assert.match(timexInWords('DATE', 'PAST_REF')!, /past/);
    assert.match(timexInWords('DATE', 'FUTURE_REF')!, /future/);
  });

  it('writes times of day', () => {
    assert.equal(timexInWords('TIME', '2026-03-12TMO'), 'Thursday, March 12, 2026, in the morning');
    assert.equal(timexInWords('TIME', '2026-03-12TNI'), 'Thursday, March 12, 2026, at night');
    assert.equal(timexInWords('TIME', '2026-03-12T14:30'), 'Thursday, March 12, 2026, at 14:30');
    assert.equal(timexInWords('TIME', 'T09:30'), '09:30');
  });

  it('writes durations in words, vague ones as "several"', () => {
    assert.equal(timexInWords('DURATION', 'P3Y'), '3 years');
    assert.equal(timexInWords('DURATION', 'P1D'), '1 day');
    assert.equal(timexInWords('DURATION', 'PXY'), 'several years');
    assert.equal(timexInWords('DURATION', 'PT90M'), '90 minutes');
    assert.equal(timexInWords('DURATION', 'PT2H'), '2 hours');
    assert.equal(timexInWords('DURATION', 'P1Y6M'), '1 year and 6 months');
    assert.equal(timexInWords('DURATION', 'P0.5Y'), '0.5 years');
  });

  it('writes recurring times with "every"', () => {
    assert.equal(timexInWords('SET', 'P1W'), 'every week');
    assert.equal(timexInWords('SET', 'P6M'), 'every 6 months');
    assert.equal(timexInWords('SET', 'PT1H'), 'every hour');
    assert.equal(timexInWords('SET', 'XXXX-WXX-1'), 'every Monday');
    assert.equal(timexInWords('SET', 'XXXX-WXX-5TEV'), 'every Friday evening');
    assert.equal(timexInWords('SET', 'TXXMO'), 'every morning');
    assert.equal(timexInWords('SET', 'XXXX-03'), 'every March');
    assert.equal(timexInWords('SET', 'XXXX-WI'), 'every winter');
  });

  it('prefers the words detection gives a date, and never passes an unknown code through', () => {
    assert.equal(readableDate({ type: 'DATE', value: '2026-03-12', display: 'Thursday 12 March 2026' }), 'Thursday 12 March 2026');
    assert.equal(readableDate({ type: 'DATE', value: '2026-03-12', display: '  ' }), 'Thursday, March 12, 2026');
    assert.equal(readableDate({ type: 'DATE' }), 'not resolved to a calendar value');
    assert.equal(timexInWords('DATE', '2026-13'), undefined);
    assert.equal(readableDate({ type: 'DATE', value: 'XYZ-ODD' }), 'not resolved to a calendar value');
  });

  it('shows no TimeML code for any date detected in a news text', () => {
    const text = `Right now the council meets every Monday evening and twice a week in summer. On Tuesday, March 10, officials
said the plan, first floated in the 1990s and again last week, would take several years. Work starts in the third quarter
of 2027 and runs for 18 months, with reviews every six months, quarterly reports and a daily briefing at 9:30 a.m. The
mayor spoke this morning and yesterday afternoon; the vote is due next Friday at 14:00. In the past, the 20th century saw
three bridges. Every morning, tonight, in recent years, the first half of 2025, the weekend, every March, each winter,
annually, hourly, 90 minutes, two decades, a fortnight ago, in the coming months, the 2020s, Jan. 5, 1998, on 12 March.`;
    const dates = detectDates(text, '2026-03-12');
    assert.ok(dates.length >= 30, `${dates.length} dates`);
    for (const date of dates) {
      const words = readableDate(date);
      assert.doesNotMatch(words, TIMEX_CODE, `${date.text} (${date.value}) → ${words}`);
      if (date.value) assert.notEqual(words, 'not resolved to a calendar value', `${date.text} (${date.value}) has words`);
    }
  });
});
