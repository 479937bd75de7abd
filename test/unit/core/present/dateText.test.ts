import assert from 'node:assert/strict';
import { detectDates } from '../../../../src/core/detect/dates';
import { detection } from '../../../../src/core/detect/detection';
import { readableDate as readableDateWith, readableTimestamp } from '../../../../src/core/present/dateText';

/** With the date words the hosts reach through their detection script. */
const readableDate = (date: Parameters<typeof readableDateWith>[0]) => readableDateWith(date, detection.displayDate);

/** What a TimeML code looks like: what a person must never be shown in place of words. */
const TIMEX_CODE = /\b(?:[A-Z]+_REF|P(?:T)?[\dX.]+(?:Y|M|W|D|H|S)\w*|\d{4}-(?:\d{2}|W\d{2}|Q\d|H\d|SP|SU|FA|WI)\b|XXXX|WXX|T(?:MO|AF|EV|NI)\b)/;

describe('dateText: dates in words', () => {
  it('shows the words detection gives a date', () => {
    assert.equal(readableDate({ type: 'DATE', value: '2026-03-12', text: 'today', display: 'Thursday 12 March 2026' }), 'Thursday 12 March 2026');
  });

  it('works the words out from the value when a span has none, and falls back to the text as written', () => {
    assert.equal(readableDate({ type: 'DATE', value: '2026-03-10', text: 'Tuesday' }), 'Tuesday 10 March 2026');
    assert.equal(readableDate({ type: 'DATE', value: '2026-W50', text: 'next week', display: ' ' }), 'the week of 7 December 2026');
    assert.equal(readableDate({ type: 'DATE', value: 'PRESENT_REF', text: 'right now' }), 'now');
    assert.equal(readableDate({ type: 'DURATION', value: 'PXY', text: 'several years' }), 'years');
    assert.equal(readableDate({ type: 'DATE', value: 'XYZ-ODD', text: 'sometime' }), 'sometime');
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
    for (const date of dates) assert.doesNotMatch(readableDate(date), TIMEX_CODE, `${date.text} (${date.value}) → ${readableDate(date)}`);
  });

  it('writes review times to the minute in UTC', () => {
    assert.equal(readableTimestamp('2026-03-03T10:05:42.120Z'), '2026-03-03 10:05 UTC');
    assert.equal(readableTimestamp('2026-03-03T12:05:00+02:00'), '2026-03-03 10:05 UTC');
    assert.equal(readableTimestamp('last Tuesday'), undefined);
  });
});
