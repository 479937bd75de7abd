// A page of several stories, each under its own date line: a news site's list of teasers ("Monday, December 3, 2007 At
// the dinner …", "Sunday, February 7, 2021 The government on Thursday announced …"), a blog's archive with a date over
// each post, a feed of briefs each "Posted:" on its day. A story's "Thursday" or "last week" is read against the date
// line over it, not the page's first one. Found only where two or more lines open with a full date and its weekday.
import type { Day } from './calendar';
import { isoWeekday, parseDay } from './calendar';
import type { EmbeddedPost } from './embeddedPosts';
import { scanDates } from './scan';
import { matchesInCuedLines } from '../../text/cuedMatches';

/** A line opening with a weekday's name and a comma, as a date line does ("Monday, December 3, 2007"). */
const WEEKDAY_LINE = /^[ \t*_#>•]*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,[ \t]/gm;
/** What every WEEKDAY_LINE holds, found by a quick search: the pattern's line start, tried at every character of the
 *  text, cost about 4 ms a megabyte, and few lines of news hold "day," and a space. */
const WEEKDAY_COMMA = /day,[ \t]/g;
/** After the date: nothing more on the line, or the story run on after it (a capital). */
const LINE_ENDS_OR_RUNS_ON = /^[ \t*_]*(?:\r?\n|$|[ \t]+\p{Lu})/u;
const WEEKDAY_NUMBER: Record<string, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };

/** Each dated story's stretch of the text with its date line's day; empty where fewer than two lines are dated so. */
export function datedSections(text: string): EmbeddedPost[] {
  const lines: { start: number; day: Day }[] = [];
  for (const m of matchesInCuedLines(text, WEEKDAY_COMMA, WEEKDAY_LINE)) {
    const at = m.index + m[0].length - m[0].trimStart().length;
    const window = text.slice(at, at + 40);
    const date = scanDates(window, undefined)[0];
    if (!date || date.start !== 0 || date.type !== 'DATE' || !/^\d{4}-\d{2}-\d{2}$/.test(date.value ?? '')) continue;
    const day = parseDay(date.value!);
    if (!day || isoWeekday(day) !== WEEKDAY_NUMBER[window.slice(0, 3).toLowerCase()]) continue;
    if (!LINE_ENDS_OR_RUNS_ON.test(text.slice(at + date.end, at + date.end + 4))) continue;
    lines.push({ start: at, day });
  }
  if (lines.length < 2) return [];
  return lines.map((line, k) => ({ start: line.start, end: k + 1 < lines.length ? lines[k + 1].start : text.length, day: line.day }));
}
