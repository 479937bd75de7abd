// "The chief met the president on Monday, October 21, 2019 … the cabinet will be named on Wednesday, October 23": a day
// written with its weekday and no year took the year near the page's date that makes it that weekday (2024, read in
// 2026), where the article states the year itself. A year the article writes in full dates of that month nearby is the
// day's ("Saturday, May 24, 2023 … a service on Friday, May 23rd": the writer's weekday slip, not a day two years on);
// else a year the article writes in any full date that makes the day that weekday. Only full dates written with their
// weekday are read, as a story dates its events: "born Feb. 5, 1937" in an obituary gives no year to "died Monday, Nov. 15".
import type { DateMention } from '../spans';
import { dayOnWeekday, isoWeekday, parseDay } from './calendar';
import { lazyPattern } from '../../text/lazyPattern';
import { DAY_THEN_BLANK } from './shapes';

/** A day written with its weekday first and a month's date, no year: "Wednesday, October 23", "Friday, 23rd May". */
const WEEKDAY_AND_DATE_NO_YEAR = lazyPattern(() => /^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?\p{L}{3,}\.?|\p{L}{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?)$/iu);
/** A weekday opening a mention: "Monday, October 21, 2019". */
const WEEKDAY_FIRST = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
/** A full date's value and the four figures of its year written in its text. */
const FULL_DAY = /^(\d{4})-\d{2}-\d{2}$/;
/** How far from a day without its year a full date of the same month is read for the year (a paragraph or two). */
const SAME_MONTH_REACH = 800;

export function weekdayYearsStated(mentions: DateMention[]): void {
  let stated: DateMention[] | undefined;
  for (const m of mentions) {
    const value = m.value ?? '';
    if (value.length !== 10 || !DAY_THEN_BLANK.test(m.text) || !WEEKDAY_AND_DATE_NO_YEAR().test(m.text)) continue;
    // (the full dates the article writes with their year, found once)
    // (with their weekday, as a story dates its events: "born Feb. 5, 1937" in an obituary is no year of the story's)
    stated ??= mentions.filter(n => FULL_DAY.test(n.value ?? '') && /\b\d{4}\b/.test(n.text) && WEEKDAY_FIRST.test(n.text));
    const day = parseDay(value);
    if (!day) continue;
    // ("Stepping down⏎February 16th, 2015⏎… announced on Monday, February 16th": the same day written with its year
    // nearby, without its weekday, where it falls on the weekday named)
    const again = mentions.find(n => FULL_DAY.test(n.value ?? '') && n.value!.slice(4) === value.slice(4) && n.value !== value && /\b\d{4}\b/.test(n.text)
      && Math.abs(n.start - m.start) <= SAME_MONTH_REACH && isoWeekday(parseDay(n.value!)!) === isoWeekday(day));
    if (again) { m.value = again.value; continue; }
    if (stated.length === 0) continue;
    const month = value.slice(5, 7);
    let sameMonth: DateMention | undefined;
    for (const n of stated) {
      if (n.value!.slice(5, 7) !== month || Math.min(Math.abs(n.start - m.end), Math.abs(m.start - n.end)) > SAME_MONTH_REACH) continue;
      if (!sameMonth || Math.abs(n.start - m.start) < Math.abs(sameMonth.start - m.start)) sameMonth = n;
    }
    let year = sameMonth && +sameMonth.value!.slice(0, 4);
    if (year === undefined) {
      const years = [...new Set(stated.map(n => +n.value!.slice(0, 4)))];
      year = dayOnWeekday(day.month, day.day, isoWeekday(day), years)?.year;
    }
    if (year !== undefined && year !== day.year) m.value = `${year}${value.slice(4)}`;
  }
}
