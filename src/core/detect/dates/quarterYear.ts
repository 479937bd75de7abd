// "third quarter 2023 results", "Third Quarter 2020 Highlights": a quarter or a half written right before its year is
// that year's, read as one expression (as "the third quarter of 2023" is), not the article's year's quarter and a year.
import type { DateMention } from '../spans';

/** A quarter's or a half's words, ending the mention: "third quarter", "Q3", "second half". */
const PART_WORDS = /(?:quarter|half|\bQ[1-4]|\bH[12])$/i;
/** A part's value without its year given: "2026-Q3", "2026-H2". */
const PART_VALUE = /^\d{4}(-(?:Q[1-4]|H[12]))$/;

/** The year right after a part, a space apart: " 2023" (not " 2023-24", not a figure " 2023.5"). */
const YEAR_AFTER = /^[ \t]((?:19|20)\d\d)(?![\d.,-]\d)/;

/** Merges each quarter or half with the year written right after it (found as a year or not: "Third Quarter 2023
 *  Earnings" in a title). */
export function partsWithTheirYear(text: string, mentions: DateMention[]): void {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const part = mentions[k];
    const value = PART_VALUE.exec(part.value ?? '');
    if (!value || part.type !== 'DATE' || !PART_WORDS.test(part.text)) continue;
    const year = YEAR_AFTER.exec(text.slice(part.end, part.end + 8));
    if (!year) continue;
    const end = part.end + year[0].length;
    const next = mentions[k + 1];
    // (the year found as a mention of its own goes into the part's)
    const joined = next !== undefined && next.start < end ? 2 : 1;
    if (joined === 2 && (next.end !== end || next.value !== year[1])) continue;
    mentions.splice(k, joined, { ...part, end, text: text.slice(part.start, end), value: year[1] + value[1] });
  }
}
