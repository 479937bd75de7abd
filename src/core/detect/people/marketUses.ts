// What market copy says of a listed company that it never says of a person: a price and its move after the name
// ("Ardley Mercer up 42p to £23.29", "Tolland Hume was down 0.50 at 49.70"), and the firm a quoted person is "of",
// described by its trade ("Jo Reece, of wealth manager and stockbroker Hallam Pryce in Perth, noted …").
// Both are read from the few characters beside the name, so the cost per name is bounded.
import { lazyPattern } from '../../text/lazyPattern';
import { peopleLexicon } from '../lexicon';

/** A figure as market reports write a price or its move: "42p", "£23.29", "1.23%", "$1.10", "DM35", "0.50", "1,800 yen". */
const FIGURE = String.raw`(?:[£$€¥]|HK\$|US\$|NT\$|DM|Ffr|SFr)?\d[\d,]*(?:\.\d+)?(?:p\b|c\b|%|[ \t](?:pence|cents?|per[ \t]cent|percent|yen|francs|lire|pfennigs|euros?|dollars|won|rupees))?`;

/** The verbs that may stand before a move's word. */
const BEFORE_MOVE = 'was|were|is|closed|ended|finished|traded|stood|came';
/** A move's words (the last, "edged", with "up" or "down" after it or not: see MOVE). */
const MOVE_WORDS = 'up|down|off|ahead|higher|lower|added|gained|lost|fell|rose|shed|slipped|climbed|jumped|dropped|eased|firmed|softened|advanced|declined|plunged|slumped|surged|edged';
/** How a FIGURE opens: a currency's sign or short name, or a digit. */
const FIGURE_OPENS = String.raw`[£$€¥\d]|HK\$|US\$|NT\$|DM|Ffr|SFr`;

/** The words of a move between the name and its figure: "was up", "closed down", "added", "ahead", none at all. */
const MOVE = String.raw`(?:(?:${BEFORE_MOVE})[ \t]{1,2})?(?:${MOVE_WORDS}(?:[ \t]{1,2}(?:up|down|higher|lower))?)`;

/**
 * After a name: its move, a figure (with a word of direction after it where no move word came before: "10.5p higher"),
 * an optional second figure after ", or", then "to" or "at" and the price: "up 42p to £23.29", "added 1.23% to
 * 452.55p", "10.5p higher at 753p", "was down 0.50 at 49.70", "fell DM35 to DM1,453".
 */
const PRICE_MOVE_AFTER = new RegExp(String.raw`^,?[ \t]{1,2}(?:${MOVE}[ \t]{1,2}(?:by[ \t]{1,2})?${FIGURE}|${FIGURE}[ \t]{1,2}(?:higher|lower|cheaper|dearer|stronger|weaker|better|up|down))(?:,?[ \t]{1,2}or[ \t]{1,2}${FIGURE},?)?[ \t]{1,2}(?:to|at)[ \t]{1,2}${FIGURE}`);

/**
 * How every match of PRICE_MOVE_AFTER opens and ends, in a small pattern: a move's word or a figure's opening, and "to"
 * or "at" and a figure's opening. Tested first: PRICE_MOVE_AFTER, tried after some two thousand names in a megabyte of
 * news, costs some 4-10 ms to compile (its four figures' alternatives), and few names have a price after them.
 */
const PRICE_MOVE_CUE = new RegExp(String.raw`^,?[ \t]{1,2}(?:${BEFORE_MOVE}|${MOVE_WORDS}|${FIGURE_OPENS})[\s\S]*[ \t](?:to|at)[ \t]{1,2}(?:${FIGURE_OPENS})`);

/** A price's unit in what was read: pence or cents after a number, a currency's sign or word. */
const MONEY = /[£$€¥]|\d(?:p|c)\b|\b(?:pence|cents?|yen|francs|lire|pfennigs|euros?|dollars|won|rupees)\b|\b(?:DM|Ffr|SFr)\d/;

/** Two prices to the cent, as a share's move and its price are quoted where no currency is written ("up 0.50 at 49.70"). */
const TWO_PRICES = /\d\.\d\d\b[\s\S]*\d\.\d\d\b/;

/**
 * Whether the text after a name (from its end) quotes the name's price and how it moved: a listed company's share, never
 * a person (a poll's "up 3% to 45%" has no price's unit, and no two figures to the cent, so it is no such move).
 */
export function priceMoveAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c !== 32 && c !== 9 && c !== 44) return false;
  const after = text.slice(end, end + 80);
  const m = PRICE_MOVE_CUE.test(after) ? PRICE_MOVE_AFTER.exec(after) : null;
  return m !== null && (MONEY.test(m[0]) || TWO_PRICES.test(m[0]));
}


/** ", of" and up to six lower-case words before a name, after a capitalised word that ends a full name. */
const OF_FIRM_BEFORE = lazyPattern(() => /(?:^|[^\p{L}.'’-])\p{Lu}[\p{Ll}'’-]+[ \t]{1,2}\p{Lu}[\p{L}'’-]*\p{Ll},[ \t]{1,2}of[ \t]{1,2}((?:\p{Ll}[\p{Ll}-]*[ \t]{1,2}){1,6})$/u);

/** ", of " as OF_FIRM_BEFORE has it, from its comma. */
const OF_AFTER_COMMA = /^,[ \t]{1,2}of[ \t]/;

/**
 * "Jo Reece, of wealth manager and stockbroker Hallam Pryce in Perth, noted …": set off after a person's full name,
 * "of" and a firm's trade in lower case name where the person works, so the name after them is the firm (a person's
 * own role comes without "of": "Jo Reece, a stockbroker, said").
 */
export function firmOfAPersonBefore(text: string, start: number): boolean {
  if (start < 8 || text.charCodeAt(start - 1) !== 32 || !/\p{Ll}/u.test(text[start - 2])) return false;
  // (the pattern is end-anchored, so tried from every character of its slice: first, whether the slice's last comma,
  // which has only words in small letters and blanks after it in a match, is followed by "of" between blanks)
  const before = text.slice(Math.max(0, start - 120), start);
  const comma = before.lastIndexOf(',');
  if (comma < 0 || !OF_AFTER_COMMA.test(before.slice(comma, comma + 6))) return false;
  const m = OF_FIRM_BEFORE().exec(before);
  if (m === null) return false;
  const words = m[1].trim().split(/[ \t]+/);
  return peopleLexicon().firmDescriptions.has(words[words.length - 1]);
}

/**
 * After a name: perhaps a description set off by commas, up to four lower-case words, then the name's own share price
 * ("saw its share price jump", ", a rival, experienced a surge in its stock price") or a move in a market's session
 * ("surged in premarket trading"): only a listed firm has either ("his shares", a holder's, are no "its"). (A stop
 * inside the description is an abbreviation's: ", a U.S. rival,".)
 */
const SHARE_PRICE_AFTER = /^(?:,(?:[^,.;!?\n]|\.(?=\S|[ \t][a-z])){3,60},)?(?:[ \t]{1,2}(?!(?:who|whose|he|she|his|her|and|but|while|which|that)\b)[a-z-]+){1,4}?[ \t]{1,2}(?:its[ \t]{1,2}(?:own[ \t]{1,2})?(?:stock|share)[ \t]{1,2}prices?|(?:in|during)[ \t]{1,2}(?:premarket|pre-market|after-hours|extended|early)[ \t]{1,2}trading)\b/;

/** Whether the words after a name (from its end) tell of its share price or its move in a trading session. */
export function sharePriceAfter(text: string, end: number): boolean {
  const tail = text.slice(end, end + 120);
  // (a quick test before the pattern: most names have neither near them)
  return (tail.includes(' price') || tail.includes(' trading')) && SHARE_PRICE_AFTER.test(tail);
}
