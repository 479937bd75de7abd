// "third quarter 2023 results", "Third Quarter 2020 Highlights", "First Quarter Fiscal 2026 Results": a quarter or a
// half written right before its year is that year's, read as one expression (as "the third quarter of 2023" and "the
// first quarter of fiscal 2026" are), not the article's year's quarter and a year.
import type { DateMention } from '../spans';
import { sentenceStartBefore } from './tense';

/** A quarter's or a half's words, ending the mention: "third quarter", "Q3", "second half". */
const PART_WORDS = /(?:quarter|half|\bQ[1-4]|\bH[12])$/i;
/** A part's value without its year given: "2026-Q3", "2026-H2". */
const PART_VALUE = /^\d{4}(-(?:Q[1-4]|H[12]))$/;

/** The year right after a part, a space apart: " 2023" (not " 2023-24", not a figure " 2023.5"); or the firm's year
 *  named so: "First Quarter Fiscal 2026 Results", "third quarter fiscal year 2025", "Q1 FY 2026". */
const YEAR_AFTER = /^[ \t](?:(?:fiscal|financial)(?:[ \t]+year)?[ \t]+|FY[ \t]?)?((?:19|20)\d\d)(?![\d.,-]\d)/i;

/** Merges each quarter or half with the year written right after it (found as a year or not: "Third Quarter 2023
 *  Earnings" in a title). */
export function partsWithTheirYear(text: string, mentions: DateMention[]): void {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const part = mentions[k];
    const value = PART_VALUE.exec(part.value ?? '');
    if (!value || part.type !== 'DATE' || !PART_WORDS.test(part.text)) continue;
    const year = YEAR_AFTER.exec(text.slice(part.end, part.end + 24));
    if (!year) continue;
    const end = part.end + year[0].length;
    const next = mentions[k + 1];
    // (the year found as a mention of its own goes into the part's)
    const joined = next !== undefined && next.start < end ? 2 : 1;
    if (joined === 2 && (next.end !== end || next.value !== year[1])) continue;
    mentions.splice(k, joined, { ...part, end, text: text.slice(part.start, end), value: year[1] + value[1] });
  }
}

/** A quarter or a half named bare: "the first quarter", "first-half", "Q2" (no year, no "this", "last" or "year-ago"). */
const BARE_PART = /^(?:the )?(?:(?:first|second|third|fourth)[ -](?:quarter|half)|Q[1-4]|H[12])$/i;

/** Words before a quarter that make it one compared with: "down from $3 million in the third quarter of 2023". */
const COMPARED_BEFORE = /\b(?:from|than|against|versus|vs|compared|over|since|ago|earlier)\b/i;

/** What opens a sentence before a time that sets its scene: nothing, "In", "During", "For". */
const SCENE_LEAD = /^[\s"“(]*(?:(?:in|during|for|over|throughout)\s+)?$/i;

/** A results noun right after a quarter written with its year, which makes it the quarter reported: "a third-quarter
 *  2021 after-tax net profit", "Q2 2021 results". */
const RESULTS_AFTER = /^[ \t]+(?:(?:after-tax|pre-tax|net|operating|adjusted)[ \t]+){0,3}(?:profits?|results|earnings|revenues?|sales|loss(?:es)?|income)\b/i;

/** How far before (and, in a headline, after) a bare quarter the same quarter may be written with its year. */
const PART_YEAR_BEFORE = 300;
const PART_YEAR_AFTER = 200;

/**
 * "During the first three months of 2024, Hyundai … For the first quarter, it reported", "Automotive Q2: … the latest
 * Q2 2021 results": a quarter or a half named bare right before or after the same one written with its year is that
 * year's, not the article's year's (a quarter written with its year to compare with gives none).
 */
export function barePartsOfTheYearWritten(text: string, mentions: DateMention[]): void {
  // (a bare one given its year here gives it on to the next, as the story goes on about the quarter it reports)
  let given: Set<DateMention> | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.type !== 'DATE' || !BARE_PART.test(m.text)) continue;
    const own = PART_VALUE.exec(m.value ?? '');
    if (!own) continue;
    const written = (o: DateMention) => o.type === 'DATE' && /\b(?:19|20)\d\d\b/.test(o.text) && o.value?.endsWith(own[1])
      && /^\d{4}-/.test(o.value) && !COMPARED_BEFORE.test(text.slice(sentenceStartBefore(text, o.start), o.start));
    let source: DateMention | undefined;
    // (one written before it that sets the scene, opening its sentence: "During the first three months of 2024, …"; not
    // one told of in passing, "stopped paying a dividend in the third quarter of 1984")
    // (or one the results it reports follow: "reported a third-quarter 2021 net profit … The third-quarter loss")
    for (let j = k - 1; j >= 0 && mentions[j].end >= m.start - PART_YEAR_BEFORE && !source; j--) {
      const o = mentions[j];
      if ((written(o) && (SCENE_LEAD.test(text.slice(sentenceStartBefore(text, o.start), o.start)) || RESULTS_AFTER.test(text.slice(o.end, o.end + 40))))
        || (given?.has(o) && o.value?.endsWith(own[1]))) source = o;
    }
    // (one written after it only for a headline's: the text's first line, no sentence)
    const lineEnd = text.indexOf('\n', m.end);
    const headline = !/[\n\r]/.test(text.slice(0, m.start).trimStart()) && !/[.!?]\s*$/.test(text.slice(m.end, lineEnd < 0 ? text.length : lineEnd));
    for (let j = k + 1; headline && j < mentions.length && mentions[j].start <= m.end + PART_YEAR_AFTER && !source; j++) if (written(mentions[j])) source = mentions[j];
    if (source?.value) {
      m.value = source.value.slice(0, 4) + own[1];
      (given ??= new Set()).add(m);
    }
  }
}
