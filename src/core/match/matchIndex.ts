// "Have we checked this before?": ranks the earlier verdicts whose words state the same checkable thing as a claim.
// The index is prepared once (terms, postings, each verdict's self-score) so that a query touches only the verdicts
// sharing a term with it: a hover is a few hundred additions, not a pass over 10,000 quotes.
//
// Scoring is BM25 over content words, figures (value and unit as one term: "€12m" and "12 million euros" meet) and
// years, with the verdict's context (its article's heading) as a weaker second field, then adjusted by what carries
// meaning beyond shared words: a figure or year said differently lowers the score, shared names raise it. The result is
// normalised by what a perfect match would score, so 1 means "the same words" and thresholds mean the same for short
// and long claims.
import type { EarlierVerdict } from './earlierVerdict';
import { explainMatch, type MatchExplanation } from './explain';
import { claimTerms, figureTerm, yearTerm, type ClaimTerms } from './terms';

/** The weights matching uses; chosen once by measuring, global (no per-word weights). */
export interface MatchWeights {
  /** BM25 term-frequency saturation and length normalisation. */
  readonly k1: number;
  readonly b: number;
  /** How much a word of the verdict's context counts, against 1 for a word of its quote. */
  readonly context: number;
  /** Extra weight of a capitalised name over a plain word, in query and verdict alike. */
  readonly name: number;
  /** Extra weight of a figure or year term over a plain word. */
  readonly figure: number;
  /** Score factor when both sides give figures in the same unit and none agrees (the claim says something else). */
  readonly differingFigure: number;
  /** Weight of two content words side by side ("death penalty"), as a term of its own. */
  readonly pair: number;
  /** Share of the score that comes from the claim's paragraph rather than the claim itself (0: the claim alone). */
  readonly paragraph: number;
}

export const DEFAULT_MATCH_WEIGHTS: MatchWeights = {
  k1: 1.5, b: 0.5, context: 1, name: 0, figure: 0, differingFigure: 1, paragraph: 0.8, pair: 0,
};

export interface MatchQuery {
  /** The claim's words. */
  readonly text: string;
  /** The paragraph (or whole short text) the claim is in: read as weaker evidence of what the claim is about. */
  readonly paragraph?: string;
  /** Verdicts of this article are left out (a claim never matches its own article). */
  readonly excludeArticle?: string;
  /** At most this many matches (default 5). */
  readonly top?: number;
  /** Only matches scoring at least this (default 0: any shared term). */
  readonly minScore?: number;
}

export interface VerdictMatch {
  readonly verdict: EarlierVerdict;
  /** 0–1: how much of what the claim says the verdict's words say too. */
  readonly score: number;
  readonly explanation: MatchExplanation;
}

interface PreparedVerdict {
  readonly verdict: EarlierVerdict;
  readonly terms: ClaimTerms;
  /** BM25 length (weighted term count). */
  readonly length: number;
}

/** Earlier verdicts prepared for matching; build once with prepareMatchIndex, query with matchClaim. */
export interface MatchIndex {
  readonly size: number;
  /** @internal */ readonly verdicts: readonly PreparedVerdict[];
  /** @internal term → [verdict, weighted term frequency] pairs, flattened. */ readonly postings: ReadonlyMap<string, Float64Array>;
  /** @internal */ readonly averageLength: number;
  /** @internal */ readonly weights: MatchWeights;
}

/** Term → weighted frequency of one text: words count 1 (names 1 + name weight), figures and years 1 + figure weight. */
function weightedTerms(terms: ClaimTerms, weights: MatchWeights, scale = 1, into = new Map<string, number>()): Map<string, number> {
  const add = (term: string, weight: number) => into.set(term, (into.get(term) ?? 0) + weight * scale);
  const names = new Set(terms.names);
  terms.words.forEach((word, i) => {
    add(word, names.has(word) ? 1 + weights.name : 1);
    if (weights.pair > 0 && i > 0) add(`${terms.words[i - 1]} ${word}`, weights.pair);
  });
  for (const figure of terms.figures) add(figureTerm(figure), 1 + weights.figure);
  for (const year of terms.years) add(yearTerm(year), 1 + weights.figure);
  return into;
}

function lengthOf(counts: ReadonlyMap<string, number>): number {
  let length = 0;
  for (const count of counts.values()) length += count;
  return length;
}

export function prepareMatchIndex(verdicts: readonly EarlierVerdict[], weights: MatchWeights = DEFAULT_MATCH_WEIGHTS): MatchIndex {
  const prepared: PreparedVerdict[] = [];
  const lists = new Map<string, number[]>();
  let totalLength = 0;
  verdicts.forEach((verdict, id) => {
    const terms = claimTerms(verdict.quote);
    const termCounts = weightedTerms(terms, weights);
    if (verdict.context && weights.context > 0) weightedTerms(claimTerms(verdict.context), weights, weights.context, termCounts);
    const length = lengthOf(termCounts);
    prepared.push({ verdict, terms, length });
    totalLength += length;
    for (const [term, count] of termCounts) {
      let list = lists.get(term);
      if (!list) lists.set(term, (list = []));
      list.push(id, count);
    }
  });
  const postings = new Map<string, Float64Array>();
  for (const [term, list] of lists) postings.set(term, Float64Array.from(list));
  return { size: prepared.length, verdicts: prepared, postings, averageLength: prepared.length ? totalLength / prepared.length : 1, weights };
}

function idf(index: MatchIndex, term: string): number {
  const postings = index.postings.get(term);
  const n = postings ? postings.length / 2 : 0;
  return Math.log(1 + (index.size - n + 0.5) / (n + 0.5));
}

function termScore(index: MatchIndex, frequency: number, length: number): number {
  const { k1, b } = index.weights;
  return (frequency * (k1 + 1)) / (frequency + k1 * (1 - b + (b * length) / index.averageLength));
}

function selfScore(index: MatchIndex, counts: ReadonlyMap<string, number>, length: number): number {
  let score = 0;
  for (const [term, count] of counts) score += idf(index, term) * count * termScore(index, count, length);
  return score;
}

/** Raw BM25 of every verdict sharing a term with the query, normalised by the query's own score. */
function scoreAll(index: MatchIndex, counts: ReadonlyMap<string, number>, into: Map<number, number>, share: number): void {
  const querySelf = selfScore(index, counts, lengthOf(counts));
  if (querySelf <= 0) return;
  for (const [term, count] of counts) {
    const postings = index.postings.get(term);
    if (!postings) continue;
    const weight = (idf(index, term) * count) / querySelf;
    for (let i = 0; i < postings.length; i += 2) {
      const id = postings[i];
      const partial = weight * termScore(index, postings[i + 1], index.verdicts[id].length);
      into.set(id, (into.get(id) ?? 0) + share * partial);
    }
  }
}

/** BM25 as a share of the query's score against itself (1: as good as the claim's own words; more for a verdict
 *  saying the claim's rarest words more often) mapped onto [0, 1) in order: 0.5 at half, 0.75 at 1, 0.94 at 2. */
function toUnitScore(relative: number): number {
  return 1 - 2 ** (-2 * relative);
}

/** The claims of one paragraph are matched one after another: its scores are kept for the next claim. */
const lastParagraph = new WeakMap<MatchIndex, { text: string; scores: Map<number, number> }>();

function paragraphScores(index: MatchIndex, text: string): Map<number, number> {
  const kept = lastParagraph.get(index);
  if (kept?.text === text) return kept.scores;
  const scores = new Map<number, number>();
  scoreAll(index, weightedTerms(claimTerms(text), index.weights), scores, 1);
  lastParagraph.set(index, { text, scores });
  return scores;
}

/** The earlier verdicts that may apply to a claim, best first. */
export function matchClaim(index: MatchIndex, query: MatchQuery): VerdictMatch[] {
  const { weights } = index;
  const terms = claimTerms(query.text);
  const paragraphShare = query.paragraph && query.paragraph !== query.text ? weights.paragraph : 0;
  const raw = new Map<number, number>();
  scoreAll(index, weightedTerms(terms, weights), raw, 1 - paragraphShare);
  if (paragraphShare > 0) {
    for (const [id, value] of paragraphScores(index, query.paragraph!)) raw.set(id, (raw.get(id) ?? 0) + paragraphShare * value);
  }

  const minScore = query.minScore ?? 0;
  const top = query.top ?? 5;
  // only the best by shared words can end up on top: the adjustments below only lower a score
  const candidates = [...raw].filter(([id]) => query.excludeArticle === undefined || index.verdicts[id].verdict.article !== query.excludeArticle)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const ranked: Array<{ id: number; score: number; explanation: MatchExplanation }> = [];
  for (const [id, value] of candidates) {
    if (ranked.length >= top && toUnitScore(value) < ranked[top - 1].score) break;
    const prepared = index.verdicts[id];
    const explanation = explainMatch(terms, prepared.terms);
    let score = toUnitScore(value);
    if (explanation.differingFigures.length && !explanation.sameFigures.length) score *= weights.differingFigure;
    if (score <= 0 || score < minScore) continue;
    ranked.push({ id, score, explanation });
    ranked.sort((a, b) => b.score - a.score || a.id - b.id);
  }
  ranked.sort((a, b) => b.score - a.score || a.id - b.id);
  return ranked.slice(0, top).map(({ id, score, explanation }) => ({ verdict: index.verdicts[id].verdict, score, explanation }));
}
