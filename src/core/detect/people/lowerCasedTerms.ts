/** A name-shaped pair of words that the article also writes with its second word in small letters: a term, no person. */
import type { Token } from './tokenize';
import type { WordClass } from './classify';

/**
 * "Brent Crude prices" beside "Brent crude futures", "Rose Gold" beside "rose gold": two capitalised words, the second
 * a word of the language, that the same article writes elsewhere as the first word and the second in small letters
 * are a term (a commodity, a colour, a grade), not a given name and a surname; a person's name keeps its capitals.
 */
export function termWrittenLower(text: string, tokens: readonly Token[], classes: readonly WordClass[], first: number, last: number): boolean {
  if (last !== first + 1 || classes[last] !== 'common' || tokens[last].shape !== 'capitalised' || tokens[first].possessive) return false;
  const lower = `${tokens[first].text} ${tokens[last].lower}`;
  // (a whole word each side: "Brent crude" but not "Brent crudely")
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    if (!WORD_GOES_ON.test(text.charAt(at + lower.length)) && !WORD_GOES_ON.test(text.charAt(at - 1))) return true;
  }
  return false;
}

/** Whether the article writes `lower` (a word in small letters) as a whole word somewhere. */
export function wordWrittenLower(text: string, lower: string): boolean {
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    if (!WORD_GOES_ON.test(text.charAt(at + lower.length)) && !WORD_GOES_ON.test(text.charAt(at - 1))) return true;
  }
  return false;
}

/** A letter of ASCII or any character past ASCII: a word goes on there. */
const WORD_GOES_ON = /[A-Za-z\u0080-\uffff]/;
