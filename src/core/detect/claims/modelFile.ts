import { CUE_FEATURES, PREFIX_LENGTH, PREFIX_MARK, SENTENCE_END, SENTENCE_START } from './features';

// The claim model as bytes (claim-model.bin): written by the trainer (tools/train-claim-model.ts), read once by
// whoever runs detection and handed to ./model.ts. Everything in it is what scoring needs, laid out as scoring uses it,
// so reading it is a walk over typed arrays, not a parse of 40,000 named weights.
//
// Weights are integers in thousandths (the trainer rounds them so), stored as int16: `stored / 1000` is the very same
// double as the rounded weight, so scores do not move by one bit. Little-endian throughout:
//
//   header   10 × u32: magic "FCCM", format version, weight scale (1000), bias × scale (as i32), pair words, words,
//            pairs, prefixes, cues, byte length of the text
//   i16      word weights, by word id (0 for a word that occurs only in pairs)
//   u16 ×2   each word pair as (first id, second id), both below "pair words"; i16 each pair's weight
//   i16      prefix weights; i16 cue weights
//   UTF-8    the words by id, then the prefixes (without PREFIX_MARK), then the cue names, each ending in "\n"
//
// Words come in two runs, each sorted: first those that occur in word pairs (with the sentence marks <s> and </s>),
// whose ids are kept small so a pair's key (first × pair words + second) stays a small integer, then the rest.

export const CLAIM_MODEL_MAGIC = 0x4d434346; // "FCCM" read as a little-endian u32
export const CLAIM_MODEL_VERSION = 1;
const WEIGHT_SCALE = 1000;
const HEADER_WORDS = 10;
/** Pair keys are first × pairWords + second and must stay 32-bit signed integers. */
const MAX_PAIR_WORDS = 46340;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The model as training writes it and tests inspect it: named features ("word", "first second", "pre*", "#cue"). */
export interface ClaimWeights {
  bias: number;
  weights: Map<string, number>;
}

/** The model as scoring reads it: ids, typed arrays and strings, nothing named twice. */
export interface ClaimModel {
  bias: number;
  /** Words by id; ids below pairWords occur in word pairs. Read from wordText when first asked for. */
  readonly words: string[];
  /** The words by id in UTF-8, each followed by a line feed, as the file holds them: what scoring looks words up in
   *  (./modelWords.ts), so that a scan need not make 34,000 strings. */
  wordText: Uint8Array;
  pairWords: number;
  wordWeights: Float64Array;
  pairFirst: Uint16Array;
  pairSecond: Uint16Array;
  pairWeights: Float64Array;
  /** Word beginnings of PREFIX_LENGTH characters, without PREFIX_MARK. */
  prefixes: string[];
  prefixWeights: Float64Array;
  /** Weight of each of CUE_FEATURES, in its order (0 for a cue the file does not name). */
  cueWeights: Float64Array;
}

/** Reads a claim model file; throws an Error saying what is wrong when the bytes are not one. */
export function decodeClaimModel(data: Uint8Array | ArrayBuffer): ClaimModel {
  // a plain view (not a Node Buffer, whose slice() does not copy)
  const bytes = data instanceof Uint8Array ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fail = (why: string): never => { throw new Error(`not a claim model file (claim-model.bin): ${why}`); };
  if (bytes.byteLength < HEADER_WORDS * 4 || view.getUint32(0, true) !== CLAIM_MODEL_MAGIC) fail('no FCCM header');
  const header = (i: number) => view.getUint32(i * 4, true);
  if (header(1) !== CLAIM_MODEL_VERSION) fail(`format version ${header(1)}, this Factcheck reads version ${CLAIM_MODEL_VERSION}`);
  const scale = header(2);
  const bias = view.getInt32(12, true) / scale;
  const [pairWords, wordCount, pairCount, prefixCount, cueCount, textBytes] = [4, 5, 6, 7, 8, 9].map(header);
  let at = HEADER_WORDS * 4;
  const expected = at + 2 * (wordCount + 3 * pairCount + prefixCount + cueCount) + textBytes;
  if (bytes.byteLength !== expected) fail(`${bytes.byteLength} bytes where the header says ${expected}`);
  // bulk copies into typed arrays where the machine is little-endian (all that run VS Code), element by element elsewhere
  const weights = (count: number) => {
    const out = LITTLE_ENDIAN ? Float64Array.from(new Int16Array(bytes.slice(at, at + 2 * count).buffer)) : new Float64Array(count);
    for (let i = 0; i < count; i++) out[i] = (LITTLE_ENDIAN ? out[i] : view.getInt16(at + 2 * i, true)) / scale;
    at += 2 * count;
    return out;
  };
  const ids = (count: number) => {
    const out = LITTLE_ENDIAN ? new Uint16Array(bytes.slice(at, at + 2 * count).buffer) : new Uint16Array(count);
    if (!LITTLE_ENDIAN) for (let i = 0; i < count; i++) out[i] = view.getUint16(at + 2 * i, true);
    at += 2 * count;
    return out;
  };
  const wordWeights = weights(wordCount);
  const pairFirst = ids(pairCount);
  const pairSecond = ids(pairCount);
  const pairWeights = weights(pairCount);
  const prefixWeights = weights(prefixCount);
  const namedCueWeights = weights(cueCount);
  // the prefixes and cue names end the text: found from its end, so the words before them are not read here
  const text = bytes.subarray(at, at + textBytes);
  let wordsEnd = textBytes - 1;
  for (let lines = prefixCount + cueCount; lines > 0; lines--) wordsEnd = wordsEnd > 0 ? text.lastIndexOf(10, wordsEnd - 1) : -1;
  if (text[textBytes - 1] !== 10 || (wordsEnd < 0 && wordCount > 0)) fail('the word list does not match the header');
  wordsEnd = wordCount > 0 ? wordsEnd + 1 : 0;
  const tail = new TextDecoder('utf-8', { fatal: true }).decode(text.subarray(wordsEnd)).split('\n');
  if (tail.length !== prefixCount + cueCount + 1) fail('the word list does not match the header');
  const prefixes = tail.slice(0, prefixCount);
  const cueIndex = new Map<string, number>(CUE_FEATURES.map((cue, i) => [cue, i]));
  const cueWeights = new Float64Array(CUE_FEATURES.length);
  tail.slice(prefixCount, -1).forEach((cue, i) => {
    const index = cueIndex.get(cue);
    if (index !== undefined) cueWeights[index] = namedCueWeights[i];
  });
  for (let i = 0; i < pairCount; i++) if (pairFirst[i] >= pairWords || pairSecond[i] >= pairWords) fail('a word pair outside the pair words');
  const wordText = text.subarray(0, wordsEnd);
  let words: string[] | undefined;
  return {
    bias, pairWords, wordWeights, pairFirst, pairSecond, pairWeights, prefixes, prefixWeights, cueWeights, wordText,
    get words(): string[] {
      if (words) return words;
      const list = wordCount > 0 ? new TextDecoder('utf-8', { fatal: true }).decode(wordText).split('\n') : [''];
      if (list.length !== wordCount + 1) fail('the word list does not match the header');
      return (words = list.slice(0, wordCount));
    },
  };
}

/** The named weights of a decoded model: what the trainer wrote, for tests and inspection. */
export function claimWeightsOf(model: ClaimModel): ClaimWeights {
  const weights = new Map<string, number>();
  model.words.forEach((word, id) => { if (model.wordWeights[id] !== 0) weights.set(word, model.wordWeights[id]); });
  for (let i = 0; i < model.pairWeights.length; i++) {
    weights.set(`${model.words[model.pairFirst[i]]} ${model.words[model.pairSecond[i]]}`, model.pairWeights[i]);
  }
  model.prefixes.forEach((prefix, i) => weights.set(prefix + PREFIX_MARK, model.prefixWeights[i]));
  CUE_FEATURES.forEach((cue, i) => { if (model.cueWeights[i] !== 0) weights.set(cue, model.cueWeights[i]); });
  return { bias: model.bias, weights };
}

/**
 * Writes a model as a claim model file. Features are words, "first second" pairs, PREFIX_LENGTH-letter prefixes
 * ending in PREFIX_MARK and the cues of CUE_FEATURES; weights must be whole thousandths within ±32.767.
 */
export function encodeClaimModel({ bias, weights }: ClaimWeights): Uint8Array {
  const singles = new Map<string, number>();
  const pairs: [string, string, number][] = [];
  const prefixes: [string, number][] = [];
  const cues: [string, number][] = [];
  const cueNames = new Set<string>(CUE_FEATURES);
  for (const [feature, weight] of weights) {
    if (feature.includes('\n')) throw new Error(`a feature with a line break: ${JSON.stringify(feature)}`);
    if (feature.startsWith('#')) {
      if (!cueNames.has(feature)) throw new Error(`unknown cue feature ${feature}`);
      cues.push([feature, weight]);
    } else if (feature.endsWith(PREFIX_MARK)) {
      if (feature.length !== PREFIX_LENGTH + 1) throw new Error(`a prefix feature of the wrong length: ${feature}`);
      prefixes.push([feature.slice(0, PREFIX_LENGTH), weight]);
    } else {
      const parts = feature.split(' ');
      if (parts.length === 1) singles.set(feature, weight);
      else if (parts.length === 2 && parts[0] && parts[1]) pairs.push([parts[0], parts[1], weight]);
      else throw new Error(`a feature that is neither a word nor a word pair: ${JSON.stringify(feature)}`);
    }
  }
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const pairWordSet = new Set<string>([SENTENCE_START, SENTENCE_END]);
  for (const [first, second] of pairs) { pairWordSet.add(first); pairWordSet.add(second); }
  const pairWordList = [...pairWordSet].sort(byName);
  if (pairWordList.length > MAX_PAIR_WORDS) throw new Error(`${pairWordList.length} words in pairs, at most ${MAX_PAIR_WORDS} fit`);
  const words = [...pairWordList, ...[...singles.keys()].filter(word => !pairWordSet.has(word)).sort(byName)];
  const idOf = new Map(words.map((word, id) => [word, id]));
  pairs.sort((a, b) => idOf.get(a[0])! - idOf.get(b[0])! || idOf.get(a[1])! - idOf.get(b[1])!);
  prefixes.sort((a, b) => byName(a[0], b[0]));
  cues.sort((a, b) => CUE_FEATURES.indexOf(a[0] as never) - CUE_FEATURES.indexOf(b[0] as never));

  const text = new TextEncoder().encode([...words, ...prefixes.map(p => p[0]), ...cues.map(c => c[0])].map(s => s + '\n').join(''));
  const shorts = words.length + 3 * pairs.length + prefixes.length + cues.length;
  const bytes = new Uint8Array(HEADER_WORDS * 4 + 2 * shorts + text.length);
  const view = new DataView(bytes.buffer);
  [CLAIM_MODEL_MAGIC, CLAIM_MODEL_VERSION, WEIGHT_SCALE, 0, pairWordList.length, words.length, pairs.length, prefixes.length,
    cues.length, text.length].forEach((value, i) => view.setUint32(i * 4, value, true));
  view.setInt32(12, scaled(bias, 'the bias', 2 ** 31), true);
  let at = HEADER_WORDS * 4;
  const put = (value: number) => { view.setUint16(at, value & 0xffff, true); at += 2; };
  for (const word of words) put(scaled(singles.get(word) ?? 0, word, 2 ** 15));
  for (const [first] of pairs) put(idOf.get(first)!);
  for (const [, second] of pairs) put(idOf.get(second)!);
  for (const [first, second, weight] of pairs) put(scaled(weight, `${first} ${second}`, 2 ** 15));
  for (const [prefix, weight] of prefixes) put(scaled(weight, prefix + PREFIX_MARK, 2 ** 15));
  for (const [cue, weight] of cues) put(scaled(weight, cue, 2 ** 15));
  bytes.set(text, at);
  return bytes;
}

/** A weight as a whole number of thousandths, checked to be exact and to fit. */
function scaled(weight: number, feature: string, limit: number): number {
  const stored = Math.round(weight * WEIGHT_SCALE);
  if (stored / WEIGHT_SCALE !== weight) throw new Error(`the weight of ${feature} (${weight}) is not a whole number of thousandths`);
  if (stored < -limit || stored >= limit) throw new Error(`the weight of ${feature} (${weight}) is too large to store`);
  return stored;
}
