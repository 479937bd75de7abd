// What market pages carry round their stories that is no claim: a price ticker's rows ("HRB 4.39 ▼ -0.11"), a price report's field ("Close: 1160"), a futures or price table's row run into one line
// ("May 69.42 73.10 69.13 72.81 +3.55 Jun 69.75 …") or a layout table's cells between bars, a related story's link
// glued to its prompt ("Read MoreOil slips as …"), and a syndicated post's credit line ("This article was written by
// Jo Bell at www.example.com.", "… by Jo Bell originally published on Example News"). The claim model scored them
// 0.67–0.86 for their figures and names; each pattern says only what such a line says.
import { lazyPattern } from '../../text/lazyPattern';

/** Shortest row of figures looked at: a sentence with a few figures is prose. */
const MIN_TABLE_TOKENS = 8;

/** A table's figure: "69.42", "+3.55", "—.01", "1,000", "$4.20", "12%". */
const FIGURE = /^[+\-−—–]?[$€£¥]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)%?$/;

/**
 * Whether the unit is a table's rows run together: at least eight words, three in five of them figures, and no word
 * of prose in lower case longer than a unit's abbreviation (a prose sentence of figures still has its verbs).
 */
export function isFigureTable(unit: string): boolean {
  // (a unit of fewer digits than a table's figures, as nearly every sentence is, is done with before it is split into
  // words: the split and the test of each word cost 25-35 ms of CPU over a megabyte of news)
  if (!FIVE_DIGITS.test(unit)) return false;
  const words = unit.trim().split(/\s+/);
  if (words.length < MIN_TABLE_TOKENS) return false;
  let figures = 0;
  for (const w of words) {
    if (FIGURE.test(w)) figures++;
    else if (/^\p{Ll}{4,}/u.test(w)) return false;
  }
  return figures * 5 >= words.length * 3;
}

/**
 * Five digits at least (ASCII, as FIGURE's \d reads them): a table has three figures in five of its eight words or
 * more, so five figures at least, each with a digit of its own.
 */
const FIVE_DIGITS = /^(?:\D*\d){5}/;

/** A related story's prompt glued to its headline: "Read MoreOil slips as …", "See AlsoMarkets rally …". */
const GLUED_PROMPT = /^(?:Read|See|Watch) ?(?:More|Also|Next)(?=\p{Lu}\p{Ll})/u;

/** A syndicated post's credit, or a live page's: "This article was written by Jo Bell at www.example.com.", "The page was
 *  edited by Jo Bell and Al Kerr.", "These updates were written by …". */
const WRITTEN_BY = /^[Tt](?:his|hese|he) (?:article|story|post|report|piece|page|updates) (?:was|were) (?:written|compiled|produced|prepared|edited) by \p{Lu}/u;

/**
 * A feed's credit under a post it carries: "Rates fall again by Jo Bell originally published on Example News", "The post
 * Rates fall again appeared first on Example News." (the headline, its writer and the site, no news of their own).
 */
const FEED_CREDIT = lazyPattern(() => /\bby \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3} originally (?:published|posted) (?:on|at|in|by) \p{Lu}[^.!?]{0,60}\.?$|^The post .{1,200} appeared first on \p{Lu}[^.!?]{0,60}\.?$/u);

/** The words every FEED_CREDIT holds, tested first (its letter classes are dear to compile). */
const FEED_CREDIT_WORDS = / originally (?:published|posted) (?:on|at|in|by) |^The post .+ appeared first on /;

/** A price table's note on its data: "*Stock data as of market close, crypto data as of 9:00pm ET.", "Quotes delayed 15 minutes." */
const DATA_NOTE = /^\*?(?:(?:stock|market|price|fund|index|cryptocurrency|crypto) )?(?:data|prices|quotes)(?: (?:are|is))? (?:as of|delayed|updated)\b[^!?]{0,120}$/i;

/** Least cells of figures, and of empty cells, in a layout table flattened into one line (see isFlattenedTable). */
const MIN_TABLE_CELLS = 3;

/**
 * Whether the unit is a layout table pasted as one line, its cells between bars: a newsletter's market box ("Nasdaq |
 * 12,166.27 | | | | S&P | 4,146.22 | …"), whatever name or note runs into it. Empty cells ("| | |") are a layout's, not
 * a prose sentence's or a Markdown table row's; and three cells at least hold a figure alone.
 */
export function isFlattenedTable(unit: string): boolean {
  if (!unit.includes('| |')) return false;
  let empty = 0;
  let figures = 0;
  for (const cell of unit.split('|')) {
    const text = cell.trim();
    if (text === '') empty++;
    else if (FIGURE.test(text.replace(/^([+\-−—–])\s+/, '$1'))) figures++;
  }
  return empty >= MIN_TABLE_CELLS && figures >= MIN_TABLE_CELLS;
}

/** Does the unit only frame a market page (a table's rows, a link's prompt, a credit, a note on its data)? */
/** A price report's row, its label from a quote's fields and one figure: "Close: 1160", "Change in % -0.8", "High: 71.20"
 *  (not another label's figure, "Turnout: 61,300", which may be the story's claim). */
const QUOTE_FIELD = /^(?:open(?:ing)?|clos(?:e|ing)|high|low|last|prev(?:ious)?(?: close)?|change(?: in %| \(%\)| %)?|% change|volume|bid|ask|settle(?:ment)?)\s*:?\s*[+\-−]?[$€£¥]?\d[\d,]*(?:\.\d+)?%?\.?$/i;
const QUOTE_FIELD_LENGTH = 40;

/**
 * A price ticker's change, its arrow before the figure ("PVFC 232.73 Decreased By ▼ -0.02 (-0.01%)"), in a unit that
 * ends on a figure as a ticker's rows do: a headline run on under them ends in words.
 */
const TICKER_CHANGE = /[▲▼] ?[+\-−]?\d/;
const FIGURE_END = /[\d%)]\s*$/;

export function isMarketFurniture(unit: string): boolean {
  return (TICKER_CHANGE.test(unit) && FIGURE_END.test(unit)) || (unit.length <= QUOTE_FIELD_LENGTH && QUOTE_FIELD.test(unit.trim())) || GLUED_PROMPT.test(unit) || WRITTEN_BY.test(unit) || isFigureTable(unit) || (unit.length < 160 && DATA_NOTE.test(unit)) || isFlattenedTable(unit)
    || (FEED_CREDIT_WORDS.test(unit) && FEED_CREDIT().test(unit));
}
