/** A wire photo's caption standing alone on its line with no credit: what the picture shows, told in the present, then its place and day (or its day and place). */

import type { DateMention, Span } from '../spans';
import { lazyPattern } from '../../text/lazyPattern';
import { wordSet } from '../../text/wordList';

// "Oil tankers pass through the Strait of Lyme on December 21, 2018.", "A survivor of the ferry cries after arriving at
// the pier in Elm City, central Vardia on July 2, 2015." A page pasted without its picture keeps the caption as a line
// of its own, often with its credit on the line above or dropped. The claim model scored such lines 0.5–0.9 for their
// places and dates; a sentence of the story telling the same is in the past ("Police arrested two men in Lyme on June 3,
// 2024."), and a present tense before a day to come is a timetable ("Voting closes in Lyme on November 5, 2024.").

/** Longest caption looked at. */
const MAX_LENGTH = 400;

/**
 * The caption's end: a place's capitalised word, then its day with the year, a weekday before it or "on", and the full
 * stop: "… in Elm City, central Vardia on July 2, 2015.", "… in Lyme, Tuesday, July 5, 2016.", "… in Lyme, 3 March 2025."
 */
const PLACE_AND_DAY_END = lazyPattern(() => /\p{Lu}[\p{L}.'’-]*,?\s(?:on\s)?(?:(?:late |early )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s\d{1,2}|\d{1,2}\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}),?\s(?:19|20)\d\d\.$/u);

/**
 * The wire's other order, the day with its year before the place: "… on a chilly morning, Thursday, Oct. 7, 2021, in
 * Lyme, Maine.", "… Sunday, Aug. 20, 2023, near Elm City." (a place of one to four capitalised words, a region after a comma).
 */
const DAY_AND_PLACE_END = lazyPattern(() => /,\s(?:(?:late |early )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s\d{1,2}|\d{1,2}\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}),?\s(?:19|20)\d\d,\s(?:in|near)\s\p{Lu}[\p{L}.'’-]*(?:(?:\s|,\s)\p{Lu}[\p{L}.'’-]*){0,4}$/u);

/** Words that put a clause in the past, the perfect or ahead, or report what someone says: a caption has none of them
 *  (a one-sentence paragraph of a story in the present, "The mayor says rents rose 9% … in Lyme on May 2, 2025.", stays). */
const NOT_CAPTION_TENSE = wordSet('was were had has have did said says say told tells been will'
  + ' would could should ago');
/** What a past verb's object opens with: "arrested two men", "opened its plant", "signed the deal". */
const OBJECT_OPENING = wordSet('the a an its his her their our this that these those two three'
  + ' four five six seven eight nine ten dozens hundreds thousands');

const WORD = /[\p{L}\d][\p{L}\d'’-]*/gu;

/** Whether the caption's words are in a caption's present: no past, perfect or future word, no "-ed" verb before its object. */
function toldInPresent(unit: string): boolean {
  const words = unit.match(WORD) ?? [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k].toLowerCase();
    if (NOT_CAPTION_TENSE.has(w)) return false;
    // ("Rebels are planning to strike the port on 11 June 2004.": a present that goes on is a plan or a report, a
    // caption's present is simple)
    if ((w === 'is' || w === 'are' || w === 'am') && k + 1 < words.length && /ing$/i.test(words[k + 1])) return false;
    if (k > 0 && w.length > 4 && w.endsWith('ed') && k + 1 < words.length) {
      const next = words[k + 1];
      if (OBJECT_OPENING.has(next.toLowerCase()) || /^\d/.test(next)) return false;
    }
  }
  return true;
}

/** A unit the text sets on its own line(s): a line break (or the text's edge) before it and after it. */
export function aloneOnItsLines(text: string, units: readonly Span[], i: number): boolean {
  const before = i === 0 ? text.slice(0, units[i].start) : text.slice(units[i - 1].end, units[i].start);
  const after = i === units.length - 1 ? text.slice(units[i].end) : text.slice(units[i].end, units[i + 1].start);
  return (i === 0 ? before.trim() === '' || before.includes('\n') : before.includes('\n'))
    && (i === units.length - 1 ? after.trim() === '' || after.includes('\n') : after.includes('\n'));
}

/**
 * Indices of the units that are a photo's caption standing alone (see above): a line of its own, in the present, ending
 * on a place and its day with the year, a day not after the article's date (`referenceDate`, YYYY-MM-DD, where known).
 */
export function standingCaptions(text: string, units: readonly Span[], dates: readonly DateMention[], referenceDate?: string): Set<number> {
  const captions = new Set<number>();
  units.forEach((unit, i) => {
    const t = unit.text;
    // (a caption ends on its year's last digit and a full stop)
    // (or on its place's last letter and the stop, the place after its day)
    const n = t.length;
    if (n > MAX_LENGTH || t.charCodeAt(n - 1) !== 46) return;
    const dayLast = t.charCodeAt(n - 2) >= 48 && t.charCodeAt(n - 2) <= 57;
    if (!(dayLast ? PLACE_AND_DAY_END().test(t) : t.includes(', in ') || t.includes(', near ') ? DAY_AND_PLACE_END().test(t.slice(0, -1)) : false)) return;
    if (!aloneOnItsLines(text, units, i) || !toldInPresent(t)) return;
    if (referenceDate !== undefined) {
      // (the caption's day: its last date, at its end or before its place)
      const day = dates.filter(d => d.start >= unit.start && d.end <= unit.end && d.value !== undefined).pop();
      if (day?.value !== undefined && /^\d{4}-\d\d-\d\d/.test(day.value) && day.value.slice(0, 10) > referenceDate) return;
    }
    captions.add(i);
  });
  return captions;
}
