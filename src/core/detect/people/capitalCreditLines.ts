// A writer's or a signer's name in capitals on a line of its own, told as a person by the credit beside it.
//
// Bylines set in capitals without "By" ("MIRA QUELL" over "THE ASSOCIATED PRESS", "MIRA QUELL, Reuters") and a
// minutes' signature block ("TOM HALE, MAYOR", "ANA M. RUIZ, CITY CLERK") name people no other line of the article
// writes in ordinary case, so namesInCapitals, which needs one, misses them. Capitals alone say nothing of a name
// (most lines in capitals are headings: "REGULAR SESSION", "LATEST NEWS"), so the line must open with a given name the
// lists hold and end with a newsroom's, an agency's or an office's word, on it after a comma or on the next line.
import type { PersonMention } from '../spans';
import type { PeopleLexicon } from '../lexicon';
import { lazyPattern } from '../../text/lazyPattern';
import { NEWSROOM, titleCase } from './capitals';

/**
 * A line of a name in capitals: an optional title ("SENATOR"), two to four words with initials ("ANA M. RUIZ"), then the
 * line's end or a comma and a short tail ("…, Reuters", "…, CITY CLERK", "…, ESQ., Secretary").
 */
const NAME_LINE = lazyPattern(() => /^[ \t]*(?:(\p{Lu}{2,})[ \t]+)?(\p{Lu}[\p{Lu}'’-]*\p{Lu}(?:[ \t](?:\p{Lu}\.|\p{Lu}[\p{Lu}'’-]*\p{Lu})){1,3})(?:,[ \t]*([\p{L}.,& \t-]{2,40}?))?[ \t]*$/u);

/**
 * The last word of a credit or an office: a newsroom's ("Staff Writer"), an agency's ("Associated Press", "Reuters"), a
 * role's or a title's ("Correspondent", "MAYOR"), or a minutes' clerk's.
 */
function creditWord(w: string, lex: PeopleLexicon): boolean {
  return NEWSROOM.has(w) || w === 'press' || w === 'clerk' || lex.neverNames.has(w) || lex.roleNouns.has(w) || lex.titles.has(w);
}

/**
 * The people named in capitals on a line of their own beside a credit, added to `found` (sorted by start) where no
 * mention stands there already. The cheap test first: a line that opens with two capitals A-Z.
 */
export function capitalCreditNames(text: string, found: readonly PersonMention[], lex: PeopleLexicon): PersonMention[] | undefined {
  let added: PersonMention[] | undefined;
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start <= 80 && capitalAt(text, start) && capitalAt(text, start + 1)) {
      const name = creditName(text, start, end, lex);
      if (name) (added ??= []).push(name);
    }
    start = end + 1;
  }
  if (!added) return undefined;
  return [...found, ...added.filter(a => !found.some(m => m.start < a.end && a.start < m.end))].sort((a, b) => a.start - b.start);
}

function capitalAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90;
}

function creditName(text: string, start: number, end: number, lex: PeopleLexicon): PersonMention | undefined {
  const line = text.slice(start, end).replace(/\r$/, '');
  const m = NAME_LINE().exec(line);
  if (!m) return undefined;
  const title = m[1]?.toLowerCase();
  if (title !== undefined && !lex.titles.has(title)) return undefined;
  const words = m[2].split(/[ \t]/);
  const lower = words.map(w => w.toLowerCase().replace(/\.$/, ''));
  // (a given name first, and no word a list holds as anything but a name: "NEW YORK", "LATEST NEWS", "CITY HALL")
  if (!lex.givenNames.has(lower[0]) || lower[lower.length - 1].length < 2) return undefined;
  for (const w of lower) {
    if (w.length > 1 && (lex.neverNames.has(w) || lex.titles.has(w) || lex.roleNouns.has(w) || lex.corporateWords.has(w)
      || lex.nonPersonWords.has(w) || lex.organisations.has(w) || lex.demonyms.has(w) || lex.places.has(w)
      || NEWSROOM.has(w) || (lex.commonWords.has(w) && !lex.surnames.has(w) && !lex.givenNames.has(w)))) return undefined;
  }
  const credit = creditTail(m[3] ?? lineAfter(text, end), lex);
  if (!credit) return undefined;
  const at = start + m.index + m[0].indexOf(m[2], m[1] ? m[1].length : 0);
  return { start: at, end: at + m[2].length, text: m[2], entity: titleCase(words) };
}

/** Whether the words after the name's comma, or of the line after it, are a credit or an office: their last word one. */
function creditTail(tail: string, lex: PeopleLexicon): boolean {
  const words = tail.toLowerCase().split(/[\s.,]+/).filter(w => w !== '');
  return words.length > 0 && words.length <= 4 && tail.length <= 40 && !/\d/.test(tail) && creditWord(words[words.length - 1], lex);
}

/** The next line with words (after one blank line at most), '' where there is none. */
function lineAfter(text: string, end: number): string {
  let from = end + 1;
  for (let blank = 0; blank < 2 && from < text.length; blank++) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to).trim();
    if (line !== '') return line;
    from = to + 1;
  }
  return '';
}
