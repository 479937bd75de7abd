// A wire's dateline opening a block ("KYIV, July 3 (Reuters) -", "Oakdale, Ohio —", "January 8, 2026 —") and a page's
// date line run into its story's first sentence: what sentences.ts makes a unit of its own, and what claims and
// people read as a place stamp rather than prose.
import { isDigitCode, isUppercase } from './charCodes';
import { lazyPattern } from './lazyPattern';

/** A month's name, whole or short: "Jan", "Sept", "December". */
export const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

// "KYIV, July 3 (Reuters) -", "WASHINGTON (AP) —", "LONDON, Jan. 5 -", a press release's "LYON, France, March 3, 2026
// /Newswire/ --", "ASHFORD, Friday 6 March 2026 -", "HELSINKI, 13.2.2025 —": the wire dateline is a unit of its own; so
// is one with its date before a colon, as Indian papers set it ("NEW DELHI, 13 May 2025:").
// (and one set off by a bullet, as Singapore's papers set it: "HANOI • Heavy rain …", "OSAKA (Japan) • At least …")
const DATELINE_PLACE = String.raw`[*_]{0,3}\p{Lu}[\p{Lu}\p{M} .'’-]*\p{Lu}(?:,[ \t]*[\p{L}\p{M} .'’-]{2,30}?)?`;
const DATELINE_DATE = String.raw`,?[ \t]+(?:[A-Z][a-z]{2,8},?[ \t]+)?(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?(?:,?[ \t]*\d{4})?|\d{1,2}[./]\d{1,2}[./]\d{4})`;
const DATELINE_WIRE = String.raw`(?:[ \t]*(?:\([^()\n]{1,40}\)|\/[^/\s][^/\n]{0,38}\/))?[*_]{0,3}`;
// its dash closed up to the sentence, as some desks set it ("MANILA, Philippines—The Senate", "DOVER, Kent--Fares"),
// where its country or date, or a wire's bracket, shows the place a dateline's ("US–China talks" is a sentence's); after
// a wire's bracket a hyphen too ("LONDON, England (Reuters) -Tomas Veld scored")
const DATELINE_PLACE_WITH_PART = String.raw`[*_]{0,3}\p{Lu}[\p{Lu}\p{M} .'’-]*\p{Lu}(?:,[ \t]*[\p{L}\p{M} .'’-]{2,30}?(?:${DATELINE_DATE})?|${DATELINE_DATE})`;
const CLOSED_DASH = String.raw`[ \t]*(?:--|[–—])(?=[*_"“‘]{0,3}\p{Lu})`;
const DATELINE = lazyPattern(() => new RegExp(String.raw`^(${DATELINE_PLACE}(?:${DATELINE_DATE})?${DATELINE_WIRE})[ \t]+(?:[-–—]{1,2}|•)[ \t]+|^(${DATELINE_PLACE}${DATELINE_DATE}${DATELINE_WIRE}):[ \t]+`
  + String.raw`|^(${DATELINE_PLACE_WITH_PART}${DATELINE_WIRE})${CLOSED_DASH}|^(${DATELINE_PLACE}(?:${DATELINE_DATE})?[ \t]*\([^()\n]{1,40}\)[*_]{0,3})[ \t]*-(?=[*_"“‘]{0,3}\p{Lu})`, 'u'));
/** A wire's name in brackets, ASCII letters only: "(Reuters)", "(Coastal Wire)". */
const ASCII_WIRE_NAME = String.raw`\([A-Z][\w.&-]*(?:[ \t][A-Z][\w.&-]*){0,2}\)`;
/** "(Reuters) – The city …": a wire's name in brackets opening the story, with no place before it. */
const WIRE_OPENING = new RegExp(String.raw`^(${ASCII_WIRE_NAME})[ \t]*[-–—]{1,2}[ \t]*(?=[*_"“‘]{0,3}[A-Z])`);

// "January 8, 2026 — ", "Thursday, 8 January 2026 -": a press release's or a wire's dateline with no place, its year
// written (a dash after a day alone, "May 3 - the", is a sentence's); or the wire's name in brackets after the day,
// its year perhaps left out, as a wire dates its round-ups ("Oct 25 (Reuters) - ")
/** A full date with its year, its month's name written: "May 16, 2007", "16 May 2007". */
export const FULL_DATE = String.raw`(?:${MONTH}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]*\d{4}|\d{1,2}(?:st|nd|rd|th)?[ \t]+${MONTH}\.?,?[ \t]*\d{4})`;
const DAY_OF_MONTH = String.raw`(?:${MONTH}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+${MONTH}\.?)`;
const WIRE_IN_BRACKETS = String.raw`[ \t]*${ASCII_WIRE_NAME}`;
const DATE_DATELINE = new RegExp(String.raw`^([*_]{0,3}(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?(?:${FULL_DATE}(?:${WIRE_IN_BRACKETS})?|${DAY_OF_MONTH}${WIRE_IN_BRACKETS})[*_]{0,3})[ \t]+[-–—]{1,2}[ \t]+`, 'u');

// "Wednesday, May 16, 2007 The board said …", "March 4, 2008The board said …": a page's date line run into its story's
// first sentence as the page is pasted (a list of dated stories, a copied article whose line break was lost), at a
// block's start or after another sentence ("… more details. Monday, October 30, 2006 On November 13, …"). The date is
// a line of its own, not the sentence's opening: written with its weekday, or touching the capital after, or before a
// capitalised word and a small one.
// (without its weekday, before a sentence's first two words: "January 24, 2005 In the north …"; with it, before a
// dateline in capitals or a figure too: "Sunday, February 6, 2005 LONDON, England —", "… 2020 2020 Melbourne …")
const RUN_ON_DATE_LINE = lazyPattern(() => new RegExp(String.raw`^((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+${FULL_DATE}(?=[ \t]*["“‘]?\p{Lu}[\p{Ll}\p{Lu}]|[ \t]+\d)|${FULL_DATE}(?=["“‘]?\p{Lu}\p{Ll}|[ \t]+["“‘]?\p{Lu}\p{Ll}*[ \t]+\p{Ll}))[ \t]*`, 'u'));

/** A block opening with a full date run into its first sentence (RUN_ON_DATE_LINE); null for most blocks, which open
 *  with a letter other than a weekday's or a month's, or have no year's four figures near their start. */
export function runOnDateLine(block: string): RegExpExecArray | null {
  const c = block.charCodeAt(0);
  // (a weekday's or a month's capital, or a day's figure)
  if (!(c >= 48 && c <= 57) && !'MTWFSJAOND'.includes(block[0] ?? '') || !/\d{4}/.test(block.slice(0, 40))) return null;
  return RUN_ON_DATE_LINE().exec(block);
}

// "Oakdale, Ohio — The board voted", "**St. Louis, Mo.** —", "Jakarta (AFP) -": a dateline with its place in title
// case, and its state or country or a wire's name in brackets (a place alone, "Yesterday — the", is too like a
// sentence's start), before a dash and a new sentence
const TITLE_WORD = String.raw`\p{Lu}[\p{Ll}'’.-]+`;
const TITLE_PLACE = String.raw`${TITLE_WORD}(?:[ \t]${TITLE_WORD}){0,2}`;
const WIRE_NAME = String.raw`\(\p{Lu}[\p{L}.&-]*(?:[ \t]\p{Lu}[\p{L}.&-]*){0,2}\)`;
// (or its full date straight after the place: "Harlow, Aug. 15, 2019 (Newswire) --", as releases write it)
const TITLE_FULL_DATE = String.raw`,?[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]*\d{4}`;
// (a state's two capitals after the place: "Phoenix, AZ —", "Washington, DC, Feb. 5, 2010--The …")
const TITLE_DATELINE = lazyPattern(() => new RegExp(String.raw`^([*_]{0,3}${TITLE_PLACE}(?:,[ \t]*(?:${TITLE_PLACE}|\p{Lu}{2}\b)(?:${DATELINE_DATE})?${DATELINE_WIRE}|${TITLE_FULL_DATE}${DATELINE_WIRE}|[ \t]*${WIRE_NAME}[*_]{0,3}))(?:[ \t]+[-–—]{1,2}[ \t]+|${CLOSED_DASH})`, 'u'));
/**
 * "PORTVALE--(BUSINESS WIRE)--May 4, 2015--Harbor …", "PORTVALE — (BUSINESS WIRE) — ", "PORTVALE–(BUSINESS WIRE)–": a
 * place in capitals and the wire's name in brackets between dashes, spaced or closed up, its date perhaps after them.
 */
const WIRE_DASHES = /^([A-Z][A-Z .,'’-]{1,40}?[ \t]*[-–—]{1,2}[ \t]*\([A-Za-z .]{2,30}\)(?:[ \t]*[-–—]{1,2}[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]*\d{4})?)[ \t]*[-–—]{1,2}\s*/;
/** A dash just before the wire's bracket, which every WIRE_DASHES has. */
const WIRE_DASH_BEFORE = /[-–—][ \t]*$/;
/** What follows the dashes of WIRE_DASHES: a sentence, or a hashtag the release opens with. */
const AFTER_WIRE_DASHES = /^[*_"“‘#]{0,3}[A-Z0-9]/;
/** A blank before a dash, as every TITLE_DATELINE has. */
const BLANK_DASH = /[ \t][-–—]|--|[–—]/;
// What every DATELINE and TITLE_DATELINE match opens with, in patterns without letter classes (each real one costs
// 0.7–1 ms to compile, and speakers' paragraphs that open "AARP thinks" or "Senator Obama, as" reach them): a capital
// is A–Z or any character past ASCII, a small letter a–z or any past ASCII. After the place comes a date (a capital or
// a figure after a blank), a wire's bracket or slash, or the dash.
const CAP = String.raw`(?:[A-Z]|[^\x00-\x7f])`;
const PLACE_NEXT = String.raw`(?:,?[ \t]+[A-Z0-9]|[ \t]*[(/]|[*_]{0,3}[ \t]+[-–—•]|--|[–—])`;
const PLACE_SHAPE = new RegExp(String.raw`^[*_]{0,3}${CAP}(?:[A-Z .'-]|[^\x00-\x7f])*${CAP}(?:,[ \t]*[^,\n]{2,30}?)?${PLACE_NEXT}`);
const TITLE_SHAPE_WORD = String.raw`${CAP}(?:[a-z.'-]|[^\x00-\x7f])+`;
const TITLE_SHAPE_PLACE = String.raw`${TITLE_SHAPE_WORD}(?:[ \t]${TITLE_SHAPE_WORD}){0,2}`;
// (a date after the second place reaches a figure past at most a weekday and a month)
const TITLE_PLACE_SHAPE = new RegExp(String.raw`^[*_]{0,3}${TITLE_SHAPE_PLACE}(?:,[ \t]*(?:${TITLE_SHAPE_PLACE}|[A-Z]{2}\b)(?:,?[ \t]+(?:[A-Z][a-z]{2,8}[,.]?[ \t]+){0,2}\d|[ \t]*[(/]|[*_]{0,3}[ \t]+[-–—]|--|[–—])|,?[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d|[ \t]*\()`);
/** Longest title-case dateline unit: a place, its state or country, a date and a wire's name. */
const TITLE_DATELINE_LENGTH = 80;
/** What follows a title-case dateline: a new sentence's capital, after a quotation mark or emphasis perhaps. */
const SENTENCE_OPENING = /^[*_"“‘]{0,3}\p{Lu}/u;

/** "Prague, May 5 (AP) The …", "NEW DELHI, Mar 3 (PTI) The …", "Mumbai, March 3 (IANS): Shares …": a place, its
 *  date and the wire's name in brackets, with no dash after them, as agencies' copy is often pasted. */
const WIRE_AFTER_DATE = lazyPattern(() => new RegExp(String.raw`^((?:${DATELINE_PLACE}|${TITLE_PLACE}(?:,[ \t]*${TITLE_PLACE})?)${DATELINE_DATE}[ \t]*${WIRE_NAME}[*_]{0,3}):?[ \t]+`, 'u'));

/** WIRE_AFTER_DATE's match, tried only where a bracket opens right after a figure (the date's) near the block's start. */
function wireAfterDateAt(block: string): RegExpExecArray | null {
  const open = block.indexOf(' (');
  if (open < 6 || open > 60 || !isDigitCode(block.charCodeAt(open - 1))) return null;
  return WIRE_AFTER_DATE().exec(block);
}

/**
 * A block's opening dateline: a place's in capitals ("KYIV, July 3 (Reuters) -"), a full date's alone, set in bold or
 * italics perhaps ("**BOSTON, Feb. 10, 2025** --"), or a place's in title case with its state or country. A unit alone
 * (`unit`: no text after the dash to see) is taken for a title-case dateline as it stands.
 */
export function datelineAt(block: string, unit = false): RegExpExecArray | null {
  let dateline: RegExpExecArray | null = null;
  // (first: a place's dateline would end at the first dash, the wire's name left to open the sentence)
  if (block.charCodeAt(0) >= 65 && block.charCodeAt(0) <= 90) {
    const paren = block.indexOf('(');
    const wire = paren > 1 && paren < 48 && WIRE_DASH_BEFORE.test(block.slice(0, paren)) ? WIRE_DASHES.exec(block) : null;
    if (wire && (unit || AFTER_WIRE_DASHES.test(block.slice(wire[0].length)))) dateline = wire;
  }
  dateline ??= opensWithPlace(block) ? (PLACE_SHAPE.test(block) ? DATELINE().exec(block) : null)
    : block.charCodeAt(0) === 40 /* ( */ ? WIRE_OPENING.exec(block) : DATE_DATELINE.exec(block) ?? runOnDateLine(block);
  if (!dateline) {
    // (its letter classes cost 1–2.5 ms to compile: tried only where a blank and a dash, which every match holds, stand)
    const title = BLANK_DASH.test(block) && TITLE_PLACE_SHAPE.test(block) ? TITLE_DATELINE().exec(block) : null;
    if (title && (unit || SENTENCE_OPENING.test(block.slice(title[0].length)))) dateline = title;
  }
  if (!dateline) {
    const wire = wireAfterDateAt(block);
    if (wire && (unit || SENTENCE_OPENING.test(block.slice(wire[0].length)))) dateline = wire;
  }
  // (the colon's, the closed-up dash's)
  if (dateline && dateline[1] === undefined) dateline[1] = dateline[2] ?? dateline[3] ?? dateline[4];
  return dateline;
}
const EMPHASIS_OPENING = /^[*_]{0,3}/;

/** A block opening with a place in capitals, in emphasis perhaps: the start of a DATELINE, not a DATE_DATELINE. */
function opensWithPlace(block: string): boolean {
  // (emphasis opens with * or _: most blocks open otherwise, and need no pattern to say so)
  const open = block.charCodeAt(0) === 42 || block.charCodeAt(0) === 95 ? EMPHASIS_OPENING.exec(block)![0].length : 0;
  return startsWithTwoCapitals(block.slice(open, open + 2))
    || (block.charCodeAt(open + 1) === 32 && ONE_LETTER_FIRST_SHAPE.test(block.slice(open, open + 40)) && ONE_LETTER_FIRST().test(block.slice(open, open + 40)));
}

/** True when a sentence unit is nothing but a wire dateline ("KYIV, July 3 (Reuters)"): a place stamp, not prose. */
export function isDateline(unit: string): boolean {
  // (without a place, a dateline ends on its year's digit, emphasis perhaps after: most units are done with here,
  // before the copy below; the " - " added changes no answer of opensWithPlace)
  const last = unit.charCodeAt(unit.length - 1);
  // (and a title-case one, "Oakdale, Ohio", "Jakarta (AFP)", is short and has its comma or its wire's bracket)
  if (!isDigitCode(last) && last !== 42 /* * */ && last !== 95 /* _ */ && !opensWithPlace(unit)
    && !(unit.length <= TITLE_DATELINE_LENGTH && (unit.includes(',') || last === 41 /* ) */))) return false;
  const m = datelineAt(unit + ' - ', true);
  return !!m && m[1].length === unit.length && !isHeadlineInCapitals(unit);
}

/** Most words of a place in capitals standing alone as a dateline: "SALT LAKE CITY", "BANDAR SERI BEGAWAN". */
const MAX_PLACE_WORDS = 4;
/** A line of capitals and nothing else: no figure, comma, bracket or slash of a date or a wire's name. */
const CAPITALS_ONLY = /^[*_]{0,3}[\p{Lu}\p{M} .'’-]+[*_]{0,3}$/u;

/**
 * A headline in capitals, which a place alone would match: "LABOUR PARTY URGES SENATE TO RECONSIDER SUSPENSION" is
 * longer than a place's name, and holds no date or wire's name to make it a dateline. (Two places with "AT" between
 * them are a fixture's line, "SAN FRANCISCO AT NEW YORK", and stay what they were.)
 */
function isHeadlineInCapitals(unit: string): boolean {
  const words = unit.trim().split(/\s+/);
  return words.length > MAX_PLACE_WORDS && !words.includes('AT') && CAPITALS_ONLY.test(unit);
}

function startsWithTwoCapitals(block: string): boolean {
  return block.length > 1 && isUppercase(block.charCodeAt(0), block[0]) && isUppercase(block.charCodeAt(1), block[1]);
}
/** ONE_LETTER_FIRST without its letter classes (dear to compile): a capital is an ASCII capital or any character past
 *  ASCII here (a capital past U+FFFF is two). Tested first. */
const ONE_LETTER_FIRST_SHAPE = /^[A-Z\u0080-\uffff]{1,2} [A-Z\u0080-\uffff][A-Z\u0080-\uffff'’-]+,/;
/** "A CORUÑA, Spain,": a place in capitals whose first word is one letter, and its comma (not "A US - China deal"). */
const ONE_LETTER_FIRST = lazyPattern(() => /^\p{Lu} \p{Lu}[\p{Lu}\p{M}'’-]+,/u);
