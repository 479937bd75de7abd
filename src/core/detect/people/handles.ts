// Esports news writes a player's handle inside the name, in double quotation marks: "Adam “friberg” Friberg",
// "Nicolai “device” Reedtz", "Dzhami “Jame” Ali". Such a handle may be lower-case, which no nickname is, and the given
// name before it is often one no list knows. (A handle holding figures, "s1mple", is left: the tokens split it.)
import type { WordClass } from './classify';
import type { Token } from './tokenize';
import type { PeopleLexicon } from '../lexicon';
import { lazyPattern } from '../../text/lazyPattern';

/** A handle between a name's words: one word of letters in any case, in double quotation marks. */
export const HANDLE = lazyPattern(() => /^ ["“][\p{L}_-]{2,16}["”] $/u);
const OF_BEFORE = /\bof $/i;
const HANDLE_THEN_NAME = lazyPattern(() => /^ ["“][\p{L}_-]{2,16}["”] \p{Lu}/u);

/** Makes a given name of a word no list knows right before a handle and a capitalised word ("Dauren" above). */
export function givenNamesBeforeHandles(text: string, tokens: readonly Token[], classes: WordClass[], lex: PeopleLexicon): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const end = tokens[i].end;
    // (the cheap test first: a space and an opening quotation mark after the word)
    if (classes[i] !== 'unknown' || text.charCodeAt(end) !== 32) continue;
    // (not a title's last word: "Master of Ceremonies “Dollar” Bill Lawson")
    if (OF_BEFORE.test(text.slice(Math.max(0, tokens[i].start - 4), tokens[i].start))) continue;
    const c = text.charCodeAt(end + 1);
    const m = c === 0x201c || c === 34 ? HANDLE_THEN_NAME().exec(text.slice(end, end + 24)) : null;
    if (!m) continue;
    // (the surname's token: the handle's word is one too where it is capitalised)
    let j = i + 1;
    while (j < tokens.length && tokens[j].start < end + m[0].length - 1) j++;
    if (j < tokens.length && surnameAfterHandle(tokens[j].lower, lex)) classes[i] = 'given';
  }
}

/** Whether the word after a handle may be a surname: no word of the language, place or weekday ('Kessler "won" Ohio',
 *  'said "no" Tuesday' hold no handle). */
export function surnameAfterHandle(w: string, lex: PeopleLexicon): boolean {
  return !(lex.commonWords.has(w) || lex.places.has(w) || lex.skippedWords.has(w));
}
