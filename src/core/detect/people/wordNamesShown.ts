// One-word names that are words of the language ("Drake", "Swift" alone, a stage name), shown to be a person's by the
// article itself: written capitalised inside a sentence, never in lower case, and given something only a person has
// in one of its mentions. Then every mention of it alone is the person.
import type { PeopleLexicon } from '../lexicon';
import type { WordClass } from './classify';
import type { NameFinding } from './link';
import { ageAfter } from './mentionCues';
import { openerShownPersonal } from './personalBeside';
import { isWordCode } from './chars';
import type { Token } from './tokenize';
import { lazyPattern } from '../../text/lazyPattern';

/** A word alone: no capitalised word joined to it by a single space on either side. */
export function alone(tokens: readonly Token[], k: number): boolean {
  if (k > 0 && !tokens[k - 1].possessive && tokens[k].start - tokens[k - 1].end === 1 && tokens[k - 1].shape !== 'lower') return false;
  return !(k + 1 < tokens.length && !tokens[k].possessive && tokens[k + 1].start - tokens[k].end === 1 && tokens[k + 1].shape !== 'lower');
}

/** "the ", "a ", "an " right before: a thing's or a place's name ("the Drake hotel"). */
const APOSTROPHE = /['’]/u;
const ARTICLE_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:the|a|an|The|A|An)[ \t]$/u);

/** Whether the article writes `word` as a whole word in exactly these letters (the lower-case form a caller passes). */
export function inLowerCase(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
    const before = i > 0 ? text.charCodeAt(i - 1) : 32;
    const after = i + word.length < text.length ? text.charCodeAt(i + word.length) : 32;
    if (!isWordCode(before) && !isWordCode(after)) return true;
  }
  return false;
}

/**
 * "Drake has grown into his own … Undoubtedly, Drake has paved the way": makes persons of the mentions of a word of
 * the language (class 'common', capitalised, alone, no plural) that the article writes capitalised inside a sentence
 * at least once and never in lower case, and of which one mention shows a person (a "his" or "her" in its clause, "said
 * he", an age set off after it; not a description, which a list's titles and prizes have too: "the Prize for Fiction, the
 * …"). Findings of those tokens that name a firm or a thing are left.
 */
export function wordNamesShown(text: string, tokens: readonly Token[], classes: readonly WordClass[], findings: NameFinding[],
  lex: PeopleLexicon): void {
  // per word: 1 seen inside a sentence, 2 shown personal, 4 ruled out
  let state: Map<string, number> | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    // (no contraction: "I'd", "Didn't" are capitalised everywhere and take "his" after them)
    if (classes[k] !== 'common' || t.shape !== 'capitalised' || t.lower.endsWith('s') || APOSTROPHE.test(t.text) || !alone(tokens, k)) continue;
    state ??= new Map();
    let s = state.get(t.lower) ?? 0;
    if (s & 4) continue;
    if (ARTICLE_BEFORE().test(text.slice(Math.max(0, t.start - 4), t.start))) { state.set(t.lower, s | 4); continue; }
    if (!t.sentenceStart) s |= 1;
    if (!(s & 2) && (openerShownPersonal(text, tokens, k, lex, false) || ageAfter(text, t))) s |= 2;
    state.set(t.lower, s);
  }
  if (state === undefined) return;
  const names = new Set<string>();
  for (const [word, s] of state) if (s === 3 && !inLowerCase(text, word)) names.add(word);
  if (names.size === 0) return;
  const covered = new Set<number>();
  for (const f of findings) {
    for (let k = f.first; k <= f.last; k++) covered.add(k);
    if (f.first === f.last && names.has(tokens[f.first].lower) && !f.firm && !f.thing && alone(tokens, f.first)) f.person = true;
  }
  for (let k = 0; k < tokens.length; k++) {
    if (!covered.has(k) && names.has(tokens[k].lower) && tokens[k].shape === 'capitalised' && alone(tokens, k)) {
      findings.push({ first: k, last: k, person: true });
    }
  }
}
