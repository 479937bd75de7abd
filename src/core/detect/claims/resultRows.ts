/** A results table's rows and a roll's entries, which state nothing an editor checks: "T-4.", "Ana Ruiz, Spain (Corvo), -2.822 seconds". */
// A race's or a tournament's results as pages print them, cut into units at each rank: a tie's rank alone ("T-4."), a
// competitor with a country, a team and a time, a gap or a score ("Ana Ruiz, Spain (Corvo), -2.822 seconds", "Tom
// Hale, -6", "Ivo Rook, Italy (Corvo), 27 laps, Total Race Time 42:05.426"), a row of a results table ("1 | Ana Ruiz |
// ESP | Corvo (C-20) | 42m 2.272s |"), and a roll's entry of a country or a rank and a name with its years ("Wales –
// Ian Dale (2006).", "3 – Tom Hale (1990, 1994)"). A sentence about the result has a verb ("Ruiz finished 2.8 seconds
// behind") and is scored as any other.
import { lazyPattern } from '../../text/lazyPattern';

/** A tie's or a place's rank alone: "T-4.", "T4", "=7.". */
const RANK_ALONE = /^(?:T-?|=)\d{1,3}\.?$/;

/** A competitor's name: one to five capitalised words, with a particle between ("Thomas De Gendt", "Ana de la Vega"). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|de|da|di|del|della|der|den|van|von|la|le|du|dos)){0,4}`;
/** What a roll's entry ends with after the name: its years in brackets, perhaps, and a full stop. */
const ROLL_YEARS = String.raw`(?:[ \t]+\((?:1[89]|20)\d\d(?:[-–]\d{2,4})?(?:,[ \t]*(?:1[89]|20)\d\d)*\))?\.?$`;
/** \p{Lu} and [\p{L}'’.-]* without letter classes, for a pattern's shape: a capital is an ASCII capital or any
 *  character past ASCII (a capital past U+FFFF is two, the second taken by the letters). */
const CAPITAL = String.raw`[A-Z\u0080-\uffff]`;
const LETTERS = String.raw`[A-Za-z\u0080-\uffff'’.-]*`;
const NAME_ALONE = lazyPattern(() => new RegExp(`^${NAME}$`, 'u'));

/** A country, a team or a car after the name: capitalised words, a bracket ("Italy (Ducati)", "(Ned/Jumbo-Visma)", "UK"). */
const AFFILIATION = lazyPattern(() => /^(?:\p{Lu}[\p{L}\p{N}'’.&/-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}'’.&/-]*){0,4}(?:[ \t]+\([^()]{1,30}\))?|\([^()]{1,30}\))$/u);

/** A time, a gap, a score to par or a count of laps: "42:05.426", "-2.822 seconds", "+2.217s", "-6", "27 laps", "34 hours"
 *  (not a bare count: "President Hale, 332." is the votes he won, a claim). */
const RESULT = /^(?:[+\-−]\d{1,3}(?:[:.]\d{1,3}){0,3}(?:[ \t]?(?:s|secs?|seconds?))?|\d{1,3}(?:[:.]\d{1,3}){1,3}(?:[ \t]?(?:s|secs?|seconds?))?|\d{1,3}[ \t]+(?:laps?|hours?|minutes?|seconds?))$/;

/** A result's label and figure: "Total Race Time 42:05.426". */
const LABELLED_RESULT = /^(?:[A-Z][a-z]*[ \t]+){1,3}\d{1,3}(?:[:.]\d{1,3}){1,3}$/;

/** What a results row says in lower case of how a run ended: "crash", "DNF, retired", "includes 1.1-second penalty". */
const HOW_IT_ENDED = /^(?:(?:crash|crashed|retired|dnf|dns|dsq|disqualified|penalty|includes|[\d.]+-second|not|out)(?:[ \t]+|$))+$/i;

/** Whether a unit is a competitor's row: a name, then what it raced for and the time, gap or score, and no verb. */
function competitorRow(text: string): boolean {
  const fields = text.replace(/\.$/, '').split(/,[ \t]+/);
  if (fields.length < 2 || fields.length > 6 || !NAME_ALONE().test(fields[0])) return false;
  let result = false;
  for (const field of fields.slice(1)) {
    if (RESULT.test(field) || LABELLED_RESULT.test(field)) result = true;
    else if (!(result ? HOW_IT_ENDED.test(field) : AFFILIATION().test(field))) return false;
  }
  return result;
}

/** A time or a gap in a table's cell: "42m 2.272s", "+2.217s", "1:14.572". */
const CELL_TIME = /^(?:\d{1,2}m[ \t]?\d{1,2}\.\d{1,3}s|[+-]\d{1,3}\.\d{1,3}s?|\d{1,2}:\d\d\.\d{1,3})$/;
/** A word of two lower-case letters or more outside brackets: a cell of prose. */
const PROSE_WORD = lazyPattern(() => /(?:^|[\s])\p{Ll}{2,}/u);
const TWO_NAMES = lazyPattern(() => /\p{Lu}\p{Ll}+[ \t]+\p{Lu}/u);

/** Whether a unit is a row of a results table: its rank first, a name, a time or a gap, and no prose. */
function tableRow(text: string): boolean {
  const cells = text.split('|').map(c => c.trim()).filter(c => c !== '');
  return cells.length >= 3 && /^\d{1,3}$/.test(cells[0]) && cells.some(c => CELL_TIME.test(c))
    && cells.some(c => TWO_NAMES().test(c)) && !cells.some(c => PROSE_WORD().test(c.replace(/\([^()]*\)/g, '')));
}

/** "Wales – Ian Dale (2006).", "3 – Tom Hale (1990, 1994)", "4 – Ada Marsh": a roll's entry, a country's or a rank's. */
const ROLL_ENTRY = lazyPattern(() => new RegExp(String.raw`^(?:\d{1,3}|\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2})[ \t]+[–—-][ \t]+${NAME}`
  + ROLL_YEARS, 'u'));
/** ROLL_ENTRY without its letter classes (dear to compile): a capital is an ASCII capital or any character past ASCII,
 *  a letter any of those or a small ASCII letter. Tested first. */
const ROLL_ENTRY_SHAPE = new RegExp(String.raw`^(?:\d{1,3}|${CAPITAL}${LETTERS}(?:[ \t]+${CAPITAL}${LETTERS}){0,2})[ \t]+[–—-][ \t]+`
  + String.raw`${CAPITAL}${LETTERS}(?:[ \t]+(?:${CAPITAL}${LETTERS}|de|da|di|del|della|der|den|van|von|la|le|du|dos)){0,4}` + ROLL_YEARS);

/** Whether a unit is a results table's row or a roll's entry (see the top of this file). */
export function isResultRow(bare: string): boolean {
  const text = bare.trim();
  if (text.length > 120) return false;
  const c = text.charCodeAt(0);
  if (c === 124 /* | */ || (c >= 48 && c <= 57 && text.includes('|'))) return tableRow(text);
  if (c === 84 /* T */ || c === 61 /* = */) { if (RANK_ALONE.test(text)) return true; }
  // (a dash between spaces first: the roll's pattern's letter classes cost some 0.5 ms to compile)
  if (/[ \t][–—-][ \t]/.test(text) && ROLL_ENTRY_SHAPE.test(text) && ROLL_ENTRY().test(text)) return true;
  // (a comma and a figure first, as every competitor's row has)
  return text.includes(', ') && /\d/.test(text) && competitorRow(text);
}
