// Title-case headline lines ("Kyiv Says Ceasefire Talks Will Resume") capitalise every word, so capitals there
// are no evidence of a name: the detector only links names already known from the body.
import type { PersonMention } from '../spans';
import type { LineStats, Token } from './tokenize';
import { nameOnlyLine, patronymicNameLine } from './patronymics';
import { lazyPattern } from '../../text/lazyPattern';
import { agencyCreditLine } from './credits';
import { wordSet } from '../../text/wordList';

/**
 * Whether a line reads as a title-case headline: capitals only (but for the prepositions and conjunctions title case
 * leaves in lower case), no numbers, no final full stop (a question mark may end it), and not a list of names ("Tomas
 * Reyne, Aldo Ferrante, Joel Whitcombe,": two commas or more) or a byline or credit line ("By Ann Hale and Tom Rusk",
 * "(Reporting by Ann Hale; Editing by Tom Rusk)", "Text: Ann Hale | Photos: Tom Rusk", "From Musa Kura, Kano", "—
 * Beatriz Sousa Menezes, Lisbon"), which capitalise nothing but names.
 */
export function headlineLines(text: string, lines: readonly LineStats[], roles?: (word: string) => boolean): boolean[] {
  return lines.map(line => line.capitalised >= 3
    && (line.lower === 0 || (line.lower <= 3 && onlyTitleCaseSmallWords(text, line.lastWordEnd)))
    // a heading marked as one ("# …") or a question may hold a sum, a year or an initial ("# Did Rep. Oren K. Vasquez
    // Donate $90,000?") and be three words long ("# Tom Hale Dead?"); a line of names and figures, a dateline or a
    // results line ("Ann Hale | Mon 12 Mar 2024 14.32 GMT", "Halversen 6 Brandt 4") is no headline
    // (a year after "in" may end or sit in one: "Firm's Chief Predicted a Crash in 2019")
    && ((line.capitalised >= 4 && (line.other === 0 || (line.other === 1 && line.years === 1 && yearAfterIn(text, line.lastWordEnd))))
      || markedHeading(text, line.lastWordEnd))
    && !endsSentence(text, line.lastWordEnd) && commasBefore(text, line.lastWordEnd) < 2 && !isCredit(text, line.lastWordEnd)
    && !isListedName(text, line.lastWordEnd, roles) && !semicolonList(text, line.lastWordEnd) && !nameAndJob(text, line.lastWordEnd, roles));
}

/** "Emily Hale, Editorial Assistant", "Ana Ruiz, Sales Manager – Europe": a name, a comma and a job that ends in a role's
 *  noun, a staff list's line; "Tom “vex” Hale – Mid": a name with a player's handle inside and a dash, a roster's. Both
 *  capitalise a person's name and what the person does, no headline's words. */
const NAME_COMMA_JOB = lazyPattern(() => /^[ \t]*\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}, (?:(?:\p{Lu}[\p{L}&-]*|and) )*(\p{Lu}\p{Ll}+)(?:[ \t]+[-–—][ \t]|[ \t]*$)/u);
const NAME_HANDLE_DASH = lazyPattern(() => /^[ \t]*\p{Lu}[\p{L}'’-]+ ["“][\p{L}\p{N}_-]{2,16}["”] \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?[ \t]+[-–—][ \t]/u);

function nameAndJob(text: string, end: number, roles: ((word: string) => boolean) | undefined): boolean {
  const start = lineStart(text, end);
  const c = text.indexOf(',', start);
  if (c >= 0 && c < end && roles) {
    const job = end - start < 120 ? NAME_COMMA_JOB().exec(text.slice(start, end)) : null;
    if (job && roles(job[1].toLowerCase())) return true;
  }
  const q = text.indexOf('“', start), d = text.indexOf('"', start);
  return ((q >= 0 && q < end) || (d >= 0 && d < end)) && NAME_HANDLE_DASH().test(text.slice(start, end));
}

/** "Ann Kerr – Health; Tom Hale – Works; Ada Roe – Finance": two semicolons or more part a list of names and what each
 *  holds (an excerpt cut before the list's full stop leaves it looking like a line in title case), no headline. */
function semicolonList(text: string, end: number): boolean {
  const first = text.indexOf(';', lineStart(text, end));
  return first >= 0 && first < end && text.indexOf(';', first + 1) >= 0 && text.indexOf(';', first + 1) < end;
}

/** Whether the line whose last word ends at `end` has "in" and a year ("… in 2019"), the one figure it holds. */
function yearAfterIn(text: string, end: number): boolean {
  return YEAR_AFTER_IN.test(text.slice(lineStart(text, end), end));
}

const YEAR_AFTER_IN = /\b(?:in|In|IN|of|Of|since|Since)[ \t]+(?:1[89]|20)\d\d\b/;

/** Whether the line whose last word ends at `end` opens with a Markdown heading's "#" or ends with a question mark. */
function markedHeading(text: string, end: number): boolean {
  for (let k = end; k < text.length && k < end + 4; k++) {
    const c = text.charCodeAt(k);
    if (c === 63) return true;
    if (c === 10 || c === 13) break;
  }
  let start = lineStart(text, end);
  while (start < end && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
  return text.charCodeAt(start) === 35;
}

/**
 * "Did Obama Have Brenda Lee Removed from Air Force One?": the words of four letters or more a title in title case
 * leaves in lower case are prepositions and conjunctions ("from", "with", "into"), as style books have them.
 */
function onlyTitleCaseSmallWords(text: string, end: number): boolean {
  const start = lineStart(text, end);
  LOWER_WORD().lastIndex = 0;
  const line = text.slice(start, end);
  // ("Ten Years On, Ada Brook Introduced the iPhone": a brand styled with a small first letter and a capital inside it,
  // "iPhone", "eBay", is written so in any case)
  for (let m = LOWER_WORD().exec(line); m !== null; m = LOWER_WORD().exec(line)) {
    if (!TITLE_CASE_SMALL_WORDS.has(m[0]) && !INNER_CAPITAL().test(m[0])) return false;
  }
  return true;
}
const INNER_CAPITAL = lazyPattern(() => /^\p{Ll}{1,2}\p{Lu}/u);
// (a word in quotation marks keeps its small letters in a title-case line as quoted: "… After ‘corruption’ Row", as
// after a straight quote)
const LOWER_WORD = lazyPattern(() => /(?<![\p{L}\p{N}'’‘“".-])\p{Ll}[\p{L}'’-]{3,}/gu);
const TITLE_CASE_SMALL_WORDS = wordSet('from with into onto upon over than that like near past'
  + ' about after under until since during without within through toward towards across'
  + ' against among before behind below beneath beside between beyond despite inside'
  + ' outside when while unless though because whether');

/**
 * "Columnist: Grace Mbeki-Holt (Sunderland Post)": a label, a colon, two to four capitalised words and a bracket
 * that ends the line is an entry of a list of winners or candidates, which capitalises a name, not a headline.
 */
const LISTED_NAME = lazyPattern(() => /^[^:\n]{1,40}:[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,3}[ \t]+\([^()\n]+\)[ \t]*$/u);
/**
 * 'Novel: "The Salt Road" by Imogen Thackeray': a label, a colon, a work's title in quotation marks and "by" its
 * author's name, which ends the line, is an entry of a list of winners too.
 */
const LISTED_WORK = lazyPattern(() => /^[^:\n]{1,40}:[ \t]+["“][^"“”\n]{1,80}["”][ \t]+by[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|de|del|da|di|van|von|der|den|la|le|bin|al))*[ \t]*$/u);

function isListedName(text: string, end: number, roles: ((word: string) => boolean) | undefined): boolean {
  const start = lineStart(text, end);
  let stop = end;
  while (stop < text.length && stop < end + 4 && text.charCodeAt(stop) !== 10 && text.charCodeAt(stop) !== 13) stop++;
  if (stop - start > 160) return false;
  const line = text.slice(start, stop);
  if ((stop - start <= 120 && LISTED_NAME().test(line)) || LISTED_WORK().test(line)) return true;
  // a bullet's entry of a name and what it holds ("- Nitin Gadkari – Road Transport and Highways"), or one of two lines
  // or more in a row of a label and a name ("Foreign Affairs: Musalia Mudavadi")
  if (BULLET_NAME_DASH().test(line)) return true;
  // a name of descent alone on its line, or a line of capitalised words only beside one ("Datin Lee Mei Ling*" among
  // "Suriyah binti Haji Umar" and its like): a list of officials
  if (patronymicNameLine(line) || (nameOnlyLine(line) && (descentListed(text, start, -1) || descentListed(text, stop, 1)))) return true;
  // a winner's entry under or after an award's category ("Best supporting actor ⏎ Ada Kell, The Long Road", "Best
  // Actor: Tom Rusk – Salt", "Best Actress: ⏎ – Winner: Ada Kell in Salt")
  // (not one whose work's title holds a colon: "Ada Kell – Salt: The Sequel" would leave "The Sequel" to be read)
  if (stop - start <= 90 && (CATEGORY_LABEL.test(line) || (!line.includes(':') && (CATEGORY_LABEL.test(lineAround(text, start - 2))
    || CATEGORY_LABEL.test(lineAround(text, blankLineBefore(text, start))))))) return true;
  if (LABEL_NAME.test(line) && (LABEL_NAME.test(lineAround(text, start - 1)) || LABEL_NAME.test(lineAround(text, stop + 1)))) return true;
  // one of two lines or more of the same title and a name ("Senator Ana de la Vega ⏎⏎ Senator Tom Rusk"), a blank line
  // between them or none: a roll of members
  if (roles && stop - start <= 80 && sameTitleRoll(text, line, start, stop, roles)) return true;
  // (or a name, a comma and a short rest, beside another such line: "Ada Kell, ‘Salt’⏎Tom Rusk, ‘The Long Road’", a
  // list of nominees or of staff with their jobs; a headline of two clauses stands alone)
  if (line.includes(',') && NAME_COMMA_ENTRY().test(line)
    && (NAME_COMMA_ENTRY().test(lineAround(text, start - 1)) || NAME_COMMA_ENTRY().test(lineAround(text, stop + 1)))) return true;
  // one of two lines or more of a label, a dash and a name ("Harbour Elementary - Nadia Orlov", "Best Pie – Ada Kell &
  // Tom Kell"), a blank line between them or none: a list of appointments or winners
  return LABEL_DASH_NAME.test(line) && (LABEL_DASH_NAME.test(lineAround(text, start - 1)) || LABEL_DASH_NAME.test(lineAround(text, stop + 1))
    || LABEL_DASH_NAME.test(lineAround(text, blankLineBefore(text, start))) || LABEL_DASH_NAME.test(lineAround(text, blankLineAfter(text, stop))));
}

/** "Senator Ana de la Vega", "Councillor Tom Rusk, Jr.": a capitalised word (a title, the caller asks), then a name of
 *  two to five words (short words in lower case, its particles, among them), ending the line. */
const TITLED_NAME_LINE = lazyPattern(() => /^[ \t]*(\p{Lu}\p{Ll}+\.?)[ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|\p{Ll}{1,5})){1,4}(?:,[ \t]+(?:Jr|Sr)\.?)?[ \t]*$/u);

/** Whether the line is a titled name (TITLED_NAME_LINE) and so is the line above or below, a blank line between
 *  perhaps, under the same title. */
function sameTitleRoll(text: string, line: string, start: number, stop: number, roles: (word: string) => boolean): boolean {
  const m = TITLED_NAME_LINE().exec(line);
  if (!m || !roles(m[1].replace(/\.$/, '').toLowerCase())) return false;
  const title = m[1];
  return [lineAround(text, start - 2), lineAround(text, blankLineBefore(text, start)), lineAround(text, stop + 1),
    lineAround(text, blankLineAfter(text, stop))].some(other => other !== '' && TITLED_NAME_LINE().exec(other)?.[1] === title);
}

/** An award's category opening a line, alone or before a colon and a winner ("Best supporting actor", "Best Actor In a
 *  Leading Role: …"). */
const CATEGORY_LABEL = /^[ \t]*Best[ \t]+[A-Za-z][^:\n]{0,60}(?::[ \t]+[A-Z][^\n]*)?$/;

/** "Harbour Elementary - Nadia Orlov", "Best Pie – Ada Kell & Tom Kell": a label of up to 50 characters, a dash between
 *  spaces, and one or two names of two to four capitalised words that end the line. */
export const LABEL_DASH_NAME = /^[ \t]*[^:\n–—]{1,50}?[ \t]+[-–—][ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,3}(?:[ \t]+(?:&|and)[ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,3})?[ \t]*$/u;

/** The offset in the line before the blank line above the line that starts at `start`; -1 where there is none. */
function blankLineBefore(text: string, start: number): number {
  let k = start - 1;
  if (k < 0 || text.charCodeAt(k) !== 10) return -1;
  k--;
  if (k >= 0 && text.charCodeAt(k) === 13) k--;
  if (k < 0 || text.charCodeAt(k) !== 10) return -1;
  return k - 1;
}

/** The offset in the line after the blank line below the line that ends at `stop` (its break); -1 where there is none. */
function blankLineAfter(text: string, stop: number): number {
  let k = stop;
  if (text.charCodeAt(k) === 13) k++;
  if (text.charCodeAt(k) !== 10) return -1;
  k++;
  if (text.charCodeAt(k) === 13) k++;
  if (text.charCodeAt(k) !== 10) return -1;
  return k + 1 < text.length ? k + 1 : -1;
}

/** "- Piyush Goyal – Commerce and Industry", "* Ana Ruiz: Finance": a list's bullet, a name, a dash or colon, what follows. */
const BULLET_NAME_DASH = lazyPattern(() => /^[ \t]*[-*•][ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,3}[ \t]+[–—:-][ \t]+\S/u);
/** "Interior: Kipchumba Murkomen", "Mining and Blue Economy: Hassan Joho": a label, a colon and one to four capitalised
 *  words that end the line. */
export const LABEL_NAME = /^[ \t]*(?:[-*•][ \t]+)?[^:\n]{1,40}:[ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3}[ \t]*$/u;

/** "Ada Kell, ‘Salt’", "Tomas Brandt, school custodian": two to four words of a name opening the line (after a bullet),
 *  a comma and a short rest with no comma or final full stop: an entry of a list of people and what each did or does. */
export const NAME_COMMA_ENTRY = lazyPattern(() => /^[ \t]*(?:[-*•][ \t]+)?\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|de|del|da|van|von|der|la|le|bin|al)){1,3},[ \t]+[^\s,.][^\n,]{0,50}(?<![.?!])$/u);

/** The line holding offset `at` (one of its characters or the break after it); '' outside the text. */
/** Whether a name of descent alone on its line is met within four lines above (`step` -1, from the line's start) or
 *  below (1, from its end), each line between of capitalised words only. */
function descentListed(text: string, at: number, step: -1 | 1): boolean {
  for (let n = 0; n < 4; n++) {
    const line = lineAround(text, step < 0 ? at - 2 : at + 1);
    if (line === '') return false;
    if (patronymicNameLine(line)) return true;
    if (!nameOnlyLine(line)) return false;
    at = step < 0 ? at - 1 - line.length : at + 1 + line.length;
  }
  return false;
}

function lineAround(text: string, at: number): string {
  if (at < 0 || at >= text.length) return '';
  let start = at;
  while (start > 0 && text.charCodeAt(start - 1) !== 10) start--;
  let stop = at;
  while (stop < text.length && text.charCodeAt(stop) !== 10 && text.charCodeAt(stop) !== 13) stop++;
  return stop - start > 160 ? '' : text.slice(start, stop);
}

/** "By", "Reporting by", "Photos by", "Text:", "Court reporter:" … opening a line, after any "(", "*", "_" or "©", or a
 *  list's mark ("- By …", a byline set as a list item). */
const CREDIT = lazyPattern(() => /^[\s(*_©]*(?:[-•][ \t]+)?(?:(?:(?:additional\s+)?(?:reporting|report|writing|editing|text|words|photos?|pictures?|graphics|video)\s+)?by\s|(?:\p{L}+\s+)?(?:text|words|photos?|photographs?|pictures?|images?|credits?|reporter|photographer|writer|editor|authors?|byline|contributing|contributors?)\s*:|from\s|(?:[—–]|--)\s*\p{Lu})/iu);

/**
 * "Photo by", "Image:", "Credit:" after a full stop: a caption and its credit on one line ("Ana Ruiz. Photo by Tom
 * Rusk"), which capitalise names, not a headline's words (a headline ends no sentence midway before a credit).
 */
const CAPTION_CREDIT = /\.[ \t]+(?:photo(?:graph)?s?|pictures?|images?|credits?)(?:[ \t]+by[ \t]|[ \t]*:)/i;

/** Whether the line that ends at `end` (its last word's end) opens as a byline or a credit, or ends with a caption's credit. */
function isCredit(text: string, end: number): boolean {
  const start = lineStart(text, end);
  return CREDIT().test(text.slice(start, Math.min(end, start + 40))) || CAPTION_CREDIT.test(text.slice(start, end))
    // ("Ezra Vann/Getty Images": a photographer's credit to a picture agency, all capitals)
    || (slashBefore(text, start, end) && (agencyCreditLine(text.slice(start, end + 2))
      || CAPTION_SLASH_CREDIT().test(text.slice(start, end))));
}

/**
 * A full stop, then a credit of two capitalised words joined by a slash ending the line: "Ana Ruiz. REUTERS/Tom Rusk",
 * "Ana Ruiz and Ivo Brant. Tom Rusk/Pool via AGNC": a picture's caption and its credit, not a headline.
 */
const CAPTION_SLASH_CREDIT = lazyPattern(() => /\.[ \t]+(?:\p{Lu}[\p{L}'’.-]*[ \t]+){0,3}\p{Lu}[\p{L}'’-]*[ \t]?\/[ \t]?\p{Lu}[\p{L}'’-]*(?:[ \t/]+[\p{L}'’-]+){0,4}[ \t]*$/u);

function slashBefore(text: string, start: number, end: number): boolean {
  const slash = text.indexOf('/', start);
  if (slash >= 0 && slash < end) return true;
  // (or a bar between blanks: "Ezra Vann | Getty Images")
  const bar = text.indexOf(' | ', start);
  return bar >= 0 && bar < end;
}

/** Commas on the line that ends at `end` (its last word's end), and after it up to the line's end. */
function commasBefore(text: string, end: number): number {
  let commas = 0;
  for (let k = end - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) break;
    if (c === 44) commas++;
  }
  for (let k = end; k < text.length && k < end + 4; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) break;
    if (c === 44) commas++;
  }
  return commas;
}

/** Where the line holding offset `end` begins (after a line feed or a carriage return). */
function lineStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && text.charCodeAt(start - 1) !== 10 && text.charCodeAt(start - 1) !== 13) start--;
  return start;
}

export function inHeadline(token: Token, headlines: readonly boolean[]): boolean {
  return headlines[token.line] === true;
}

/** A full stop after the line's last word ("Did Mike Pence Say That …?" is a headline: a question or a cry ends none). */
function endsSentence(text: string, from: number): boolean {
  for (let k = from; k < text.length && k < from + 4; k++) {
    const c = text[k];
    if (c === '.') return true;
    if (c === '\n' || c === '\r') return false;
  }
  return false;
}

/** " W. ", " H.W. ", " K. ": initials between two words of a name. */
const INITIALS_BETWEEN = lazyPattern(() => /^ (?:\p{Lu}\. ?)+$/u);
/** A name's middle initials, lower-cased, between its words: " w. " of "dana w. mims". */
const MIDDLE_INITIALS = lazyPattern(() => / (?:\p{Ll}\. ?)+(?=\p{Ll})/gu);

/**
 * "Review: 'The Salt House' by Imogen Carrow": a headline's words are found one by one, as short forms of the names the
 * story gives; two side by side that spell the whole name they stand for are one mention of it.
 */
export function wholeNamesJoined(text: string, mentions: PersonMention[]): PersonMention[] {
  let kept = 0;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    // (three words or more too: "Ruth", "Bader", "Ginsburg"; and across initials that are no mention: "Oren", "K.",
    // "Vasquez", or "George", "W.", "Bush" of a George Bush the body names without them)
    // (spelt as the body spells it in any case, a headline in capitals too: "NAMES BRETT A. COPE CHAIRMAN"; or without
    // the middle initials the body gives: "Appoints Dana Mims as Chief" of a Dana W. Mims)
    const entity = m.entity.toLowerCase();
    const bare = entity.includes('.') ? entity.replace(MIDDLE_INITIALS(), ' ') : entity;
    let joined = m.text.toLowerCase();
    let last = i;
    while (last + 1 < mentions.length && joined.length < entity.length) {
      const next = mentions[last + 1];
      if (next.entity !== m.entity || next.start <= mentions[last].end || next.start - mentions[last].end > 12
        || text.charCodeAt(mentions[last].end) !== 32) break;
      const gap = text.slice(mentions[last].end, next.start);
      const word = next.text.toLowerCase();
      const spelt = `${joined}${entity.startsWith(`${joined}${gap.toLowerCase()}${word}`) ? gap.toLowerCase() : ' '}${word}`;
      if ((gap !== ' ' && !INITIALS_BETWEEN().test(gap)) || !(entity.startsWith(spelt) || bare.startsWith(spelt))) break;
      joined = spelt;
      last++;
    }
    if (last > i && (joined === entity || joined === bare)) {
      mentions[kept++] = { ...m, end: mentions[last].end, text: text.slice(m.start, mentions[last].end) };
      i = last;
      continue;
    }
    mentions[kept++] = m;
  }
  mentions.length = kept;
  return mentions;
}
