// The year of a results release whose wire dateline has none: "PRINCETON, N.J., Aug. 8 /Newswire/ -- … results for the
// second quarter ended June 30, 2006". A company reports a period within weeks of its end, so the dateline's day is
// the first such day after the latest period the release reports, not that day of the year the file was saved in.
import { formatYear, isValidDay } from './calendar';
import { MONTHS } from './lexicon';

/** How far into the text a release names its period: its headline and opening paragraph. */
const PERIOD_REACH = 1500;
/** Longest time from a period's end to the release reporting it, in days. */
const REPORTED_WITHIN = 120;

/** "quarter ended June 30, 2006", "the six months ended Dec. 31, 2005", "the Q1 ended March 31, 2002". */
const ENDED_ON = /\b(?:quarter|half|year|months|weeks|period|Q[1-4])\s+ended\s+([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),\s+((?:19|20)\d\d)\b/g;
/** "the Second Quarter of 2006", "third quarter 2023": a calendar quarter (not a fiscal one, whose end varies). */
const QUARTER_OF = /\b(first|second|third|fourth)\s+quarter\s+(?:of\s+)?((?:19|20)\d\d)\b/gi;
const QUARTER_END = new Map([['first', [3, 31]], ['second', [6, 30]], ['third', [9, 30]], ['fourth', [12, 31]]]);
/** "the first half of 2015", "second half 2023": a calendar half, as a statistics office's release reports it. */
const HALF_OF = /\b(first|second)\s+half\s+(?:of\s+)?((?:19|20)\d\d)\b/gi;
const HALF_END = new Map([['first', [6, 30]], ['second', [12, 31]]]);

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
  for (const m of head.matchAll(HALF_OF)) {
    const [month, day] = HALF_END.get(m[1].toLowerCase())!;
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

/** After a dateline's day, a newswire's name between slashes: "Oct. 16 /Newswire-FirstCall/ --". */
const SLASHED_WIRE = /^[ \t]*\/[^/\s][^/\n]{0,38}\/[ \t]*(?:--|[–—])/;
/** A year written in full in the release's opening: "its 2009 strain test", "At September 30, 2009". */
const YEAR_WRITTEN = /\b(?:19|20)\d\d\b/g;

/**
 * The year of a newswire release's dateline written without one ("MADISON, N.J., Oct. 16 /Newswire/ -- … its 2009
 * strain test … since 2009"), where it reports no period: the year its headline and opening name most often (the
 * latest of those named as often), twice at least, if on or before `latest`'s year; a release speaks of its own year more than of any
 * other, as a story copied years later does not change. Only where the wire's name follows the day in slashes, as the
 * press-release wires write it (a news agency's "Oct. 16 (Wire) -" is left to the file's year: a history piece names
 * many years).
 */
export function yearNamedInTheRelease(text: string, dayEnd: number, monthDay: string, latest: string): string | undefined {
  if (!SLASHED_WIRE.test(text.slice(dayEnd, dayEnd + 48))) return undefined;
  const counts = new Map<number, number>();
  for (const m of text.slice(0, PERIOD_REACH).matchAll(YEAR_WRITTEN)) counts.set(+m[0], (counts.get(+m[0]) ?? 0) + 1);
  let best: number | undefined;
  for (const [year, n] of counts) if (best === undefined || n > counts.get(best)! || (n === counts.get(best)! && year > best)) best = year;
  // (a year named once may be history told in passing: "whose first quarter ended March 31, 1998 at a loss")
  if (best === undefined || counts.get(best)! < 2) return undefined;
  const dated = `${formatYear(best)}${monthDay}`;
  if (!isValidDay(best, +monthDay.slice(1, 3), +monthDay.slice(4)) || dated > latest) return undefined;
  return dated;
}
