// Every time expression contains a temporal word, a year-like number or a clock time. Finding those with one
// regex (built once) lets the detector tokenize and parse only small windows of text around them, which keeps the
// scan fast on ordinary news, where most digits are money and counts.
import {
  DAY_PARTS, FREQUENCY_ADVERBS, MONTHS, SEASONS, UNITS_PLURAL, UNITS_SINGULAR, WEEKDAYS, WEEKDAYS_PLURAL,
} from './lexicon';
import { HOLIDAY_TRIGGERS } from './holidays';
import { wordList, wordSet } from '../../text/wordList';

const OTHER_TEMPORAL_WORDS = wordList('today yesterday tomorrow tonight overnight now currently presently nowadays recently'
  + ' lately soon future past present term recent coming upcoming season'
  + ' noon midday midnight nineteen eighteen thousand period half nights mornings evenings'
  + ' afternoons weekday weekdays twenties thirties forties fifties sixties seventies eighties nineties');

// Singular small units are nearly always something else ("a second term", "min." for minister) and add no expression
// the plural or another trigger does not already open.
const QUIET_UNITS = wordSet('second sec min hr yr');
const lowerWords = [
  ...WEEKDAYS.keys(), ...WEEKDAYS_PLURAL.keys(), ...SEASONS.keys(), ...[...UNITS_SINGULAR.keys()].filter(w => !QUIET_UNITS.has(w)), ...UNITS_PLURAL.keys(),
  ...DAY_PARTS.keys(), ...FREQUENCY_ADVERBS.keys(), ...OTHER_TEMPORAL_WORDS, ...HOLIDAY_TRIGGERS,
];
// Months only capitalised: "may" and "march" in lower case are verbs. Other words may also be capitalised.
const capitalise = (w: string): string => w[0].toUpperCase() + w.slice(1);
// all-caps headlines and datelines ("MONDAY", "JULY 3") for names of days and months
const shouted = [...WEEKDAYS.keys(), ...MONTHS.keys()].map(w => w.toUpperCase());
const words = [...lowerWords, ...lowerWords.map(capitalise), ...[...MONTHS.keys()].map(capitalise), ...shouted];

interface Trie { end: boolean; next: Map<string, Trie> }
/** A prefix-tree regex source ("Ju(?:ly|ne)") — the regex engine then never re-reads a shared prefix. */
function trieSource(list: readonly string[]): string {
  const root: Trie = { end: false, next: new Map() };
  for (const w of list) {
    let node = root;
    for (const ch of w) {
      let child = node.next.get(ch);
      if (!child) { child = { end: false, next: new Map() }; node.next.set(ch, child); }
      node = child;
    }
    node.end = true;
  }
  const emit = (node: Trie): string => {
    const branches = [...node.next].map(([ch, child]) => ch + emit(child));
    if (!branches.length) return '';
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

// Numbers only count when they look like a year ("1998", "1990s", "2021Admin" with a page's next word glued on), a
// decade ("'80s"), a clock time ("3 p.m.", "7:15", "09h00", a dotted one with its zone: "07.49 local time", "14.30
// GMT"), a numeric date ("6/2/2025", "9/11", "6-20-06") or a day of the month alone ("on the 14th"); counts ("24
// hours") are found through their unit.
// (those that open a word share the words' one \b test, which is faster than a \b in each branch)
const WORD_NUMBERS = String.raw`the \d{1,2}(?:st|nd|rd|th)\b|[QH][1-4]\b|FY ?\d\d\b`;
const NUMBERS = String.raw`\d{4}s?\b|\d{4}(?=[A-Z][a-z])|['’]\d\d(?:s|\b)|\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?m\b|[AP]\.?M\b|o['’]clock)|\d{1,2}:\d\d\b|\d{1,2}/\d{1,2}/\d{2}|\b\d{1,2}-\d{1,2}-\d\d\b|\b\d{1,2}\.\d{1,2}\.\d\d\b|\b9/11\b|\b[0-2]\dh[0-5]\d\b|\b\d{1,2}\.\d\d (?:local time|[A-Z]{3,4})\b`;

/** A temporal word standing alone (whole word), or a year-, time- or date-like number. */
export const TRIGGER = new RegExp(`\\b(?:${trieSource(words)}\\b|${WORD_NUMBERS})|${NUMBERS}`, 'g');
