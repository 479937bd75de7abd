// A day named by its relation to the article's and then given in brackets: "next Friday (July 3)", "reopened today
// (Monday 5th May)". The writer's bracket settles which day is meant; the relation is read against a date the
// page may not carry, or read otherwise ("next Friday" written on a Thursday), so the bracketed day wins.
import type { DateMention } from '../spans';
import { formatDay, isValidDay, isoWeekday } from './calendar';
import { WEEKDAYS } from './lexicon';

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}/;
/** What names a day by its relation to the article's: a weekday (with "next", "this", "last"), "today" and its kin. */
const RELATIVE_DAY = /^(?:(?:next|this|last|coming|on)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|tomorrow|yesterday)(?:\s+(?:morning|afternoon|evening|night))?$/i;
/** The weekday a relative day names. */
const WEEKDAY_NAMED = /(mon|tues|wednes|thurs|fri|satur|sun)day/i;
/** What may stand between a clock time and the day it is on: "10am on Saturday", "noon, Friday". */
const CLOCK_TO_DAY = /^[\s,]*(?:on\s+)?$/i;

/** Gives a relative day set off before a bracketed calendar day that day's value (its part of the day kept). */
export function dayGivenInBrackets(text: string, mentions: DateMention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const m = mentions[k], bracketed = mentions[k + 1];
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
      value = onTheWeekday(value, WEEKDAYS.get(weekday[0].toLowerCase())!) ?? value;
      bracketed.value = value;
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

/** The day of `iso` in its own year or the one either side of it, whichever falls on `weekday`; undefined where none does. */
function onTheWeekday(iso: string, weekday: number): string | undefined {
  const year = +iso.slice(0, 4), month = +iso.slice(5, 7), day = +iso.slice(8, 10);
  for (const y of [year, year + 1, year - 1]) {
    if (isValidDay(y, month, day) && isoWeekday({ year: y, month, day }) === weekday) return formatDay({ year: y, month, day });
  }
  return undefined;
}
