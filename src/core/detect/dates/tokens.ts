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
  /** A line break separates this token from the previous one; expressions never run across it. */
  readonly lineBreak: boolean;
}

/** Word, number (digits with an optional letter suffix) or punctuation mark. */
export type TokenKind = 'word' | 'number' | 'punct';

// Digits may carry a letter suffix ("20th", "1990s", "3pm"); everything else that is not a letter, digit or space is
// one punctuation token. Built once: the lastIndex is reset on every call.
const TOKEN = /([\p{L}\p{M}]+)|(\d+[\p{L}]*)|[^\s\p{L}\p{M}\d]/gu;

/** Tokens of text[from, to); a token that starts before `to` is kept whole. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let previousEnd = from;
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m !== null && m.index < to; m = TOKEN.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const kind = m[1] !== undefined ? 'word' : m[2] !== undefined ? 'number' : 'punct';
    const lower = kind === 'punct' ? raw : raw.toLowerCase();
    const glued = start === previousEnd && tokens.length > 0;
    const lineBreak = !glued && tokens.length > 0 && hasLineBreak(text, previousEnd, start);
    tokens.push({ start, end: start + raw.length, lower, kind, capital: kind === 'word' && lower[0] !== raw[0], glued, lineBreak });
    previousEnd = start + raw.length;
  }
  return tokens;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) return true;
  return false;
}
