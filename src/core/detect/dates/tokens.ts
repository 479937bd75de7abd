// A single-pass tokenizer: words, digit runs and single punctuation marks, each with the facts the date grammar
// needs about its surroundings (is it glued to the previous token, is there a line break before it).

export interface Token {
  readonly start: number;
  readonly end: number;
  /** Lower-cased text. */
  readonly lower: string;
  readonly kind: TokenKind;
  /** First character is an upper-case letter. */
  readonly capital: boolean;
  /** No whitespace between this token and the previous one ("mid" "-" "1990s"). */
  readonly glued: boolean;
  /** A blank line (paragraph break) separates this token from the previous one; expressions never run across it.
   * A single line break is a soft wrap ("Sept.\n6") and does not count. */
  readonly lineBreak: boolean;
  /** A line break of any kind separates this token from the previous one: the token opens a line. */
  readonly lineStart: boolean;
}

/** Word, number (digits with an optional letter suffix) or punctuation mark. */
export type TokenKind = 'word' | 'number' | 'punct';

/** Letters (ASCII, Latin-1 letters and beyond, combining marks), minus the spaces and punctuation of the higher planes. */
function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // general punctuation, symbols, arrows
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation
  return c !== 0xfeff && !(c >= 0xd800 && c <= 0xdfff);
}
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0xfeff;

// A code unit's class, one table read for ASCII (nearly all of a news text): a call per character is dear until the
// loop is optimised, which is most of a short run.
const SPACE = 1, DIGIT = 2, LETTER = 4;
const classOfWide = (c: number): number => (isSpace(c) ? SPACE : isLetter(c) ? LETTER : 0);
const ASCII_CLASS = new Uint8Array(128).map((_, c) => (isSpace(c) ? SPACE : isDigit(c) ? DIGIT : isLetter(c) ? LETTER : 0));
/** The end of the run of letters from text[i]. */
function lettersEnd(text: string, i: number): number {
  for (const n = text.length; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? ASCII_CLASS[c] !== LETTER : !isLetter(c)) break;
  }
  return i;
}

/** An ASCII capital and a small letter at text[i]: a word's start. */
function isCapitalThenSmall(text: string, i: number): boolean {
  const c = text.charCodeAt(i), d = text.charCodeAt(i + 1);
  return c >= 65 && c <= 90 && d >= 97 && d <= 122;
}

/**
 * Whether toLowerCase could change text[start, end): most words are lower-case ASCII already, and toLowerCase is
 * costly on strings cut from a text with characters beyond Latin-1 (curly quotes are enough).
 */
function hasUpperOrNonAscii(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 128) return true;
  }
  return false;
}

/**
 * Tokens of text[from, to): words, digit runs with an optional letter suffix ("20th", "1990s", "3pm") and single
 * punctuation marks. A token that starts before `to` is kept whole.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let previousEnd = from;
  let newlines = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const cClass = c < 128 ? ASCII_CLASS[c] : classOfWide(c);
    if (cClass === SPACE) {
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) newlines++;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (cClass === DIGIT) {
      kind = 'number';
      while (i < text.length && isDigit(text.charCodeAt(i))) i++;
      // (a year with a capitalised word glued on is no suffixed number: a stamp run into the next as a page is pasted,
      // "June 4, 2018June 4, 2018", "March 14, 2010Uncategorized")
      if (!(i - start === 4 && isCapitalThenSmall(text, i))) i = lettersEnd(text, i);
    } else if (cClass === LETTER) {
      kind = 'word';
      i = lettersEnd(text, i + 1);
    } else {
      kind = 'punct';
      i++;
    }
    const raw = text.slice(start, i);
    const lower = kind === 'punct' || !hasUpperOrNonAscii(text, start, i) ? raw : raw.toLowerCase();
    const glued = start === previousEnd && tokens.length > 0;
    tokens.push({ start, end: i, lower, kind, capital: kind === 'word' && lower.charCodeAt(0) !== c, glued, lineBreak: newlines >= 2 && tokens.length > 0, lineStart: newlines >= 1 && tokens.length > 0 });
    newlines = 0;
    previousEnd = i;
  }
  return tokens;
}
