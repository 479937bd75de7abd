import type { ClaimCandidate, ClaimCue, DateMention, PersonMention, Span } from '../spans';
import { CUE_BIT_WIDTH, CUE_LEXICON, readSignals, type SentenceSignals } from './claims/cues';
import { cueFeatures, SENTENCE_END, SENTENCE_START } from './claims/features';
import { CLAIM_MODEL } from './claims/model';
import { PairTable } from './claims/pair-table';
import { isDateline } from '../text/sentences';

// Check-worthiness of each sentence: a logistic-regression model over words, word pairs and surface cues (trained by
// scripts/train-claim-model.ts on ClaimBuster, CC BY 4.0), its bias set so 0.5 is the cross-validated decision line.

// The weights as numbers: every word of the model gets an id, word pairs are keyed by first id × size + second id,
// so scoring a token costs one string lookup and one integer lookup, with no "a b" strings built.
const vocabulary = new Map<string, number>();
const idOf = (word: string) => {
  let id = vocabulary.get(word);
  if (id === undefined) vocabulary.set(word, (id = vocabulary.size));
  return id;
};
const entries = Object.entries(CLAIM_MODEL.weights);
for (const [feature] of entries) {
  if (feature.startsWith('#')) continue;
  const space = feature.indexOf(' ');
  if (space < 0) idOf(feature);
  else { idOf(feature.slice(0, space)); idOf(feature.slice(space + 1)); }
}
const START_ID = idOf(SENTENCE_START);
const END_ID = idOf(SENTENCE_END);
const PAIR_BASE = vocabulary.size;
// one lookup a token: the cue lexicon extended with each model word's id + 1 above the cue bits
const lexicon = new Map(CUE_LEXICON);
for (const [word, id] of vocabulary) lexicon.set(word, (lexicon.get(word) ?? 0) | ((id + 1) << CUE_BIT_WIDTH));
const wordWeights = new Float64Array(PAIR_BASE);
const cueWeights = new Map<string, number>();
const pairs: [number, number][] = [];
for (const [feature, weight] of entries) {
  if (feature.startsWith('#')) { cueWeights.set(feature, weight); continue; }
  const space = feature.indexOf(' ');
  if (space < 0) wordWeights[idOf(feature)] = weight;
  else pairs.push([idOf(feature.slice(0, space)) * PAIR_BASE + idOf(feature.slice(space + 1)), weight]);
}
const pairWeights = new PairTable(pairs);
// The model sees a sentence as a set of features, so a repeated word or pair counts once: "seen" stamps per word id
// and per pair slot, a new stamp for each sentence, make that a compare rather than a Set.
const wordSeen = new Uint32Array(PAIR_BASE);
const pairSeen = new Uint32Array(pairWeights.capacity);
let stamp = 0;

/** Wire and web furniture that is never a claim, however many numbers it holds. */
const BOILERPLATE =
  /^(?:\(?(?:reporting|writing|additional reporting|editing|compiled) by\b|©|copyright\b|all rights reserved|click here|subscribe\b|sign up\b|follow us\b|share this\b|read more\b|related:|photo:|image:|source:)/i;

/** Model score in [0, 1] for one sentence, from its text alone. */
export function claimScore(sentence: string): number {
  return scoreOf(sentence, readSignals(sentence, lexicon));
}

function scoreOf(sentence: string, signals: SentenceSignals): number {
  if (BOILERPLATE.test(sentence) || isDateline(sentence)) return 0;
  if (++stamp === 0x100000000) { wordSeen.fill(0); pairSeen.fill(0); stamp = 1; }
  const mark = stamp;
  let z = CLAIM_MODEL.bias;
  let previous = START_ID;
  for (const entry of signals.entries) {
    const id = (entry >> CUE_BIT_WIDTH) - 1;
    if (id >= 0) {
      if (wordSeen[id] !== mark) { wordSeen[id] = mark; z += wordWeights[id]; }
      if (previous >= 0) z += pairOnce(previous * PAIR_BASE + id, mark);
    }
    previous = id;
  }
  if (previous >= 0) z += pairOnce(previous * PAIR_BASE + END_ID, mark);
  for (const cue of cueFeatures(signals)) z += cueWeights.get(cue) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The weight of a word pair the first time it occurs in the sentence stamped `mark`, 0 after that. */
function pairOnce(key: number, mark: number): number {
  const slot = pairWeights.find(key);
  if (slot < 0 || pairSeen[slot] === mark) return 0;
  pairSeen[slot] = mark;
  return pairWeights.valueAt(slot);
}

/** Scores each sentence for check-worthiness; `people` and `dates` add the 'person' and 'date' cues. */
export function scoreClaims(sentences: Span[], people: PersonMention[], dates: DateMention[]): ClaimCandidate[] {
  const personAt = overlapFinder(people);
  const dateAt = overlapFinder(dates);
  return sentences.map(sentence => {
    const signals = readSignals(sentence.text, lexicon);
    const cues = textCues(signals);
    if (personAt(sentence)) cues.push('person');
    if (dateAt(sentence)) cues.push('date');
    return { start: sentence.start, end: sentence.end, text: sentence.text, score: round(scoreOf(sentence.text, signals)), cues };
  });
}

function textCues(signals: SentenceSignals): ClaimCue[] {
  const cues: ClaimCue[] = [];
  if (signals.number) cues.push('number');
  if (signals.comparison) cues.push('comparison');
  if (signals.attribution) cues.push('attribution');
  if (signals.quote) cues.push('quote');
  if (signals.event) cues.push('event');
  return cues;
}

/**
 * A test "does any span overlap this sentence?" for sentences asked in document order: a moving pointer over the
 * spans sorted by start, so a whole article costs one pass rather than sentences × spans.
 */
function overlapFinder(spans: Span[]): (sentence: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let first = 0;
  let lastStart = -Infinity;
  return sentence => {
    if (sentence.start < lastStart) first = 0; // not in order after all: start over
    lastStart = sentence.start;
    while (first < sorted.length && sorted[first].end <= sentence.start) first++;
    for (let i = first; i < sorted.length && sorted[i].start < sentence.end; i++) {
      if (sorted[i].end > sentence.start) return true;
    }
    return false;
  };
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
