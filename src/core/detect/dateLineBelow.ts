// A blog's or a news mirror's page pasted from below its top: the first post runs without its heading, and the next
// post's date line ("Tuesday, September 2, 2008", alone on its line) is the first day the page prints. Read only
// where nothing at the top or the end dates the page: that day is the nearest the page gives to its first story's.
import type { StatedDate } from './reference';
import { isValidDay, isoWeekday } from './dates/calendar';
import { WEEKDAYS } from './dates/lexicon';
import { scanDates } from './dates/scan';
import { lazyPattern } from '../text/lazyPattern';

/** Characters read below the top: a post or two. */
const BELOW_REACH = 4000;
/** A line of a weekday, a comma and a full date, nothing else: "Tuesday, September 2, 2008". */
const WEEKDAY_DATE_LINE = lazyPattern(() => /^[ \t]*((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,[ \t][^\n]{6,24}?\d{4})[ \t]*\r?$/m);

/** The first line below the top that is a weekday's full date alone, as the page's day; undefined when none. */
export function dateLineBelow(text: string, from: number): StatedDate | undefined {
  const window = text.slice(from, from + BELOW_REACH);
  const m = WEEKDAY_DATE_LINE().exec(window);
  if (m === null) return undefined;
  const first = scanDates(m[1], undefined)[0];
  if (first === undefined || first.start !== 0 || first.end !== m[1].length || !/^\d{4}-\d{2}-\d{2}$/.test(first.value ?? '')) return undefined;
  const [year, month, day] = first.value!.split('-').map(Number);
  const weekday = WEEKDAYS.get(m[1].slice(0, m[1].indexOf(',')).toLowerCase());
  if (!isValidDay(year, month, day) || isoWeekday({ year, month, day }) !== weekday) return undefined;
  const start = from + m.index + m[0].indexOf(m[1]);
  return { date: first.value!, from: 'dateline', start, end: start + m[1].length, weekday };
}
