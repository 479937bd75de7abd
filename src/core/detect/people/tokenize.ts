// Word tokens with just enough shape information for name finding, in one linear pass.

export type Shape =
  /** "Budanov", "O'Gorman", "al-Assad", "McCague" */
  | 'capitalised'
  /** a lone capital letter: the "J" of "J. Smith" */
  | 'initial'
  /** "NATO", "BUDANOV": headline capitals and acronyms, never taken as a name */
  | 'upper'
  | 'lower'
  | 'other';

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
}

// Letters and marks with inner apostrophes or hyphens; bounded repetition of simple classes, so linear.
const WORD = /[\p{L}\p{M}\p{Nd}]+(?:['’‘\-‐][\p{L}\p{M}\p{Nd}]+)*['’]?/gu;
const UPPER_START = /^\p{Lu}|^\p{Lt}/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_LETTER = /\p{L}/u;
// Lower-case prefixes of Arabic and Celtic surnames that are written attached: "al-Assad", "bin-Laden".
const ATTACHED_PARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|bin|ben|abu|ibn|d|de|di|da|du|del|van|von|mc|mac|o)['’\-‐]\p{Lu}/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let word = m[0];
    let possessive = false;
    if (/['’]$/.test(word)) { word = word.slice(0, -1); possessive = /s$/i.test(word); }
    else if (/['’][sS]$/.test(word) && word.length > 2) { word = word.slice(0, -2); possessive = true; }
    const start = m.index;
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      lower: word.toLowerCase(),
      shape: shapeOf(word, text.charCodeAt(start + word.length) === 46 /* . */),
      possessive,
      sentenceStart: isSentenceStart(text, start),
    });
  }
  return tokens;
}

function shapeOf(word: string, beforeFullStop: boolean): Shape {
  if (UPPER_START.test(word)) {
    // "J." is an initial; a bare "A" or "I" is an ordinary word
    if (word.length === 1) return beforeFullStop ? 'initial' : 'capitalised';
    // "GDRs", "MPs": an acronym's plural, not a name ("McCague" and "O'Neill" have a lower-case second letter)
    return HAS_LOWER.test(word) && !UPPER_START.test(word.slice(1)) ? 'capitalised' : 'upper';
  }
  if (ATTACHED_PARTICLE.test(word)) return 'capitalised';
  if (HAS_LOWER.test(word)) return 'lower';
  return HAS_LETTER.test(word) ? 'lower' : 'other';
}

/** Looks back over spaces and opening punctuation only, so the cost per token is bounded. */
function isSentenceStart(text: string, start: number): boolean {
  for (let i = start - 1, steps = 0; i >= 0 && steps < 12; i--, steps++) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\u00a0') continue;
    if (c === '"' || c === '“' || c === '‘' || c === "'" || c === '(' || c === '[' || c === '«' || c === '*' || c === '_' || c === '#' || c === '>') continue;
    if (c === '-' || c === '—' || c === '–') return true;
    return c === '\n' || c === '\r' || c === '.' || c === '!' || c === '?' || c === ':' || c === ';' || c === '…';
  }
  return true;
}

const ROMAN_NUMERAL = /^X{0,2}(?:IX|IV|V?I{0,3})$/;

/** "VIII" of "Henry VIII", "II" of "John Paul II". */
export function isRomanNumeral(word: string): boolean {
  return word.length > 0 && word.length <= 5 && ROMAN_NUMERAL.test(word);
}
