import { ATTRIBUTION, COMPARISON, EVENT, NUMBER, OPINION, QUESTION, QUOTE, REPORTED_SPEECH } from './cues';

// The claim model's view of a sentence: lower-cased words and word pairs (numbers folded to their kind) plus the
// surface cues. Training (scripts/train-claim-model.ts) and scoring share this one function, so they never drift.

const TOKEN = /[\p{L}\p{M}]+(?:['’][\p{L}]+)*|\d+(?:[.,:/]\d+)*|[$%€£?!"“”]/gu;
const YEAR = /^(?:1[7-9]|20)\d\d$/;

/** Word tokens with numbers folded: "<year>", "<num>"; currency and percent signs kept as words. */
export function tokens(sentence: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(sentence); m; m = TOKEN.exec(sentence)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    if (c >= 48 && c <= 57) out.push(YEAR.test(t) ? '<year>' : '<num>');
    else if (t === '“' || t === '”') out.push('"');
    else out.push(t.toLowerCase().replace('’', "'"));
  }
  return out;
}

/** Capitalised words after the first: names, places and organisations, which facts are about. */
function properNounCount(sentence: string): number {
  const words = sentence.match(/(?<=\s)\p{Lu}\p{Ll}+/gu);
  return words ? words.length : 0;
}

/** Feature names present in the sentence (binary features; duplicates are harmless). */
export function claimFeatures(sentence: string): string[] {
  const words = tokens(sentence);
  const features: string[] = [];
  let previous = '<s>';
  for (const word of words) {
    features.push(word, previous + ' ' + word);
    previous = word;
  }
  features.push(previous + ' </s>');
  if (NUMBER.test(sentence)) features.push('#number');
  if (/\d/.test(sentence)) features.push('#digit');
  if (COMPARISON.test(sentence)) features.push('#comparison');
  if (ATTRIBUTION.test(sentence)) features.push('#attribution');
  if (REPORTED_SPEECH.test(sentence)) features.push('#reported');
  if (QUOTE.test(sentence)) features.push('#quote');
  if (EVENT.test(sentence)) features.push('#event');
  if (QUESTION.test(sentence)) features.push('#question');
  if (OPINION.test(sentence)) features.push('#opinion');
  const names = properNounCount(sentence);
  features.push(names === 0 ? '#names:0' : names === 1 ? '#names:1' : '#names:2+');
  const n = words.length;
  features.push(n < 6 ? '#len:<6' : n < 12 ? '#len:<12' : n < 25 ? '#len:<25' : n < 40 ? '#len:<40' : '#len:40+');
  return features;
}
