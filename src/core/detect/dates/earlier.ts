// "Two weeks earlier" counts back from the time the story speaks of, which is the article's date only when the story
// names no other: "The crane arrived on March 10. Two weeks earlier, the barge had sailed" is late February, and "two
// weeks earlier in the autumn" lies in that autumn, whatever the article's date.
import type { DateMention } from '../spans';
import { parseDay } from './calendar';
import { NUMBER_WORDS, UNITS_PLURAL, UNITS_SINGULAR } from './lexicon';
import { relativeValue } from './values';

const EARLIER = /^(?:(?:about|some|nearly|almost|roughly|around|only|just)\s+)?(a|an|one|\d{1,3}|[a-z]+)\s+([a-z]+)\s+earlier$/i;
/** What may stand between "two weeks earlier" and the time it lies in: "two weeks earlier in the autumn", ", on May 2". */
const ATTACHED = /^\s*,?\s*(?:in|on|during|at|,)?\s*$/i;
/** How far back the time a story speaks of may stand: the sentence before, about. */
const ANCHOR_REACH = 300;
/** A sentence break between the anchor and "earlier" beyond the one just before it. */
const SENTENCE_BREAK = /[.!?]["”’)]?\s+(?=["“(]?\p{Lu})/gu;
/** How many days before a month or year named are still read as in it. */
const FEW_DAYS = 10;
/** The day of a time of day: "2026-12-02TAF", "2026-12-02T15:30". */
const DAY_OF_TIME = /^(\d{4}-\d{2}-\d{2})T/;
/** A calendar value; a season, quarter or half of a year counts as its year ("a decade earlier" after "the summer of '69"). */
const CALENDAR = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-(?:SP|SU|FA|WI|Q[1-4]|H[12]))?$/;

/**
 * Re-reads each "N units earlier" in `mentions` (sorted) against the time the story speaks of: a time written right
 * after it ("earlier in the autumn") holds it; else a calendar date named in the same or the sentence before, when
 * it is at least as precise as the unit counted. Otherwise the value counted from the article's date stays.
 */
export function earlierThanTimeSpokenOf(text: string, mentions: DateMention[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const mention = mentions[k];
    if (mention.type !== 'DATE') continue;
    const m = EARLIER.exec(mention.text);
    if (!m) continue;
    let n = /^an?$/i.test(m[1]) ? 1 : /^\d/.test(m[1]) ? +m[1] : NUMBER_WORDS.get(m[1].toLowerCase());
    let unit = UNITS_PLURAL.get(m[2].toLowerCase()) ?? UNITS_SINGULAR.get(m[2].toLowerCase());
    // "a decade earlier", "a century earlier": counted in years
    const years = unit?.name === 'decade' ? 10 : unit?.name === 'century' ? 100 : 0;
    if (years && n !== undefined) { n *= years; unit = UNITS_SINGULAR.get('year'); }
    if (n === undefined || !unit || !['day', 'week', 'month', 'year'].includes(unit.name)) continue;
    // "a year earlier" in results is the same period a year before, which the reporting-period reader settles
    if (n === 1 && unit.name === 'year') continue;
    const next = mentions[k + 1];
    if (next && next.type === 'DATE' && next.value !== undefined && ATTACHED.test(text.slice(mention.end, next.start))) {
      mention.value = next.value;
      continue;
    }
    const anchor = anchorBefore(text, mentions, k);
    if (!anchor) continue;
    const [, y, mo, d] = anchor;
    const precision = d !== undefined ? 'day' : mo !== undefined ? 'month' : 'year';
    // "came to light in September 2024, when an auditor queried a payment made two days earlier": a few days before
    // a month is no day one can name, but it is (most likely) that month, and surely not days before the article
    if ((unit.name === 'day' && n <= FEW_DAYS) || (unit.name === 'week' && n === 1)) {
      if (precision !== 'day') { mention.value = anchor[0]; continue; }
    }
    if ((unit.name === 'day' || unit.name === 'week') && precision !== 'day') continue;
    if (unit.name === 'month' && precision === 'year') continue;
    const day = parseDay(`${y}-${mo ?? '07'}-${d ?? '01'}`);
    const value = day && relativeValue(day, unit, -n);
    if (value) mention.value = value;
  }
}

/** The calendar value of the last date named before mention k, in its sentence or the one before. */
function anchorBefore(text: string, mentions: readonly DateMention[], k: number): RegExpExecArray | undefined {
  const at = mentions[k].start;
  for (let j = k - 1; j >= 0 && mentions[j].end >= at - ANCHOR_REACH; j--) {
    const before = mentions[j];
    // ("on Wednesday afternoon. Two days earlier": a part of a day, or its clock time, is that day)
    const day = before.type === 'TIME' ? DAY_OF_TIME.exec(before.value ?? '')?.[1] : before.value;
    if (before.type !== 'DATE' && day === undefined) continue;
    const between = text.slice(before.end, at);
    if ((between.match(SENTENCE_BREAK) ?? []).length > 1) return undefined;
    // "yesterday" and "on Tuesday" count as well as "March 3"; "last week" is too coarse for a calendar count
    return CALENDAR.exec(day ?? '') ?? undefined;
  }
  return undefined;
}
