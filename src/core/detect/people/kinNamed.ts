// Relatives named only to place the story's person in a family. Obituaries and tributes name the deceased first and
// then the family, who often share the surname: "Tomas Brandvik, 81, died on Monday. He was the son of the late Olaf
// Brandvik and Ingrid Brandvik. A graduate of Hamar college, Brandvik taught for 40 years." The bare "Brandvik" after
// the parents is the deceased, not the last full name written. Two ways of naming a relative say that the name is
// background to the person, not a new actor:
//   - a kinship noun and "of" before it: "son of the late Olaf Brandvik and Ingrid Brandvik", "father of the club's
//     captain Erik Brandvik";
//   - a possessive and a kinship noun set off after it: "Olaf Brandvik, Tomas's father, said", "Ingrid Brandvik, his
//     sister-in-law, said".
// ("Brandvik's brother, Erik Brandvik, was cleared", the kinship noun before the name with a comma, brings the
// relative into the story as an actor of his own: a bare surname near it may be his, and is left to the nearest name.)

import { lazyPattern } from '../../text/lazyPattern';

/** Kinship nouns, singular and plural, with "grand-", "great-", "step-" and "-in-law" forms. */
export const KIN = String.raw`(?:great-)?(?:grand|step)?(?:father|mother|son|daughter|brother|sister|parent|child|children|nephew|niece|uncle|aunt|cousin|husband|wife|widow|widower)s?(?:-in-law)?`;

/** "… son of the late ", "father of current state Senate majority leader ", "son of the late A B Jr. and ": the kinship
 *  noun and "of", then up to eight words with no comma or full stop between words (the "." of "Jr." is kept). */
const KIN_OF_BEFORE = lazyPattern(() => new RegExp(String.raw`(?:^|[^\p{L}-])${KIN}[ \t]+of[ \t]+(?:[\p{L}'’.-]+[ \t]+){0,8}$`, 'iu'));

/**
 * KIN_OF_BEFORE's kinship noun and "of", in small letters and without letter classes, tried on the text lower-cased
 * first: a case-blind Unicode pattern's letter classes cost some 0.7 ms to compile ("ſ" is the one character its
 * flags fold to a letter of it that lower-casing leaves).
 */
const KIN_OF = new RegExp(String.raw`${KIN}[ \t]+of[ \t]|ſ`);
/** A kinship noun alone in small letters, as KIN_OF is to KIN_OF_BEFORE (tried on lower-cased text). */
export const KIN_ALONE = new RegExp(String.raw`(?:^|[^a-z-])${KIN}(?![a-z-])|ſ`);

/** ", his father,", ", Tomas's sister-in-law said": a possessive and a kinship noun set off after the name. */
const KIN_AFTER = lazyPattern(() => new RegExp(String.raw`^,[ \t]+(?:his|her|their|\p{Lu}[\p{L}'’-]*['’]s?)[ \t]+(?:(?:late|older|younger|elder|eldest|twin|only)[ \t]+)?${KIN}(?![\p{L}-])`, 'u'));

/** KIN_AFTER with its possessive's name and its adjective read as any words: tried first (its letter classes cost some
 *  0.4 ms). The possessive kept ("his", "her", "their" or a word ending on its apostrophe and "s"): with any first word,
 *  ", Jim Brady's wife" compiled it for nothing. */
const KIN_AFTER_SHAPE = new RegExp(String.raw`^,[ \t]+(?:his|her|their|\S*['’]s?)[ \t]+(?:\S+[ \t]+)?${KIN}`);

/**
 * Whether the full name from `start` to `end` is named as a relative of the story's person (see above). Called only
 * for names whose surname another full name shares.
 */
export function namedAsRelative(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) === 44 /* , */) {
    const after = text.slice(end, end + 48);
    if (KIN_AFTER_SHAPE.test(after) && KIN_AFTER().test(after)) return true;
  }
  // (the cheap test first: "of" or a name's word ending the look-behind is needed either way)
  const before = text.slice(Math.max(0, start - 90), start);
  return / of /i.test(before) && KIN_OF.test(before.toLowerCase()) && KIN_OF_BEFORE().test(before);
}

/** Whether a sentence ends between `from` and `to`: a full stop, "!" or "?" (a quotation mark may close it) and a
 *  space, or a line break. */
export function sentenceBetween(text: string, from: number, to: number): boolean {
  const lineBreak = text.indexOf('\n', from);
  if (lineBreak !== -1 && lineBreak < to) return true;
  return /[.!?]["”’)]?\s/.test(text.slice(from, to));
}
