// The ordinary word right before or after a name, read from the text on demand (bounded look-around).
import * as chars from './chars';

// Imported names read once into module constants: under CommonJS (tsx: tests, benchmarks) every read of an imported
// name is a getter call, and these character tests run for every character of the text.
const { isSpaceCode, isWordCode, isJoinerCode } = chars;

const MAX_WORD = 40;

export interface NeighbourWord {
  /** Lower-cased word; '' when none. */
  word: string;
  /** Only spaces (one to three) separate it from the name; words further away are not returned. */
  adjacent: boolean;
  /** The word starts with a digit ("35", "20-year-old"). */
  numeric: boolean;
}

const NONE: NeighbourWord = { word: '', adjacent: false, numeric: false };

/** A line break inside a hard-wrapped paragraph: one "\n" (or "\r\n") between words counts as a space. */
function isBreakCode(code: number): boolean {
  return code === 10 || code === 13;
}

/** How long the line before a break must be for the break to be a wrap inside a paragraph (not a byline, a title). */
const WRAPPED_LINE = 50;

/** Whether the line that ends at `at` (a "\n" or "\r") is long enough to have been wrapped. */
function wrappedBefore(text: string, at: number): boolean {
  for (let k = at - 1; k > at - WRAPPED_LINE; k--) if (k < 0 || text.charCodeAt(k) === 10) return false;
  return true;
}

/** Markdown emphasis around a name ("the journal *Polar Notes*", "__Ann Hale__ said"): no word between. */
function isEmphasisCode(code: number): boolean {
  return code === 42 || code === 95;
}

export function wordBefore(text: string, start: number): NeighbourWord {
  let i = start - 1;
  while (i >= 0 && start - i <= 2 && isEmphasisCode(text.charCodeAt(i))) i--;
  let spaces = 0;
  let breaks = 0;
  while (i >= 0 && spaces < 4) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c) || (isBreakCode(c) && (c === 13 || (breaks++ === 0 && wrappedBefore(text, i))))) { i--; spaces++; } else break;
  }
  if (spaces === 0 || spaces > 3 || i < 0 || !isWordCode(text.charCodeAt(i))) return NONE;
  const end = i + 1;
  while (i >= 0 && end - i < MAX_WORD) {
    const c = text.charCodeAt(i);
    if (isWordCode(c) || (isJoinerCode(c) && i > 0 && isWordCode(text.charCodeAt(i - 1)))) i--; else break;
  }
  const word = text.slice(i + 1, end);
  return { word: word.toLowerCase(), adjacent: true, numeric: isDigit(word) };
}

export function wordAfter(text: string, end: number): NeighbourWord {
  let i = end;
  while (i < text.length && i - end < 2 && isEmphasisCode(text.charCodeAt(i))) i++;
  let spaces = 0;
  let breaks = 0;
  while (i < text.length && spaces < 4) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c) || (isBreakCode(c) && (c === 13 || (breaks++ === 0 && wrappedBefore(text, i))))) { i++; spaces++; } else break;
  }
  if (spaces === 0 || spaces > 3 || i >= text.length || !isWordCode(text.charCodeAt(i))) return NONE;
  const start = i;
  while (i < text.length && i - start < MAX_WORD) {
    const c = text.charCodeAt(i);
    if (isWordCode(c) || (isJoinerCode(c) && i + 1 < text.length && isWordCode(text.charCodeAt(i + 1)))) i++; else break;
  }
  const word = text.slice(start, i);
  return { word: word.toLowerCase(), adjacent: true, numeric: isDigit(word) };
}

/** Up to `max` words after `from`, lower-cased, each with the text between it and the previous one. */
export function wordsAfter(text: string, from: number, max: number): { gap: string; word: string }[] {
  const out: { gap: string; word: string }[] = [];
  let i = from;
  while (out.length < max && i < text.length) {
    const gapStart = i;
    while (i < text.length && !isWordCode(text.charCodeAt(i)) && i - gapStart < 4) i++;
    if (i >= text.length || !isWordCode(text.charCodeAt(i))) break;
    const start = i;
    while (i < text.length && i - start < MAX_WORD) {
      const c = text.charCodeAt(i);
      if (isWordCode(c) || (isJoinerCode(c) && i + 1 < text.length && isWordCode(text.charCodeAt(i + 1)))) i++; else break;
    }
    out.push({ gap: text.slice(gapStart, start), word: text.slice(start, i) });
  }
  return out;
}

function isDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/**
 * The letters A-Z and a-z, as written, that end right before the white space (one to `maxSpaces` characters) closing
 * `s`; '' when no such space or letter is there. A cheap first test for a pattern that must end in a word of a list and
 * a space: such a pattern, tried from every character of a name's look-behind, costs more than the rest of a rule.
 */
export function asciiWordBeforeSpace(s: string, maxSpaces: number): string {
  let j = s.length;
  while (j > 0 && s.length - j < maxSpaces && WHITE_SPACE.test(s.charAt(j - 1))) j--;
  const end = j;
  while (j > 0 && isAsciiLetter(s.charCodeAt(j - 1))) j--;
  return end < s.length ? s.slice(j, end) : '';
}
const WHITE_SPACE = /\s/;
const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
