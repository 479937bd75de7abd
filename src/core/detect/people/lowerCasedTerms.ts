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
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    const after = text.charCodeAt(at + lower.length);
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    // (a whole word each side: "Brent crude" but not "Brent crudely" or "EBrent crude")
    if (!letterCode(after) && !letterCode(before)) return true;
  }
  return false;
}

/** Whether a UTF-16 code unit is a letter of ASCII or any character past ASCII (a word goes on). */
function letterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}
