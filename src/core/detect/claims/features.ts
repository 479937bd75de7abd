import { modelWord, readSignals, type SentenceSignals } from './cues';

export { modelWord };

// The claim model's view of a sentence: lower-cased words and word pairs (numbers folded to their kind) plus the
// surface cues. Training (scripts/train-claim-model.ts) walks them with visitFeatures; scoring (../claims.ts) walks
// the same tokens with word ids instead of "a b" strings, and a unit test checks the two sums agree.

export const SENTENCE_START = '<s>';
export const SENTENCE_END = '</s>';

/** Calls `visit(word)` for each single feature and `visit(first, second)` for each word pair. */
export function visitFeatures(signals: SentenceSignals, visit: (feature: string, second?: string) => void): void {
  let previous = SENTENCE_START;
  for (const token of signals.tokens) {
    const word = modelWord(token);
    visit(word);
    visit(previous, word);
    previous = word;
  }
  visit(previous, SENTENCE_END);
  for (const cue of cueFeatures(signals)) visit(cue);
}

/** The sentence-level features: cues, name count and length, each a name starting with '#'. */
export function cueFeatures(signals: SentenceSignals): string[] {
  const features: string[] = [];
  if (signals.number) features.push('#number');
  if (signals.digit) features.push('#digit');
  if (signals.comparison) features.push('#comparison');
  if (signals.attribution) features.push('#attribution');
  if (signals.reportedSpeech) features.push('#reported');
  if (signals.quote) features.push('#quote');
  if (signals.event) features.push('#event');
  if (signals.question) features.push('#question');
  if (signals.opinion) features.push('#opinion');
  const names = signals.properNouns;
  features.push(names === 0 ? '#names:0' : names === 1 ? '#names:1' : '#names:2+');
  const n = signals.tokens.length;
  features.push(n < 6 ? '#len:<6' : n < 12 ? '#len:<12' : n < 25 ? '#len:<25' : n < 40 ? '#len:<40' : '#len:40+');
  return features;
}

/**
 * Feature names present in a sentence, each once (the model is over binary features: a repeated word or pair counts
 * once), word pairs as "first second" (for training and inspection).
 */
export function claimFeatures(sentence: string): string[] {
  const features = new Set<string>();
  visitFeatures(readSignals(sentence), (a, b) => features.add(b === undefined ? a : a + ' ' + b));
  return [...features];
}

/** Word tokens with numbers folded: "<year>", "<num>"; currency and percent signs kept as words. */
export function tokens(sentence: string): string[] {
  return readSignals(sentence).tokens.map(modelWord);
}
