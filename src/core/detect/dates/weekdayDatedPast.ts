// "In a statement on Monday, July 12, the agency said …" on a page whose date is a December: the grammar gives a day
// written with its weekday and no year the year, near the guessed one, that makes it that weekday (yearOfWeekday), which
// may lie after the page's date (July 12 a Monday the next year). A day told in the past lies on or before the page's
// date, so it is the nearest earlier year where that day is that weekday (a day ahead keeps the later one). A day
// at most a week after the page's date keeps its year: a weekly round-up dated by its week's first day ("Openings:
// Week of January 11" then "opened on Wednesday, January 14") tells that week's days in the past, not a day years back.
import type { DateMention } from '../spans';
import { dayOnWeekday, daysBetween, formatDay, isoWeekday, parseDay, type Day } from './calendar';
import { tenseOfMention } from './floatingTense';
import { lazyPattern } from '../../text/lazyPattern';

/** A day written with its weekday first and a month's date, no year: "Monday, July 12", "Tuesday 3 March". */
const WEEKDAY_AND_DATE_NO_YEAR = lazyPattern(() => /^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?\p{L}{3,}\.?|\p{L}{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?)$/iu);

/** How many years back such a day is looked for: every date falls on each weekday within any eleven years (a 29
 *  February within 28). */
const YEARS_BACK = 28;

/** The value `mention` should have instead, if it is such a day after `ref` told in the past. */
export function weekdayDayToldInThePast(text: string, mention: DateMention, ref: Day): string | undefined {
  const value = mention.value ?? '';
  if (!WEEKDAY_AND_DATE_NO_YEAR().test(mention.text) || !/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  const day = parseDay(value.slice(0, 10));
  if (!day || value.slice(0, 10) <= formatDay(ref) || daysBetween(day, ref) <= 7) return undefined;
  if (tenseOfMention(text, mention.start, mention.end, 'year', false) !== 'past') return undefined;
  // (the page's own year only where the day is not after the page's date)
  const latest = formatDay({ year: ref.year, month: day.month, day: day.day }) <= formatDay(ref) ? ref.year : ref.year - 1;
  const years = Array.from({ length: YEARS_BACK + 1 - (ref.year - latest) }, (_, i) => latest - i);
  const found = dayOnWeekday(day.month, day.day, isoWeekday(day), years);
  return found && formatDay(found) + value.slice(10);
}
