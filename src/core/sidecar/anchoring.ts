// Keeping a claim on its sentence while the article changes, after the Hypothesis web annotator: an anchor stores the
// quote with ~32 characters of context either side and its position (UTF-16 offsets, end exclusive).
//
//  - While the article is open, `shiftAnchor` moves anchors through each edit (VS Code content changes).
//  - When the article was changed elsewhere (git pull, another editor), `reanchor` finds the quote again:
//      position still holds the quote → exact search (best by context and distance) → the same with whitespace,
//      line endings and quote/dash style normalised → approximate search (bit-parallel Myers, `approx-string-match`),
//      accepted only when the quote is close *and* the context on both sides says it is the same sentence, edited
//      → otherwise orphaned. A look-alike sentence elsewhere (a deleted sentence's negated twin beside it) has the
//      wrong neighbours on one side, so it never takes the verdict; an orphan is kept untouched and flagged.
//      Whether the words found still say what was reviewed is decided apart from this (reviewed.ts).
//  - The work per claim is bounded whatever the file holds: at most CONTEXT_READ characters of stored context are
//    compared, at most MAX_CANDIDATES exact and MAX_FUZZY_SCORED approximate candidates are scored, and a quote
//    longer than MAX_WHOLE_TEXT_QUOTE is searched approximately only near where it was.
import approxSearch from 'approx-string-match';
import type { Anchor, ClaimAnnotation } from './model';

/** Characters of context stored before and after a quote. */
export const CONTEXT_LENGTH = 32;

/** One content change as VS Code reports it (`TextDocumentContentChangeEvent`): offsets into the text before it. */
export interface TextChange {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

/**
 * `attached`: the anchor followed the edits. `reanchor`: an edit replaced the whole quote with new text (a paste, a
 * reformat, a reload), so the position is only a hint; call `reanchor` on the new text. `orphaned`: the quote was
 * deleted.
 */
export type ShiftState = 'attached' | 'reanchor' | 'orphaned';

export interface ShiftResult {
  /** Start and end moved. The quote follows edits inside it when it was the text at start..end (an anchor placed
   *  in the text being edited), so it stays the claim's text as edited; prefix and suffix are unchanged (refresh them
   *  with `refreshAnchor` when saving). When orphaned or to be re-anchored: the quote as it was just before. */
  anchor: Anchor;
  state: ShiftState;
}

/** How a quote was found again. */
export type AnchorMethod = 'position' | 'exact' | 'normalized' | 'fuzzy';

export type AnchorMatch =
  | { orphaned: false; start: number; end: number; method: AnchorMethod; /** In [0, 1]. */ confidence: number }
  | { orphaned: true; reason: string };

export interface ReanchorOptions {
  /** Where the quote is expected (defaults to the anchor's start); nearer candidates win ties. */
  hint?: number;
  /** Counts the work done (for tests and benchmarks that bound it). */
  work?: AnchorWork;
  /** Least overall score (quote, context and closeness) for an approximate match. Default 0.75. */
  minConfidence?: number;
  /** Least similarity (1 − edits / quote length) between quote and an approximate match. Default 0.75. */
  minQuoteSimilarity?: number;
}

export const DEFAULT_REANCHOR_OPTIONS = { minConfidence: 0.75, minQuoteSimilarity: 0.75 } as const;

/** What re-anchoring read and compared: the measure of its cost that does not depend on the machine. */
export interface AnchorWork {
  /** Candidate places scored. */
  candidates: number;
  /** Characters of article text read around candidates to compare with the stored context. */
  contextChars: number;
  /** Cells of edit-distance tables computed (context and quote similarity). */
  cells: number;
}

export function newAnchorWork(): AnchorWork {
  return { candidates: 0, contextChars: 0, cells: 0 };
}

/** Stored context beyond this many characters each side is not read: 32 are written, a hand-made 3,000 must not
 *  make every comparison cost a million steps. */
export const CONTEXT_READ = 64;
/** Least context similarity, on each side, for an approximate match to count as the same sentence edited. */
const SAME_SENTENCE_CONTEXT = 0.75;
/** At most this many approximate matches (fewest errors, then nearest) are scored. */
const MAX_FUZZY_SCORED = 16;
/** Longer quotes are searched approximately only near the hint (the whole-text search costs O(text × quote / 32)). */
const MAX_WHOLE_TEXT_QUOTE = 512;

/** An exact match shorter than this must have some agreeing context to be accepted (short quotes recur by chance). */
const SHORT_QUOTE = 16;
/** At most this many exact occurrences are scored (the ones nearest the hint). */
const MAX_CANDIDATES = 200;
/** Half-width of the neighbourhood searched first, before the whole text. */
const LOCAL_WINDOW = 4096;

/** An anchor for `text.slice(start, end)`. */
export function createAnchor(text: string, start: number, end: number, contextLength = CONTEXT_LENGTH): Anchor {
  if (!(start >= 0 && start <= end && end <= text.length)) throw new RangeError(`createAnchor: bad range ${start}-${end} for a text of ${text.length}`);
  let prefix = text.slice(Math.max(0, start - contextLength), start);
  let suffix = text.slice(end, end + contextLength);
  // Never keep half of a surrogate pair (an emoji cut at the 32nd unit): written as UTF-8 it would become U+FFFD.
  if (isLowSurrogate(prefix.charCodeAt(0))) prefix = prefix.slice(1);
  if (isHighSurrogate(suffix.charCodeAt(suffix.length - 1))) suffix = suffix.slice(0, -1);
  return { start, end, quote: text.slice(start, end), prefix, suffix };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The same range with quote and context taken from `text` again (after edits inside the claim, before saving). */
export function refreshAnchor(text: string, anchor: Anchor, contextLength = CONTEXT_LENGTH): Anchor {
  return createAnchor(text, Math.min(anchor.start, text.length), Math.min(anchor.end, text.length), contextLength);
}

/**
 * Move an anchor through content changes, applied in order. Text inserted at the quote's start or end stays outside
 * it; edits strictly inside grow or shrink it; an edit overlapping one end cuts the quote back to what survived.
 */
export function shiftAnchor(anchor: Anchor, changes: readonly TextChange[]): ShiftResult {
  let { start, end, quote } = anchor;
  let state: ShiftState = 'attached';
  // the quote is edited along only while it is known to be the text at start..end
  let following = quote.length === end - start;
  for (const change of changes) {
    const from = change.rangeOffset;
    const to = change.rangeOffset + change.rangeLength;
    const delta = change.text.length - change.rangeLength;
    const before = quote;
    if (to <= start) {
      start += delta;
      end += delta;
    } else if (from >= end) {
      continue;
    } else if (from <= start && to >= end) {
      if (!change.text.length) return { anchor: { ...anchor, quote, start: from, end: from }, state: 'orphaned' };
      start = from;
      end = from + change.text.length;
      state = 'reanchor';
      following = false; // the quote stays what it was: what to look for in the new text
    } else if (from < start) {
      if (following) quote = quote.slice(to - start);
      start = from + change.text.length;
      end += delta;
    } else if (to > end) {
      if (following) quote = quote.slice(0, from - start);
      end = from;
    } else {
      if (following) quote = quote.slice(0, from - start) + change.text + quote.slice(to - start);
      end += delta;
    }
    if (end <= start) return { anchor: { ...anchor, quote: before, start, end: start }, state: 'orphaned' };
  }
  return { anchor: { ...anchor, quote, start, end }, state };
}

/** Article text shared by many `reanchor` calls (room for per-text caches; `anchorClaims` makes one per call). */
export class AnchorText {
  constructor(readonly text: string) {}
}

/** Find `anchor`'s quote in `text` again. Pure; never throws. */
export function reanchor(text: string | AnchorText, anchor: Anchor, options: ReanchorOptions = {}): AnchorMatch {
  const prepared = typeof text === 'string' ? new AnchorText(text) : text;
  const source = prepared.text;
  const { quote } = anchor;
  if (!quote) return { orphaned: true, reason: 'the anchor has no quote' };
  // the quote's own length, not the stored end: a hand-edited end must not reach past the quote or the text
  if (source.startsWith(quote, anchor.start)) return { orphaned: false, start: anchor.start, end: anchor.start + quote.length, method: 'position', confidence: 1 };

  const hint = clamp(options.hint ?? anchor.start, 0, source.length);
  const search: Search = { context: contextOf(anchor), work: options.work ?? newAnchorWork() };

  const exact = bestExact(source, quote, hint, search);
  const exactMatch = exact && acceptExact(exact, quote.length, 'exact');
  if (exactMatch && !exactMatch.orphaned) return exactMatch;

  const normalQuote = normalizeText(quote);
  if (!normalQuote.trim()) return { orphaned: true, reason: 'the quote is only whitespace and was not found' };
  const limits = {
    minQuoteSimilarity: options.minQuoteSimilarity ?? DEFAULT_REANCHOR_OPTIONS.minQuoteSimilarity,
    minConfidence: options.minConfidence ?? DEFAULT_REANCHOR_OPTIONS.minConfidence,
  };
  // Normalising a megabyte costs more than everything else here: try the neighbourhood of the hint first.
  const reach = LOCAL_WINDOW + 2 * quote.length;
  const from = Math.max(0, hint - reach);
  const to = Math.min(source.length, hint + reach);
  const local = findNormalized(normalizeWithMap(source, from, to), normalQuote, hint, search, limits, Math.min(256, Math.floor(normalQuote.length / 2)));
  if (local.match && local.confident) return local.match;
  const searchesWholeText = from > 0 || to < source.length;
  const whole = searchesWholeText && quote.length <= MAX_WHOLE_TEXT_QUOTE ? findApproximateAnywhere(source, quote, normalQuote, hint, search, limits) : local;
  const match = [local.match, whole.match].reduce<AnchorMatch | undefined>(
    (best, m) => (m && !m.orphaned && (!best || best.orphaned || m.confidence > best.confidence) ? m : best), undefined);
  if (match) return match;
  const closest = whole.closest ?? local.closest;
  return {
    orphaned: true,
    reason: closest && closest.quoteSimilarity >= limits.minQuoteSimilarity && !(closest.prefixAgrees && closest.suffixAgrees)
      ? `similar text was found (quote ${Math.round(closest.quoteSimilarity * 100)}% alike) but its neighbouring text says it is a different sentence`
      : closest
        ? `the closest text differs too much (quote ${Math.round(closest.quoteSimilarity * 100)}% alike, confidence ${Math.round(closest.score * 100)}%)`
        : 'the quote is no longer in the article',
  };
}

/** What one `reanchor` call searches with: the stored context (bounded) and the work counter. */
interface Search {
  context: Context;
  work: AnchorWork;
}

type Limits = { minQuoteSimilarity: number; minConfidence: number };

/**
 * An approximate match is the claim only when it is the same sentence, edited: close enough to the quote, and with
 * the claim's own neighbours on *both* sides. A sentence built the same way next to a deleted one ("…was approved."
 * deleted, "…was not approved." right after it) has the deleted sentence's neighbour on one side only.
 */
function acceptApproximate(candidate: Candidate | undefined, limits: Limits): candidate is Candidate {
  return candidate !== undefined && candidate.quoteSimilarity >= limits.minQuoteSimilarity && candidate.score >= limits.minConfidence &&
    candidate.prefixAgrees && candidate.suffixAgrees;
}

/**
 * Approximate search over the whole raw text, allowing only as many edits as an acceptable match may have. Raw, not
 * normalised: normalising a megabyte costs more than the search, and a whitespace change only costs an edit or two;
 * the best few candidates' similarity is then measured with whitespace normalised.
 */
function findApproximateAnywhere(source: string, quote: string, normalQuote: string, hint: number, search: Search, limits: Limits): NormalizedSearch {
  const maxErrors = Math.min(256, Math.floor(quote.length * (1 - limits.minQuoteSimilarity)) + 2);
  if (maxErrors < 1 || quote.length < 2) return { confident: false };
  let best: Candidate | undefined;
  let sameWords: Candidate | undefined;
  for (const found of fewestErrors(approxSearch(source, quote, maxErrors), hint)) {
    const quoteSimilarity = similarity(normalQuote, normalizeText(source.slice(found.start, found.end)), search.work);
    const candidate = scoreCandidate(source, found.start, found.end, quoteSimilarity, hint, search);
    best = better(best, candidate);
    if (quoteSimilarity === 1) sameWords = better(sameWords, candidate);
  }
  // the same words with other spacing or line breaks (a paragraph moved and re-wrapped): as good as an exact match
  const normalized = sameWords && acceptExact(sameWords, quote.length, 'normalized');
  if (normalized && !normalized.orphaned) return { match: normalized, confident: false };
  if (acceptApproximate(best, limits)) {
    return { match: { orphaned: false, start: best.start, end: best.end, method: best.quoteSimilarity === 1 ? 'normalized' : 'fuzzy', confidence: round(best.score) }, confident: false };
  }
  return { confident: false, closest: best };
}

/** The approximate matches worth scoring: fewest errors first, then nearest the hint. */
function fewestErrors<T extends { start: number; errors: number }>(matches: T[], hint: number): T[] {
  return matches.sort((a, b) => a.errors - b.errors || Math.abs(a.start - hint) - Math.abs(b.start - hint)).slice(0, MAX_FUZZY_SCORED);
}

interface NormalizedSearch {
  match?: AnchorMatch;
  /** A match so good (perfect context, or a near-identical quote with context) that searching farther is pointless. */
  confident: boolean;
  /** The best rejected approximate candidate, to explain an orphan. */
  closest?: Candidate;
}

/** Exact, then approximate search for the normalised quote in a normalised text. */
function findNormalized(normal: NormalizedText, quote: string, hint: number, search: Search, limits: Limits, maxErrors: number): NormalizedSearch {
  const normalHint = normal.toNormal(hint);
  const exact = bestExact(normal.text, quote, normalHint, search, normal);
  if (exact) {
    const match = acceptExact(exact, quote.length, 'normalized');
    return { match, confident: exact.prefixSimilarity === 1 && exact.suffixSimilarity === 1 };
  }
  const between = bestBetweenContext(normal, quote, normalHint, search);
  if (between && between.quoteSimilarity >= BETWEEN_CONTEXT_SIMILARITY) {
    return { match: { orphaned: false, start: between.start, end: between.end, method: 'fuzzy', confidence: round(between.score) }, confident: true };
  }
  const fuzzy = bestApproximate(normal, quote, normalHint, search, maxErrors);
  if (acceptApproximate(fuzzy, limits)) {
    return { match: { orphaned: false, start: fuzzy.start, end: fuzzy.end, method: 'fuzzy', confidence: round(fuzzy.score) }, confident: fuzzy.score >= 0.9 };
  }
  return { confident: false, closest: fuzzy };
}

export interface ClaimAnchoring {
  claim: ClaimAnnotation;
  match: AnchorMatch;
}

/**
 * Re-anchor every claim in one article text. Claims are visited in position order and each search starts where the
 * previous claim moved to, so an edit that shifts everything below it costs one comparison per claim.
 */
export function anchorClaims(articleText: string, claims: readonly ClaimAnnotation[], options: Omit<ReanchorOptions, 'hint'> = {}): ClaimAnchoring[] {
  const prepared = new AnchorText(articleText);
  const order = claims.map((_, i) => i).sort((a, b) => claims[a].anchor.start - claims[b].anchor.start);
  const results: ClaimAnchoring[] = new Array(claims.length);
  let delta = 0;
  for (const i of order) {
    const { anchor } = claims[i];
    const match = reanchor(prepared, anchor, { ...options, hint: anchor.start + delta });
    if (!match.orphaned) delta = match.start - anchor.start;
    results[i] = { claim: claims[i], match };
  }
  return results;
}

// ---- candidates and scores ----

interface Context {
  prefix: string;
  suffix: string;
}

interface Candidate {
  start: number;
  end: number;
  quoteSimilarity: number;
  prefixSimilarity: number;
  suffixSimilarity: number;
  /** The text before it is the claim's stored prefix (a claim stored at the start of the text: it is at the start). */
  prefixAgrees: boolean;
  suffixAgrees: boolean;
  score: number;
}

/** The stored context, whitespace collapsed, at most CONTEXT_READ characters each side (nearest the quote). */
function contextOf(anchor: Anchor): Context {
  const prefix = normalizeText(anchor.prefix.slice(-CONTEXT_READ * 2)).slice(-CONTEXT_READ);
  const suffix = normalizeText(anchor.suffix.slice(0, CONTEXT_READ * 2)).slice(0, CONTEXT_READ);
  return { prefix, suffix };
}

function acceptExact(candidate: Candidate, quoteLength: number, method: AnchorMethod): AnchorMatch {
  const contextAgrees = Math.max(candidate.prefixSimilarity, candidate.suffixSimilarity) >= 0.5;
  if (quoteLength < SHORT_QUOTE && !contextAgrees) return { orphaned: true, reason: 'a short quote was found only where its context differs' };
  return { orphaned: false, start: candidate.start, end: candidate.end, method, confidence: round(candidate.score) };
}

/** Hypothesis' weighting: the quote counts most, then its context, then closeness to where it was. */
function scoreCandidate(searched: string, start: number, end: number, quoteSimilarity: number, hint: number, search: Search, map?: NormalizedText): Candidate {
  const { context, work } = search;
  const original = map ? map.toOriginal(start, end) : { start, end };
  // twice the context's length is read, so that collapsed whitespace still leaves enough; at least a few characters,
  // to tell whether a claim stored at the start (or end) of the text still is
  const beforeFrom = Math.max(0, start - Math.max(context.prefix.length * 2, 4));
  const afterTo = Math.min(searched.length, end + Math.max(context.suffix.length * 2, 4));
  work.candidates++;
  work.contextChars += start - beforeFrom + afterTo - end;
  const before = normalizeText(searched.slice(beforeFrom, start));
  const after = normalizeText(searched.slice(end, afterTo));
  const prefixSimilarity = context.prefix ? similarity(context.prefix, before.slice(-context.prefix.length), work) : 1;
  const suffixSimilarity = context.suffix ? similarity(context.suffix, after.slice(0, context.suffix.length), work) : 1;
  const prefixAgrees = context.prefix ? prefixSimilarity >= SAME_SENTENCE_CONTEXT : beforeFrom === 0 && !before.trim();
  const suffixAgrees = context.suffix ? suffixSimilarity >= SAME_SENTENCE_CONTEXT : afterTo === searched.length && !after.trim();
  const closeness = 1 - Math.abs(start - hint) / Math.max(searched.length, 1);
  const score = (50 * quoteSimilarity + 20 * prefixSimilarity + 20 * suffixSimilarity + 2 * closeness) / 92;
  return { ...original, quoteSimilarity, prefixSimilarity, suffixSimilarity, prefixAgrees, suffixAgrees, score };
}

function better(a: Candidate | undefined, b: Candidate): Candidate {
  return !a || b.score > a.score ? b : a;
}

/** The best exact occurrence: the neighbourhood of the hint first; the whole text unless its context is perfect.
 *  At most MAX_CANDIDATES occurrences (the nearest) are scored in each. */
function bestExact(searched: string, quote: string, hint: number, search: Search, map?: NormalizedText): Candidate | undefined {
  const score = (at: number) => scoreCandidate(searched, at, at + quote.length, 1, hint, search, map);
  let best: Candidate | undefined;
  const localFrom = Math.max(0, hint - LOCAL_WINDOW);
  const localTo = Math.min(searched.length, hint + LOCAL_WINDOW + quote.length);
  if (searched.startsWith(quote, hint)) best = score(hint);
  if (!best || best.prefixSimilarity < 1 || best.suffixSimilarity < 1) {
    const local = searched.slice(localFrom, localTo); // searching a slice keeps a miss from scanning the whole text
    const nearby: number[] = [];
    for (let at = local.indexOf(quote); at >= 0; at = local.indexOf(quote, at + 1)) if (localFrom + at !== hint) nearby.push(localFrom + at);
    for (const at of nearest(nearby, hint)) best = better(best, score(at));
  }
  if (best && best.prefixSimilarity === 1 && best.suffixSimilarity === 1) return best;

  const positions: number[] = [];
  for (let at = searched.indexOf(quote); at >= 0; at = searched.indexOf(quote, at + 1)) {
    if (at < localFrom || at >= localTo - quote.length + 1) positions.push(at);
  }
  for (const at of nearest(positions, hint)) best = better(best, score(at));
  return best;
}

/** The `limit` positions nearest the hint. */
function nearest(positions: number[], hint: number, limit = MAX_CANDIDATES): number[] {
  if (positions.length <= limit) return positions;
  return positions.sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint)).slice(0, limit);
}

/** Least quote similarity for text found exactly between the claim's stored neighbours (see bestBetweenContext). */
const BETWEEN_CONTEXT_SIMILARITY = 0.5;
/** Quotes longer than this are not compared whole with the text between their neighbours (a quadratic comparison). */
const MAX_BETWEEN_QUOTE = 2048;

/**
 * The text between the claim's stored prefix and suffix, both found unchanged near the hint: the claim's sentence
 * as edited, wherever the edit falls (words appended at its end move its approximate match off its suffix). Empty
 * text between them means the sentence was deleted; a stored prefix (suffix) that is empty means the start (end)
 * of the text.
 */
function bestBetweenContext(normal: NormalizedText, quote: string, hint: number, search: Search): Candidate | undefined {
  const { prefix, suffix } = search.context;
  if (quote.length > MAX_BETWEEN_QUOTE || (!prefix.trim() && !suffix.trim())) return undefined;
  const text = normal.text;
  const starts: number[] = [];
  if (!prefix) starts.push(0);
  else for (let at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) starts.push(at + prefix.length);
  const longest = 2 * quote.length + 64;
  let best: Candidate | undefined;
  for (const from of nearest(starts, hint, 4)) {
    const to = suffix ? text.indexOf(suffix, from) : text.length;
    if (to < 0 || to - from > longest) continue;
    let start = from;
    let end = to;
    while (start < end && text.charCodeAt(start) === 32) start++;
    while (end > start && text.charCodeAt(end - 1) === 32) end--;
    if (start === end) continue; // nothing left between its neighbours: the sentence was deleted
    const quoteSimilarity = similarity(quote, text.slice(start, end), search.work);
    best = better(best, scoreCandidate(text, start, end, quoteSimilarity, hint, search, normal));
  }
  return best;
}

/** The best approximate occurrence with at most `maxErrors` edits (bit-parallel Myers). Near the hint we allow
 *  min(256, length / 2) edits as Hypothesis does, so an orphan can say how close the nearest text came. */
function bestApproximate(normal: NormalizedText, quote: string, hint: number, search: Search, maxErrors: number): Candidate | undefined {
  if (maxErrors < 1) return undefined;
  let best: Candidate | undefined;
  for (const match of fewestErrors(approxSearch(normal.text, quote, maxErrors), hint)) {
    const quoteSimilarity = 1 - match.errors / quote.length;
    best = better(best, scoreCandidate(normal.text, match.start, match.end, quoteSimilarity, hint, search, normal));
  }
  return best;
}

// ---- whitespace normalisation with a way back to original offsets ----

interface NormalizedText {
  text: string;
  /** Original [start, end) of the normalised range [start, end). */
  toOriginal(start: number, end: number): { start: number; end: number };
  /** The normalised offset of an original offset. */
  toNormal(offset: number): number;
}

/** The characters `\s` matches, by code (a per-character regex test is too slow for a 1 MB article). */
function isWhitespace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Quote and dash style folded to ASCII, one UTF-16 unit for one, so normalised offsets still map back. */
function foldCode(code: number): number {
  if (code === 0x2018 || code === 0x2019 || code === 0x201a || code === 0x201b || code === 0x2032) return 39; // '
  if (code === 0x201c || code === 0x201d || code === 0x201e || code === 0x201f || code === 0x2033 || code === 0xab || code === 0xbb) return 34; // "
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212) return 45; // -
  return code;
}

/** Whitespace runs as one space, quotes and dashes folded: what `normalizeWithMap` makes of a text, without the map. */
function normalizeText(text: string): string {
  let folded = '';
  for (let i = 0; i < text.length; i++) folded += String.fromCharCode(foldCode(text.charCodeAt(i)));
  return collapseWhitespace(folded);
}

/** Every run of whitespace (spaces, tabs, CR, LF, …) becomes one space and quotes and dashes are folded; CRLF,
 *  re-wrapped lines and curly quotes compare equal. */
function normalizeWithMap(text: string, from = 0, to = text.length): NormalizedText {
  // One pass over char codes into typed arrays: a megabyte takes milliseconds, not the hundreds a string builder does.
  const codes = new Uint16Array(to - from);
  const starts = new Int32Array(to - from + 1);
  const ends = new Int32Array(to - from + 1);
  let n = 0;
  for (let i = from; i < to; n++) {
    const code = text.charCodeAt(i);
    starts[n] = i;
    if (isWhitespace(code)) {
      let j = i + 1;
      while (j < to && isWhitespace(text.charCodeAt(j))) j++;
      codes[n] = 32;
      i = j;
    } else {
      codes[n] = foldCode(code);
      i++;
    }
    ends[n] = i;
  }
  starts[n] = to;
  const chunks: string[] = [];
  for (let k = 0; k < n; k += 8192) chunks.push(String.fromCharCode(...codes.subarray(k, Math.min(n, k + 8192))));
  const normalized = chunks.join('');
  return {
    text: normalized,
    toOriginal: (start, end) => ({ start: starts[start], end: end > start ? ends[end - 1] : starts[start] }),
    toNormal: offset => {
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid] < offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}

// ---- small helpers ----

/** 1 − Levenshtein distance / length of `expected` (at least 0). */
export function similarity(expected: string, actual: string, work?: AnchorWork): number {
  if (expected === actual) return 1;
  if (!expected.length) return 1;
  if (work) work.cells += expected.length * actual.length;
  return Math.max(0, 1 - editDistance(expected, actual) / expected.length);
}

/** Levenshtein distance in one reused row of 32-bit integers (the context comparisons run hundreds of times). */
let row = new Int32Array(256);
function editDistance(a: string, b: string): number {
  if (row.length <= b.length) row = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      const substitute = diagonal + (code === b.charCodeAt(j - 1) ? 0 : 1);
      row[j] = Math.min(above + 1, row[j - 1] + 1, substitute);
      diagonal = above;
    }
  }
  return row[b.length];
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
