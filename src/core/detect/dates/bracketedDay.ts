// A day named by its relation to the article's and then given in brackets: "next Friday (July 3)", "reopened today
// (Monday 5th May)". The writer's bracket settles which day is meant; the relation is read against a date the
// page may not carry, or read otherwise ("next Friday" written on a Thursday), so the bracketed day wins.
import type { DateMention } from '../spans';

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}/;
/** What names a day by its relation to the article's: a weekday (with "next", "this", "last"), "today" and its kin. */
const RELATIVE_DAY = /^(?:(?:next|this|last|coming|on)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|tomorrow|yesterday)(?:\s+(?:morning|afternoon|evening|night))?$/i;

/** Gives a relative day set off before a bracketed calendar day that day's value (its part of the day kept). */
export function dayGivenInBrackets(text: string, mentions: DateMention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const m = mentions[k], bracketed = mentions[k + 1];
    // (a day alone in the bracket: a clock time there is another zone's, "Sunday (0400 GMT Monday)")
    const day = /^\d{4}-\d{2}-\d{2}$/.exec(bracketed.value ?? '');
    if (!day || !DAY_VALUE.test(m.value ?? '') || !RELATIVE_DAY.test(m.text)) continue;
    // only the bracket's opening between them, and its close right after the day
    if (!/^\s*\(\s*$/.test(text.slice(m.end, bracketed.start)) || !/^\s*\)/.test(text.slice(bracketed.end, bracketed.end + 3))) continue;
    m.value = day[0] + m.value!.slice(10);
  }
}
