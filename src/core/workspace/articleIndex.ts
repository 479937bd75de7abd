// The workspace index's logic, pure: each article's detection result, keyed by path and kept only while the article's
// text (by content hash) and the detector (by version) are the same. The VS Code layer (src/review/workspaceIndex.ts)
// finds the files, reads them, analyses them on a worker thread and stores this index between sessions; the CLI's
// `report` and the Claims view combine the same results with sidecar verdicts through core/review.
import type { Analysis, ClaimCandidate } from '../detect/spans';
import type { ClaimAnchoring } from '../sidecar/anchoring';
import type { ArticleReview, PlacedAnnotation, ReviewClaim } from '../review/reviewClaims';
import { contentHash } from '../text/hash';
import { compactClaims, compactFromJson, compactToJson, expandAnalysis, type CompactAnalysis } from './compactAnalysis';

/** Bump when detection changes what it finds: cached analyses of another version are redone. Callers add what else
 *  changes results (the claim threshold, the extension's version). */
export const DETECTOR_VERSION = 1;

export interface IndexEntry {
  /** contentHash() of the text analysed. */
  hash: string;
  /** The detector key the analysis was made with (version, threshold). */
  detector: string;
  analysis: CompactAnalysis;
}

/** What a stored index looks like on disk (JSON); entries' analyses as compactToJson writes them. */
export interface StoredIndex {
  format: 2;
  entries: Record<string, { hash: string; detector: string; analysis: unknown }>;
}

export class ArticleIndex {
  private readonly entries = new Map<string, IndexEntry>();

  get size(): number {
    return this.entries.size;
  }

  paths(): string[] {
    return [...this.entries.keys()];
  }

  /** The entry for `path`, whatever text it was made from. */
  entry(path: string): IndexEntry | undefined {
    return this.entries.get(path);
  }

  /** The analysis of `path` when it was made from exactly `text` (same hash) by `detector`; undefined otherwise. */
  analysisFor(path: string, text: string, detector: string): Analysis | undefined {
    const entry = this.fresh(path, contentHash(text), detector);
    return entry && expandAnalysis(entry.analysis, text);
  }

  /** The claims detected in `path` as its text was when analysed, whatever that text is now. */
  claimsOf(path: string): ClaimCandidate[] | undefined {
    const entry = this.entries.get(path);
    return entry && compactClaims(entry.analysis);
  }

  /** The entry when its hash and detector are the ones given. */
  fresh(path: string, hash: string, detector: string): IndexEntry | undefined {
    const entry = this.entries.get(path);
    return entry && entry.hash === hash && entry.detector === detector ? entry : undefined;
  }

  set(path: string, entry: IndexEntry): void {
    this.entries.set(path, entry);
  }

  delete(path: string): boolean {
    return this.entries.delete(path);
  }

  /** Forgets `path` and everything under it (a deleted folder). */
  deleteUnder(path: string): string[] {
    const prefix = path.endsWith('/') ? path : `${path}/`;
    const gone = this.paths().filter(p => p === path || p.startsWith(prefix));
    for (const p of gone) this.entries.delete(p);
    return gone;
  }

  /** Keeps only the paths given (what a fresh scan found): returns the ones dropped. */
  retain(paths: ReadonlySet<string>): string[] {
    const gone = this.paths().filter(p => !paths.has(p));
    for (const p of gone) this.entries.delete(p);
    return gone;
  }

  toStored(): StoredIndex {
    const entries: StoredIndex['entries'] = {};
    for (const [path, { hash, detector, analysis }] of this.entries) entries[path] = { hash, detector, analysis: compactToJson(analysis) };
    return { format: 2, entries };
  }

  /** An index read back from `toStored()`'s JSON; anything malformed is left out (it is only a cache). */
  static fromStored(value: unknown): ArticleIndex {
    const index = new ArticleIndex();
    if (!value || typeof value !== 'object' || (value as StoredIndex).format !== 2) return index;
    const entries = (value as StoredIndex).entries;
    if (!entries || typeof entries !== 'object') return index;
    // every entry of one session has the same few detector keys: keep one copy of each, not one per article
    const detectors = new Map<string, string>();
    for (const [path, entry] of Object.entries(entries)) {
      if (!entry || typeof entry !== 'object') continue;
      const { hash, detector } = entry;
      const analysis = compactFromJson(entry.analysis);
      if (typeof hash !== 'string' || typeof detector !== 'string' || !analysis) continue;
      let shared = detectors.get(detector);
      if (shared === undefined) detectors.set(detector, shared = detector);
      index.set(path, { hash, detector: shared, analysis });
    }
    return index;
  }
}

/** Sidecar claims anchored in `text` (core/sidecar's anchorClaims), as combineReview takes them. */
export function placedFromAnchoring(text: string | undefined, anchored: readonly ClaimAnchoring[]): PlacedAnnotation[] {
  return anchored.map(({ claim, match }) => match.orphaned || text === undefined
    ? { annotation: claim, text: claim.anchor.quote }
    : { annotation: claim, start: match.start, end: match.end, text: text.slice(match.start, match.end) });
}

/** Whether a claim needs someone's attention: its words changed since review, it lost its place, or its verdict is
 *  disputed or false. A detected claim nobody reviewed yet is not counted: an archive holds thousands. */
export function needsAttention(claim: ReviewClaim): boolean {
  if (claim.dismissed) return false;
  return claim.orphaned || claim.changed === true || claim.status === 'disputed' || claim.status === 'false';
}

/** Each review's count, kept while the review object lives: the badge is counted at every refresh of the view, and an
 *  unchanged article keeps its review object. */
const attentionOfReview = new WeakMap<ArticleReview, number>();

/** How many claims of these reviews need attention (the Claims view's badge). */
export function attentionCount(reviews: Iterable<ArticleReview | undefined>): number {
  let count = 0;
  for (const review of reviews) {
    if (!review) continue;
    let own = attentionOfReview.get(review);
    if (own === undefined) attentionOfReview.set(review, own = review.claims.filter(needsAttention).length);
    count += own;
  }
  return count;
}
