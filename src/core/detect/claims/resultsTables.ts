/** A results page's table furniture: its rows, its header of periods, its period headings and its key to units and abbreviations. */
// Results pages and filings lay their figures out in tables that, pasted as text, come out as lines the claim model
// scored 0.57-0.93 for their figures and finance words: "Revenues 45,479 41,764 8.9 44,490 2.2", "Particulars Dec 31,
// 2025 Dec 31, 2024 Growth % YoY", "12 Months Ended", "All figures in '000 unless specified.", "PBT = Profit before Tax,
// NP = Net Profit". Each pattern says only what such a line says; a sentence with a verb of its own stays a claim.

import { wordSet } from '../../text/wordList';

/** A table's cell: a figure, perhaps signed, with its currency, its unit ("£154.74m") or in brackets ("(6.3)"), or a dash. */
const CELL = String.raw`(?:\(?[+\-−]?[$€£¥₹]?\d[\d,]*(?:\.\d+)?(?:%|m|bn|k|p)?\)?|[-–—])`;
/** A row: a label of up to four words, then three cells or more and nothing else. */
const ROW = new RegExp(String.raw`^\p{Lu}[\p{L}&/'’()-]*(?: [\p{L}&/'’()-]+){0,3}(?: ${CELL}){3,}$`, 'u');
/** The cells every ROW ends with, without its label's letter classes (dear to compile): tested first. */
const ROW_CELLS = new RegExp(String.raw`(?: ${CELL}){3}$`);
/** A date with its year: "Dec 31, 2025", "31 March 2015". */
const DATED = /\b(?:\d{1,2},? (?:19|20)\d\d|\p{L}{3,9} (?:19|20)\d\d)\b/gu;
/** The year after a space that every DATED match ends with: tested first, as DATED is tried at every character. */
const YEAR_AFTER_SPACE = / (?:19|20)\d\d/;
/** The words a header of periods holds besides its dates: "Year ended 31 March 2015 Year ended 31 March 2014 Change". */
const HEADER_WORDS = wordSet('ended ending months weeks to of and per cent in as at');
/** "12 Months Ended", "|3 Months Ended", "for the Year Ended 30 June 2018", "Half-year to 30 June", "Fiscal Year Ended". */
/** How every PERIOD_HEADING opens, under a flag that folds only ASCII letters, or a character the Unicode flag folds to
 *  one of its letters (ſ, the Kelvin sign): tested first, as PERIOD_HEADING's case-blind letter classes are dear to compile. */
const PERIOD_HEADING_OPENING = /^[|\s]*(?:for the )?(?:(?:\d{1,2}|three|six|nine|twelve) )?(?:months?|weeks?|(?:fiscal |financial )?year|half[- ]year|quarter|period)s? (?:ended|ending|to)|ſ|\u212a/i;
const PERIOD_HEADING = /^[|\s]*(?:for the )?(?:(?:\d{1,2}|three|six|nine|twelve) )?(?:months?|weeks?|(?:fiscal |financial )?year|half[- ]year|quarter|period)s? (?:ended|ending|to)\b(?: (?:\d{1,2} )?\p{L}{3,9}\.?(?: \d{1,2})?,?(?: (?:19|20)\d\d)?)?$/iu;
/** A key to a table's units: "All figures in '000 unless specified.", "All figures quoted in US dollars unless
 *  otherwise stated.", "NP Margin, QoQ & YoY figures in Percentage; EPS figures in Cent." */
const UNITS_KEY = /^(?:all (?:figures|amounts)\b[^!?]{0,40}\bin\b[^!?]{0,80}|[^.!?]{0,60}\bfigures in \p{L}+; [^.!?]{0,60}\bfigures in \p{L}+\.?)$/iu;
/** What every UNITS_KEY holds, under a flag that folds only ASCII letters, or a character the Unicode flag folds to one
 *  of its letters (ſ, the Kelvin sign): tested first, as UNITS_KEY's case-blind letter classes are dear to compile. */
const UNITS_KEY_WORDS = /^all (?:figures|amounts)|figures in [^;]*; |ſ|\u212a/i;
/** A key to a table's abbreviations: "PBT = Profit before Tax, NP = Net Profit, …". */
const ABBREVIATION_KEY = /^(?:[A-Z][A-Za-z&/ ]{0,14} = [^,=]{2,40}(?:, |\.?$)){2,}/;

/** Does the unit only lay out a results table (a row, a header of periods, a period's heading, a key)? */
export function isResultsTableFurniture(unit: string): boolean {
  const text = unit.trim();
  if (text.length > 240) return false;
  if (text.includes(' = ')) return ABBREVIATION_KEY.test(text);
  if (/(?:figures|amounts) /i.test(text) && UNITS_KEY_WORDS.test(text) && UNITS_KEY.test(text)) return true;
  if (/ (?:ended|ending|to)\b/i.test(text) && text.length < 60 && PERIOD_HEADING_OPENING.test(text) && PERIOD_HEADING.test(text)) return true;
  // (every line of a unit a row: "Gross Profit 12,827 12,644 1.4⏎Operating Profit 8,355 8,912 (6.3)")
  if (/\d.*\d.*\d/.test(text) && text.split('\n').every(line => isRow(line.trim()))) return true;
  return periodsHeader(text);
}

/** Is the line a table's row (ROW), its cells tested first? */
function isRow(line: string): boolean {
  return ROW_CELLS.test(line) && ROW.test(line);
}

/** "Particulars Dec 31, 2025 Dec 31, 2024 Growth % YoY Sep 30, 2025 Growth % QoQ": two dates or more and no word of prose. */
function periodsHeader(text: string): boolean {
  if (text.includes('\n') || !YEAR_AFTER_SPACE.test(text) || (text.match(DATED)?.length ?? 0) < 2) return false;
  return text.replace(DATED, ' ').split(/[\s,%^*|]+/).every(w => w === '' || !/^\p{Ll}/u.test(w) || HEADER_WORDS.has(w));
}
