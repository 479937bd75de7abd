import { modelWord, readSignals, type SentenceSignals } from './cues';

export { modelWord };

// The claim model's view of a sentence: lower-cased words, word pairs (numbers folded to their kind) and word
// beginnings, plus the surface cues. Training (tools/train-claim-model.ts) walks them with visitFeatures; scoring
// (../claims.ts) walks the same tokens with word ids instead of "a b" strings, and a unit test checks the two agree.
//
// The score is bias + Σ cue weights + lengthScale(tokens) × Σ word, pair and prefix weights, each feature counted once.

export const SENTENCE_START = '<s>';
export const SENTENCE_END = '</s>';

/** Words this long or longer also give their first PREFIX_LENGTH letters as a feature ("government" → "gov*"). */
export const PREFIX_MIN_LENGTH = 5;
export const PREFIX_LENGTH = 3;
/** The mark that ends a prefix feature's name: no token contains it. */
export const PREFIX_MARK = '*';

/** Sentences longer than this many tokens have their word features scaled down by √(LENGTH_NORM / tokens). */
export const LENGTH_NORM = 10;

/**
 * The weight of the word, pair and prefix features of a sentence of `tokens` tokens: 1 up to LENGTH_NORM tokens, then
 * falling as 1/√tokens, so a long sentence does not outscore a short one just by having more words.
 */
export function lengthScale(tokens: number): number {
  return tokens > LENGTH_NORM ? Math.sqrt(LENGTH_NORM / tokens) : 1;
}

/** Whether a token gives a prefix feature: a word (not a number or a sign) of PREFIX_MIN_LENGTH characters or more. */
export function hasPrefix(token: string): boolean {
  if (token.length < PREFIX_MIN_LENGTH) return false;
  const c = token.charCodeAt(0);
  return !(c >= 48 && c <= 57);
}

/** Calls `visit(word)` for each single feature and `visit(first, second)` for each word pair. */
export function visitFeatures(signals: SentenceSignals, visit: (feature: string, second?: string) => void): void {
  let previous = SENTENCE_START;
  for (const token of signals.tokens) {
    const word = modelWord(token);
    visit(word);
    visit(previous, word);
    if (hasPrefix(token)) visit(token.slice(0, PREFIX_LENGTH) + PREFIX_MARK);
    previous = word;
  }
  visit(previous, SENTENCE_END);
  for (const cue of cueFeatures(signals)) visit(cue);
}

/** The sentence-level features: cues, name count, "-ed" words and length, each a name starting with '#'. */
export const CUE_FEATURES = [
  '#number', '#digit', '#comparison', '#attribution', '#reported', '#quote', '#event', '#question', '#opinion',
  '#names:0', '#names:1', '#names:2+', '#ed:0', '#ed:1', '#ed:2+', '#len:<6', '#len:<12', '#len:<25', '#len:<40', '#len:40+',
] as const;
const NAMES = 9, ED = 12, LENGTH = 15;

/** Writes the indices (into CUE_FEATURES) of a sentence's cue features to `out`, returns how many: no allocation. */
export function cueIndices(signals: SentenceSignals, out: Int32Array): number {
  let n = 0;
  if (signals.number) out[n++] = 0;
  if (signals.digit) out[n++] = 1;
  if (signals.comparison) out[n++] = 2;
  if (signals.attribution) out[n++] = 3;
  if (signals.reportedSpeech) out[n++] = 4;
  if (signals.quote) out[n++] = 5;
  if (signals.event) out[n++] = 6;
  if (signals.question) out[n++] = 7;
  if (signals.opinion) out[n++] = 8;
  out[n++] = NAMES + Math.min(signals.properNouns, 2);
  out[n++] = ED + Math.min(signals.edForms, 2);
  const t = signals.tokens.length;
  out[n++] = LENGTH + (t < 6 ? 0 : t < 12 ? 1 : t < 25 ? 2 : t < 40 ? 3 : 4);
  return n;
}

/** The cue feature names of a sentence. */
export function cueFeatures(signals: SentenceSignals): string[] {
  const out = new Int32Array(CUE_FEATURES.length);
  return [...out.subarray(0, cueIndices(signals, out))].map(i => CUE_FEATURES[i]);
}

/**
 * The features of a sentence with their values: 1 for a cue, lengthScale for a word, pair or prefix. Each feature
 * once (the model is over binary features: a repeated word or pair counts once); word pairs as "first second".
 */
export function claimFeatureValues(sentence: string): Map<string, number> {
  const signals = readSignals(sentence);
  const scale = lengthScale(signals.tokens.length);
  const values = new Map<string, number>();
  visitFeatures(signals, (a, b) => values.set(b === undefined ? a : a + ' ' + b, b === undefined && a.startsWith('#') ? 1 : scale));
  return values;
}

/** Feature names present in a sentence, each once, word pairs as "first second" (for inspection). */
export function claimFeatures(sentence: string): string[] {
  return [...claimFeatureValues(sentence).keys()];
}

/** Word tokens with numbers folded: "<year>", "<num>"; currency and percent signs kept as words. */
export function tokens(sentence: string): string[] {
  return readSignals(sentence).tokens.map(modelWord);
}
