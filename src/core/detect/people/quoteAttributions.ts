// A quotation's speaker written after a dash: "\"We will win the county.\" - Dana Holt, the night before the vote",
// "\"It is a three-way race, I should say\" -- Rhys Vane". The layout says who speaks where no list knows the given
// name; the speaker is a person, a source's name ("— The Daily Ledger", "— BBC News") is not read here.
import type { PersonMention } from '../spans';
import { peopleLexicon, type PeopleLexicon } from '../lexicon';
import { lazyPattern } from '../../text/lazyPattern';
import { wordSet } from '../../text/wordList';

/** A closing quotation mark, perhaps a comma or a stop, and a dash before a capital (no Unicode class: tried on the text). */
const QUOTE_DASH = /["”][,.]?[ \t]*(?:--?|–|—)[ \t]*(?=[A-Z])/g;
/** Two or three capitalised words (a middle initial perhaps) ending the line, or before ", " and a word in lower case. */
const SPEAKER = lazyPattern(() => /^(\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\.)?(?:[ \t]\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?){1,2})(?=[ \t]*(?:\r?\n|$)|,[ \t]+\p{Ll})/u);
/** Words that open no person's name. */
const NOT_FIRST = wordSet('the a an from via source photo image credit');

/**
 * Adds the speaker after each quotation closed by a dash, where the quotation is one (five words or more, or ending in
 * its own punctuation: not a work's title in a list, "\"Blue Hour\" - Lena Vale") and no mention holds the words yet.
 * Cost: one search of the text for a quotation mark before a dash.
 */
export function quoteAttributions(text: string, mentions: PersonMention[], lex: PeopleLexicon): PersonMention[] {
  let added: PersonMention[] | undefined;
  QUOTE_DASH.lastIndex = 0;
  for (let m = QUOTE_DASH.exec(text); m !== null; m = QUOTE_DASH.exec(text)) {
    const at = m.index + m[0].length;
    const ahead = text.slice(at, at + 60);
    // (two words that open with a capital, an ASCII one or any beyond ASCII, tested first: SPEAKER is dear to compile)
    const speaker = /^(?:[A-Z]|[\u0080-\uffff])\S*[ \t](?:[A-Z]|[\u0080-\uffff])/.test(ahead) ? SPEAKER().exec(ahead) : null;
    if (speaker === null || !quotation(text, m.index)) continue;
    const name = speaker[1];
    const words = name.toLowerCase().split(/[ \t]+/);
    if (NOT_FIRST.has(words[0]) || peopleLexicon().sourceWords.has(words[words.length - 1]) || words.some(w => lex.places.has(w) || lex.corporateWords.has(w))
      || lex.organisations.has(words.join(' '))) continue;
    const end = at + name.length;
    if (mentions.some(p => p.start < end && p.end > at)) continue;
    (added ??= []).push({ start: at, end, text: name, entity: name.replace(/[ \t]+/g, ' ') });
  }
  if (added === undefined) return mentions;
  return mentions.concat(added).sort((a, b) => a.start - b.start);
}

/** Whether the quotation closed at `close` is one: its opening mark on the same line, and five words or more in it or
 *  its own punctuation at its end. */
function quotation(text: string, close: number): boolean {
  const closer = text[close];
  const lineStart = text.lastIndexOf('\n', close) + 1;
  const open = closer === '”' ? text.lastIndexOf('“', close) : text.lastIndexOf('"', close - 1);
  if (open < lineStart || close - open < 3) return false;
  const inside = text.slice(open + 1, close).trim();
  if (/[.!?,]$/.test(inside)) return true;
  let spaces = 0;
  for (let k = inside.indexOf(' '); k >= 0 && spaces < 4; k = inside.indexOf(' ', k + 1)) spaces++;
  return spaces >= 4;
}
