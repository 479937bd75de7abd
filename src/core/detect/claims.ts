import type { ClaimCandidate, DateMention, PersonMention, Span } from '../spans';

/** Scores each sentence for check-worthiness. Placeholder: sentences with a digit. */
export function scoreClaims(sentences: Span[], _people: PersonMention[], _dates: DateMention[]): ClaimCandidate[] {
  return sentences.filter(s => /\d/.test(s.text)).map(s => ({ ...s, score: 0.6, cues: ['number'] }));
}
