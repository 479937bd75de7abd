// A day written as the day of a piece already published or of a deed already done: "the Nov. 4 article", "your April
// 25 & May 2 cover story", "an April 7 story", "the Jan. 15 shooting". What ran in print, or a shooting, is behind the
// page, so its day without a year is the last such day on or before the page's date, however the sentence's tense
// reads ("I read your April 25 cover story": "read" is either tense).
import type { DateMention } from '../spans';
import { lazyPattern } from '../../text/lazyPattern';
import { formatDay, isValidDay, type Day } from './calendar';

/** A month's day written without a year: "May 26", "Sept. 3", "26 May". */
const DAY_NO_YEAR = lazyPattern(() => /^(?:\p{L}{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,}\.?)$/u);
/** The article or possessive before the day: the day names one piece or one deed. */
const DETERMINER_BEFORE = /(?:^|[\s(“"])(?:the|your|our|his|her|their|its|an?|this|that)\s+$/i;
/**
 * After the day: perhaps a second day joined to it ("& May 2"), a word perhaps ("cover", "fatal"), then a piece that
 * ran or a deed that was done.
 */
const PIECE_AFTER = /^(?:\s*(?:&|and)\s+[A-Za-z]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?)?\s+(?:[a-z][a-z-]+\s+)?(?:article|story|stories|column|editorial|op-ed|letter|piece|front page|shooting|stabbing|killing|slaying|murder|crash|collision|derailment|explosion|blast|ambush|massacre|robbery|heist|earthquake|quake|riot|arrest|raid|overdose)s?\b/;

/** Moves such a day, where it lies after `ref`, back to its last occurrence on or before `ref`. */
export function daysOfPastPieces(text: string, mentions: DateMention[], ref: Day): void {
  const refDay = formatDay(ref);
  for (const m of mentions) {
    const value = m.value ?? '';
    // (cheap tests first: a day's value after the page's date, and the piece's word after it)
    if (m.type !== 'DATE' || value.length !== 10 || value <= refDay) continue;
    const after = text.slice(m.end, m.end + 60);
    if (!PIECE_AFTER.test(after) || !DAY_NO_YEAR().test(m.text) || !DETERMINER_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) {
      // (the first of two days, "April 25 & May 2 cover story", has the determiner; the second, the piece's word)
      const pairStart = /(?:&|and)\s+$/.exec(text.slice(Math.max(0, m.start - 6), m.start));
      if (!pairStart || !/^\s+(?:[a-z][a-z-]+\s+)?(?:article|story|stories|column|editorial|op-ed|letter|piece)s?\b/.test(after) || !DAY_NO_YEAR().test(m.text)) continue;
    }
    const year = +value.slice(0, 4), month = +value.slice(5, 7), day = +value.slice(8, 10);
    for (let y = year - 1; y >= year - 8; y--) {
      if (!isValidDay(y, month, day)) continue;
      const past = formatDay({ year: y, month, day });
      if (past <= refDay) { m.value = past; break; }
    }
  }
}
