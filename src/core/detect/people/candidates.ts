// Runs of capitalised words (with initials and name particles) that could be a name, found in one pass.
import { isRomanNumeral, type LineStats, type Token } from './tokenize';
import type { PeopleLexicon } from '../lexicon';
import { HANDLE, surnameAfterHandle } from './handles';
import { lazyPattern } from '../../text/lazyPattern';
import { wordSet } from '../../text/wordList';

/** Tokens [first, last] (inclusive indices into the token list) that may name a person. */
export interface Run {
  first: number;
  last: number;
}

const MAX_RUN = 10;

/** Splits the token stream into maximal runs of name-like words joined only by spaces (or ". " after an initial). */
export function capitalisedRuns(text: string, tokens: readonly Token[], lex: PeopleLexicon, lines: readonly LineStats[],
  surnames: ReadonlySet<string> = new Set()): Run[] {
  const joins = (a: Token, b: Token) => joinedOnLine(text, a, b) || joinedAcrossWrap(text, a, b, lines, lex);
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    // "Police detained de la Cruz", "sentenced van der Berg": a surname that opens with its particles
    // (a lone "van" is the English word as often: "the delivery van Tammerkamp drives"; "van der Berg" is a name)
    const opening = !startsName(tokens[i]) && SURNAME_OPENERS.has(tokens[i].lower) ? particlesAt(tokens, i, lex, joins) : 0;
    // (but "van 't Hek" is a name: the English word has no "'t" after it)
    if (!startsName(tokens[i]) && (opening === 0 || (opening === 1 && tokens[i].lower === 'van' && !elidedHetAfter(text, tokens[i])))) { i++; continue; }
    let last = i + opening;
    let j = last + 1;
    while (j < tokens.length && j - i < MAX_RUN && !tokens[last].possessive) {
      const t = tokens[j];
      // "Brent St. Pierre", "Mary St. John": "St." after a given name opens a surname (no saint's name after a person's)
      if (stSurname(text, tokens, last, j, surnames)) { last = j; j++; continue; }
      // ("… REUTERS/Carlo Allegri⏎Eric Yuan, CEO of …": a full name ending a long line and a given name opening a full
      // name on the next are two people, a caption's credit and the caption's subject, not one name wrapped)
      if (t.line !== tokens[last].line && last > i && lex.givenNames.has(t.lower) && !lex.givenNames.has(tokens[last].lower)
        && j + 1 < tokens.length && tokens[j + 1].line === t.line && tokens[j + 1].start - t.end === 1 && startsName(tokens[j + 1])) break;
      if (!joins(tokens[last], t)) {
        // Joaquin "El Toro" Mendez, William (Bill) Carrow: a nickname in quotation marks or brackets inside the name
        // (counted from the name's first word, after the titles the run opens with: "Chief Executive Jacob "Kobi" Alexander")
        let named = i;
        // (a title in the plural too: "Senators Paolo "Bam" Aquino and …")
        while (named < last && (lex.titles.has(tokens[named].lower) || lex.roleNouns.has(tokens[named].lower)
          || (tokens[named].lower.endsWith('s') && lex.titles.has(tokens[named].lower.slice(0, -1)))
          || (named === i && tokens[named].sentenceStart && lex.commonWords.has(tokens[named].lower)))) named++;
        // (and the words before a title inside the run: "Manila Mayor Francisco "Isko Moreno" Domagoso")
        for (let q = last - 1; q > named; q--) {
          if (lex.titles.has(tokens[q].lower) || lex.roleNouns.has(tokens[q].lower)) { named = q + 1; break; }
        }
        const after = last - named <= 2 ? nicknameEnd(text, tokens, named, last, j, lex) : -1;
        if (after < 0) break;
        last = after;
        j = after + 1;
        continue;
      }
      if (startsName(t) || (t.shape === 'upper' && isRomanNumeral(t.text))) { last = j; j++; continue; }
      // particles count only when a capitalised word follows: "Ludwig van Beethoven", "Joost van der Westhuizen"
      const particles = particlesAt(tokens, j, lex, joins);
      if (particles > 0) { last = j + particles; j += particles + 1; continue; }
      break;
    }
    runs.push({ first: i, last });
    i = last + 1;
  }
  return runs;
}

/** Whether token `k` is "St." right before a capitalised word: "St. Pierre". */
function stBefore(text: string, tokens: readonly Token[], k: number): boolean {
  const st = tokens[k];
  return st.text === 'St' && k + 1 < tokens.length && startsName(tokens[k + 1]) && tokens[k + 1].start === st.end + 2
    && text.charCodeAt(st.end) === 46 && text.charCodeAt(st.end + 1) === 32;
}

/**
 * "Brent St. Pierre": the words after "St." that a given name right before it makes a surname's, in one pass over the
 * article, so that "St. Pierre" alone is that surname too, and no saint's name.
 */
export function stSurnames(text: string, tokens: readonly Token[], lex: PeopleLexicon): Set<string> {
  const words = new Set<string>();
  for (let k = 1; k < tokens.length - 1; k++) {
    if (stBefore(text, tokens, k) && tokens[k].start - tokens[k - 1].end === 1 && !tokens[k - 1].possessive
      && lex.givenNames.has(tokens[k - 1].lower)) words.add(tokens[k + 1].lower);
  }
  return words;
}

/** Whether "St" at token `last` opens a surname the article gives a person with a given name ("Brent St. Pierre"). */
function stSurname(text: string, tokens: readonly Token[], last: number, j: number, surnames: ReadonlySet<string>): boolean {
  return surnames.size > 0 && j === last + 1 && stBefore(text, tokens, last) && surnames.has(tokens[j].lower);
}

/** A nickname: one to four words in quotation marks, capitalised but for short joiners ("of", "the"). */
// (or between two apostrophes each side, as archives of old newspapers print a quotation mark: "Lloyd ''Jerry'' Briggs";
// or one word in single quotation marks, as British papers write them: "Andy ‘Fletch’ Fletcher", "Rolf 'Ace' Marin")
const NICKNAME = lazyPattern(() => /^ (?:["“]\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|of|the|de|el|la))*["”]|''\p{Lu}[\p{L}’.-]*(?: (?:\p{Lu}[\p{L}’.-]*|of|the|de|el|la))*''|‘\p{Lu}[\p{L}.-]*’|'\p{Lu}[\p{L}.-]*') $/u);
/** Whether a word may open a name before a handle: a given name, or a word no list knows (a given name of a language
 *  the lists lack, "Dauren"), not a surname, a word of the language or a place's ('Trump "won" Ohio'). */
function handleOpener(w: string, lex: PeopleLexicon): boolean {
  return lex.givenNames.has(w) || !(lex.surnames.has(w) || lex.commonWords.has(w) || lex.places.has(w) || lex.skippedWords.has(w));
}
/**
 * A name's short form in brackets: a given name ("(Bill)") or the initials of the words before it ("Alan Peter
 * (A.P.) Carrow"), not a country or a side ("Tom Hale (Britain) Jan Novak", "Ann Orr (U.S.) Rabobank" of a results
 * list).
 */
/** BRACKETED_NICKNAME without its letter classes (a capital is an ASCII capital or any character past ASCII, a small
 *  letter a small ASCII letter or any character past ASCII): tested before BRACKETED_NICKNAME, whose letter classes are dear to compile. */
const BRACKETED_GAP = /^ \((?:[A-Z\u0080-\uffff][a-z\u0080-\uffff]+|(?:[A-Z\u0080-\uffff]{1,2}\.){2,4})\) $/;
const BRACKETED_NICKNAME = lazyPattern(() => /^ \((?:(\p{Lu}\p{Ll}+)|(?:\p{Lu}\.){2,4})\) $/u);

/**
 * The index of the name word after a nickname that follows token `last` ("Rafael "Lobo" Serrano", "James (Jim)
 * Orr"), or -1. `j` is the first token after `last` (the nickname's first word, when there is one).
 */
function nicknameEnd(text: string, tokens: readonly Token[], first: number, last: number, j: number, lex: PeopleLexicon): number {
  // ("Franklin D. "Frank" Osei": after a middle initial, its full stop)
  const from = tokens[last].end + (tokens[last].shape === 'initial' && text.charCodeAt(tokens[last].end) === 46 ? 1 : 0);
  const c = text.charCodeAt(from + 1);
  const bracket = c === 40 /* ( */;
  // (a quoted nickname after the first or second word; a bracketed one up to the third: "Mary Ann Lise (M.A.L.)")
  if (text.charCodeAt(from) !== 32 || (c !== 34 && c !== 0x201c && c !== 0x2018 && c !== 39 && !bracket) || tokens[last].possessive || (!bracket && last - first > 1)) return -1;
  // the nickname's words are tokens too (or dropped words such as "The"); find the first token after its closing mark
  let k = j;
  while (k < tokens.length && k - j < 5 && tokens[k].start < from + 40) {
    const gap = text.slice(from, tokens[k].start);
    if (bracket && gap.includes(')')) {
      const short = BRACKETED_GAP.test(gap) ? BRACKETED_NICKNAME().exec(gap) : null;
      if (!short || !startsName(tokens[k])) return -1;
      const initials = tokens.slice(first, last + 1).map(t => t.text[0]).join('');
      return (short[1] ? lex.givenNames.has(short[1].toLowerCase()) : initials === gap.replace(/[^\p{Lu}]/gu, '')) ? k : -1;
    }
    if (!bracket && gap.length > 2 && (NICKNAME().test(gap) || (HANDLE().test(gap) && handleOpener(tokens[last].lower, lex) && surnameAfterHandle(tokens[k].lower, lex)))) {
      if (startsName(tokens[k])) return k;
      // (a surname opened by a particle after the nickname: Luiz Inacio "Lula" da Silva)
      const particles = particlesAt(tokens, k, lex, (a, b) => b.start - a.end === 1);
      return particles > 0 ? k + particles : -1;
    }
    k++;
  }
  return -1;
}

/** Particles that open a surname written without its given name; not "la", "al", "el" ("in la Liga", "al Qaeda"). */
const SURNAME_OPENERS = wordSet('van von de da dos das du di del della dela delos bin ibn');

/** How many tokens from `j` are one or two lower-case particles followed by a name word (0 when not). */
function particlesAt(tokens: readonly Token[], j: number, lex: PeopleLexicon, joins: (a: Token, b: Token) => boolean): number {
  for (let n = 0; n < 2 && j + n + 1 < tokens.length; n++) {
    const t = tokens[j + n];
    if (t.shape !== 'lower' || !lex.particles.has(t.lower)) return 0;
    const next = tokens[j + n + 1];
    if (!joins(t, next)) return 0;
    if (startsName(next)) return n + 1;
  }
  return 0;
}

function startsName(t: Token): boolean {
  return t.shape === 'capitalised' || t.shape === 'initial';
}

/** " 't " right after token `a`: the elided Dutch article of "van 't Hek". */
function elidedHetAfter(text: string, a: Token): boolean {
  const c = text.charCodeAt(a.end + 1);
  return text.charCodeAt(a.end) === 32 && (c === 39 || c === 0x2019) && text.charCodeAt(a.end + 2) === 116 /* t */
    && text.charCodeAt(a.end + 3) === 32;
}

/** Words belong to one name when only spaces separate them, or a full stop after an initial ("J. R. Smith"). */
function joinedOnLine(text: string, a: Token, b: Token): boolean {
  const gap = b.start - a.end;
  // "Sigrid van 't Hek", "Van ’t Hof": the Dutch particle "'t" (an elided "het") after "van" is part of the name
  if (gap === 4 && a.lower === 'van' && elidedHetAfter(text, a)) return true;
  // (a word ending in its full stop, "Jr.", ends the name)
  if (gap < 1 || gap > 3 || a.possessive || text.charCodeAt(a.end - 1) === 46) return false;
  let sawStop = false;
  for (let k = a.end; k < b.start; k++) {
    const c = text[k];
    if (c === ' ' || c === '\u00a0') continue;
    if (c === '.' && a.shape === 'initial' && !sawStop) { sawStop = true; continue; }
    return false;
  }
  return true;
}

/** Where an item of a list begins: after a comma, a semicolon, an opening bracket or a shirt number's dash. */
const LIST_ITEM_BEFORE = /(?:[,;(] ?|\d ?[-–] ?)$/;

/** How long a line must be before its end counts as a wrap inside a paragraph, not a line of its own. */
const WRAPPED_LINE = 50;

/**
 * A hard-wrapped paragraph ("… The Evelyn⏎Hartley Bridge will open"): one line break, with spaces, between two words,
 * after a long prose line (more ordinary lower-case words than numbers: no headline, list or results table), continues
 * the name.
 */
function joinedAcrossWrap(text: string, a: Token, b: Token, lines: readonly LineStats[], lex: PeopleLexicon): boolean {
  const line = lines[a.line];
  if (b.line !== a.line + 1 || a.possessive || text.charCodeAt(a.end - 1) === 46 || b.start - a.end > 4) return false;
  // (a middle initial after the break continues a name on a line with fewer words, ages and initials of a crime report:
  // "Kevin J. Ostrowski Jr., 29, of Millbrook, appeared before Judge Patricia⏎A. Lindgren"; a results table that
  // wraps "Ilse⏎Varga" has hardly a word of the language)
  const prose = b.shape === 'initial' ? line.lower >= 2 && line.other <= 2 * line.lower : line.lower >= 3 && line.other < line.lower;
  // (but a given name that is no word of the language goes on after the break on any line, "… Director Branko⏎Bilbija
  // said", "…, Graham⏎Thorne, …", "5 - Mark⏎Andrews (…)"; so does an initial opening an item of a list, "…, D.⏎Bicknell 55")
  const nameGoesOn = b.shape === 'capitalised' && ((lex.givenNames.has(a.lower) && !lex.commonWords.has(a.lower))
    || (a.shape === 'initial' && LIST_ITEM_BEFORE.test(text.slice(Math.max(0, a.start - 5), a.start))));
  if (!prose && !nameGoesOn) return false;
  let newlines = 0;
  for (let k = a.end; k < b.start; k++) {
    const c = text.charCodeAt(k);
    // ("Her lawyer, J.⏎Michael Rourke": an initial's full stop before the break)
    if (c === 46 && k === a.end && a.shape === 'initial') continue;
    if (c === 10) newlines++;
    else if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  if (newlines !== 1) return false;
  // ("… discussed the plans with Wikinews⏎Image: Harbour Division.": a word opening the next line with its colon is
  // that line's label, a caption's credit or a speaker's name, never the rest of a name broken off the line before)
  if (text.charCodeAt(b.end) === 58) return false;
  // (nor a word opening a short label line, "… Harbourwiki, Wikiblatt⏎Subscribe to:", "… Ivo Marsh⏎Posted by:": a blog's
  // controls and fields under a list of its tags)
  if (opensShortLabelLine(text, b)) return false;
  for (let k = a.start - 1; k > a.end - WRAPPED_LINE; k--) if (k < 0 || text.charCodeAt(k) === 10) return false;
  return !creditAtLineEnd(text, a) && (nameGoesOn || wrapFits(text, a, b, lines));
}

/** The rest of a short label line after its first word: " to:", " by:", " comments:". */
const LABEL_REST = /^[^\n:]{0,12}:[ \t]*(?:\r?\n|$)/;

/** Whether `b` opens a line of at most a few words that ends with a colon ("Subscribe to:", "Posted by:"). */
function opensShortLabelLine(text: string, b: Token): boolean {
  return LABEL_REST.test(text.slice(b.end, b.end + 16));
}

/**
 * Whether the break before `b` can be a wrap by width: a wrapper breaks a line only where the next word would not fit,
 * so a line after the break with room for that word at the end of the line before ("… since May, says Acme Corp⏎Rates
 * have risen …" over a long paragraph) is a new paragraph; and a word alone on its line, with no mark after it, is a
 * heading ("… and Ivo Marsh⏎Highlights⏎"), as a paragraph ends on its full stop.
 */
function wrapFits(text: string, a: Token, b: Token, lines: readonly LineStats[]): boolean {
  const after = lines[b.line].lastWordEnd;
  if (after === b.end && (b.end === text.length || text.charCodeAt(b.end) === 10 || text.charCodeAt(b.end) === 13)) return false;
  let start = a.start - 1;
  while (start >= 0 && text.charCodeAt(start) !== 10) start--;
  // (a few columns of slack: a wrapper counts a closing mark or a trailing space its own way)
  const room = a.end - start + (b.end - b.start) + 8;
  // (and a page whose paragraphs run on in lines longer than the line before with the word added is wrapped by no
  // width: "… indicts former Mayor Dana Reyes⏎Harbour grand jury …" is a headline given twice, not a name)
  return after - b.start <= room && secondLongestLine(text, lines) <= room;
}

/** Each article's second longest line, read only where a break between two capitalised words is weighed. */
const secondLongestOf = new WeakMap<readonly LineStats[], number>();

/** The length of the article's second longest line (two such lines are paragraphs, not one stray long line). */
function secondLongestLine(text: string, lines: readonly LineStats[]): number {
  let second = secondLongestOf.get(lines);
  if (second === undefined) {
    let longest = 0;
    second = 0;
    for (let from = 0; ;) {
      const k = text.indexOf('\n', from);
      const n = (k < 0 ? text.length : k) - from;
      if (n > longest) { second = longest; longest = n; } else if (n > second) second = n;
      if (k < 0) break;
      from = k + 1;
    }
    secondLongestOf.set(lines, second);
  }
  return second;
}

/**
 * "… April 8, 2012. REUTERS/Mark Blinch⏎Bubba Watson wears …": a photographer credited after an agency and a slash
 * ends the caption's line; the next caption opens with a name of its own.
 */
function creditAtLineEnd(text: string, a: Token): boolean {
  let k = a.start - 1;
  const floor = Math.max(0, a.start - 40);
  while (k >= floor && CREDIT_NAME_CHAR().test(text[k])) k--;
  // (or after a label's colon, "… policies. Image: Yle⏎Jonas Hart"; and "Photo / Paul Tanner⏎One month on" with spaces)
  if (k > 0 && text.charCodeAt(k) === 58 && CREDIT_LABEL_BEFORE.test(text.slice(Math.max(0, k - 12), k))) return true;
  let j = k - 1;
  while (j > floor && text.charCodeAt(j) === 32) j--;
  return k >= 0 && text.charCodeAt(k) === 47 /* / */ && k > 0 && /\p{L}/u.test(text[j]);
}
const CREDIT_LABEL_BEFORE = /\b(?:[Ii]mages?|[Pp]hotos?|[Pp]ictures?|[Cc]redit)$/;
const CREDIT_NAME_CHAR = lazyPattern(() => /[\p{L} .'’-]/u);
