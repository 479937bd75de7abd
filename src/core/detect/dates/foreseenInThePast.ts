/** A weekday foreseen in a story told in the past: the one nearest the article's day. */
import { addDays, formatDay, parseDay, type Day } from './calendar';

/** A forecast told in the past, then its verb and object: "was expected to approach the coast", "were due to land". */
const FORESEEN_IN_THE_PAST = /\b(?:was|were) (?:expected|forecast|due) to [^.!?;:]{0,80}$/;

/**
 * "Based on a 4 pm report, the storm was expected to reach the coast Friday evening", written on the Saturday: what
 * was foreseen is told from the day of the forecast, close to the article's, not from the article's day, so its
 * weekday, put ahead by the tense, is the nearest such day, at most three days either side ("were expected to ease
 * by Tuesday", written on the Monday, stays the day after). `value` is the weekday's value read ahead of `ref`.
 */
export function nearestWhenForeseenInThePast(text: string, start: number, value: string, ref: Day): string {
  const day = parseDay(value.slice(0, 10));
  if (!day || value.slice(0, 10) <= formatDay(addDays(ref, 3)) || !FORESEEN_IN_THE_PAST.test(text.slice(Math.max(0, start - 120), start))) return value;
  return formatDay(addDays(day, -7)) + value.slice(10);
}
