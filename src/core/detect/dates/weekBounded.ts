// "in the week ended Nov. 24", "for the week ending in January 5", "the week between December 30 and January 5": data
// releases (flu reports, jobless claims, box office) count weeks up to a day they name, and such "the week" is the week
// of that day (TimeML: YYYY-Www), not the article's own week. "the week starting March 4" is the week that day opens.
// The scan reads it once where periods ended on a day are read (periodsEndedOn) and once more at its end, since passes
// in between may still give the bounding day its year ("the week ending March 2, 2019 … For the week ending March 2").
import type { DateMention } from '../spans';
import { daysBetween, formatWeek, parseDay, type Day } from './calendar';
import { DAY_VALUE } from './shapes';

/** "the week", "the latest week": a week a data release counts up to a day. */
const WEEK_OF_RESULTS = /^the\s+(?:latest\s+|previous\s+)?week$/i;

/** Between such a week and its last day: "ended", "ending in", "that ended on", "to", "through". */
const ENDED_ON = /^\s+(?:(?:that|which)\s+)?(?:ended|ending|ends|to|through)\s+(?:on\s+|in\s+)?$/i;

/** Between such a week and its first day: "starting", "beginning on", "that began". */
const STARTED_ON = /^\s+(?:(?:that|which)\s+)?(?:starting|beginning|commencing|began|begins|starts|started)\s+(?:on\s+)?$/i;

/** Between such a week and the first of two days bounding it: "between", "from". */
const BOUND_OPENS = /^\s+(?:between|from)\s+$/i;
/** Between the two days: "and", "to", "through", a dash. */
const BOUND_JOINS = /^\s*(?:and|to|through|until|[-–—])\s*$/i;

/** The day a mention is valued as, if it is one. */
function dayOf(m: DateMention | undefined): Day | undefined {
  const v = DAY_VALUE.exec(m?.value ?? '');
  return v ? parseDay(v[0].slice(0, 10)) : undefined;
}

/** The week's value where mention k is "the week" with its bounding day(s) right after it, else undefined. */
function boundedWeek(text: string, mentions: readonly DateMention[], k: number): string | undefined {
  const next = mentions[k + 1];
  const between = text.slice(mentions[k].end, next.start);
  if (between.length > 24) return undefined;
  if (ENDED_ON.test(between) || STARTED_ON.test(between)) {
    const day = dayOf(next);
    return day && formatWeek(day);
  }
  // "between December 30, 2012 and January 5": the week the last day ends, as "ending" would say
  const last = mentions[k + 2];
  if (last && BOUND_OPENS.test(between) && BOUND_JOINS.test(text.slice(next.end, last.start))) {
    const first = dayOf(next), day = dayOf(last);
    // (two days at most a week apart; "from March 1 to April 5" bounds no one week)
    if (first && day) {
      const apart = daysBetween(day, first);
      if (apart >= 0 && apart <= 7) return formatWeek(day);
    }
  }
  return undefined;
}

export function weeksBoundedByADay(text: string, mentions: DateMention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    if (!WEEK_OF_RESULTS.test(mentions[k].text)) continue;
    const week = boundedWeek(text, mentions, k);
    if (week) mentions[k] = { ...mentions[k], type: 'DATE', value: week };
  }
}
