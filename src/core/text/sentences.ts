import type { Span } from '../detect/spans';
import { frontMatter } from './frontMatter';
import { lazyPattern } from './lazyPattern';
import { isDigitCode, isUppercase } from './charCodes';
import { datelineAt, FULL_DATE, MONTH, runOnDateLine } from './datelines';
import { US_STATE_SHORT } from './usStates';
import { wordSet } from './wordList';

// Sentence units for claim scoring and anchoring. Works on plain text and Markdown: a heading, list item, title line
// or dateline is a unit of its own, Markdown markup at the start of a line is left out of the span, and every span
// is trimmed of surrounding whitespace. Offsets are into the original text (CRLF untouched).

/** Title-like abbreviations that are never the end of a sentence ("Mr. Smith", "Gen. Syrskyi"). */
const NEVER_FINAL = wordSet('mr mrs ms mx dr prof sen sens rep reps gov gen lt col maj capt cpt'
  + ' sgt cpl adm cmdr rev hon pres supt insp det atty messrs mme mlle fr sr'
  + ' jr st mt ft vs v cf viz approx ca e.g i.e al fig figs dept univ'
  + ' assn esq'
  // titles of South Asian, Nigerian, Kenyan and Philippine news: "Smt. Anita Rao", "Engr. Hauwa Garba", "Asec. Jo Cruz"
  + ' smt engr eng asec usec'
  // a police log's and a council's ranks: "Ptl. Bodine located …", "Sfc. Ruiz was summoned", "Cllr. Jo Bell"
  + ' ptl ptlm sfc ofc tpr lieut cllr');

/** Abbreviations that only stay inside the sentence before a number ("Jan. 5", "No. 1", "p. 12"). */
const BEFORE_NUMBER = wordSet('jan feb mar apr jun jul aug sep sept oct nov dec no nos vol vols'
  + ' p pp art ch sec para ed op tel'
  // rupees and taka before their sum: "a sum of Rs. 200 million", "Tk. 5 crore"
  + ' rs tk');

/** Abbreviations that often end a sentence too ("… in the U.S. The talks …"): final only before a sentence starter. */
const MAY_BE_FINAL = wordSet('etc inc corp co ltd llc plc bros jr sr st a.m p.m est edt pst'
  + ' pty pte bhd cie sarl assn intl mfg n.v s.a a.g b.v k.k s.p.a gmbh'
  // given names written short ("Ma. Theresa", "Guðni Th. Jóhannesson"), and "Md." (Maryland, or Mohammad)
  + ' ma md mohd muhd th wm chas thos jas');

const CORPORATE_ABBREVIATIONS = wordSet('inc corp co ltd llc plc bros pty pte bhd cie sarl'
  + ' intl mfg n.v s.a a.g b.v k.k s.p.a gmbh');

/** Parts of a company's legal name that may follow another abbreviation: "Orchard Pty. Ltd.", "Ravel Co. Inc.". */
const CORPORATE_CONTINUATIONS = wordSet('inc corp co ltd llc plc pty pte bhd limited kg kgaa');

/** Words that open a new sentence after an ambiguous abbreviation. */
const SENTENCE_STARTERS = wordSet('the a an he she it they we i you this that these those there but'
  + ' and or so yet in on at as if when while after before since his her'
  + ' its their our my your however meanwhile still some many most all no not'
  + ' one two officials according earlier later last this also what why how who'
  + ' where for with to from by during under both each several other another');

/** What may follow "9 a.m." inside its sentence: a day, a month, a time zone ("9 a.m. Monday", "5 p.m. EST"). */
const TIME_ZONE = /^\p{Lu}{2,5}$/u;
const DOTTED_ZONE = /^(?:[A-Z]\.){2,3}(?=[\s,;)]|$)/;
const AFTER_CLOCK = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|local|eastern|central|pacific|mountain|atlantic|today|tomorrow|tonight|yesterday)$/iu;

/** A clock time or a zone opening brackets after "a.m.": "(0900 GMT)", "(14:00 UTC)", "(local time)", "(EST)". */
const CLOCK_IN_BRACKETS = /^\(\s*(?:\d{1,2}(?:[:.]?\d\d)?\s*(?:[ap]\.?m\.?|GMT|UTC|\p{Lu}{2,5}\b|h\b)|local\s+time|\p{Lu}{2,5}\))/u;

// (a footnote's mark after the full stop, "… in 2023.[4] Target …", and the emphasis it closes, "… more.**", end with it)
const TERMINAL = /(?:[.!?]+|…)(?:\[\d{1,3}\])?["'”’»)\]]*(?:\*\*|__|\*|_)?(?=\s|$)/g;
const LOWERCASE_START = /^\p{Ll}/u;
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;

/** Splits text into sentence spans in document order. Markdown front matter holds none: it is about the article. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const bodyStart = frontMatter(text)?.end ?? 0;
  for (const block of blocks(text)) if (block.start >= bodyStart) splitBlock(text, block.start, block.end, out);
  return out;
}

interface Range { start: number; end: number }

interface Line {
  /** Where the line's content starts, after indentation and Markdown markup. */
  start: number;
  /** Where the content ends, before trailing whitespace and the line break. */
  end: number;
  /** Content that starts a unit of its own: heading, list item, table row. */
  standalone: boolean;
  blank: boolean;
  quoted: boolean;
}

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/g;
// (a results list's rank may be a tie: "T2. Haruto Inoue, Japan, 204")
const MARKUP = /^[ \t]*(?:(?:>[ \t]?)+)?[ \t]*(#{1,6}(?=[ \t]|$)|[-*+•][ \t]+|T?\d{1,3}[.)][ \t]+)?/;
const HEADING = /^#{1,6}$/;
/** A field's bold label opening a line: "**Said by:**", "**Rating**:", "**Rating: False**", "__Claim:__". */
const BOLD_LABEL = /^(?:\*\*|__)[^*_:\n]{1,30}(?::|(?:\*\*|__):)/;
const NUMBERED_HEADING = /^[ \t]*\d{1,3}[.)][ \t]+/;
/** Characters a line with Markdown markup, a rule or a fence can start with: space, tab, > # - * + • digits | ` ~ _ =,
 *  and T (a tied rank) */
const MARKUP_START = new Set([32, 9, 62, 35, 45, 42, 43, 0x2022, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 124, 96, 126, 95, 61, 0xa0, 0x3000, 84]);
/** Thematic breaks, setext underlines and code fences carry no sentence. */
const RULE_OR_FENCE = /^[ \t>]*(?:(?:[-*_][ \t]*){3,}|=+[ \t]*|(?:```|~~~).*)$/;
/** A list's mark alone on its line. */
const LONE_MARK = /^[ \t]*[-*+•–—][ \t]*$/;

/** Lines of text with their Markdown markup stripped. */
function lines(text: string): Line[] {
  const result: Line[] = [];
  let lineStart = 0;
  // (most texts break their lines with "\n" alone: found with indexOf, the same lines as LINE_BREAK's at a fraction of
  // the cost of trying its pattern at every character)
  if (text.indexOf('\r') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0) {
    for (let lineEnd = text.indexOf('\n'); lineEnd >= 0; lineEnd = text.indexOf('\n', lineStart)) {
      result.push(parseLine(text, lineStart, lineEnd));
      lineStart = lineEnd + 1;
    }
    result.push(parseLine(text, lineStart, text.length));
    return result;
  }
  LINE_BREAK.lastIndex = 0;
  for (;;) {
    const m = LINE_BREAK.exec(text);
    const lineEnd = m ? m.index : text.length;
    result.push(parseLine(text, lineStart, lineEnd));
    if (!m) break;
    lineStart = m.index + m[0].length;
  }
  return result;
}

function parseLine(text: string, lineStart: number, lineEnd: number): Line {
  let end = lineEnd;
  while (end > lineStart && isSpace(text.charCodeAt(end - 1))) end--;
  // most lines open with a letter or a quote: no markup to look for
  if (end > lineStart && !MARKUP_START.has(text.charCodeAt(lineStart))) return { start: lineStart, end, standalone: false, blank: false, quoted: false };
  const raw = text.slice(lineStart, lineEnd);
  // (a line of nothing but a list's mark, "-" or "•" between a page's items, is a separator: no text for the next line)
  if (end === lineStart || RULE_OR_FENCE.test(raw) || LONE_MARK.test(raw)) {
    return { start: end, end, standalone: false, blank: true, quoted: false };
  }
  const markup = MARKUP.exec(raw);
  let start = lineStart + (markup ? markup[0].length : 0);
  const marker = markup?.[1];
  if (marker && HEADING.test(marker)) {
    // closing hashes of an ATX heading ("## Title ##") are markup too
    const closing = /[ \t]+#+$/.exec(text.slice(start, end));
    if (closing) end -= closing[0].length;
    // a numbered heading's number ("## 1. Water main break closes road"), as a numbered item's
    const number = NUMBERED_HEADING.exec(text.slice(start, end));
    if (number) start += number[0].length;
  }
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  const quoted = /^[ \t]*>/.test(raw);
  // ("> **Said by:** Jo Bell" then "> **Rating: False**": a box's field lines, each opened by its bold label)
  const standalone = !!marker || raw.trimStart().startsWith('|') || (quoted && BOLD_LABEL.test(text.slice(start, end)));
  return { start, end, standalone, blank: start >= end, quoted };
}

/** Paragraph-like runs of lines that sentences may span (hard-wrapped prose); titles and markup lines stand alone. */
function blocks(text: string): Range[] {
  const result: Range[] = [];
  let current: Range | undefined;
  let previous: Line | undefined;
  for (const line of lines(text)) {
    if (line.blank) {
      if (current) result.push(current);
      current = undefined;
      previous = undefined;
      continue;
    }
    if (current && previous && continuesPrevious(text, previous, line, current.start === previous.start)) current.end = line.end;
    else {
      if (current) result.push(current);
      current = { start: line.start, end: line.end };
    }
    previous = line;
  }
  if (current) result.push(current);
  return result;
}

/** A single line break inside prose continues the sentence; after a title or a finished sentence it does not. */
function continuesPrevious(text: string, previous: Line, line: Line, previousOpens = false): boolean {
  if (line.standalone || previous.quoted !== line.quoted) return false;
  const last = text.charCodeAt(previous.end - 1);
  // a link's label ends a run of text or stands on its own line, and no sentence goes on over it: "… at any time. More
  // info" over the story's next paragraph, "… signalling to" (an excerpt cut short) over "Read more on harbour.example"
  if (((last | 32) === 111 /* o */ || (last | 32) === 101 /* e */) && LINK_LABEL_END.test(text.slice(Math.max(previous.start, previous.end - 20), previous.end))) return false;
  const lineFirst = text.charCodeAt(line.start) | 32;
  if ((lineFirst === 114 /* r */ || lineFirst === 97 /* a */ || lineFirst === 115 /* s */) && LINK_LINE.test(text.slice(line.start, line.start + 12))) return false;
  // nor over a stamp alone on its line: a headline over "March 3, 2015 / 9:31 PM / 3 years ago", "20 Jan, 2026, 03.21 PM IST"
  // nor from one: a feed's stamp over the next story's headline ("20 Jan, 2026, 03.21 PM IST" over "Port reopens …")
  if (isStampLine(text, line) || isStampLine(text, previous)) return false;
  // nor from a headline with its stamp glued to its end, as a feed is pasted: "Train crashes in TurkeyGMT 10:36 2018
  // Wednesday ,12 December", "Saints move into top sixpublished at 17:15"
  if (gluedStampAt(text.slice(previous.start, previous.end)) >= 0) return false;
  // nor under a date alone on its line, its clock and zone after it perhaps (its bracket is no sentence's end): a
  // front page's "Monday, December 23, 2019, 0918 (UTC)" over its menu
  if (isUpperAsciiLetter(text.charCodeAt(previous.start)) && isUppercase(text.charCodeAt(line.start), text[line.start])
    && previous.end - previous.start <= DATE_ALONE_LENGTH && DATE_ALONE().test(text.slice(previous.start, previous.end))) return false;
  // . ! ? : ” " ) and friends: the block splitter below decides; a headline never ends with them. But a photo's credit
  // in brackets closes its caption, and no sentence goes on after it: "… in Lyon on May 3. (Photo by Jo Bell/Wire)"
  // (and so does a chart's source in brackets after its caption's full stop: "… in the past day. (CoinGecko)")
  // and a line wholly in brackets that opens its block is a note of its own: "($1 = 6.91 yuan)" over "(Reporting by Jo
  // Bell)", "(Update: …)" over the story (a transcript's "(APPLAUSE)" inside a speaker's run of lines stays in it)
  if (previousOpens && last === 41 && text.charCodeAt(previous.start) === 40 && text.indexOf(')', previous.start) === previous.end - 1) return false;
  // a headline's tag in capitals closes it: "… over EU deal [REACTION]" over the next teaser's headline
  if (last === 93 && CAPITALS_TAG.test(text.slice(Math.max(previous.start, previous.end - 24), previous.end))) return false;
  // and a line that closes a quotation with no stop inside it, over a line opening with a capital, is a title's
  // ("Listen to “Wire Recap”"): read as a line without punctuation is; so is a line wholly in brackets ("(APPLAUSE)")
  // an agency's desk signs its story under the last paragraph with its writers' initials: "kw/jm (AFP, dpa)"
  if (isLowercase(text.charCodeAt(line.start), text[line.start]) && line.end - line.start <= INITIALS_CREDIT_LENGTH && INITIALS_CREDIT.test(text.slice(line.start, line.end))) return false;
  const quoteClosesLine = (last === 0x201d || last === 34 || (last === 41 && text.charCodeAt(previous.start) === 40))
    && !isSentenceStop(text.charCodeAt(previous.end - 2)) && isUppercase(text.charCodeAt(line.start), text[line.start]);
  // (a wire's dateline opening the line starts its story, after a full stop or a tag's closing quote as anywhere:
  // "Posts Tagged 'Bus Crash'" over "PHOENIX, AZ — A bus …")
  if (isTerminalish(last) && !quoteClosesLine) return !(last === 41 && (CLOSING_CREDIT.test(text.slice(Math.max(previous.start, previous.end - CREDIT_LOOKBACK), previous.end))
    || SOURCE_AFTER_SENTENCE.test(text.slice(Math.max(previous.start, previous.end - 40), previous.end))))
    && !(isUpperAsciiLetter(text.charCodeAt(line.start)) && datelineAt(text.slice(line.start, line.end)));
  if (previous.standalone && !line.quoted) return false;
  // a picture's credit on the line under its caption or headline: "AFP/Getty Images", "Jo Bell/Harbour Wire"
  if (isUpperAsciiLetter(text.charCodeAt(line.start)) && line.end - line.start <= CREDIT_LINE_LENGTH && CREDIT_LINE.test(text.slice(line.start, line.end))) return false;
  const first = text.slice(line.start, line.start + 1);
  if (LOWERCASE_START.test(first)) return true;
  const prevText = text.slice(previous.start, previous.end);
  const next = text.slice(line.start, line.end);
  // a link's or a button's label ("Follow on", "Docs: Report on the crash") over a paragraph pasted as one line: the
  // paragraph's first word would have fit on a wrapped line, and a label's text never runs on into a paragraph
  if (next.length > PARAGRAPH_LINE && wrapWouldHaveFit(prevText, next)) return false;
  if (previousOpens && LABEL_OPENING.test(prevText) && isUppercase(text.charCodeAt(line.start), text[line.start])) return false;
  if (/[,;\-–—(]$/.test(prevText) || /\b(?:the|a|an|of|and|or|to|in|on|for|with|by|at|from|that)$/i.test(prevText)) return true;
  if (prevText.length < 55 || isTitleCase(prevText)) return false;
  // a headline in sentence case over its byline or its story's dateline: "Council passes budget with six votes" then
  // "By: Dana Reyes - May 3, 2026" or "PORTVALE — The council …" (a wrapped sentence goes on with neither)
  // and a headline over its story's first paragraph, pasted as one long line: wrapped text has no line far longer than
  // the one before it ("Shares of Orsk Mining fell 12% on Friday after …" under "Orsk Mining swings to a loss, shares fall")
  if (next.length > PARAGRAPH_LINE && next.length > 2 * prevText.length) return false;
  // a wrapped line ends where its next word did not fit, so the line after it is no longer than the line and that word:
  // a longer one is a paragraph of its own under a headline or a teaser ("Clinic waits grow as staff leave" over "Waiting
  // lists in the region grew by 12,000 in May, …"), however short the headline
  if (wrapWouldHaveFit(prevText, next)) return false;
  return !BYLINE_LINE().test(next) && !datelineAt(next);
}

/** Writers' initials and their agencies, alone on a line under a story: "kw/jm (AFP, dpa)", "jb/ar (Reuters)". */
const INITIALS_CREDIT = /^[a-z]{1,4}(?:\/[a-z]{1,4}){1,3}(?:[ \t]*\([A-Za-z][\w .,&-]{1,40}\))?[ \t]*$/;
const INITIALS_CREDIT_LENGTH = 60;
/** A one-word label and its colon opening a line that ends with no stop: a teaser's "Docs: Report on the crash". */
const LABEL_OPENING = /^[ \t]*\p{Lu}\p{Ll}{1,12}:[ \t]+\p{Lu}/u;

/** A tag in capitals and square brackets closing a teaser's headline: "[REACTION]", "[VIDEO]", "[LATEST]". */
const CAPITALS_TAG = /\[[A-Z][A-Z ]{1,18}\]$/;
/** A picture's credit alone on its line: names in capitals, an agency after a slash ("Peter Zay/Anadolu Agency via Getty Images"). */
const CREDIT_LINE = /^(?:[A-Z][\w.'’-]*[ \t]){0,3}[A-Z][\w.'’-]*[ \t]?\/[ \t]?[A-Z][\w.'’-]*(?:[ \t](?:[A-Z][\w.'’-]*|via))*$/;
const CREDIT_LINE_LENGTH = 60;

function isSentenceStop(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}

/** A link's label ending a line ("More info", "Read more"), and a "Read more on …" or "Also Read | …" line (see continuesPrevious). */
const LINK_LABEL_END = /(?:^|[\s.])(?:more info|read more|learn more|find out more)$/i;
const LINK_LINE = /^(?:read more|also read|read also|see also)\b/i;

/** A date alone on its line, with its time and age after bars or slashes: "Mar 9, 2017", "May 4, 2016 / 4:45 PM / a year ago",
 *  or a newsletter's links after it: "July 20, 2020 View Online | Sign Up". */
const STAMP_LINE = lazyPattern(() => new RegExp(String.raw`^(?:${MONTH}\.? \d{1,2},? \d{4}|\d{1,2} ${MONTH}\.?,? \d{4})(?:(?:\s*[/|·-]\s*|,[ \t]*)(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?|(?:\d{1,3}|an?) (?:minutes?|hours?|days?|weeks?|months?|years?) ago))*(?:\s+View (?:Online|in (?:your )?[Bb]rowser)\b.*)?\s*$`));

/** Whether a line is a stamp alone (STAMP_LINE): short, opening with a month's capital or a day's figure. */
function isStampLine(text: string, line: Line): boolean {
  return line.end - line.start <= 80 && /[A-Z\d]/.test(text[line.start]) && STAMP_LINE().test(text.slice(line.start, line.end));
}

/**
 * Where a feed's stamp glued to the headline before it starts, or -1: a clock after a time zone or "published at",
 * touching the headline's last letter ("… in TurkeyGMT 10:36 2018", "… with Worcester winpublished at 17:15").
 */
function gluedStampAt(line: string): number {
  return /GMT|UTC|published at/.test(line) ? (/(?<=\p{Ll})(?:GMT|UTC|published at) \d{1,2}[:.]\d\d/u.exec(line)?.index ?? -1) : -1;
}

/** A date alone on its line, with its weekday, clock and zone perhaps: "Monday, December 23, 2019, 0918 (UTC)". */
const DATE_ALONE = lazyPattern(() => new RegExp(String.raw`^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?${FULL_DATE},?(?:[ \t]+\d{1,2}[:.]?\d\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?)?(?:[ \t]*\(?[A-Z]{2,5}\)?)?$`));
const DATE_ALONE_LENGTH = 48;

function isUpperAsciiLetter(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** How many characters longer than the line before and its first word the next line may be and still be wrapped text. */
const WRAP_SLACK = 3;

/** Would the next line's first word have fit on the line before, by the next line's own length (see continuesPrevious)? */
function wrapWouldHaveFit(previous: string, next: string): boolean {
  const before = previous.trim().length;
  const after = next.trimEnd();
  const space = after.search(/\s/);
  const firstWord = space < 0 ? after.length : space;
  return after.length >= before + 1 + firstWord + WRAP_SLACK;
}

/** A line this long is a paragraph pasted whole, not a line of hard-wrapped text. */
const PARAGRAPH_LINE = 150;

/** A caption's credit in brackets at the end of its line: "(Photo by Jo Bell/Wire)", "(AP Photo/Jo Bell)", "(Jo Bell / Wire)". */
const CLOSING_CREDIT = /\((?:[^()]{0,40}\b(?:photo|image|picture|video|credit|courtesy|getty)\b[^()]{0,60}|[^()/]{2,40}\/[^()]{2,40})\)$/i;
/** A source's name alone in brackets after a sentence's end, closing its line: "… fell 25%. (CoinGecko)". */
const SOURCE_AFTER_SENTENCE = /[.!?]["”’]?[ \t]+\([A-Z][\w&' .-]{1,30}\)$/;
/** How far back from a line's closing bracket its credit is looked for. */
const CREDIT_LOOKBACK = 110;
/** A byline on a line of its own: "By: Dana Reyes - May 3, 2026", "By Dana Reyes and Tom Okafor". */
const BYLINE_LINE = lazyPattern(() => /^[*_]{0,3}[Bb][Yy]:?[ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:and[ \t]+)?\p{Lu}[\p{L}'’.-]*){0,4}[*_]{0,3}[ \t]*(?:[-–—|,·]|$)/u);

function isTerminalish(code: number): boolean {
  // . ! ? … : " ' ” ’ ) ]
  return code === 46 || code === 33 || code === 63 || code === 0x2026 || code === 58 || code === 34 || code === 39 ||
    code === 0x201d || code === 0x2019 || code === 41 || code === 93;
}

function isTitleCase(line: string): boolean {
  const words = line.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const long = words.filter(w => w.length > 3);
  if (!long.length) return true;
  // a title's last word is capitalised: a line of names that ends "… followed participants aged" is prose
  if (/^\p{Ll}/u.test(long[long.length - 1]) && long[long.length - 1] === words[words.length - 1]) return false;
  return long.filter(w => /^\p{Lu}/u.test(w)).length / long.length >= 0.6;
}

/** Pushes the unit [from, to) of the block, a date line run into it (RUN_ON_DATE_LINE) as a unit of its own; the
 *  block's opening is tried by datelineAt. */
function pushAfterDateLine(text: string, block: string, blockStart: number, from: number, to: number, out: Span[]): void {
  let start = from;
  while (start < to && isSpace(block.charCodeAt(start))) start++;
  const line = start > 0 && to - start > 12 ? runOnDateLine(block.slice(start, Math.min(to, start + 60))) : null;
  if (line && line[0].length < to - start) {
    push(text, blockStart + start, blockStart + start + line[1].length, out);
    start += line[0].length;
  }
  push(text, blockStart + start, blockStart + to, out);
}

function splitBlock(text: string, blockStart: number, blockEnd: number, out: Span[]): void {
  const block = text.slice(blockStart, blockEnd);
  // a lead-in's colon before a bullet run into its line ("Her record in brief: - In 2014, she became …") and a related
  // story's prompt and headline glued to the paragraph after it ("Also Read | Port strike endsThe union said …") end
  // there: the lead-in and the link are units of their own, and the sentence after them is scored alone
  // (and a headline and the feed's stamp glued to its end are units of their own, cut at the seam)
  const stamp = gluedStampAt(block);
  const cut = inlineBulletAt(block) ?? gluedLinkEnd(block) ?? (stamp > 0 ? [stamp, stamp] : undefined);
  if (cut) {
    splitBlock(text, blockStart, blockStart + cut[0], out);
    splitBlock(text, blockStart + cut[1], blockEnd, out);
    return;
  }
  let sentenceStart = 0;
  const dateline = datelineAt(block);
  if (dateline) {
    push(text, blockStart, blockStart + dateline[1].length, out);
    sentenceStart = dateline[0].length;
  }
  TERMINAL.lastIndex = sentenceStart;
  for (let m = TERMINAL.exec(block); m; m = TERMINAL.exec(block)) {
    const end = m.index + m[0].length;
    if (end >= block.length) break;
    if (!endsSentence(block, m.index, m[0], end, sentenceStart)) continue;
    pushAfterDateLine(text, block, blockStart, sentenceStart, end, out);
    sentenceStart = end;
    // a thread's counter after a post's last sentence is a unit of its own, not the next post's opening: "… two reasons. (1/5)"
    const counter = block.charCodeAt(end + 1) === 40 /* ( */ ? THREAD_COUNTER.exec(block.slice(end, end + 12)) : null;
    if (counter) {
      push(text, blockStart + end, blockStart + end + counter[0].length, out);
      sentenceStart = end + counter[0].length;
      TERMINAL.lastIndex = sentenceStart;
    }
  }
  pushAfterDateLine(text, block, blockStart, sentenceStart, block.length, out);
}

/** A colon, then a bullet's mark between blanks before a capital or a figure: "… in brief: - In 2014, …". */
const INLINE_BULLET = /:[ \t]+[-•▪][ \t]+(?=[\p{Lu}\d"“])/u;

/** Where a lead-in's colon ends and the bullet's text starts (see INLINE_BULLET), if the block runs one on. */
function inlineBulletAt(block: string): [number, number] | undefined {
  if (!(block.includes(': -') || block.includes(': •') || block.includes(': ▪'))) return undefined;
  const m = INLINE_BULLET.exec(block);
  return m ? [m.index + 1, m.index + m[0].length] : undefined;
}

/** A related story's prompt and its bar or colon opening a block: "Also Read |", "Read More:", "See Also |". */
const LINK_PROMPT = /^(?:Also Read|Read Also|Read More|See Also|Also See|Related)[ \t]*[|:][ \t]*\S/i;
/** A lower-case letter glued to a capitalised word, a headline's closing quote perhaps between: where a pasted link's
 *  headline runs into the text after it ("… say ‘too close to call’The results …"). */
const GLUED_WORD = /\p{Ll}[’'"”]?(\p{Lu}\p{Ll}*)\b/gu;

/** Where a related story's headline glued to the next sentence ends ("… since IndependenceThe show …"): at the first
 *  seam whose capitalised word opens sentences ("The", "In"), not a name's inner capital ("McAllister"). */
function gluedLinkEnd(block: string): [number, number] | undefined {
  const c = block.charCodeAt(0) | 32;
  if ((c !== 97 /* a */ && c !== 114 /* r */ && c !== 115 /* s */) || !LINK_PROMPT.test(block)) return undefined;
  GLUED_WORD.lastIndex = 0;
  for (let m = GLUED_WORD.exec(block); m; m = GLUED_WORD.exec(block)) {
    const seam = m.index + m[0].length - m[1].length;
    if (SENTENCE_STARTERS.has(m[1].toLowerCase())) return [seam, seam];
  }
  return undefined;
}

/** A thread's counter after a post: " (1/5)", " (12/12)". */
const THREAD_COUNTER = /^[ \t]\(\d{1,2}\/\d{1,2}\)(?=\s|$)/;

/** Most words of a clock time that opens its sentence: "At 9 a.m.", "Shortly after 10 p.m.", "By 6.30 a.m. on". */
const OPENING_CLOCK_WORDS = 4;

function wordsBetween(block: string, from: number, to: number): number {
  return block.slice(from, to).split(/\s+/).filter(Boolean).length;
}

function endsSentence(block: string, punctAt: number, punct: string, after: number, sentenceStart: number): boolean {
  let next = after;
  while (next < block.length && isSpace(block.charCodeAt(next))) next++;
  if (next >= block.length) return true;
  const nextCode = block.charCodeAt(next);
  if (isLowercase(nextCode, block[next])) return false;
  if (punct.charCodeAt(0) !== 46 || punct.startsWith('..')) return true;
  // "RENO, Nev. (AP) — Crews …": a wire's name in brackets and a dash after a place's abbreviation, its dateline
  if (nextCode === 40) {
    const opening = block.slice(next, next + 40);
    if (WIRE_TAG_SHAPE.test(opening) && WIRE_TAG().test(opening)) return false;
  }
  const word = wordBefore(block, punctAt);
  if (!word) return true;
  if (isPlaceAbbreviationInHeadline(block, punctAt, word)) return false;
  // an ordinal's ending after its figure ("… on August 8th. Stay tuned"): a number, no "St." or "Th." of a name
  if (word.length === 2 && isDigitCode(block.charCodeAt(punctAt - 3)) && ORDINAL_ENDING.test(word)) return true;
  // an initial: "J. R. R. Tolkien" (not the letter of a code or a rating: "rated 12A. Thorne's letters …")
  if (word.length === 1 && isUppercase(word.charCodeAt(0), word) && !isDigitCode(block.charCodeAt(punctAt - 2))) return false;
  const lower = word.toLowerCase();
  if (NEVER_FINAL.has(lower) && !MAY_BE_FINAL.has(lower)) return false;
  // a state's code in capitals ends its sentence as any word does: "… at his home in Dighton, MA. US officials …"
  // (the given names written short, "Ma. Theresa", "Md. Rahman", are in title case)
  if (word.length === 2 && GIVEN_NAME_SHORT.has(lower) && isUppercase(word.charCodeAt(1), word[1])) return true;
  const nextIsDigit = nextCode >= 48 && nextCode <= 57;
  if (BEFORE_NUMBER.has(lower) && nextIsDigit) return false;
  // "Health and Human Services Sec. Jo Bell said …": a secretary's title before a name, as "Gen." and "Gov." are
  if (word === 'Sec' && isUppercase(nextCode, block[next]) && !SENTENCE_STARTERS.has((/^\p{L}+/u.exec(block.slice(next, next + 30))?.[0] ?? '').toLowerCase())) return false;
  const dotted = word.length > 2 && word.indexOf('.') > 0 && /^(?:\p{L}\.)+\p{L}{1,2}$/u.test(word); // U.S, a.m, e.g, W.Va
  if (dotted || MAY_BE_FINAL.has(lower)) {
    const nextWord = /^[\p{L}\p{N}'’]+/u.exec(block.slice(next, next + 30))?.[0] ?? '';
    if (CORPORATE_CONTINUATIONS.has(nextWord.toLowerCase())) return false;
    // "Kestrel N.V. (KNV) said": a company's ticker or former name in brackets, not a new sentence
    if (nextCode === 40 && CORPORATE_ABBREVIATIONS.has(lower)) return false;
    // "… at 9 a.m. Prices fell": a clock time is followed within its sentence only by its day, month or time zone; but
    // a sentence that opens with its time ("At 9 a.m. Mayor Reyes …") has not yet said anything
    const clock = lower === 'a.m' || lower === 'p.m';
    if (clock && (TIME_ZONE.test(nextWord) || AFTER_CLOCK.test(nextWord))) return false;
    // "8:30 p.m. E.T., January 27": a zone written with its stops
    if (clock && DOTTED_ZONE.test(block.slice(next, next + 8))) return false;
    // "at 10 a.m. (0900 GMT) on Sunday": the same time in another zone, in brackets
    if (clock && nextCode === 40 && CLOCK_IN_BRACKETS.test(block.slice(next, next + 24))) return false;
    // (a list's "etc." closes it: no name goes on after it, "… trucks, etc. Output rose")
    if (lower === 'etc' || SENTENCE_STARTERS.has(nextWord.toLowerCase()) || nextCode === 34 || nextCode === 0x201c || nextCode === 0x2018 || nextCode === 40) return true;
    return clock && wordsBetween(block, sentenceStart, punctAt) > OPENING_CLOCK_WORDS;
  }
  return true;
}

const US_STATE_WORD = new RegExp(`^(?:${US_STATE_SHORT})$`);

/** A state's short form after its place ("San Jose, Calif.", "Newark, N.J.") in a headline: a title-case line
 *  with no closing stop is one unit, so the capital after the stop goes on with it ("… in San Jose, Calif. After Long
 *  Search"); in prose the same stop before a capital may end the sentence ("… in Sacramento, Calif. Last year …"). */
function isPlaceAbbreviationInHeadline(block: string, punctAt: number, word: string): boolean {
  const start = punctAt - word.length;
  if (word.length > 5 || block.charCodeAt(start - 1) !== 32 || block.charCodeAt(start - 2) !== 44 /* , */) return false;
  if (!US_STATE_WORD.test(word)) return false;
  let end = block.length;
  while (end > 0 && isSpace(block.charCodeAt(end - 1))) end--;
  if (end > PARAGRAPH_LINE || isTerminalish(block.charCodeAt(end - 1)) || /[\r\n]/.test(block)) return false;
  return isTitleCase(block);
}

const ORDINAL_ENDING = /^(?:st|nd|rd|th)$/i;
/** Given names written short that MAY_BE_FINAL holds and a state's or country's two capitals spell too. */
const GIVEN_NAME_SHORT = wordSet('ma md th wm');

/** A wire's name in brackets, then its dateline's dash: "(AP) —", "(Reuters) -". */
/** WIRE_TAG without its letter classes (dear to compile): a capital is an ASCII capital or any character past ASCII, a
 *  letter any of those or a small ASCII letter. Tested first. */
const WIRE_TAG_SHAPE = /^\([A-Z\u0080-\uffff][A-Za-z\u0080-\uffff.&-]*(?:[ \t][A-Z\u0080-\uffff][A-Za-z\u0080-\uffff.&-]*){0,2}\)[ \t]*[-–—]/;
const WIRE_TAG = lazyPattern(() => /^\(\p{Lu}[\p{L}.&-]*(?:[ \t]\p{Lu}[\p{L}.&-]*){0,2}\)[ \t]*[-–—]/u);

function isLowercase(code: number, ch: string): boolean {
  if (code < 128) return code >= 97 && code <= 122;
  return LOWERCASE_START.test(ch);
}

function isWordLetter(code: number, ch: string): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  // (the rest of Latin-1's first half holds three letters and no mark: "¬" once compiled the pattern's large classes)
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba;
  return /[\p{L}\p{M}]/u.test(ch);
}

/** The word (letters and inner dots) right before the period at `at`. */
function wordBefore(block: string, at: number): string {
  let start = at;
  while (start > 0) {
    const code = block.charCodeAt(start - 1);
    if (isWordLetter(code, block[start - 1])) start--;
    else if (code === 46 && start - 2 >= 0 && isWordLetter(block.charCodeAt(start - 2), block[start - 2])) start--;
    else break;
  }
  return block.slice(start, at);
}

function push(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end <= start) return;
  const sentence = text.slice(start, end);
  // (most sentences open with an ASCII letter or digit, which is one)
  const c = sentence.charCodeAt(0);
  if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) && !HAS_WORD_CHAR.test(sentence)) return;
  out.push({ start, end, text: sentence });
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x3000 || (code >= 0x2000 && code <= 0x200a) || code === 0x0b || code === 0x0c;
}
