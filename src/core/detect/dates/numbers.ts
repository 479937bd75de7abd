// Counts in front of a time unit: digits ("24", "2 1/2", "1.5"), words ("twenty four", "a hundred"), and vague
// quantities ("several", "a few", "a couple of"), read off the token stream.
import type { Token } from './tokens';
import * as lexicon from './lexicon';
import { wordSet } from '../../text/wordList';

// Read once into module constants: under CommonJS (tsx) every read of an imported name is a getter call.
const { MULTIPLIERS, NUMBER_WORDS, UNITS_PLURAL, VAGUE_QUANTITIES } = lexicon;

export interface Count {
  /** Token index just after the count. */
  readonly end: number;
  /** undefined when the quantity is vague ("several", "a few"). */
  readonly value: number | undefined;
  /** The count is the article "a"/"an" (singular unit expected). */
  readonly article: boolean;
}

const HALVED_UNITS = wordSet('century decade');

const connected = (tokens: readonly Token[], i: number): boolean => i < tokens.length && !tokens[i].lineBreak;

/** Reads a count starting at token i, or returns undefined. */
export function readCount(tokens: readonly Token[], i: number): Count | undefined {
  const tok = tokens[i];
  if (!tok) return undefined;
  if (tok.kind === 'number') return withHalf(tokens, readDigits(tokens, i));
  const w = tok.lower;
  // "half a century", "half an hour"
  if (w === 'half' && connected(tokens, i + 1) && (tokens[i + 1].lower === 'a' || tokens[i + 1].lower === 'an')) {
    return { end: i + 2, value: 0.5, article: true };
  }
  // "the past half century", "a half-century": half of one long unit (not "half year", a reporting period)
  if (w === 'half') {
    const hyphen = connected(tokens, i + 1) && tokens[i + 1].lower === '-' && tokens[i + 1].glued;
    const at = hyphen ? i + 2 : i + 1;
    if (connected(tokens, at) && HALVED_UNITS.has(tokens[at].lower)) return { end: at, value: 0.5, article: true };
  }
  if (w === 'a' || w === 'an') {
    const next = connected(tokens, i + 1) ? tokens[i + 1].lower : '';
    if (next === 'few') return { end: i + 2, value: undefined, article: false };
    // ("a couple weeks", "the last couple months": its "of" left out before a unit of time in the plural)
    if (next === 'couple' && connected(tokens, i + 2) && (tokens[i + 2].lower === 'of' || UNITS_PLURAL.has(tokens[i + 2].lower))) return { end: tokens[i + 2].lower === 'of' ? i + 3 : i + 2, value: 2, article: false };
    if (next === 'dozen') return { end: i + 2, value: 12, article: false };
    // "a quarter of a century": a fourth of one long unit
    if (next === 'quarter' && connected(tokens, i + 4) && tokens[i + 2].lower === 'of' && tokens[i + 3].lower === 'a'
      && HALVED_UNITS.has(tokens[i + 4].lower)) return { end: i + 4, value: 0.25, article: true };
    if (MULTIPLIERS.has(next)) return readWords(tokens, i + 1, 1);
    return { end: i + 1, value: 1, article: true };
  }
  if (w === 'couple' && connected(tokens, i + 1) && (tokens[i + 1].lower === 'of' || UNITS_PLURAL.has(tokens[i + 1].lower))) return { end: tokens[i + 1].lower === 'of' ? i + 2 : i + 1, value: 2, article: false };
  if (VAGUE_QUANTITIES.has(w)) return { end: i + 1, value: undefined, article: false };
  if (w === 'dozens' && connected(tokens, i + 1) && tokens[i + 1].lower === 'of') return { end: i + 2, value: undefined, article: false };
  if (w === 'dozen') return { end: i + 1, value: 12, article: false };
  if (NUMBER_WORDS.has(w)) return withHalf(tokens, readWords(tokens, i, 0));
  return undefined;
}

function readDigits(tokens: readonly Token[], i: number): Count | undefined {
  const tok = tokens[i];
  if (!/^\d+$/.test(tok.lower)) return undefined;
  let end = i + 1;
  let text = tok.lower;
  // thousands groups and decimals glued to the number: "1,000", "1.5"
  while (end + 1 < tokens.length && tokens[end].glued && tokens[end + 1].glued && tokens[end + 1].kind === 'number') {
    const sep = tokens[end].lower;
    if (sep === ',' && /^\d{3}$/.test(tokens[end + 1].lower)) text += tokens[end + 1].lower;
    else if (sep === '.' && !text.includes('.')) text += '.' + tokens[end + 1].lower;
    else break;
    end += 2;
  }
  let value = Number(text);
  // a fraction after the whole number: "2 1/2"
  if (connected(tokens, end) && tokens[end].kind === 'number' && !tokens[end].glued && tokens[end + 1]?.lower === '/' && tokens[end + 1].glued
    && tokens[end + 2]?.kind === 'number' && tokens[end + 2].glued) {
    const num = Number(tokens[end].lower), den = Number(tokens[end + 2].lower);
    if (den > 0 && num < den) { value += num / den; end += 3; }
  }
  return Number.isFinite(value) ? { end, value, article: false } : undefined;
}

/** "twenty four", "twenty-four", "a hundred thirty", "two thousand". `value` seeds a leading "a" (= 1). */
function readWords(tokens: readonly Token[], i: number, seed: number): Count | undefined {
  let total = 0, current = seed, end = i, any = false;
  while (end < tokens.length && (end === i || !tokens[end].lineBreak)) {
    const w = tokens[end].lower;
    const n = NUMBER_WORDS.get(w);
    if (n !== undefined) {
      // "twenty four" and "hundred thirty" add up; "nineteen ninety" is two numbers (a year), so stop there
      const rest = current % 100;
      if (current !== 0 && rest !== 0 && !(rest % 10 === 0 && rest >= 20 && n < 10)) break;
      current += n;
      any = true;
      end++;
    } else if (MULTIPLIERS.has(w) && (any || seed)) {
      const m = MULTIPLIERS.get(w)!;
      if (m >= 1000) { total += (current || 1) * m; current = 0; } else current = (current || 1) * m;
      any = true;
      end++;
    } else if (w === '-' && any && tokens[end].glued && end + 1 < tokens.length && tokens[end + 1].glued && NUMBER_WORDS.has(tokens[end + 1].lower)) {
      end++;
    } else if (w === 'and' && any && end + 1 < tokens.length && NUMBER_WORDS.has(tokens[end + 1].lower) && (current >= 100 || total >= 1000)) {
      end++;
    } else break;
  }
  return any ? { end, value: total + current, article: false } : undefined;
}

/** "two and a half (years)": the half belongs to the count. */
function withHalf(tokens: readonly Token[], count: Count | undefined): Count | undefined {
  if (!count || count.value === undefined) return count;
  const i = count.end;
  if (connected(tokens, i + 2) && tokens[i].lower === 'and' && tokens[i + 1].lower === 'a' && tokens[i + 2].lower === 'half') {
    return { end: i + 3, value: count.value + 0.5, article: false };
  }
  // ("two-and-a-half hours": written with hyphens)
  if (connected(tokens, i + 5) && ['-', 'and', '-', 'a', '-', 'half'].every((w, n) => tokens[i + n].lower === w && (n % 2 === 1 || tokens[i + n].glued))) {
    return { end: i + 6, value: count.value + 0.5, article: false };
  }
  return count;
}

