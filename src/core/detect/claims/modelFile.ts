import { type DecodedLines, frontCodedLines, frontCodeLines } from '../lexicon/frontCoded';
import { CUE_FEATURES, PREFIX_LENGTH, PREFIX_MARK, SENTENCE_END, SENTENCE_START } from './features';

// The claim model as bytes (claim-model.bin): written by the trainer (tools/train-claim-model.ts), read once by
// whoever runs detection and handed to ./model.ts. Everything in it is what scoring needs, in the order scoring uses
// it, so reading it is a few loops over bytes into typed arrays, not a parse of 40,000 named weights. The .vsix stores
// the file deflated, so it is laid out for deflate: each kind of number in a run of its own, in bytes that repeat.
//
// Weights are integers in thousandths (the trainer rounds them so), within ±32.767: `stored / 1000` is the very same
// double as the rounded weight, so scores do not move by one bit. Little-endian throughout. Format version 2:
//
//   header   11 × u32: magic "FCCM", format version, weight scale (1000), bias × scale (as i32), pair words, words,
//            pairs, prefixes, cues, byte length of the coded text, byte length of the text it decodes to
//   text     the words by id, then the prefixes (without PREFIX_MARK), then the cue names, front-coded
//            (../lexicon/frontCoded.ts, frontCodeLines: each as how many bytes of the one before it drops, then the
//            rest of it)
//   pairs    for each pair word by id: how many pairs it begins, then the second word of each, in id order, as its
//            distance from the one before less 1 (from -1 for the first), all LEB128 varints
//   weights  of the words by id (0 for a word that occurs only in pairs), the pairs, the prefixes and the cues, each
//            zigzag-coded (0, -1, 1, -2 … as 0, 1, 2, 3 …): first the high bits of all (value >> 4) as LEB128 varints
//            (one byte for a weight within ±1.023), then the low 4 bits of all, two to a byte, the first in
//            the low half
//
// Words come in two runs, each sorted: first those that occur in word pairs (with the sentence marks <s> and </s>),
// whose ids are kept small so a pair's key (first × pair words + second) stays a small integer, then the rest.
// Version 1 held the weights and ids as int16 and the words plain: 393,822 bytes, 180,499 deflated (level 9). This one
// holds the same model in 200,855 bytes, 127,259 deflated: the low bits of a weight are noise that no coding shrinks,
// but the high bits are few values that repeat, the pairs are sorted so their ids are small gaps, and the words of a
// sorted list share their beginnings. The low bits a byte each read about 1 ms faster in a cold process and deflate
// 1,637 bytes larger.

export const CLAIM_MODEL_MAGIC = 0x4d434346; // "FCCM" read as a little-endian u32
export const CLAIM_MODEL_VERSION = 2;
const WEIGHT_SCALE = 1000;
const HEADER_WORDS = 11;
/** Bits of each weight stored apart from the bits above them (see the format above). */
const LOW_BITS = 4;
/** Pair keys are first × pairWords + second and must stay 32-bit signed integers. */
const MAX_PAIR_WORDS = 46340;

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
  /** The words by id in UTF-8, each followed by a line feed (the file holds them front-coded). */
  wordText: Uint8Array;
  /** The text decoded, words then prefixes and cue names, with each line's start and hash: what scoring looks words
   *  up in (./modelWords.ts), so that a scan need not make 34,000 strings. */
  lines: DecodedLines;
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
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fail = (why: string): never => { throw new Error(`not a claim model file (claim-model.bin): ${why}`); };
  if (bytes.byteLength < HEADER_WORDS * 4 || view.getUint32(0, true) !== CLAIM_MODEL_MAGIC) fail('no FCCM header');
  const header = (i: number) => view.getUint32(i * 4, true);
  if (header(1) !== CLAIM_MODEL_VERSION) fail(`format version ${header(1)}, this Factcheck reads version ${CLAIM_MODEL_VERSION}`);
  const scale = header(2);
  const bias = view.getInt32(12, true) / scale;
  const [pairWords, wordCount, pairCount, prefixCount, cueCount, codedBytes, textBytes] = [4, 5, 6, 7, 8, 9, 10].map(header);
  const end = bytes.byteLength;
  let at = HEADER_WORDS * 4;

  if (at + codedBytes > end) fail(`${end - at} bytes after the header, less than its ${codedBytes} of text`);
  let lines: DecodedLines;
  try {
    lines = frontCodedLines(bytes.subarray(at, at + codedBytes), wordCount + prefixCount + cueCount, textBytes);
  } catch (error) {
    return fail(`the word list does not match the header (${(error as Error).message})`);
  }
  at += codedBytes;

  // varints read inline: a function called 10,000 times costs a cold process more than the loop
  const pairFirst = new Uint16Array(pairCount);
  const pairSecond = new Uint16Array(pairCount);
  let pair = 0;
  for (let first = 0; first < pairWords && at < end; first++) {
    let b = bytes[at++];
    let count = b & 0x7f;
    for (let shift = 7; b >= 0x80 && at < end; shift += 7) count |= ((b = bytes[at++]) & 0x7f) << shift;
    if (pair + count > pairCount) fail('more word pairs than the header says');
    for (let k = 0, second = -1; k < count; k++, pair++) {
      let gap = (b = bytes[at++]) & 0x7f;
      for (let shift = 7; b >= 0x80 && at < end; shift += 7) gap |= ((b = bytes[at++]) & 0x7f) << shift;
      second += gap + 1;
      if (second >= pairWords) fail('a word pair outside the pair words');
      pairFirst[pair] = first;
      pairSecond[pair] = second;
    }
  }
  if (pair !== pairCount || at > end) fail('the word pairs do not match the header');

  const weightCount = wordCount + pairCount + prefixCount + cueCount;
  const low = end - ((weightCount + 1) >> 1);
  const weights = readWeights(bytes, at, low, weightCount, scale) ?? fail(`${end} bytes where the header says others`);
  const wordWeights = weights.slice(0, wordCount);
  const pairWeights = weights.slice(wordCount, wordCount + pairCount);
  const prefixWeights = weights.slice(wordCount + pairCount, weightCount - cueCount);
  const namedCueWeights = weights.slice(weightCount - cueCount);

  // the prefixes and cue names end the text
  const wordsEnd = lines.starts[wordCount];
  const tail = new TextDecoder('utf-8', { fatal: true }).decode(lines.text.subarray(wordsEnd)).split('\n');
  if (tail.length !== prefixCount + cueCount + 1) fail('the word list does not match the header');
  const prefixes = tail.slice(0, prefixCount);
  const cueIndex = new Map<string, number>(CUE_FEATURES.map((cue, i) => [cue, i]));
  const cueWeights = new Float64Array(CUE_FEATURES.length);
  tail.slice(prefixCount, -1).forEach((cue, i) => {
    const index = cueIndex.get(cue);
    if (index !== undefined) cueWeights[index] = namedCueWeights[i];
  });
  const wordText = lines.text.subarray(0, wordsEnd);
  let words: string[] | undefined;
  return {
    bias, pairWords, wordWeights, pairFirst, pairSecond, pairWeights, prefixes, prefixWeights, cueWeights, wordText, lines,
    get words(): string[] {
      if (words) return words;
      const list = wordCount > 0 ? new TextDecoder('utf-8', { fatal: true }).decode(wordText).split('\n') : [''];
      if (list.length !== wordCount + 1) fail('the word list does not match the header');
      return (words = list.slice(0, wordCount));
    },
  };
}

/**
 * The `count` weights of the file, their high bits as varints from `at` on and their low bits in the half-bytes from
 * `low` on; undefined when the varints do not end at `low`.
 */
function readWeights(bytes: Uint8Array, at: number, low: number, count: number, scale: number): Float64Array | undefined {
  // the weight of each code whose high bits fit one varint byte, zigzag / scale: 2,048 divisions, not 41,000
  const weightOf = new Float64Array(0x80 << LOW_BITS);
  for (let code = 0; code < weightOf.length; code++) weightOf[code] = ((code >>> 1) ^ -(code & 1)) / scale;
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    let high = bytes[at++];
    if (high >= 0x80) {
      high &= 0x7f;
      for (let shift = 7, b = 0x80; b >= 0x80 && at < low; shift += 7) high |= ((b = bytes[at++]) & 0x7f) << shift;
    }
    const code = (high << LOW_BITS) | ((bytes[low + (i >> 1)] >> ((i & 1) << 2)) & 0xf);
    out[i] = code < weightOf.length ? weightOf[code] : ((code >>> 1) ^ -(code & 1)) / scale;
  }
  return at === low ? out : undefined;
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

  const lines = [...words, ...prefixes.map(p => p[0]), ...cues.map(c => c[0])];
  const text = frontCodeLines(lines);
  const encoder = new TextEncoder();
  const textBytes = lines.reduce((sum, line) => sum + encoder.encode(line).length + 1, 0);
  const values = [
    ...words.map(word => scaled(singles.get(word) ?? 0, word, 2 ** 15)),
    ...pairs.map(([first, second, weight]) => scaled(weight, `${first} ${second}`, 2 ** 15)),
    ...prefixes.map(([prefix, weight]) => scaled(weight, prefix + PREFIX_MARK, 2 ** 15)),
    ...cues.map(([cue, weight]) => scaled(weight, cue, 2 ** 15)),
  ].map(value => (value << 1) ^ (value >> 31));
  const out: number[] = [];
  const varint = (value: number) => {
    for (; value >= 0x80; value >>>= 7) out.push((value & 0x7f) | 0x80);
    out.push(value);
  };
  for (let first = 0, pair = 0; first < pairWordList.length; first++) {
    const start = pair;
    while (pair < pairs.length && idOf.get(pairs[pair][0]) === first) pair++;
    varint(pair - start);
    for (let k = start, second = -1; k < pair; k++) {
      varint(idOf.get(pairs[k][1])! - second - 1);
      second = idOf.get(pairs[k][1])!;
    }
  }
  for (const value of values) varint(value >>> LOW_BITS);
  for (let i = 0; i < values.length; i += 2) out.push((values[i] & 0xf) | ((values[i + 1] ?? 0) & 0xf) << 4);
  const bytes = new Uint8Array(HEADER_WORDS * 4 + out.length + text.length);
  const view = new DataView(bytes.buffer);
  [CLAIM_MODEL_MAGIC, CLAIM_MODEL_VERSION, WEIGHT_SCALE, 0, pairWordList.length, words.length, pairs.length, prefixes.length,
    cues.length, text.length, textBytes].forEach((value, i) => view.setUint32(i * 4, value, true));
  view.setInt32(12, scaled(bias, 'the bias', 2 ** 31), true);
  bytes.set(text, HEADER_WORDS * 4);
  bytes.set(out, HEADER_WORDS * 4 + text.length);
  return bytes;
}

/** A weight as a whole number of thousandths, checked to be exact and to fit. */
function scaled(weight: number, feature: string, limit: number): number {
  const stored = Math.round(weight * WEIGHT_SCALE);
  if (stored / WEIGHT_SCALE !== weight) throw new Error(`the weight of ${feature} (${weight}) is not a whole number of thousandths`);
  if (stored < -limit || stored >= limit) throw new Error(`the weight of ${feature} (${weight}) is too large to store`);
  return stored;
}
