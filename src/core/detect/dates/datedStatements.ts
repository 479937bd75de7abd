// Statements a fact-check quotes with the day they were made: 'Ana Ruiz stated on April 8, 2019 in a speech: "The
// depot will open this fall."', 'The post, shared on Sept. 3, 2023, reads, "I'm leaving today at noon."'. What the
// quotation says of "this fall", "today" or "last year" it says of that day, not the article's.
import { isValidDay } from './calendar';
import { MONTHS } from './lexicon';
import type { EmbeddedPost } from './embeddedPosts';

/** A verb of saying or posting, "on", and a day written out with its year: "stated on April 8, 2019". */
const SAID_ON = /\b(?:stated|said|says|posted|shared|tweeted|wrote|published|claimed|declared|announced|reads?)[ \t]+on[ \t]+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,[ \t]+)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?[ \t]+(\d{1,2}),[ \t]+(\d{4})\b/g;
/** How far after the day the quotation may open (where, in what, and the verb that introduces it). */
const MAX_LEAD = 200;
/** How long a quotation may run. */
const MAX_QUOTE = 600;

/** The quotations of `text` introduced by the day they were said, in order. */
export function datedStatements(text: string): EmbeddedPost[] {
  // (most articles quote none: one search for " on " before a month's day is the regular expression's own)
  const found: EmbeddedPost[] = [];
  SAID_ON.lastIndex = 0;
  let m = SAID_ON.exec(text);
  while (m !== null) {
    const afterDay = m.index + m[0].length;
    const next = SAID_ON.exec(text);
    const day = { year: +m[3], month: MONTHS.get(m[1].toLowerCase()) ?? 0, day: +m[2] };
    // the quotation opens after the day, before the next such statement, in the same paragraph and sentence
    const limit = Math.min(next ? next.index : text.length, afterDay + MAX_LEAD);
    const open = openingQuote(text, afterDay, limit);
    if (open >= 0 && isValidDay(day.year, day.month, day.day)) {
      const close = closingQuote(text, open, Math.min(text.length, open + MAX_QUOTE, next ? next.index : text.length));
      if (close > open + 1) found.push({ start: open + 1, end: close, day });
    }
    m = next;
  }
  return found;
}

/** The first opening quotation mark in [from, to) before a paragraph's end or a sentence's, or -1. */
function openingQuote(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c /* “ */ || c === 34 /* " */) return i;
    if (c === 10) return -1;
    // ('. The' and '. "We' end the sentence that introduces it; "Sept. 3" and "in an interview.:" do not)
    if (c === 46 /* . */ && text.charCodeAt(i + 1) === 32 && opensSentence(text.charCodeAt(i + 2))) return -1;
  }
  return -1;
}

/** The closing quotation mark matching the one at `open`, before `to` and the paragraph's end, or -1. */
function closingQuote(text: string, open: number, to: number): number {
  const curly = text.charCodeAt(open) === 0x201c;
  for (let i = open + 1; i < to; i++) {
    const c = text.charCodeAt(i);
    if (curly ? c === 0x201d /* ” */ : c === 34) return i;
    if (c === 10) return -1;
  }
  return -1;
}

/** A capital or a quotation mark, as a sentence opens. */
function opensSentence(c: number): boolean {
  return (c >= 65 && c <= 90) || c === 34 || c === 0x201c;
}
