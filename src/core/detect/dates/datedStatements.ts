// Statements a fact-check quotes with the day they were made: 'Ana Ruiz stated on April 8, 2019 in a speech: "The
// depot will open this fall."', 'The post, shared on Sept. 3, 2023, reads, "I'm leaving today at noon."'. What the
// quotation says of "this fall", "today" or "last year" it says of that day, not the article's.
import { isValidDay } from './calendar';
import { MONTHS } from './lexicon';
import type { EmbeddedPost } from './embeddedPosts';
import { wordSet } from '../../text/wordList';

/** A verb of saying or posting, "on", and a day written out with its year: "stated on April 8, 2019"; tried only where
 *  such a verb and "on" stand (saidOnFrom). */
const SAID_ON = /\b(?:stated|said|says|posted|shared|tweeted|wrote|published|claimed|declared|announced|reads?)[ \t]+on[ \t]+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,[ \t]+)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?[ \t]+(\d{1,2}),[ \t]+(\d{4})\b/y;
/** SAID_ON's verbs. */
const SAYING_VERBS = wordSet('stated said says posted shared tweeted wrote published claimed declared announced read reads');
/** How far after the day the quotation may open (where, in what, and the verb that introduces it). */
const MAX_LEAD = 200;
/** How long a quotation may run. */
const MAX_QUOTE = 600;

/** The quotations of `text` introduced by the day they were said, in order. */
export function datedStatements(text: string): EmbeddedPost[] {
  const found: EmbeddedPost[] = [];
  let m = saidOnFrom(text, 0);
  while (m !== null) {
    const afterDay = m.index + m[0].length;
    const next = saidOnFrom(text, afterDay);
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

/**
 * The first match of SAID_ON that starts at or after `from`, as the pattern searching the text from there would find
 * it: tried only at the words of SAYING_VERBS before a blank, "on" and a blank, found with a search for "on" (most
 * articles quote none; the pattern tried at every character cost 7-13 ms a megabyte).
 */
function saidOnFrom(text: string, from: number): RegExpExecArray | null {
  for (let on = text.indexOf('on', from); on >= 0; on = text.indexOf('on', on + 1)) {
    if (!isBlank(text.charCodeAt(on - 1)) || !isBlank(text.charCodeAt(on + 2))) continue;
    // the verb: the whole word before the blanks (the pattern's \b before it)
    let verbEnd = on - 1;
    while (verbEnd > 0 && isBlank(text.charCodeAt(verbEnd - 1))) verbEnd--;
    let verbStart = verbEnd;
    while (verbStart > 0 && isWordCharacter(text.charCodeAt(verbStart - 1))) verbStart--;
    if (verbStart < from || !SAYING_VERBS.has(text.slice(verbStart, verbEnd))) continue;
    SAID_ON.lastIndex = verbStart;
    const m = SAID_ON.exec(text);
    if (m !== null) return m;
  }
  return null;
}

/** A space or a tab: [ \t]. */
function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** What \w matches: a-z, A-Z, 0-9 and _. */
function isWordCharacter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
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
