// A page of several stories, each under its own date line: a news site's list of teasers ("Monday, December 3, 2007 At
// the dinner …", "Sunday, February 7, 2021 The government on Thursday announced …"), a blog's archive with a date over
// each post, a feed of briefs each "Posted:" on its day. A story's "Thursday" or "last week" is read against the date
// line over it, not the page's first one. Found only where two or more lines open with a full date and its weekday.
// A community calendar's day headings ("Friday, Dec. 6", "SATURDAY, DEC. 14", "Saturday, August 28:") give no year: with
// the page's own day known, each takes the year that day gives it, so the times and "this Saturday" listed under a
// heading are of that heading's day, not of the day the page was published.
import type { Day } from './calendar';
import { isoWeekday, parseDay } from './calendar';
import type { EmbeddedPost } from './embeddedPosts';
import { scanDates } from './scan';
import { matchesInCuedLines } from '../../text/cuedMatches';

/** A line opening with a weekday's name and a comma, as a date line does ("Monday, December 3, 2007"). */
const WEEKDAY_LINE = /^[ \t*_#>•]*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,[ \t]/gim;
/** What every WEEKDAY_LINE holds, found by a quick search: the pattern's line start, tried at every character of the
 *  text, cost about 4 ms a megabyte, and few lines of news hold "day," and a space. */
const WEEKDAY_COMMA = /day,[ \t]/gi;
/** After the date: nothing more on the line, or the story run on after it (a capital); a calendar's heading may end
 *  in a colon ("Saturday, August 28:"). */
const LINE_ENDS_OR_RUNS_ON = /^[ \t*_]*:?(?:\r?\n|$|[ \t]+\p{Lu})/u;
/** A line that is a full date and its year alone, no weekday ("March 23, 2022", "23 March 2022"): a live blog's day
 *  heading over its "10:30 a.m." entries. Cued by a line ending in four digits. */
const DATE_ALONE_LINE = /^[ \t*_#>•]*(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? |\d{1,2} [A-Z][a-z]{2,8}\.?,? )\d{4}[ \t*_]*$/g;
const YEAR_ENDS_LINE = /\d{4}[ \t*_]*(?:\r?\n|$)/g;
const WEEKDAY_NUMBER: Record<string, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };

/** Each dated story's stretch of the text with its date line's day; empty where fewer than two lines are dated so.
 *  `ref`, the page's own day, gives a year to date lines written without one (none are read without it). */
export function datedSections(text: string, ref?: Day): EmbeddedPost[] {
  const lines: { start: number; dateEnd: number; day: Day }[] = [];
  for (const m of matchesInCuedLines(text, WEEKDAY_COMMA, WEEKDAY_LINE)) {
    const at = m.index + m[0].length - m[0].trimStart().length;
    const window = text.slice(at, at + 40);
    const date = scanDates(window, ref)[0];
    if (!date || date.start !== 0 || date.type !== 'DATE' || !/^\d{4}-\d{2}-\d{2}$/.test(date.value ?? '')) continue;
    const day = parseDay(date.value!);
    if (!day || isoWeekday(day) !== WEEKDAY_NUMBER[window.slice(0, 3).toLowerCase()]) continue;
    // (a year the line does not write is the reference's guess: only a heading standing alone on its line, or one a
    // colon ends, is a calendar's; a teaser's date line that runs on gives its year)
    if (!/\d{4}/.test(window.slice(0, date.end)) && !/^[ \t*_]*:?[ \t]*(?:\r?\n|$)/.test(text.slice(at + date.end, at + date.end + 4))
      && !/^[ \t*_]*:/.test(text.slice(at + date.end, at + date.end + 3))) continue;
    if (!LINE_ENDS_OR_RUNS_ON.test(text.slice(at + date.end, at + date.end + 4))) continue;
    lines.push({ start: at, dateEnd: at + date.end, day });
  }
  // (two or more days standing alone as headings, without their weekdays, also divide the page)
  const alone: typeof lines = [];
  for (const m of matchesInCuedLines(text, YEAR_ENDS_LINE, DATE_ALONE_LINE)) {
    const at = m.index + m[0].length - m[0].trimStart().length;
    const date = scanDates(m[0].trim(), ref)[0];
    const day = date?.start === 0 && date.end === m[0].trim().length ? parseDay(date.value ?? '') : undefined;
    if (day) alone.push({ start: at, dateEnd: at + date!.end, day });
  }
  if (alone.length > 1) {
    lines.push(...alone);
    lines.sort((a, b) => a.start - b.start);
  }
  // (a list of days, one a line with nothing under each, is no set of headings: "closed on the following days:⏎
  // Monday, December 26⏎Tuesday, December 27")
  const headings = lines.filter((line, k) => !/^[\s:*_]*$/.test(text.slice(line.dateEnd, k + 1 < lines.length ? lines[k + 1].start : text.length)));
  if (headings.length < 2) return [];
  return headings.map((line, k) => ({ start: line.start, end: k + 1 < headings.length ? headings[k + 1].start : text.length, day: line.day }));
}
