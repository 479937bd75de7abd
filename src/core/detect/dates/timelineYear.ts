// A timeline's entries are of the year it names: "2007:" over "April 2: the lender files …", "January 2020" over
// "Wednesday, January 1", a title "A 2020 timeline" or "2020 in review" over "Jan. 8: …". An entry opening its line
// with a month (and day) and no year is of the year its heading or its title gives, not of the year around the page's
// date: a look back at 2020 saved in 2026 does not tell of January 2027.
import type { DateMention } from '../spans';
import { formatYear, isValidDay, isoWeekday } from './calendar';
import { MONTHS, WEEKDAYS } from './lexicon';

/** A day's or a month's value whose year the scan chose: "2027-01-08", "2026-04". */
const YEAR_CHOSEN = /^\d{4}(-\d{2}(?:-\d{2})?)$/;
/** A month's name in a mention's words. */
const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
/** Only a list's or a heading's marks between a line's start and an entry. */
const LINE_MARKS = /^[ \t*#>•·\-–]*$/;
/** A line opening with a year and a colon ("2007:", "2003: June 25: …"), or a year alone on its line, after a month
 *  perhaps ("2006", "January 2020"; not an entry, "December 2019: the fires …"). */
const YEAR_HEADING = /^[ \t*#>•\-–]*(?:(?:([A-Za-z]{3,9})\.?[ \t]+)?((?:19|20)\d\d)[ \t]*:?[ \t]*\r?$|((?:19|20)\d\d)[ \t]*:)/gm;
/** A title's words for a look back over a year. */
const TITLE_WORDS = /\b(?:timeline|in review|chronology)\b/i;
const YEAR = /\b(?:19|20)\d\d\b/g;
/** Between a range's two ends: "April-June", "Jan. 3 to Feb. 2". */
const RANGE_BETWEEN = /^\s*(?:[-–—]|to|through|until)\s*$/;
/** How far into the page a title naming the year is looked for. */
const TITLE_REACH = 400;

/** The year of the timeline heading (or else title) over `at`, where the page is laid out as one; undefined if none. */
export function timelineYearAt(text: string, at: number, headings = yearHeadings(text)): number | undefined {
  let year: number | undefined;
  for (const h of headings) if (h.at <= at) year = h.year;
  return year ?? titleYear(text);
}

/** The page's year headings, in order. */
function yearHeadings(text: string): { at: number; year: number }[] {
  const found: { at: number; year: number }[] = [];
  YEAR_HEADING.lastIndex = 0;
  for (let m = YEAR_HEADING.exec(text); m !== null; m = YEAR_HEADING.exec(text)) {
    if (m[1] === undefined || MONTHS.has(m[1].toLowerCase())) found.push({ at: m.index, year: +(m[2] ?? m[3]) });
  }
  return found;
}

/** The one year a title line among the page's first three names along with "timeline", "in review" or "chronology". */
function titleYear(text: string): number | undefined {
  let lines = 0;
  for (const line of text.slice(0, TITLE_REACH).split('\n')) {
    if (line.trim() === '') continue;
    if (TITLE_WORDS.test(line)) {
      const years = new Set(line.match(YEAR) ?? []);
      return years.size === 1 ? +[...years][0] : undefined;
    }
    if (++lines === 3) return undefined;
  }
  return undefined;
}

/** Opens its line: nothing but a list's or a heading's marks before it. */
function opensItsLine(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return start - lineStart <= 8 && LINE_MARKS.test(text.slice(lineStart, start));
}

/** Gives each timeline entry without its year the year of its heading or title. */
export function entriesInTheTimelineYear(text: string, mentions: DateMention[]): void {
  let headings: { at: number; year: number }[] | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.type !== 'DATE' || !YEAR_CHOSEN.test(m.value ?? '') || /\d{4}/.test(m.text) || !MONTH_WORD.test(m.text)
      || !opensItsLine(text, m.start)) continue;
    const year = timelineYearAt(text, m.start, headings ??= yearHeadings(text));
    if (year === undefined) continue;
    if (!inYear(m, year)) continue;
    // (the range's close on the line: "April-June: home prices peak")
    const next = mentions[k + 1];
    if (next && next.type === 'DATE' && !/\d{4}/.test(next.text) && YEAR_CHOSEN.test(next.value ?? '')
      && RANGE_BETWEEN.test(text.slice(m.end, next.start))) inYear(next, year);
  }
}

/** Sets the mention's year, where its day is one of that year (on its weekday, where it names one). */
function inYear(m: DateMention, year: number): boolean {
  const rest = YEAR_CHOSEN.exec(m.value!)![1];
  const month = +rest.slice(1, 3), day = rest.length > 3 ? +rest.slice(4) : 1;
  if (!isValidDay(year, month, day)) return false;
  const weekday = WEEKDAYS.get(/^[A-Za-z]+/.exec(m.text)?.[0].toLowerCase() ?? '');
  if (weekday !== undefined && (rest.length === 3 || isoWeekday({ year, month, day }) !== weekday)) return false;
  m.value = formatYear(year) + rest;
  return true;
}
