// A day written as the day of a piece already published or of a deed already done: "the Nov. 4 article", "your April
// 25 & May 2 cover story", "an April 7 story", "the Jan. 15 shooting". What ran in print, or a shooting, is behind the
// page, so its day without a year is the last such day on or before the page's date, however the sentence's tense
// reads ("I read your April 25 cover story": "read" is either tense).
import type { DateMention } from '../spans';
import { formatDay, type Day } from './calendar';
import { moveBack } from './citedDay';

/** A month's day written without a year: "May 26", "Sept. 3", "26 May". */
const DAY_NO_YEAR = /^(?:[A-Za-z]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,}\.?)$/;
/** The article or possessive before the day (the day names one piece or one deed), or "&" before a pair's second day. */
const DETERMINER_BEFORE = /(?:^|[\s(“"])(?:the|your|our|his|her|their|an?|this|that|&|and)\s+$/i;
/**
 * After the day: perhaps a second day joined to it ("& May 2"), a word perhaps ("cover", "fatal"), then a piece that
 * ran or a deed that was done.
 */
const PIECE_AFTER = /^(?:\s*(?:&|and)\s+[A-Za-z]{3,}\.?\s+\d{1,2})?\s+(?:[a-z-]+\s+)?(?:article|stor(?:y|ies)|column|editorial|letter|piece|shooting|stabbing|killing|murder|crash|explosion|riot|raid)s?\b/;

/** Moves such a day, where it lies after `ref`, back to its last occurrence on or before `ref`. */
export function daysOfPastPieces(text: string, mentions: DateMention[], ref: Day): void {
  const refDay = formatDay(ref);
  for (const m of mentions) {
    // (cheap tests first: a day's value after the page's date, and the piece's word after it)
    if (m.type === 'DATE' && m.value?.length === 10 && m.value > refDay && PIECE_AFTER.test(text.slice(m.end, m.end + 60))
      && DAY_NO_YEAR.test(m.text) && DETERMINER_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) moveBack(m, refDay);
  }
}
