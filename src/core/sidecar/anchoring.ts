// Keeping a claim on its sentence while the article changes, after the Hypothesis web annotator: an anchor stores the
// quote with ~32 characters of context either side and its position (UTF-16 offsets, end exclusive).
//
//  - While the article is open, `shiftAnchor` moves anchors through each edit (VS Code content changes).
//  - When the article was changed elsewhere (git pull, another editor), `reanchor` finds the quote again:
//      position still holds the quote → exact search (best by context and distance) → the same with whitespace and
//      line endings normalised → approximate search (bit-parallel Myers, `approx-string-match`), accepted only when
//      the quote is close *and* its context agrees → otherwise orphaned. An orphan is kept untouched and flagged;
//      attaching an editor's verdict to a sentence that does not resemble its quote would be the worse failure.
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
  /** Least overall score (quote, context and closeness) for an approximate match. Default 0.75. */
  minConfidence?: number;
  /** Least similarity (1 − edits / quote length) between quote and an approximate match. Default 0.75. */
  minQuoteSimilarity?: number;
}

export const DEFAULT_REANCHOR_OPTIONS = { minConfidence: 0.75, minQuoteSimilarity: 0.75 } as const;

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
  const context = contextOf(anchor);

  const exact = bestExact(source, quote, hint, context);
  const exactMatch = exact && acceptExact(exact, quote.length, 'exact');
  if (exactMatch && !exactMatch.orphaned) return exactMatch;

  const normalQuote = collapseWhitespace(quote);
  if (!normalQuote.trim()) return { orphaned: true, reason: 'the quote is only whitespace and was not found' };
  const limits = {
    minQuoteSimilarity: options.minQuoteSimilarity ?? DEFAULT_REANCHOR_OPTIONS.minQuoteSimilarity,
    minConfidence: options.minConfidence ?? DEFAULT_REANCHOR_OPTIONS.minConfidence,
  };
  // Normalising a megabyte costs more than everything else here: try the neighbourhood of the hint first.
  const reach = LOCAL_WINDOW + 2 * quote.length;
  const from = Math.max(0, hint - reach);
  const to = Math.min(source.length, hint + reach);
  const local = findNormalized(normalizeWithMap(source, from, to), source, quote, normalQuote, hint, context, limits, Math.min(256, Math.floor(normalQuote.length / 2)));
  if (local.match && local.confident) return local.match;
  const whole = from === 0 && to === source.length ? local : withoutFarFigureChanges(findApproximateAnywhere(source, quote, normalQuote, hint, context, limits), source, quote);
  const match = [local.match, whole.match].reduce<AnchorMatch | undefined>(
    (best, m) => (m && !m.orphaned && (!best || best.orphaned || m.confidence > best.confidence) ? m : best), undefined);
  if (match) return match;
  const closest = whole.closest ?? local.closest;
  return {
    orphaned: true,
    reason: closest
      ? `the closest text differs too much (quote ${Math.round(closest.quoteSimilarity * 100)}% alike, confidence ${Math.round(closest.score * 100)}%)`
      : 'the quote is no longer in the article',
  };
}

/** Context similarity both sides need before an approximate match may differ from the quote in its figures. */
const FIGURE_CHANGE_CONTEXT = 0.75;

/**
 * An approximate match whose figures differ from the quote's is the claim corrected in place only when the text on
 * both sides of it is still the claim's context. When one side differs it is a neighbouring sentence built the same
 * way ("rose 4% in 2024" deleted, "rose 5% in 2023" right after it): taking it would move the verdict onto a
 * different claim.
 */
function figuresMayDiffer(candidate: Candidate, source: string, quote: string): boolean {
  if (figures(source.slice(candidate.start, candidate.end)) === figures(quote)) return true;
  return candidate.prefixSimilarity >= FIGURE_CHANGE_CONTEXT && candidate.suffixSimilarity >= FIGURE_CHANGE_CONTEXT;
}

function figures(text: string): string {
  return (text.match(/\d+/g) ?? []).join(' ');
}

/**
 * Far from where the claim was, an approximate match whose figures differ is a different sentence built the same way
 * ("cost 48 million" vs "cost 52 million" two paragraphs down), not the claim edited in place: refuse it.
 */
function withoutFarFigureChanges(search: NormalizedSearch, source: string, quote: string): NormalizedSearch {
  const { match } = search;
  if (!match || match.orphaned || match.method !== 'fuzzy') return search;
  return figures(source.slice(match.start, match.end)) === figures(quote) ? search : { confident: false };
}

/**
 * Approximate search over the whole raw text, allowing only as many edits as an acceptable match may have. Raw, not
 * normalised: normalising a megabyte costs more than the search, and a whitespace change only costs an edit or two;
 * each candidate's similarity is then measured with whitespace normalised.
 */
function findApproximateAnywhere(
  source: string, quote: string, normalQuote: string, hint: number, context: Context, limits: { minQuoteSimilarity: number; minConfidence: number },
): NormalizedSearch {
  const maxErrors = Math.min(256, Math.floor(quote.length * (1 - limits.minQuoteSimilarity)) + 2);
  if (maxErrors < 1 || quote.length < 2) return { confident: false };
  let best: Candidate | undefined;
  for (const found of approxSearch(source, quote, maxErrors)) {
    const quoteSimilarity = similarity(normalQuote, collapseWhitespace(source.slice(found.start, found.end)));
    best = better(best, scoreCandidate(source, found.start, found.end, quoteSimilarity, hint, context));
  }
  if (best && best.quoteSimilarity >= limits.minQuoteSimilarity && best.score >= limits.minConfidence && figuresMayDiffer(best, source, quote)) {
    return { match: { orphaned: false, start: best.start, end: best.end, method: best.quoteSimilarity === 1 ? 'normalized' : 'fuzzy', confidence: round(best.score) }, confident: false };
  }
  return { confident: false, closest: best };
}

interface NormalizedSearch {
  match?: AnchorMatch;
  /** A match so good (perfect context, or a near-identical quote with context) that searching farther is pointless. */
  confident: boolean;
  /** The best rejected approximate candidate, to explain an orphan. */
  closest?: Candidate;
}

/** Exact, then approximate search for the whitespace-normalised quote in a normalised text. */
function findNormalized(
  normal: NormalizedText, source: string, rawQuote: string, quote: string, hint: number, context: Context,
  limits: { minQuoteSimilarity: number; minConfidence: number }, maxErrors: number,
): NormalizedSearch {
  const normalHint = normal.toNormal(hint);
  const exact = bestExact(normal.text, quote, normalHint, context, normal);
  if (exact) {
    const match = acceptExact(exact, quote.length, 'normalized');
    return { match, confident: exact.prefixSimilarity === 1 && exact.suffixSimilarity === 1 };
  }
  const fuzzy = bestApproximate(normal, quote, normalHint, context, maxErrors);
  if (fuzzy && fuzzy.quoteSimilarity >= limits.minQuoteSimilarity && fuzzy.score >= limits.minConfidence && figuresMayDiffer(fuzzy, source, rawQuote)) {
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
  score: number;
}

function contextOf(anchor: Anchor): Context {
  return { prefix: collapseWhitespace(anchor.prefix), suffix: collapseWhitespace(anchor.suffix) };
}

function acceptExact(candidate: Candidate, quoteLength: number, method: AnchorMethod): AnchorMatch {
  const contextAgrees = Math.max(candidate.prefixSimilarity, candidate.suffixSimilarity) >= 0.5;
  if (quoteLength < SHORT_QUOTE && !contextAgrees) return { orphaned: true, reason: 'a short quote was found only where its context differs' };
  return { orphaned: false, start: candidate.start, end: candidate.end, method, confidence: round(candidate.score) };
}

/** Hypothesis' weighting: the quote counts most, then its context, then closeness to where it was. */
function scoreCandidate(
  searched: string, start: number, end: number, quoteSimilarity: number, hint: number, context: Context, map?: NormalizedText,
): Candidate {
  const original = map ? map.toOriginal(start, end) : { start, end };
  const before = collapseWhitespace(searched.slice(Math.max(0, start - context.prefix.length * 2), start));
  const after = collapseWhitespace(searched.slice(end, end + context.suffix.length * 2));
  const prefixSimilarity = context.prefix ? similarity(context.prefix, before.slice(-context.prefix.length)) : 1;
  const suffixSimilarity = context.suffix ? similarity(context.suffix, after.slice(0, context.suffix.length)) : 1;
  const closeness = 1 - Math.abs(start - hint) / Math.max(searched.length, 1);
  const score = (50 * quoteSimilarity + 20 * prefixSimilarity + 20 * suffixSimilarity + 2 * closeness) / 92;
  return { ...original, quoteSimilarity, prefixSimilarity, suffixSimilarity, score };
}

function better(a: Candidate | undefined, b: Candidate): Candidate {
  return !a || b.score > a.score ? b : a;
}

/** The best exact occurrence: the neighbourhood of the hint first; the whole text unless its context is perfect. */
function bestExact(searched: string, quote: string, hint: number, context: Context, map?: NormalizedText): Candidate | undefined {
  const score = (at: number) => scoreCandidate(searched, at, at + quote.length, 1, hint, context, map);
  let best: Candidate | undefined;
  const localFrom = Math.max(0, hint - LOCAL_WINDOW);
  const localTo = Math.min(searched.length, hint + LOCAL_WINDOW + quote.length);
  if (searched.startsWith(quote, hint)) best = score(hint);
  else {
    const local = searched.slice(localFrom, localTo); // searching a slice keeps a miss from scanning the whole text
    for (let at = local.indexOf(quote); at >= 0; at = local.indexOf(quote, at + 1)) best = better(best, score(localFrom + at));
  }
  if (best && best.prefixSimilarity === 1 && best.suffixSimilarity === 1) return best;

  const positions: number[] = [];
  for (let at = searched.indexOf(quote); at >= 0; at = searched.indexOf(quote, at + 1)) positions.push(at);
  positions.sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint));
  for (const at of positions.slice(0, MAX_CANDIDATES)) best = better(best, score(at));
  return best;
}

/** The best approximate occurrence with at most `maxErrors` edits (bit-parallel Myers). Near the hint we allow
 *  min(256, length / 2) edits as Hypothesis does, so an orphan can say how close the nearest text came. */
function bestApproximate(normal: NormalizedText, quote: string, hint: number, context: Context, maxErrors: number): Candidate | undefined {
  if (maxErrors < 1) return undefined;
  let best: Candidate | undefined;
  for (const match of approxSearch(normal.text, quote, maxErrors)) {
    const quoteSimilarity = 1 - match.errors / quote.length;
    best = better(best, scoreCandidate(normal.text, match.start, match.end, quoteSimilarity, hint, context, normal));
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

/** Every run of whitespace (spaces, tabs, CR, LF, …) becomes one space; CRLF and re-wrapped lines compare equal. */
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
      codes[n] = code;
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

/** 1 − Levenshtein distance / length of `expected` (at least 0). Only used on short context strings. */
export function similarity(expected: string, actual: string): number {
  if (expected === actual) return 1;
  if (!expected.length) return 1;
  return Math.max(0, 1 - editDistance(expected, actual) / expected.length);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
