// One linear pass over the text that keeps only the words a name can be made of (capitalised words, initials,
// name particles) plus per-line word counts; ordinary lower-case words are skipped without allocating anything.
import * as chars from './chars';
import { lazyPattern } from '../../text/lazyPattern';
import { isPatternSpace } from '../../text/whiteSpace';
import { wordSet } from '../../text/wordList';

// Imported names read once into module constants: under CommonJS (tsx: tests, benchmarks) every read of an imported
// name is a getter call, and these character tests run for every character of the text.
const { isApostropheCode, isDigitCode, isJoinerCode, isUpperCode, isWordCode } = chars;

export type Shape =
  /** "Budanov", "O'Gorman", "al-Assad", "McCague" */
  | 'capitalised'
  /** a lone capital letter before a full stop: the "J" of "J. Smith" */
  | 'initial'
  /** "NATO", "BUDANOV", "GDRs": headline capitals and acronyms, never taken as a name */
  | 'upper'
  /** a lower-case name particle: "van", "de", "bin" */
  | 'lower';

export interface Token {
  start: number;
  /** End of the word without a possessive 's (end exclusive). */
  end: number;
  text: string;
  lower: string;
  shape: Shape;
  /** The word carried a possessive ('s, ’s, or a bare ' after s): a name stops here. */
  possessive: boolean;
  /** First word of a sentence, line or quotation, where capitals say nothing. */
  sentenceStart: boolean;
  /** Index into `Scan.lines`. */
  line: number;
}

// The tokens and the line counts are made by constructors, not object literals: V8 watches where literals are
// allocated, and once a garbage collection found an article's tokens and lines still alive it threw the tokenizer's
// optimised code away to allocate them elsewhere ("code dependencies") and compiled the tokenizer twice more, at the
// first article (some 60 ms of compiling a megabyte, and the tokenizer's loop unoptimised meanwhile).

/** A token as the tokenizer makes it. */
class ScannedToken implements Token {
  declare start: number;
  declare end: number;
  declare text: string;
  declare lower: string;
  declare shape: Shape;
  declare possessive: boolean;
  declare sentenceStart: boolean;
  declare line: number;
  constructor(start: number, end: number, text: string, lower: string, shape: Shape, possessive: boolean, sentenceStart: boolean, line: number) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.lower = lower;
    this.shape = shape;
    this.possessive = possessive;
    this.sentenceStart = sentenceStart;
    this.line = line;
  }
}

/** Word counts of one line, to tell title-case headlines from prose. */
export interface LineStats {
  capitalised: number;
  /** Lower-case words longer than three letters. */
  lower: number;
  /** Words starting with a digit, and initials. */
  other: number;
  /** Of those, years ("2019"): a headline may name one ("… in 2019"). */
  years: number;
  /** End of the line's last word. */
  lastWordEnd: number;
}

/** A line's counts as the tokenizer makes them, from its start (`lastWordEnd` until a word ends in it). */
class CountedLine implements LineStats {
  declare capitalised: number;
  declare lower: number;
  declare other: number;
  declare years: number;
  declare lastWordEnd: number;
  constructor(start: number) {
    this.capitalised = 0;
    this.lower = 0;
    this.other = 0;
    this.years = 0;
    this.lastWordEnd = start;
  }
}

/**
 * "89th Birthday", "150th Anniversary": figures and an ordinal's ending, the whole word, before a capitalised word (not a
 * scorer's minute, "Ana Ruiz (31st)", nor a placing, "2nd place Tom Rusk", which lines of names hold).
 */
function isOrdinalFigure(text: string, start: number, end: number): boolean {
  if (end - start < 3 || end - start > 6 || text.charCodeAt(end) !== 32 || !isUpperAscii(text.charCodeAt(end + 1))) return false;
  const suffix = text.slice(end - 2, end).toLowerCase();
  if (suffix !== 'th' && suffix !== 'st' && suffix !== 'nd' && suffix !== 'rd') return false;
  for (let k = start; k < end - 2; k++) if (!isDigitCode(text.charCodeAt(k))) return false;
  return true;
}
const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;

/** A year a headline may name: "1999", "2019". */
const YEAR_WORD = /^(?:1[89]|20)\d\d$/;

export interface Scan {
  tokens: Token[];
  lines: LineStats[];
}

/** 1 for the ASCII letters and digits, the word characters of isWordCode below 128. */
const ASCII_WORD = new Uint8Array(128).map((_, c) => (isWordCode(c) ? 1 : 0));

// Lower-case prefixes of Arabic and Celtic surnames that are written attached: "al-Assad", "bin-Laden", "d'Estaing".
const ATTACHED_PARTICLE = lazyPattern(() => /^(?:al|el|ad|ar|as|ash|at|az|an|bin|ben|abu|ibn|d|de|di|da|du|del|van|von|mc|mac|o)['’\-‐]\p{Lu}/u);
const MAX_PARTICLE_LENGTH = 5;

/**
 * `isParticle` picks the lower-case words to keep ("van", "bin"); `isNeverName` the capitalised ones to drop
 * ("The", "But", "Monday"), which can neither be nor join a name, so runs simply break there.
 */
export function tokenize(text: string, particles: ReadonlySet<string>,
  isNeverName: (text: string, lowerWord: string, start: number, end: number) => boolean): Scan {
  const scan = wordsAndLines(text, particles, isNeverName);
  // initials are counted once the words are read, from the tokens each of them becomes: counted in the loop below, on
  // a path the first article may not take, they made V8 throw the loop's optimised code away and compile it again
  for (const token of scan.tokens) if (token.shape === 'initial' && !countryInitials(text, token.start)) scan.lines[token.line].other++;
  return scan;
}

/** The pass itself: the tokens, and each line's counts but its initials. */
function wordsAndLines(text: string, particles: ReadonlySet<string>,
  isNeverName: (text: string, lowerWord: string, start: number, end: number) => boolean): { tokens: ScannedToken[]; lines: CountedLine[] } {
  const isParticle = particleMatcherOf(particles);
  const tokens: ScannedToken[] = [];
  const lines: CountedLine[] = [new CountedLine(0)];
  let line = lines[0];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      line = new CountedLine(i);
      lines.push(line);
      i++;
      continue;
    }
    // ASCII looked up in a table in place (a call per character is dear until this loop is optimised)
    if (!(code < 128 ? ASCII_WORD[code] === 1 : isWordCode(code))) {
      i++;
      // "(@Marta_Quillen)", "#VeraLindqvist": a handle or a hashtag, with the words "_" joins to it, is no name's word
      if ((code === 64 || code === 35) && i < n && isHandleCode(text.charCodeAt(i))) while (i < n && isHandleCode(text.charCodeAt(i))) i++;
      continue;
    }
    // "1-Luca Ferraro (Italy) beat …": a seeding's number joined to a name in a results line is no part of the word
    if (isDigitCode(code) && seedingBefore(text, i)) { line.other++; i = text.indexOf('-', i) + 1; continue; }
    const start = i;
    let joined = false;
    // (where the word's first joiner ends, "post-" of "post-Robert", kept as the word is read, so that the rare skip
    // past such a prefix below is a bare jump: a call there, never run before V8 optimised this loop, made it throw
    // the optimised code away and compile it twice more at the first article with one, some 70 ms of CPU a megabyte)
    let afterFirstJoiner = start;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 128 ? ASCII_WORD[c] === 1 : isWordCode(c)) i++;
      else if (isJoinerCode(c) && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) {
        if (!joined) afterFirstJoiner = i + 1;
        i += 2;
        joined = true;
      } else break;
    }
    let end = i;
    // "a Juliette Binoche-like intensity", "Obama-era rules": the name without the suffix that makes it a modifier
    if (joined) end = withoutModifierSuffix(text, start, end);
    let possessive = false;
    // the tests in an order that every word ending in s runs through, and no read past the end of the text: V8 throws
    // away optimised code at the first test it never saw run (an apostrophe after "Jones" comes seldom) and compiles
    // this loop again
    const endsInS = (text.charCodeAt(end - 1) | 32) === 115;
    if (endsInS && end < n && isApostropheCode(text.charCodeAt(end))) { possessive = true; i++; }
    // ("Eugenie‘s", "Brandi Carlile‘s": an opening quote written for the apostrophe, as some pages do)
    else if (endsInS && end - start > 2 && (isApostropheCode(text.charCodeAt(end - 2)) || text.charCodeAt(end - 2) === 0x2018)) { possessive = true; end -= 2; }
    line.lastWordEnd = i;
    const shape = shapeOf(text, start, end, joined, isParticle);
    if (shape === undefined) {
      // "the post-Robert Mugabe era", "an anti-Vera Lindqvist rally": a prefix joined to a full name leaves the name
      // whole, read from the capital after the hyphen (a prefix before one word, "anti-Kremlin", is skipped with it)
      // (the prefix's hyphen is the word's first joiner)
      if (joined && PREFIX_BEFORE_NAME().test(text.slice(start, Math.min(n, start + PREFIX_LOOK)))) { i = afterFirstJoiner; continue; }
      if (isDigitCode(code)) {
        // (an ordinal is a word of a title-case headline: "Village Marks Church's 150th Anniversary")
        if (!isOrdinalFigure(text, start, end)) line.other++;
        if (end - start === 4 && YEAR_WORD.test(text.slice(start, end))) line.years++;
      } else if (end - start > 3) line.lower++;
      continue;
    }
    if (shape === 'capitalised') line.capitalised++;
    const word = text.slice(start, end);
    if (shape === 'upper' && !isRomanNumeral(word)) continue;
    const lower = word.toLowerCase();
    if (shape === 'capitalised' && isNeverName(text, lower, start, end) && word !== 'I') continue;
    tokens.push(new ScannedToken(start, end, word, lower, shape, possessive, isSentenceStart(text, start), lines.length - 1));
  }
  return { tokens, lines };
}

/** The country's and the body's initials that title-case headlines carry as words: "U.S. Marines Stage an Assault". */
const COUNTRY_INITIALS = wordSet('U.S. U.K. U.N. E.U.');

/**
 * Whether the initial at `start` is a letter of "U.S.", "U.K.", "U.N." or "E.U." standing as a word of its own, no
 * person's initial (not after a slash: "(Ann Hale/U.S. Navy)" is a photo's credit line, which names a person).
 */
function countryInitials(text: string, start: number): boolean {
  const first = COUNTRY_INITIALS.has(text.slice(start, start + 4)) ? start
    : start >= 2 && COUNTRY_INITIALS.has(text.slice(start - 2, start + 2)) ? start - 2 : -1;
  return first >= 0 && (first === 0 || isPatternSpace(text.charCodeAt(first - 1)));
}

/** A prefix joined to a capitalised word that a second one follows: "post-Robert Mugabe", "anti-Vera Lindqvist". */
const PREFIX_BEFORE_NAME = lazyPattern(() => /^(?:post|pre|anti|pro)-\p{Lu}\p{Ll}+[ \t]\p{Lu}\p{Ll}/u);
const PREFIX_LOOK = 30;

/** A letter or digit of a handle or a hashtag, or its "_". */
function isHandleCode(code: number): boolean {
  return code === 95 || (code < 128 ? ASCII_WORD[code] === 1 : isWordCode(code));
}

/** Suffixes joined by a hyphen that make a name a modifier: "Binoche-like", "Obama-era", "Thatcher-style". */
const MODIFIER_SUFFIXES = wordSet('like era style esque');

/** A past participle joined to a name that makes it the maker of a thing: "a Kemp-created drama", "the Vance-produced
 *  series", "a Lowe-led side", "the Kemp-starring thriller" (small letters after the hyphen, which no name's second part
 *  has). */
const PARTICIPLE_SUFFIX = /^(?:[a-z]{3,12}ed|led|written|driven|chosen|starring|featuring|fronting)$/;

/** A count of votes in thousands, as a results list runs it on to a name: "14,542", "8,794,726". */
const VOTE_COUNT_AFTER = /^\d{1,3}(?:,\d{3})+(?!\d)/;

/** Where a capitalised word ends before a modifier's suffix ("Binoche" of "Binoche-like", "Kemp" of "Kemp-created"),
 *  or `end` where none. */
function withoutModifierSuffix(text: string, start: number, end: number): number {
  // (the last hyphen looked for only where it may stand, the suffix's 12 characters: the string's own search went on
  // back past the word's start, to the text's previous hyphen, for every capitalised word with an apostrophe)
  let hyphen = -1;
  for (let k = end - 1; k >= start + 2 && k >= end - 13; k--) {
    if (text.charCodeAt(k) === 45 /* - */) {
      hyphen = k;
      break;
    }
  }
  if (hyphen < 0 || !isUpperCode(text.charCodeAt(start))) return end;
  // "Tomas Brenner-14,542": a results list's count of votes run on to the candidate's name with a hyphen
  if (isDigitCode(text.charCodeAt(hyphen + 1)) && VOTE_COUNT_AFTER.test(text.slice(hyphen + 1, hyphen + 14))) return hyphen;
  const suffix = text.slice(hyphen + 1, end);
  return MODIFIER_SUFFIXES.has(suffix) || PARTICIPLE_SUFFIX.test(suffix) || monthDayAfterHyphen(text, suffix, end) ? hyphen : end;
}

/** The months, as a title line joins one to a name by a hyphen before its day: "Briefing by Col. Dana Orr-May 26, 2024". */
const MONTHS_JOINED = wordSet('January February March April May June July August September'
  + ' October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec');

/** A month after the hyphen with a day's number after it: the date, not a second surname ("Orr-May 26" is "Orr"). */
function monthDayAfterHyphen(text: string, suffix: string, end: number): boolean {
  if (!MONTHS_JOINED.has(suffix)) return false;
  const k = text.charCodeAt(end) === 46 /* . */ ? end + 1 : end;
  return text.charCodeAt(k) === 32 && isDigitCode(text.charCodeAt(k + 1));
}

/**
 * One or two digits, a hyphen and a capitalised word, after a line's start or a space: "2-Ana Rus", "14-Kai
 * Whitford" (a seeding); not "3-D", "4-Way" (one capital, or capitals), nor "1992-Smith" (four digits).
 */
function seedingBefore(text: string, i: number): boolean {
  if (i > 0 && text.charCodeAt(i - 1) !== 32 && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 9) return false;
  const hyphen = isDigitCode(text.charCodeAt(i + 1)) ? i + 2 : i + 1;
  if (text.charCodeAt(hyphen) !== 45 /* - */ || !isUpperCode(text.charCodeAt(hyphen + 1))) return false;
  const c = text.charCodeAt(hyphen + 2);
  return c >= 97 && c <= 122 || (c > 127 && isWordCode(c) && !isUpperCode(c));
}

/** Given names written short with a full stop ("Ma." for Maria in the Philippines, "Md." for Mohammad in Bangladesh,
 *  Icelandic "Th.", English "Wm."), read as initials. */
const GIVEN_NAMES_WRITTEN_SHORT = wordSet('Ma Md Mohd Muhd Th Wm Chas Thos Jas');

/** The shape of a word worth keeping, or undefined for ordinary lower-case words and numbers. */
function shapeOf(text: string, start: number, end: number, joined: boolean, isParticle: ParticleMatcher): Shape | undefined {
  const first = text.charCodeAt(start);
  if (isUpperCode(first)) {
    // "K-pop", "X-ray", "T-shirt", "U-turn": one capital joined to a word in small letters is a word of the language
    // (a name joined by a hyphen has a capital after it: "Jean-Paul", "Al-Hassan")
    if (joined && text.charCodeAt(start + 1) === 45 /* - */ && end - start > 3 && isLowerAsciiCode(text.charCodeAt(start + 2))) return undefined;
    // "J." is an initial; a bare "A" or "I" is an ordinary word
    if (end - start === 1) return end < text.length && text.charCodeAt(end) === 46 ? 'initial' : 'capitalised';
    // "Ma. Theresa", "Guðni Th. Jóhannesson", "Md. Abdul Karim": a given name written short, as an initial is
    // (no read past the text's end, where an article stops on a capitalised word: V8 threw the optimised shapeOf away
    // there, "out of bounds", and compiled it again)
    if (end < text.length && text.charCodeAt(end) === 46 && end - start <= 4 && GIVEN_NAMES_WRITTEN_SHORT.has(text.slice(start, end))) return 'initial';
    // "GDRs", "NATO": an acronym ("McCague" and "O'Neill" have a lower-case second letter)
    const second = text.charCodeAt(start + 1);
    if (isUpperCode(second)) return 'upper';
    for (let k = start + 1; k < end; k++) {
      const c = text.charCodeAt(k);
      if (isWordCode(c) && !isUpperCode(c) && !isDigitCode(c)) return 'capitalised';
    }
    return 'upper';
  }
  if (isDigitCode(first)) return undefined;
  if (end - start <= MAX_PARTICLE_LENGTH && isParticle(text, start, end)) return 'lower';
  if (joined && end - start > 3 && hasJoiner(text, start + 1, Math.min(end, start + 5))
    && ATTACHED_PARTICLE().test(text.slice(start, Math.min(end, start + 6)))) return 'capitalised';
  return undefined;
}

/** a to z. */
function isLowerAsciiCode(c: number): boolean {
  return c >= 97 && c <= 122;
}

type ParticleMatcher = (text: string, start: number, end: number) => boolean;

/**
 * Matches lower-case particles in place, without cutting a string out of the text for every short word. Candidates
 * are grouped by length and first character: for short words starting with an ASCII character (nearly every word
 * asked about) the group is an array element, other words look theirs up in a Map.
 */
/** The matcher of the particles last asked for: the same function for every article, not a new closure each time
 *  (the tokenizer's optimised code calls the function it saw: a new one at the next article made V8 throw that code
 *  away and compile the tokenizer again). */
let lastParticles: ReadonlySet<string> | undefined;
let lastMatcher: ParticleMatcher | undefined;
function particleMatcherOf(particles: ReadonlySet<string>): ParticleMatcher {
  if (particles !== lastParticles || lastMatcher === undefined) {
    lastMatcher = particleMatcher(particles);
    lastParticles = particles;
  }
  return lastMatcher;
}

function particleMatcher(particles: ReadonlySet<string>): ParticleMatcher {
  const SHORT = MAX_PARTICLE_LENGTH + 1;
  const shortAscii = new Array<string[] | undefined>(SHORT * 128).fill(undefined);
  const others = new Map<number, string[]>();
  for (const p of particles) {
    const first = p.charCodeAt(0);
    if (p.length < SHORT && first < 128) (shortAscii[p.length * 128 + first] ??= []).push(p);
    else {
      const key = p.length * 0x10000 + first;
      const list = others.get(key);
      if (list) list.push(p); else others.set(key, [p]);
    }
  }
  return (text, start, end) => {
    const length = end - start;
    const first = text.charCodeAt(start);
    const candidates = length < SHORT && first < 128 ? shortAscii[length * 128 + first] : others.get(length * 0x10000 + first);
    if (candidates === undefined) return false;
    for (const p of candidates) if (text.startsWith(p, start)) return true;
    return false;
  };
}

function hasJoiner(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isJoinerCode(text.charCodeAt(k))) return true;
  return false;
}

// spaces, quotes and brackets that may stand between a sentence end and its first word (1), and sentence ends (2)
const OPENER = 1;
const ENDER = 2;
const punctuation = new Uint8Array(0x2100);
for (const c of ' \t\u00a0"“‘\'([«*_#>') punctuation[c.charCodeAt(0)] = OPENER;
for (const c of '\n\r.!?:;…-—–') punctuation[c.charCodeAt(0)] = ENDER;

/** Looks back over spaces and opening punctuation only, so the cost per token is bounded. */
function isSentenceStart(text: string, start: number): boolean {
  for (let i = start - 1, steps = 0; i >= 0 && steps < 12; i--, steps++) {
    const c = text.charCodeAt(i);
    const kind = c < 0x2100 ? punctuation[c] : 0;
    if (kind === OPENER) continue;
    return kind === ENDER;
  }
  return true;
}

const ROMAN_NUMERAL = /^X{0,2}(?:IX|IV|V?I{0,3})$/;

/** "VIII" of "Henry VIII", "II" of "John Paul II". */
export function isRomanNumeral(word: string): boolean {
  return word.length > 0 && word.length <= 5 && ROMAN_NUMERAL.test(word);
}
