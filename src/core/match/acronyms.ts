// Abbreviations read as the words they stand for, learnt from the verdicts themselves: a verdict that writes
// "the Office of Coastal Works (OCW)" or "the Northern Apiarists Guild" says what "OCW" and "NAG" mean to this
// desk, so a claim saying "NAG" meets the verdicts that spell it out. No table ships: the verdicts are the table.

import { isNegation, isStopWord } from './terms';
import { lazyPattern } from '../text/lazyPattern';

/** Words that may stand inside a name without giving it a letter ("Office of Coastal Works" is OCW or CW). */
const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'on', '&']);

/** Capitalised words that start a sentence rather than a name. */
const LEADING = new Set(['the', 'a', 'an', 'and', 'of', 'for', 'on']);

/** A run of capitalised words, connectors allowed inside ("Office of Coastal Works", "Board of Harbour Pilots"). */
const NAME_RUN = lazyPattern(() => /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|the|and|on|&)\s+)*\p{Lu}[\p{L}'’-]*)+/gu);
/** A name followed by its abbreviation in brackets: "Office of Coastal Works (OCW)". */
const SPELLED_OUT = lazyPattern(() => /((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for|the|and|on|&)\s+)*){1,7})\((\p{Lu}{2,6})\)/gu);

/** How an explicit "Name (ABBR)" counts against a name that merely has the right initials. */
const SPELLED_OUT_WEIGHT = 4;
/** Least evidence for reading an abbreviation: one explicit spelling out, or this many names with its initials. */
const LEAST_EVIDENCE = 3;
/** The best reading must have at least this share of the evidence for the abbreviation (it is no guess between two). */
const LEAST_SHARE = 0.6;

export interface Acronyms {
  /** The words an abbreviation ("nra", lower-case) stands for, as the verdicts write them, when they agree on one. */
  expand(abbreviation: string): string | undefined;
}

/** Initials of a name's words: with the connectors' letters and without ("Office of Coastal Works": "ocw" and "cw"). */
function initialsOf(words: readonly string[]): string[] {
  const all = words.map(w => w[0].toLowerCase()).join('');
  const capitals = words.filter(w => !CONNECTORS.has(w.toLowerCase())).map(w => w[0].toLowerCase()).join('');
  return all === capitals ? [all] : [all, capitals];
}

/** Collects the abbreviations a set of texts spells out. */
export function learnAcronyms(texts: Iterable<string>): Acronyms {
  const evidence = new Map<string, Map<string, number>>();
  const add = (abbreviation: string, name: string, weight: number) => {
    let names = evidence.get(abbreviation);
    if (!names) evidence.set(abbreviation, (names = new Map()));
    names.set(name, (names.get(name) ?? 0) + weight);
  };
  for (const text of texts) {
    for (const match of text.matchAll(SPELLED_OUT())) {
      const abbreviation = match[2].toLowerCase();
      const words = match[1].trim().split(/\s+/);
      // the name is the last words whose initials spell the abbreviation ("the Office of Coastal Works")
      for (let from = 0; from < words.length; from++) {
        const tail = words.slice(from);
        if (/^\p{Lu}/u.test(tail[0]) && !LEADING.has(tail[0].toLowerCase()) && initialsOf(tail).includes(abbreviation)) {
          add(abbreviation, tail.join(' ').toLowerCase(), SPELLED_OUT_WEIGHT);
          break;
        }
      }
    }
    // a headline capitalises (nearly) every word: its runs are no names ("Is This Video" is not what ITV stands for)
    const long = text.match(/[\p{L}]{4,}/gu) ?? [];
    if (long.filter(word => /^\p{Lu}/u.test(word)).length > 0.8 * long.length) continue;
    for (const match of text.matchAll(NAME_RUN())) {
      const words = match[0].split(/\s+/);
      // "The Northern Apiarists Guild" at the start of a sentence: the article is no part of the name
      while (words.length && LEADING.has(words[0].toLowerCase())) words.shift();
      if (words.length < 2 || words.length > 6) continue;
      for (const initials of initialsOf(words)) add(initials, words.join(' ').toLowerCase(), 1);
    }
  }
  const readings = new Map<string, string>();
  for (const [abbreviation, names] of evidence) {
    let total = 0;
    let best = '';
    let bestCount = 0;
    for (const [name, count] of names) {
      total += count;
      if (count > bestCount) [best, bestCount] = [name, count];
    }
    if (bestCount >= LEAST_EVIDENCE && bestCount >= LEAST_SHARE * total) readings.set(abbreviation, best);
  }
  return { expand: abbreviation => readings.get(abbreviation) };
}

/** Initials with dots, or capitals (group 1) with perhaps a plural or possessive ending, as a word of their own. */
const ABBREVIATION = lazyPattern(() => /(?<![\p{L}\p{N}'’.])(?:(?:\p{Lu}\.){2,4}|(\p{Lu}{2,6})(?:['’]?s)?(?![\p{L}\p{N}'’]))/gu);
/** A word in capitals just before or after: the abbreviation is a word of a shouted sentence. */
const SHOUTED_BEFORE = lazyPattern(() => /(?<![\p{L}\p{N}'’])\p{Lu}{2,}[\p{L}\p{N}'’]*[^\p{L}\p{N}'’]+$/u);
const SHOUTED_AFTER = lazyPattern(() => /^[^\p{L}\p{N}'’]+\p{Lu}{2,}/u);

/** Abbreviations as a text writes them, lower-case: initials with dots ("U.S." → "us"), or two to six capitals with
 *  perhaps a plural or possessive ending ("ATMs", "NAG's") that are no function word ("NO", "US") and stand beside no
 *  other word in capitals (a shouted sentence is no list of abbreviations). */
export function abbreviationsIn(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(ABBREVIATION())) {
    const capitals = match[1]?.toLowerCase();
    if (!capitals) out.push(match[0].replace(/\./g, '').toLowerCase());
    else if (!isStopWord(capitals) && !isNegation(capitals) && !SHOUTED_BEFORE().test(text.slice(Math.max(0, match.index - 40), match.index))
      && !SHOUTED_AFTER().test(text.slice(match.index + match[0].length, match.index + match[0].length + 40))) out.push(capitals);
  }
  return out;
}
