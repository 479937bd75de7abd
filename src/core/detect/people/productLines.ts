// Product lines named like people: "the Galaxy Z Fold5", "the Moto G", "an Orion S4". A word the article writes right
// before a model's code (a capital letter and figures, "S4", "A52", or one capital letter after "the": "the Moto G") is the
// line's name, and a name opened by it is the line's product or event ("the Galaxy Unpacked event", "Moto G"), not a
// person: no one's surname is a model code. One pass over the article, only where a capital letter stands before a
// figure or alone.

import { matchesStartingAt } from '../../text/cuedMatches';
import { lazyPattern } from '../../text/lazyPattern';

/**
 * A capitalised word, then a model code: one capital letter and figures ("S4", "A52", "EV600"); or one capital letter
 * before a model's name with a figure ("Galaxy Z Fold5"); or one capital letter after "the", "a", "an" or "its" ("the
 * Moto G"), not before a capitalised word ("the Harry S Truman Library" keeps his initial). A reference list's "Patel R,
 * Lindgren S" has no determiner before the surname.
 */
const BEFORE_MODEL_CODE = lazyPattern(() => /(?<![\p{L}\d'’.-])(?:(?<=(?:^|[^\p{L}])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)[ \t]{1,2})(\p{Lu}\p{Ll}+)[ \t]{1,2}\p{Lu}(?![\p{L}\d'’.-])(?![ \t]{1,2}\p{Lu}\p{Ll}*(?![\p{L}\d]))|(\p{Lu}\p{Ll}+)[ \t]{1,2}(?:\p{Lu}{1,2}\d{1,4}\p{Ll}?|\p{Lu}(?=[ \t]{1,2}\p{Lu}\p{L}*\d))(?![\p{L}\d'’.-]))/ymu);

/**
 * Where a match of BEFORE_MODEL_CODE can begin: a capitalised word, a space or two and a capital letter that no small
 * letter follows, as each of its three ways opens. Written without the `u` flag, its letters as ranges that hold every
 * \p{Lu} or \p{Ll} (and more: a place tried in vain costs one try), so that a match is one character, the capital, and
 * no place is skipped. (The whole pattern, tried from every character with its look-behinds first, was two thirds of
 * this pass's cost; the same cue with \p{Lu} and \p{Ll} cost 1.5 ms a 50 KB article in a fresh process, this 0.1 ms.)
 * Then what each way needs after the capitalised word, in code units (\S for a letter, [^\s\d] for one or two of them):
 * after "the", "a", "an", "its" or "their", a capital no letter, figure, apostrophe, stop or hyphen follows; or capitals
 * and a figure; or a capital, a blank and a word with a figure. BEFORE_MODEL_CODE, its Unicode classes some 7 ms to
 * compile, is so tried only where it may match (no place of a megabyte of news, where "Year I" or "Street NW" stood
 * hundreds of times).
 */
const CAPITAL_AFTER_CAPITALISED = /[A-Z\u00c0-\u1fff\u2070-\uffff](?=[a-z\u00b5\u00c0-\u1fff\u2070-\uffff]+[ \t]{1,2}[A-Z\u00c0-\u1fff\u2070-\uffff](?![a-z]))(?:(?<=(?:^|[^A-Za-z])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)[ \t]{1,2}[\s\S])(?=\S*[ \t]{1,2}\S(?![A-Za-z\d'’.-]))|(?=\S*[ \t]{1,2}(?:[^\s\d]{1,4}\d|[^\s\d]{1,2}[ \t]{1,2}[^\s\d]+\d)))/g;

/** The words (lower case) the article writes right before a model's code. */
export function productLineWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of matchesStartingAt(text, CAPITAL_AFTER_CAPITALISED, BEFORE_MODEL_CODE)) words.add((m[1] ?? m[2]).toLowerCase());
  return words;
}
