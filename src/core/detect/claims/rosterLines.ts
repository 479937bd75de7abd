// Lines of a team sheet, a table or a forecast that say nothing an editor checks: a numbered line-up cut into units at each
// shirt number ("1. Ada Marsh 2. Tui Fale 3. …" gives "Tui Fale 3."), a label over a number ("Reserves: 16.", "Low:
// 55."), a table's row of names and shirt numbers ("| Ada Marsh | 15 | 22 | Ivo Rook |"), and a list's entry of a person
// by age and home town ("Ada Marsh, 31, of Elmford, Vt."), as a list of victims or candidates gives them.
import { lazyPattern } from '../../text/lazyPattern';

/** One to four capitalised words (a name, a side, a label), then the next entry's number and its dot (not a list's
 *  item of a thing: "The Harbour Trust 6."). */
const NUMBERED_ENTRY = lazyPattern(() => /^(?!The\s)(?:\p{Lu}[\p{L}'’.-]*[ \t]+){0,3}\p{Lu}[\p{L}'’.-]*[,:]?[ \t]+\d{1,2}\.$/u);

/** NUMBERED_ENTRY with each word's capital as any character from A to Z or beyond ASCII (a surrogate half too) and its
 *  other letters as any but a blank: what every one holds ("We used to have 18." does not, and compiled it). */
const NUMBERED_ENTRY_SHAPE = /^(?:[A-Z\u0080-\uffff]\S*[ \t]+){0,3}[A-Z\u0080-\uffff]\S*[ \t]+\d{1,2}\.$/;

/** A name of two capitalised words: a player's. */
const TWO_NAMES = lazyPattern(() => /\p{Lu}\p{Ll}+[ \t]+\p{Lu}/u);

/** A lower-case word: a table's cell of prose. */
const LOWER_WORD = lazyPattern(() => /(?:^|[\s(])\p{Ll}{2,}/u);

/** A person's name, age and home town, and nothing else: "Ada Marsh, 31, of Elmford, Vt.", "Jo Bell, 4, of Lyme". */
const PERSON_ENTRY = lazyPattern(() => /^(?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,4}\p{Lu}[\p{L}'’.-]*,?[ \t]+\d{1,3},[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3}(?:,[ \t]*\p{Lu}[\p{L}.]*(?:[ \t]\p{Lu}[\p{L}.]*){0,2})?\.?$/u);
/** PERSON_ENTRY up to its "of", each capital any character from A to Z or beyond ASCII and each word's other letters any
 *  but a blank: what every match holds, tested first (the pattern's letter classes cost some 1.9 ms to compile, and
 *  ordinary sentences hold ", of "). */
const PERSON_ENTRY_SHAPE = /^(?:[A-Z\u0080-\uffff]\S*[ \t]+){1,4}[A-Z\u0080-\uffff]\S*[ \t]+\d{1,3},[ \t]+of[ \t]/;
const PERSON_ENTRY_LENGTH = 90;

/** Whether a unit is an entry of a numbered line-up or a table's row of names and shirt numbers. */
export function isRosterLine(bare: string): boolean {
  const text = bare.trim();
  if (text.charCodeAt(0) === 124 /* | */) {
    const cells = text.split('|').filter(c => c.trim() !== '');
    // (shirt numbers beside names; a row of money, shares or counts is the table's claim: "| Buildings | $41m | +9.8% |")
    return cells.length >= 3 && cells.some(c => /\d/.test(c)) && cells.every(c => !/\d/.test(c) || /^\s*\d{1,2}\s*$/.test(c))
      && cells.some(c => TWO_NAMES().test(c)) && !cells.some(c => LOWER_WORD().test(c));
  }
  if (text.length <= PERSON_ENTRY_LENGTH && text.includes(', of ')) {
    const entry = text.replace(/^[-*+•][ \t]+/, '');
    if (PERSON_ENTRY_SHAPE.test(entry) && PERSON_ENTRY().test(entry)) return true;
  }
  // (its figure and full stop first: the pattern's letter classes cost some 0.5 ms to compile)
  return text.length <= 48 && text.endsWith('.') && NUMBERED_ENTRY_SHAPE.test(text) && NUMBERED_ENTRY().test(text);
}
