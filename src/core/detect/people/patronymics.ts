// Malay, Bruneian and Arabic names joined by "son of" or "daughter of" written in lower case: "Yahya bin Haji Idris",
// "Nur Aisyah binti Mohd Yusof", "Emaleen bte Abdul Rahman", "Abdullah ibn Saud". The particle between two capitalised
// words is evidence of a person's name by itself (no firm or place is so named), whatever words no list knows and
// whatever honorifics ("Haji", the father's "Dato") stand around it; "Bin Laden" written with its capital is a surname
// and is left to the other rules.
import type { Token } from './tokenize';
import type { WordClass } from './classify';
import { lazyPattern } from '../../text/lazyPattern';
import { wordSet } from '../../text/wordList';

/** "son of", "daughter of": "bin", "ibn", "bint", Malay "binti", Singapore's "binte" and its short form "bte". */
export const PATRONYMIC_PARTICLES = wordSet('bin ibn bint binti binte bte');

/** Whether a particle of descent, in lower case, stands between capitalised words of `first`..`last`. */
export function patronymicInside(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first + 1; k < last; k++) {
    if (tokens[k].shape === 'lower' && PATRONYMIC_PARTICLES.has(tokens[k].text)) return true;
  }
  return false;
}

const NAME_CLASSES = new Set<WordClass>(['unknown', 'surname', 'given', 'particle', 'initial']);

/**
 * Whether `first`..`last` is a name of descent: a particle between capitalised words, every word one a name has, or
 * after the particle a title the father bears ("Mutalib bin Dato Haji Yussof"; the name's last word is no title).
 */
export function nameOfDescent(tokens: readonly Token[], classes: readonly WordClass[], first: number, last: number): boolean {
  let particle = -1;
  for (let k = first; k <= last; k++) {
    const c = classes[k];
    if (particle < 0 && k > first && k < last && tokens[k].shape === 'lower' && PATRONYMIC_PARTICLES.has(tokens[k].text)) particle = k;
    else if (!NAME_CLASSES.has(c) && !(c === 'title' && particle >= 0 && k < last)) return false;
  }
  return particle >= 0;
}

/**
 * "Hamzah bin Haji Sulaiman (Economy and Finance)", "Suriyah binti Haji Umar*": a line that is one name of descent
 * (and the brief or note a list puts after it) is an entry of a list of officials, no headline in title case.
 */
export function patronymicNameLine(line: string): boolean {
  return line.length <= 120 && (line.includes(' bin') || line.includes(' bt') || line.includes(' ibn ')) && NAME_LINE().test(line);
}
/** A line of two to seven capitalised words (a brief in brackets or a note's asterisk after them) and nothing else. */
export function nameOnlyLine(line: string): boolean {
  return line.length <= 120 && NAME_ONLY_LINE().test(line);
}
const WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const NAME_LINE = lazyPattern(() => new RegExp(String.raw`^[ \t]*${WORD}(?:[ \t]+${WORD}){0,5}(?:[ \t]+(?:bin|binti|binte|bte|bint|ibn)(?:[ \t]+${WORD}){1,5}){1,3}[ \t]*\*?(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*\*?[ \t]*$`, 'u'));
const NAME_ONLY_LINE = lazyPattern(() => new RegExp(String.raw`^[ \t]*${WORD}(?:[ \t]+${WORD}){1,6}[ \t]*\*?(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*\*?[ \t]*$`, 'u'));
