// A day given in brackets as the source of what was just quoted or said: "asserts that 'buses are empty' (Harbour
// Times, May 26)", "… do a good job of that” (May 8)." A citation points to something already published, so its day,
// written without a year, is the last such day on or before the page's date, not the nearest one, which for a day a
// little over half a year back is the coming one.
import type { DateMention } from '../spans';
import { lazyPattern } from '../../text/lazyPattern';
import { formatDay, isValidDay, type Day } from './calendar';

/** A month's day written without a year: "May 26", "26 May", "Sept. 3". */
const DAY_NO_YEAR = lazyPattern(() => /^(?:\p{L}{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,}\.?)$/u);

/** What a citation's bracket holds before its day: a publication's name and a comma ("The Harbour Times, "), or nothing.
 *  (a name of capitalised words, with "&", "'s", "of", "the" between them; not a weekday, which names the day itself)
 *  A letter's reference to what it answers names the piece and where it ran as well, in up to three parts, each
 *  opening on a capital: "(Letter to the editor, Harbourtimes.com, Dec. 27)", "(Page A1, March 21)". */
const SOURCE_BEFORE = lazyPattern(() => /\(\s*(?:((?:\p{Lu}[\p{L}\d&.'’-]*|&|of|the|de)(?:\s+(?:\p{Lu}[\p{L}\d&.'’-]*|\p{Ll}[\p{L}&.'’-]*|&)){0,5}(?:,\s*\p{Lu}[\p{L}\d&.'’-]*(?:\s+(?:\p{Lu}[\p{L}\d&.'’-]*|\p{Ll}[\p{L}&.'’-]*|&)){0,5}){0,2}),\s*)?$/u);
const WEEKDAY = /(?:^|,\s*)(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:$|,)/i;

/** A quotation's close right before the bracket, its full stop or comma inside it or not: `that” (`, `tax."(`. */
const QUOTE_CLOSED = /[”"’'][.,]?\s*$/;

/** What marks the sentence as telling of a time ahead, where a bracketed day is a date set, not a source. */
const AHEAD = /\b(?:will|shall|next|coming|upcoming|due|scheduled|expected|plans?|planned|to be held)\b/i;

/** Moves a cited day without a year that lies after `ref` back to its last occurrence on or before `ref`. */
export function citedDaysInThePast(text: string, mentions: DateMention[], ref: Day): void {
  const refDay = formatDay(ref);
  for (const m of mentions) {
    const value = m.value ?? '';
    // (cheap tests first: a day's value after the page's date, a bracket closing right after it)
    if (value.length !== 10 || value <= refDay || !/^\s*\)/.test(text.slice(m.end, m.end + 3))) continue;
    const open = text.lastIndexOf('(', m.start);
    if (open < 0 || open < m.start - 60 || !DAY_NO_YEAR().test(m.text)) continue;
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    const source = SOURCE_BEFORE().exec(before);
    if (!source) continue;
    const name = source[1];
    if (name !== undefined && (WEEKDAY.test(name) || !/[A-Z]/.test(name))) continue;
    const opening = before.length - source[0].length;
    const quoted = QUOTE_CLOSED.test(before.slice(0, opening));
    // a bare day in brackets cites only after a quotation; a named source cites wherever it stands, unless the sentence
    // looks ahead ("the summit will open (Geneva, May 26)")
    if (!quoted && (name === undefined || AHEAD.test(sentenceBefore(text, m.start - before.length + opening)))) continue;
    moveBack(m, refDay);
  }
}

/** Moves the day's value (a day after `refDay`) back to the last such day on or before it. */
export function moveBack(m: DateMention, refDay: string): void {
  const value = m.value!;
  const year = +value.slice(0, 4), month = +value.slice(5, 7), day = +value.slice(8, 10);
  for (let y = year - 1; y >= year - 8; y--) {
    if (!isValidDay(y, month, day)) continue;
    const past = formatDay({ year: y, month, day });
    if (past <= refDay) { m.value = past; break; }
  }
}

/** The words of the sentence before `at` (back to its last full stop or line break, at most 200 characters). */
function sentenceBefore(text: string, at: number): string {
  const from = Math.max(0, at - 200);
  const chunk = text.slice(from, at);
  const stop = Math.max(chunk.lastIndexOf('. '), chunk.lastIndexOf('\n'));
  return stop >= 0 ? chunk.slice(stop + 1) : chunk;
}
