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
import { abbreviationsIn, learnAcronyms, type Acronyms } from './acronyms';
import { explainMatch, type MatchExplanation } from './explain';
import { learnRestatements, NO_RESTATEMENTS, type Restatements } from './restatements';
import { comparePaths } from '../text/pathOrder';
import { claimTerms, figureTerm, nameForms, signatureStart, yearTerm, type ClaimTerms } from './terms';

/** The weights matching uses; chosen once by measuring, global (no per-word weights). */
export interface MatchWeights {
  /** BM25 term-frequency saturation and length normalisation. */
  readonly k1: number;
  readonly b: number;
  /** BM25 saturation of a term the claim itself repeats: at 1 a word said twice counts 1.33 times, three times 1.5
   *  (a post saying "tax tax tax" is about one thing, not three times about it). */
  readonly k3: number;
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
  /** Share of the score that comes from the claim's paragraph rather than the claim itself (0: the claim alone). A
   *  claim that says little of what a verdict says is not read as matching that verdict better than its paragraph
   *  does: a fragment ("— Tilda Marrow (@TildaMarrowMP) March 9, 2021") is no match for everything about Tilda Marrow. */
  readonly paragraph: number;
  /** How much of what a verdict's quote says (its BM25 against itself) a claim's own match must say for the claim to
   *  score above its paragraph: a claim saying the verdict word for word keeps its own score in a longer paragraph;
   *  one sentence sharing a single word with a short verdict does not outrank what the whole paragraph says. */
  readonly ownMatch: number;
  /** How much a word of a copied post's signature line ("— name (@handle) date") counts: who posted it and when say
   *  something about what it claims (a politician's post is often the claim checked), but less than its words do. */
  readonly signature: number;
  /** How much each word of what an abbreviation stands for counts, in claim and verdict alike ("NAG": northern apiarists
   *  association, as the verdicts spell it out; see acronyms.ts); 0 leaves abbreviations as they are. */
  readonly acronym: number;
  /** How much the other form of a place's name in a claim counts ("Iran": Iranian, "Russian": Russia). */
  readonly nameForm: number;
  /** How much each word the verdicts' headings and quotes use for a claim's word counts ("went": go; see
   *  restatements.ts); 0 leaves words as they are. */
  readonly restatement: number;
}

export const DEFAULT_MATCH_WEIGHTS: MatchWeights = {
  k1: 1.5, b: 0.5, k3: 1, context: 1, name: 0, figure: 0, differingFigure: 1, paragraph: 0.8, ownMatch: 0.8, pair: 0, signature: 0.5,
  acronym: 0.3, nameForm: 0.3, restatement: 0.3,
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
}

/** A term's verdicts and, for each, its BM25 term-frequency part (which depends on the verdict only). */
interface Postings {
  readonly ids: Int32Array;
  readonly parts: Float64Array;
  readonly idf: number;
}

/** Earlier verdicts prepared for matching; build once with prepareMatchIndex, query with matchClaim. */
export interface MatchIndex {
  readonly size: number;
  /** @internal */ readonly verdicts: readonly PreparedVerdict[];
  /** @internal */ readonly postings: ReadonlyMap<string, Postings>;
  /** @internal */ readonly averageLength: number;
  /** @internal */ readonly weights: MatchWeights;
  /** @internal verdict ids by article, to leave an article out */ readonly byArticle: ReadonlyMap<string, readonly number[]>;
  /** @internal what the verdicts' abbreviations stand for */ readonly acronyms: Acronyms;
  /** @internal each verdict's quote against itself: how much its own words say */ readonly quoteSelfScores: Float64Array;
  /** @internal the words the verdicts use for one another */ readonly restatements: Restatements;
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

function termScore(weights: MatchWeights, averageLength: number, frequency: number, length: number): number {
  const { k1, b } = weights;
  return (frequency * (k1 + 1)) / (frequency + k1 * (1 - b + (b * length) / averageLength));
}

function idfOf(size: number, verdictsWithTerm: number): number {
  return Math.log(1 + (size - verdictsWithTerm + 0.5) / (verdictsWithTerm + 0.5));
}

export function prepareMatchIndex(verdicts: readonly EarlierVerdict[], weights: MatchWeights = DEFAULT_MATCH_WEIGHTS): MatchIndex {
  const prepared: PreparedVerdict[] = [];
  const lengths: number[] = [];
  const lists = new Map<string, number[]>();
  const byArticle = new Map<string, number[]>();
  let totalLength = 0;
  const acronyms = learnAcronyms(weights.acronym > 0 ? verdicts.flatMap(v => (v.context ? [v.quote, v.context] : [v.quote])) : []);
  const headingsAndQuotes: Array<{ quote: readonly string[]; heading: readonly string[] }> = [];
  const read = verdicts.map(verdict => {
    const terms = claimTerms(verdict.quote);
    const termCounts = weightedTerms(terms, weights);
    const contextTerms = verdict.context ? claimTerms(verdict.context) : undefined;
    if (contextTerms && weights.context > 0) weightedTerms(contextTerms, weights, weights.context, termCounts);
    if (contextTerms && weights.restatement > 0) headingsAndQuotes.push({ quote: terms.words, heading: contextTerms.words });
    addSpelledOut(acronyms, verdict.context ? `${verdict.quote}\n${verdict.context}` : verdict.quote, weights, termCounts);
    return { terms, termCounts, contextWords: contextTerms?.words ?? [] };
  });
  // learnt from all the verdicts first, then read into each, as a claim's words are (both sides, as abbreviations)
  const restatements = headingsAndQuotes.length ? learnRestatements(headingsAndQuotes) : NO_RESTATEMENTS;
  verdicts.forEach((verdict, id) => {
    const { terms, termCounts, contextWords } = read[id];
    addRestated(restatements, [...terms.words, ...contextWords], weights, termCounts);
    const length = lengthOf(termCounts);
    prepared.push({ verdict, terms });
    const ofArticle = byArticle.get(verdict.article);
    if (ofArticle) ofArticle.push(id);
    else byArticle.set(verdict.article, [id]);
    lengths.push(length);
    totalLength += length;
    for (const [term, count] of termCounts) {
      let list = lists.get(term);
      if (!list) lists.set(term, (list = []));
      list.push(id, count);
    }
  });
  const averageLength = prepared.length ? totalLength / prepared.length : 1;
  const postings = new Map<string, Postings>();
  for (const [term, list] of lists) {
    const n = list.length / 2;
    const ids = new Int32Array(n);
    const parts = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      ids[i] = list[2 * i];
      parts[i] = termScore(weights, averageLength, list[2 * i + 1], lengths[ids[i]]);
    }
    postings.set(term, { ids, parts, idf: idfOf(prepared.length, n) });
  }
  const quoteSelfScores = new Float64Array(prepared.map(({ terms }) => selfScore(postings, weightedTerms(terms, weights), weights, averageLength)));
  return { size: prepared.length, verdicts: prepared, postings, averageLength, weights, byArticle, acronyms, quoteSelfScores, restatements };
}

/** Scores of the verdicts sharing a term with a text, and which verdicts those are. */
interface Scores {
  readonly values: Float64Array;
  readonly touched: Int32Array;
  count: number;
}

function emptyScores(size: number): Scores {
  return { values: new Float64Array(size), touched: new Int32Array(size), count: 0 };
}

/** One claim's scores, reused from claim to claim (a hover or a CLI run asks thousands of times): only the verdicts
 *  the last claim touched are cleared. */
const scratch = new WeakMap<MatchIndex, Scores>();

function clearedScores(index: MatchIndex): Scores {
  let scores = scratch.get(index);
  if (!scores) scratch.set(index, (scores = emptyScores(index.size)));
  for (let i = 0; i < scores.count; i++) scores.values[scores.touched[i]] = 0;
  scores.count = 0;
  return scores;
}

/** How much a term the claim says `count` times counts, saturating with k3. */
function queryTermWeight(weights: MatchWeights, count: number): number {
  return ((weights.k3 + 1) * count) / (weights.k3 + count);
}

/** BM25 of a text's terms against the same text: what a perfect match scores. Terms no verdict uses count as the
 *  rarest (`unknownIdf`), so a claim saying much the verdicts never say matches none of them well. */
function selfScore(postings: ReadonlyMap<string, Postings>, counts: ReadonlyMap<string, number>, weights: MatchWeights, averageLength: number, unknownIdf = 0): number {
  const length = lengthOf(counts);
  let score = 0;
  for (const [term, count] of counts) score += (postings.get(term)?.idf ?? unknownIdf) * queryTermWeight(weights, count) * termScore(weights, averageLength, count, length);
  return score;
}

/** Adds `share` × BM25 of every verdict against the text's terms, as a share of the text's score against itself;
 *  returns that score (0: nothing to add). */
function addScores(index: MatchIndex, counts: ReadonlyMap<string, number>, into: Scores, share: number): number {
  const { weights, averageLength } = index;
  const querySelf = selfScore(index.postings, counts, weights, averageLength, idfOf(index.size, 0));
  if (querySelf <= 0) return 0;
  const { values, touched } = into;
  for (const [term, count] of counts) {
    const postings = index.postings.get(term);
    if (!postings) continue;
    const weight = (share * postings.idf * queryTermWeight(weights, count)) / querySelf;
    const { ids, parts } = postings;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      if (values[id] === 0) touched[into.count++] = id;
      values[id] += weight * parts[i];
    }
  }
  return querySelf;
}

/** BM25 as a share of the query's score against itself (1: as good as the claim's own words; more for a verdict
 *  saying the claim's rarest words more often) mapped onto [0, 1) in order: 0.5 at half, 0.75 at 1, 0.94 at 2. */
function toUnitScore(relative: number): number {
  return 1 - 2 ** (-2 * relative);
}

/** The claims of one paragraph are matched one after another: its scores are kept for the next claim. */
const lastParagraph = new WeakMap<MatchIndex, { text: string; scores: Scores }>();

function paragraphScores(index: MatchIndex, text: string): Scores {
  const kept = lastParagraph.get(index);
  if (kept?.text === text) return kept.scores;
  const scores = emptyScores(index.size);
  addScores(index, queryCounts(index, text), scores, 1);
  lastParagraph.set(index, { text, scores });
  return scores;
}

/** A claim's terms, its joined-up hashtags and handles read as the verdicts' words they are made of. */
function queryTerms(index: MatchIndex, text: string): ClaimTerms {
  return claimTerms(text, { known: term => index.postings.has(term) });
}

/** Adds the words a text's abbreviations stand for, at the acronym weight: "the NAG" also says "northern
 *  apiarists guild" and a verdict writing "the Northern Apiarists Guild" meets it (both sides are read so). */
function addSpelledOut(acronyms: Acronyms, text: string, weights: MatchWeights, counts: Map<string, number>): void {
  if (weights.acronym <= 0) return;
  for (const abbreviation of abbreviationsIn(text)) {
    const spelledOut = acronyms.expand(abbreviation);
    if (spelledOut) weightedTerms(claimTerms(spelledOut), weights, weights.acronym, counts);
  }
}

/** Adds the words the verdicts' headings and quotes use for a text's words, at the restatement weight: "went" also
 *  says "go" when the verdicts trade the two. A word the text already says keeps its own weight. */
function addRestated(restatements: Restatements, words: readonly string[], weights: MatchWeights, counts: Map<string, number>): void {
  if (weights.restatement <= 0) return;
  const restated = new Set<string>();
  for (const word of new Set(words)) for (const other of restatements.of(word)) if (!counts.has(other)) restated.add(other);
  for (const other of restated) counts.set(other, weights.restatement);
}

/** A claim's weighted terms, a copied post's signature line weighing less than its words, with what its abbreviations
 *  stand for, the other forms of its place names and the words the verdicts use for its words. */
function queryCounts(index: MatchIndex, text: string): Map<string, number> {
  const { weights } = index;
  const signature = signatureStart(text);
  const terms = queryTerms(index, text.slice(0, signature));
  const counts = weightedTerms(terms, weights);
  addSpelledOut(index.acronyms, text.slice(0, signature), weights, counts);
  // "Iran" also says "Iranian", when the verdicts say it so
  if (weights.nameForm > 0) {
    for (const name of new Set(terms.names)) {
      for (const form of nameForms(name)) if (!counts.has(form) && index.postings.has(form)) counts.set(form, weights.nameForm);
    }
  }
  addRestated(index.restatements, terms.words, weights, counts);
  return signature < text.length ? weightedTerms(queryTerms(index, text.slice(signature)), weights, weights.signature, counts) : counts;
}

/** Between verdicts scoring the same (often one claim checked twice in the same words), the one listed first in the
 *  Explorer's order of their articles, then the earlier in its article: the order the person reads them in, the same
 *  whatever order the verdicts were handed over in. */
function placeOrder(index: MatchIndex, a: number, b: number): number {
  if (a === b) return 0;
  const va = index.verdicts[a].verdict;
  const vb = index.verdicts[b].verdict;
  return comparePaths(va.article, vb.article) || (va.line ?? Infinity) - (vb.line ?? Infinity) || a - b;
}

/** The earlier verdicts that may apply to a claim, best first. */
export function matchClaim(index: MatchIndex, query: MatchQuery): VerdictMatch[] {
  const { weights } = index;
  const terms = queryTerms(index, query.text);
  const paragraphShare = query.paragraph && query.paragraph !== query.text ? weights.paragraph : 0;
  const scores = clearedScores(index);
  const counts = queryCounts(index, query.text);
  const claimSelf = addScores(index, counts, scores, 1 - paragraphShare);
  if (paragraphShare > 0) {
    const paragraph = paragraphScores(index, query.paragraph!);
    const claimShare = 1 - paragraphShare;
    for (let i = 0; i < scores.count; i++) {
      const id = scores.touched[i];
      // the claim's BM25 against the verdict, as a share of what the verdict's quote says
      const saysOfVerdict = (scores.values[id] / claimShare) * claimSelf / index.quoteSelfScores[id];
      if (!(saysOfVerdict >= weights.ownMatch)) scores.values[id] = Math.min(scores.values[id], claimShare * paragraph.values[id]);
    }
    for (let i = 0; i < paragraph.count; i++) {
      const id = paragraph.touched[i];
      if (scores.values[id] === 0) scores.touched[scores.count++] = id;
      scores.values[id] += paragraphShare * paragraph.values[id];
    }
  }

  const minScore = query.minScore ?? 0;
  const top = query.top ?? 5;
  // Only the best by shared words can end up on top (the adjustments below only lower a score): keep the best few
  // times `top` of them, then explain and adjust those.
  const keep = top * 4 + 8;
  const best: number[] = [];
  const better = (a: number, b: number) => scores.values[a] > scores.values[b] || (scores.values[a] === scores.values[b] && placeOrder(index, a, b) < 0);
  const excluded = query.excludeArticle === undefined ? undefined : index.byArticle.get(query.excludeArticle);
  for (const id of excluded ?? []) if (scores.values[id] !== 0) scores.values[id] = -1; // touched: cleared next time
  for (let i = 0; i < scores.count; i++) {
    const id = scores.touched[i];
    if (scores.values[id] <= 0 || (best.length === keep && !better(id, best[keep - 1]))) continue;
    let at = best.length === keep ? keep - 1 : best.length;
    while (at > 0 && better(id, best[at - 1])) at--;
    best.splice(at, 0, id);
    if (best.length > keep) best.pop();
  }
  const ranked: Array<{ id: number; score: number; explanation: MatchExplanation }> = [];
  for (const id of best) {
    const explanation = explainMatch(terms, index.verdicts[id].terms);
    let score = toUnitScore(scores.values[id]);
    if (explanation.differingFigures.length && !explanation.sameFigures.length) score *= weights.differingFigure;
    if (score <= 0 || score < minScore) continue;
    ranked.push({ id, score, explanation });
  }
  ranked.sort((a, b) => b.score - a.score || placeOrder(index, a.id, b.id));
  return ranked.slice(0, top).map(({ id, score, explanation }) => ({ verdict: index.verdicts[id].verdict, score, explanation }));
}
