// A day named by its relation to the article's and then given in brackets: "next Friday (July 3)", "reopened today
// (Monday 5th May)". The writer's bracket settles which day is meant; the relation is read against a date the
// page may not carry, or read otherwise ("next Friday" written on a Thursday), so the bracketed day wins.
import type { DateMention } from '../spans';
import { addMonths, daysBetween, dayOnWeekday, formatDay, isValidDay, isoWeekday, parseDay } from './calendar';
import { WEEKDAYS } from './lexicon';

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}/;
/** What names a day by its relation to the article's: a weekday (with "next", "this", "last"), "today" and its kin. */
const RELATIVE_DAY = /^(?:(?:next|this|last|coming|on)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|tomorrow|yesterday)(?:\s+(?:morning|afternoon|evening|night))?$/i;
/** The weekday a relative day names. */
const WEEKDAY_NAMED = /(mon|tues|wednes|thurs|fri|satur|sun)day/i;
/** What may stand between a clock time and the day it is on: "10am on Saturday", "noon, Friday". */
const CLOCK_TO_DAY = /^[\s,]*(?:on\s+)?$/i;

/** The day of the month alone in brackets, as Sri Lankan papers write it after a day: "on Friday (21)", "today (13)". */
const DAY_OF_MONTH_BRACKETED = /^\s*\((\d{1,2})\)(?!\s*\d)/;

/** Gives a relative day set off before a bracketed calendar day that day's value (its part of the day kept). */
export function dayGivenInBrackets(text: string, mentions: DateMention[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (text.charCodeAt(m.end) === 32 && text.charCodeAt(m.end + 1) === 40 && k + 1 < mentions.length) weekdaysOfBracketedDays(text, mentions, k);
    // "made these remarks on Friday (21)": the Friday that is a 21st, nearest the one the weekday was read as
    const dom = RELATIVE_DAY.test(m.text) && DAY_VALUE.test(m.value ?? '') ? DAY_OF_MONTH_BRACKETED.exec(text.slice(m.end, m.end + 6)) : null;
    if (dom && +dom[1] >= 1 && +dom[1] <= 31) {
      const weekday = WEEKDAY_NAMED.exec(m.text);
      // ("today (13)" on a page dated by its file, saved after it was written: the 13th on or before that day)
      const day = nearestDayOfMonth(m.value!.slice(0, 10), +dom[1], weekday ? WEEKDAYS.get(weekday[0].toLowerCase()) : undefined, !weekday);
      if (day !== undefined) m.value = day + m.value!.slice(10);
      continue;
    }
    if (k + 1 >= mentions.length) break;
    const bracketed = mentions[k + 1];
    // (a day alone in the bracket: a clock time there is another zone's, "Sunday (0400 GMT Monday)")
    const day = /^\d{4}-\d{2}-\d{2}$/.exec(bracketed.value ?? '');
    if (!day || !DAY_VALUE.test(m.value ?? '') || !RELATIVE_DAY.test(m.text)) continue;
    // only the bracket's opening between them, and its close right after the day
    if (!/^\s*\(\s*$/.test(text.slice(m.end, bracketed.start)) || !/^\s*\)/.test(text.slice(bracketed.end, bracketed.end + 3))) continue;
    // "Sunday (July 7)" read in a past sentence as last year's July 7, a Friday: a bracketed day written without its year
    // is in the year next to it where it falls on the weekday named (a bare weekday: "next Friday" is placed ahead already)
    let value = day[0];
    const weekday = WEEKDAY_NAMED.exec(m.text);
    if (weekday && weekday.index === 0 && !/\d{4}/.test(bracketed.text)) {
      const moved = onTheWeekday(value, WEEKDAYS.get(weekday[0].toLowerCase())!);
      // (within half a year of the weekday as read, nearest the article's date: not a year ahead for a past event)
      const own = parseDay(m.value!.slice(0, 10)), to = moved === undefined ? undefined : parseDay(moved);
      if (own && to && Math.abs(daysBetween(own, to)) <= HALF_YEAR) value = bracketed.value = moved!;
      // "on Monday (July 26)" on a page with no date of its own, read years after: where no year next to the guessed one
      // puts the day on its weekday near the day as read, the nearest earlier year that does (news tells of days gone
      // by, as "Monday, July 26" is read: grammar.ts)
      else if (moved !== value) {
        const earlier = onTheWeekdayEarlier(value, WEEKDAYS.get(weekday[0].toLowerCase())!);
        if (earlier !== undefined) value = bracketed.value = earlier;
      }
    }
    const was = m.value!.slice(0, 10);
    m.value = value + m.value!.slice(10);
    // "from 12pm on Friday (25 October)": a clock time right before the day, given the day the weekday was read as
    const clock = k > 0 ? mentions[k - 1] : undefined;
    if (clock && clock.type === 'TIME' && clock.value?.startsWith(was + 'T') && CLOCK_TO_DAY.test(text.slice(clock.end, m.start))) {
      clock.value = value + clock.value.slice(10);
    }
  }
}

const HALF_YEAR = 183;

/** Between a weekday in brackets and the other weekday: "Friday and Sunday", "Friday to Sunday". */
const WEEKDAYS_JOINED = /^\s+(?:and|to|through|until)\s+$|^\s*[-–]\s*$/;
/** Between two days written in brackets: "(July 11 - 13)", "(11-13 July)". */
const DAYS_JOINED = /^\s*[-–—]\s*$/;

/**
 * "Deadline: April 15, 2025 (Tuesday)": a weekday in brackets after a full date is that date's, and "between Friday and
 * Sunday (July 11 - 13)" the bracket's days are the weekdays' (each where it falls on its weekday), whatever week the
 * weekdays alone were read in. `k` is the mention a space and a bracket follow.
 */
function weekdaysOfBracketedDays(text: string, mentions: DateMention[], k: number): void {
  const m = mentions[k], next = mentions[k + 1];
  if (next.start !== m.end + 2) return;
  const dated = /^\d{4}-\d{2}-\d{2}$/.test(m.value ?? '') && /\d/.test(m.text);
  if (dated && weekdayAlone(next) !== undefined && text.charCodeAt(next.end) === 41) {
    if (weekdayAlone(next) === isoWeekday(parseDay(m.value!)!)) next.value = m.value;
    return;
  }
  // "Friday and Sunday (July 11 - 13)": the weekday before this one, and the two days after
  const last = k + 2 < mentions.length ? mentions[k + 2] : undefined;
  const first = k > 0 ? mentions[k - 1] : undefined;
  if (!first || !last || weekdayAlone(m) === undefined || weekdayAlone(first) === undefined || text.charCodeAt(last.end) !== 41) return;
  if (!WEEKDAYS_JOINED.test(text.slice(first.end, m.start)) || !DAYS_JOINED.test(text.slice(next.end, last.start))) return;
  const days = [next.value, last.value];
  if (!days.every((v) => /^\d{4}-\d{2}-\d{2}$/.test(v ?? ''))) return;
  [first, m].forEach((day, i) => {
    if (weekdayAlone(day) === isoWeekday(parseDay(days[i]!)!)) day.value = days[i];
  });
}

/** The weekday a mention that is a weekday alone names ("Friday", "on Friday"), where it is one read as a day. */
function weekdayAlone(m: DateMention): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(m.value ?? '')) return undefined;
  const w = /^(?:on\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day$/i.exec(m.text);
  return w ? WEEKDAYS.get(w[1].toLowerCase() + 'day') : undefined;
}

/** The day numbered `dom` nearest `iso` (within a year either way) that falls on `weekday`, where one is named. */
function nearestDayOfMonth(iso: string, dom: number, weekday: number | undefined, notAfter: boolean): string | undefined {
  const from = parseDay(iso);
  if (!from) return undefined;
  let best: string | undefined, bestGap = Infinity;
  for (let n = -12; n <= 12; n++) {
    const { year, month } = addMonths(from.year, from.month, n);
    if (!isValidDay(year, month, dom) || (weekday !== undefined && isoWeekday({ year, month, day: dom }) !== weekday)) continue;
    const signed = daysBetween({ year, month, day: dom }, from);
    if (notAfter && signed > 0) continue;
    const gap = Math.abs(signed);
    if (gap < bestGap) { bestGap = gap; best = formatDay({ year, month, day: dom }); }
  }
  return best;
}

/** The day of `iso` in its own year or the one either side of it, whichever falls on `weekday`; undefined where none does. */
function onTheWeekday(iso: string, weekday: number): string | undefined {
  const year = +iso.slice(0, 4);
  const found = dayOnWeekday(+iso.slice(5, 7), +iso.slice(8, 10), weekday, [year, year + 1, year - 1]);
  return found && formatDay(found);
}

/** How many years back a bracketed day's weekday is looked for in (every date falls on each weekday within eleven). */
const EARLIEST_YEARS = 6;

/** The day of `iso` two to six years before it, nearest first, that falls on `weekday`. */
function onTheWeekdayEarlier(iso: string, weekday: number): string | undefined {
  const year = +iso.slice(0, 4), years: number[] = [];
  for (let d = 2; d <= EARLIEST_YEARS; d++) years.push(year - d);
  const found = dayOnWeekday(+iso.slice(5, 7), +iso.slice(8, 10), weekday, years);
  return found && formatDay(found);
}
