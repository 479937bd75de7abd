import type { ClaimCandidate, ClaimCue, DateMention, PersonMention, Span } from '../spans';
import { ATTRIBUTION, COMPARISON, EVENT, NUMBER, QUOTE } from './claims/cues';
import { claimFeatures } from './claims/features';
import { CLAIM_MODEL } from './claims/model';
import { isDateline } from '../text/sentences';

// Check-worthiness of each sentence: a logistic-regression model over words, word pairs and surface cues (trained by
// scripts/train-claim-model.ts on ClaimBuster, CC BY 4.0), its bias set so 0.5 is the cross-validated decision line.

const weights = new Map(Object.entries(CLAIM_MODEL.weights));

/** Wire and web furniture that is never a claim, however many numbers it holds. */
const BOILERPLATE =
  /^(?:\(?(?:reporting|writing|additional reporting|editing|compiled) by\b|©|copyright\b|all rights reserved|click here|subscribe\b|sign up\b|follow us\b|share this\b|read more\b|related:|photo:|image:|source:)/i;

/** Model score in [0, 1] for one sentence, from its text alone. */
export function claimScore(sentence: string): number {
  if (BOILERPLATE.test(sentence) || isDateline(sentence)) return 0;
  let z = CLAIM_MODEL.bias;
  for (const feature of claimFeatures(sentence)) z += weights.get(feature) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** Scores each sentence for check-worthiness; `people` and `dates` add the 'person' and 'date' cues. */
export function scoreClaims(sentences: Span[], people: PersonMention[], dates: DateMention[]): ClaimCandidate[] {
  const personAt = overlapFinder(people);
  const dateAt = overlapFinder(dates);
  return sentences.map(sentence => {
    const cues = textCues(sentence.text);
    if (personAt(sentence)) cues.push('person');
    if (dateAt(sentence)) cues.push('date');
    return { start: sentence.start, end: sentence.end, text: sentence.text, score: round(claimScore(sentence.text)), cues };
  });
}

function textCues(text: string): ClaimCue[] {
  const cues: ClaimCue[] = [];
  if (NUMBER.test(text)) cues.push('number');
  if (COMPARISON.test(text)) cues.push('comparison');
  if (ATTRIBUTION.test(text)) cues.push('attribution');
  if (QUOTE.test(text)) cues.push('quote');
  if (EVENT.test(text)) cues.push('event');
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
