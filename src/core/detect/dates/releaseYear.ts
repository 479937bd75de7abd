// The year of a results release whose wire dateline has none: "PRINCETON, N.J., Aug. 8 /Newswire/ -- … results for the
// second quarter ended June 30, 2006". A company reports a period within weeks of its end, so the dateline's day is
// the first such day after the latest period the release reports, not that day of the year the file was saved in.
import { formatYear, isValidDay } from './calendar';
import { MONTHS } from './lexicon';

/** How far into the text a release names its period: its headline and opening paragraph. */
const PERIOD_REACH = 1500;
/** Longest time from a period's end to the release reporting it, in days. */
const REPORTED_WITHIN = 120;

/** "quarter ended June 30, 2006", "the six months ended Dec. 31, 2005". */
const ENDED_ON = /\b(?:quarter|half|year|months|weeks|period)\s+ended\s+([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),\s+((?:19|20)\d\d)\b/g;
/** "the Second Quarter of 2006", "third quarter 2023": a calendar quarter (not a fiscal one, whose end varies). */
const QUARTER_OF = /\b(first|second|third|fourth)\s+quarter\s+(?:of\s+)?((?:19|20)\d\d)\b/gi;
const QUARTER_END = new Map([['first', [3, 31]], ['second', [6, 30]], ['third', [9, 30]], ['fourth', [12, 31]]]);

const dayNumber = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / 86_400_000;

/**
 * The dateline's "-MM-DD" with its year, where the release reports a period that ended less than `REPORTED_WITHIN`
 * days before that day of some year, on or before `latest` (YYYY-MM-DD); undefined where it reports none.
 */
export function yearOfTheRelease(text: string, monthDay: string, latest: string): string | undefined {
  const head = text.slice(0, PERIOD_REACH);
  let end: number | undefined;
  let endYear = 0;
  const note = (year: number, month: number, day: number): void => {
    if (!isValidDay(year, month, day)) return;
    const n = dayNumber(year, month, day);
    if (end === undefined || n > end) { end = n; endYear = year; }
  };
  for (const m of head.matchAll(ENDED_ON)) {
    const month = MONTHS.get(m[1].toLowerCase());
    if (month !== undefined) note(+m[3], month, +m[2]);
  }
  for (const m of head.matchAll(QUARTER_OF)) {
    const [month, day] = QUARTER_END.get(m[1].toLowerCase())!;
    note(+m[2], month, day);
  }
  if (end === undefined) return undefined;
  const month = +monthDay.slice(1, 3), day = +monthDay.slice(4);
  for (const year of [endYear, endYear + 1]) {
    if (!isValidDay(year, month, day)) continue;
    const gap = dayNumber(year, month, day) - end;
    const dated = `${formatYear(year)}${monthDay}`;
    if (gap > 0 && gap <= REPORTED_WITHIN && dated <= latest) return dated;
  }
  return undefined;
}
