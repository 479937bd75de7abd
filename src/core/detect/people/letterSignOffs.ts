// A letter to the editor ends on its writer's line: "T Marsh, Quarry Lane, Eastholme", "Dr R J Pike, Mill Grange,
// Oxley", "From: Ann Vell, Hill Road, Stowe.", "— JO BELL". The line's layout says who the person is where no word list
// knows a surname written after an initial without its full stop; the parts after the name are the writer's address,
// a street and a town, no one's name. Some pages set the name and the address on lines of their own ("M Robbins" over
// "Lowes Hill", "Mr A. Husband" over "Lawrence Street", "T Short" over "Address supplied"): there the name's initials,
// and the address line under it closing the letter, say the same.
import type { PersonMention } from '../spans';
import type { PeopleLexicon } from '../lexicon';
import { lazyPattern } from '../../text/lazyPattern';

/** Longest line read as a sign-off. */
const MAX_LINE = 90;

/**
 * The writer's line: a title perhaps, then initials without full stops ("T", "M W", "CP") or a given name, perhaps a
 * middle initial, and a surname; then one to three parts of an address, each one to four capitalised words; a full stop
 * may end it. Or a dash and a name of two or three words in capitals.
 */
const SIGN_OFF = lazyPattern(() => /^(?:From:[ \t]*)?((?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Rev|Cllr)\.? )?(?:\p{Lu}{1,2}(?: \p{Lu})?|\p{Lu}\p{Ll}+(?: \p{Lu}\.?)?) \p{Lu}\p{Ll}*(?:['’-]\p{Lu}?\p{Ll}+)*)((?:,[ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]\p{Lu}[\p{L}'’.-]*){0,3}){1,3})\.?[ \t]*$/u);
const SIGN_OFF_IN_CAPITALS = lazyPattern(() => /^[—–-][ \t]*(\p{Lu}{2,}(?:[ \t]\p{Lu}\.?)?(?:[ \t]\p{Lu}[\p{Lu}'’-]+){1,2})[ \t]*$/u);
/** How TWO_LINES opens: a title perhaps, then an initial and a blank, a second initial or a full stop. */
const NAME_LINE_OPENING = /^(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Rev|Cllr)\.? )?[A-Z](?:[A-Z]? |\.)/;
/**
 * A name of its own line (initials, with or without full stops, a title perhaps, and a surname) over its address line,
 * on the next line or the one after a blank, which closes the letter: one to three parts of capitalised words, or a
 * note that the address was given.
 */
const TWO_LINES = /^((?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Rev|Cllr)\.? )?(?:[A-Z]{1,2}(?: [A-Z])?|[A-Z]\.(?: ?[A-Z]\.){0,2}) ([A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*))[ \t]*\n(?:[ \t]*\n)?([A-Z][\w'’.-]*(?:,? [A-Z][\w'’.-]*){0,5}|(?:Name and )?[Aa]ddress (?:supplied|withheld))\.?[ \t]*(?:\n[ \t]*\n|\s*$)/;

/** A word in small letters after a blank, which no line SIGN_OFF matches has (each of its words opens with a capital). */
const LOWER_AFTER_BLANK = /[ \t][a-z]/;

/** Whether the line at `start`..`end` stands alone: a blank line or the text's edge on each side. */
function standsAlone(text: string, start: number, end: number): boolean {
  return (start === 0 || /(?:^|\n)[ \t]*\n$/.test(text.slice(Math.max(0, start - 8), start)))
    && (end === text.length || /^\n[ \t]*(?:\n|$)/.test(text.slice(end, end + 8)) || /^\s*$/.test(text.slice(end, end + 200)) && end + 200 >= text.length);
}

/**
 * The sign-off of a name line over its address line (see TWO_LINES) at `start`: where the name and the address end, or
 * undefined. The surname must be no word of a thing ("AP Photo" over "Getty Images"), and one that is a word of the
 * language ("Short", "Husband") stands only over a plain address.
 */
function twoLineSignOff(text: string, start: number, lex: PeopleLexicon): { nameEnd: number; addressEnd: number } | undefined {
  if (start > 0 && !/\n[ \t]*\n$/.test(text.slice(Math.max(0, start - 8), start))) return undefined;
  const m = TWO_LINES.exec(text.slice(start, start + 160));
  const surname = m?.[2].toLowerCase() ?? '';
  if (!m || lex.nonPersonWords.has(surname) || lex.neverNames.has(surname) || lex.places.has(surname) || lex.organisations.has(surname)
    || (!lex.surnames.has(surname) && lex.commonWords.has(surname) && !ADDRESS_WORD().test(m[3]) && !/ddress /.test(m[3]))) return undefined;
  return { nameEnd: start + m[1].length, addressEnd: start + m[0].indexOf(m[3]) + m[3].length };
}

/** Whether the name's first word says a person: a title, initials, or a given name the lists hold. */
function opensAsPerson(name: string, lex: PeopleLexicon): boolean {
  const first = /^[\p{L}]+/u.exec(name)?.[0] ?? '';
  return TITLE.test(first) || /^\p{Lu}{1,2}$/u.test(first) || (lex.givenNames.has(first.toLowerCase()) && !lex.places.has(first.toLowerCase()));
}
const TITLE = /^(?:Dr|Mr|Mrs|Ms|Miss|Prof|Rev|Cllr)$/;
/** The last words of streets' and houses' names in an address. */
const ADDRESS_WORD = lazyPattern(() => /\b(?:Road|Street|Lane|Grange|Terrace|Grove|Drive|Avenue|Close|Way|Crescent|Place|Court|Gardens|Common|Hill|Park|Green|Row|Walk|Square|Farm|Cottage|House|Mews|Rise|View)$/);

/**
 * Adds the writer of each letter's sign-off line (as written, each its own person), and drops what the line's address
 * parts were taken for ("Mill Grange"). Only lines of a paragraph of their own are read: a list of names in a sentence,
 * or a line of a table, goes on.
 */
export function letterSignOffs(text: string, mentions: PersonMention[], lex: PeopleLexicon): PersonMention[] {
  // (most articles have no line of this shape: a sign-off is short and has a comma or opens on a dash)
  let added: PersonMention[] | undefined;
  const dropped = new Set<PersonMention>();
  /** Adds the writer named at `nameStart`..`nameEnd` and drops what the address up to `addressEnd` was taken for. */
  const signOff = (nameStart: number, nameEnd: number, addressEnd: number) => {
    // (a street's or a house's word says an address part: "Ana Ruiz, Kenji Morita" lists two people)
    for (const p of mentions) if (p.start >= nameEnd && p.end <= addressEnd && ADDRESS_WORD().test(p.text)) dropped.add(p);
    if (!mentions.some(p => p.start < nameEnd && p.end > nameStart)) {
      const name = text.slice(nameStart, nameEnd).replace(/^(?:Dr|Mr|Mrs|Ms|Miss|Prof|Rev|Cllr)\.? /, '');
      const at = nameEnd - name.length;
      (added ??= []).push({ start: at, end: nameEnd, text: name, entity: /\p{Ll}/u.test(name) ? name : titleCase(name) });
    }
  };
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const length = end - start;
    if (length > 4 && length <= MAX_LINE) {
      const line = text.slice(start, end);
      const first = line.charCodeAt(0);
      // (a dash opening the line sets it apart as well as a blank line before it does)
      const dash = first === 0x2014 || first === 0x2013 || first === 45;
      // (and both patterns open on a capital, or on that dash: an ASCII character that is neither rules them out)
      const capital = first >= 128 || (first >= 65 && first <= 90);
      if ((capital || dash) && (line.includes(',') || dash) && standsAlone(text, dash ? 0 : start, end)) {
        // (each pattern tried only where it may match: both are dear to compile, and a megabyte of news has no sign-off)
        const m = (LOWER_AFTER_BLANK.test(line) ? null : SIGN_OFF().exec(line)) ?? (dash ? SIGN_OFF_IN_CAPITALS().exec(line) : null);
        if (m && (m[2] === undefined || opensAsPerson(m[1], lex))) {
          const nameStart = start + m.index + m[0].indexOf(m[1]);
          signOff(nameStart, nameStart + m[1].length, start + line.replace(/[ \t.]+$/, '').length);
        }
      } else if (capital && length <= 40 && !line.includes(',') && NAME_LINE_OPENING.test(line)) {
        const two = twoLineSignOff(text, start, lex);
        if (two) signOff(start, two.nameEnd, two.addressEnd);
      }
    }
    start = end + 1;
  }
  if (!added && dropped.size === 0) return mentions;
  const out = mentions.filter(p => !dropped.has(p)).concat(added ?? []);
  return out.sort((a, b) => a.start - b.start);
}

/** "BILL MEYER" → "Bill Meyer". */
function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[ '’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
