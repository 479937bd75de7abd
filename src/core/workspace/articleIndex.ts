// The workspace index's logic, pure: each article's detection result, keyed by path and kept only while the article's
// text (by content hash) and the detector (by version) are the same. The VS Code layer (src/review/workspaceIndex.ts)
// finds the files, reads them, analyses them on a worker thread and stores this index between sessions; the CLI's
// `report` and the Claims view combine the same results with sidecar verdicts through core/review.
import type { Analysis, ClaimCandidate } from '../detect/spans';
import type { ClaimAnchoring } from '../sidecar/anchoring';
import type { PlacedAnnotation } from '../review/reviewClaims';
import { contentHash } from '../text/hash';
import { compactClaimCount, compactClaims, compactFromJson, compactToJson, expandAnalysis, type CompactAnalysis } from './compactAnalysis';

/** Bump when detection changes what it finds: cached analyses of another version are redone. Callers add what else
 *  changes results (the claim threshold, the extension's version). */
export const DETECTOR_VERSION = 1;

export interface IndexEntry {
  /** contentHash() of the text analysed. */
  hash: string;
  /** The detector key the analysis was made with (version, threshold). */
  detector: string;
  /** How many claims were detected: known from the stored index's first line, before the analyses are read. */
  claims: number;
  /** Undefined only while a stored index's analyses are still being read (see readStoredAnalysis). */
  analysis?: CompactAnalysis;
}

/** The stored index is two sets of lines of JSON, each read a slice at a time so the host stays responsive. The
 *  summary: `{format}`, then one line per article, `[path, hash, detector, claims]`; a reopened workspace lists every
 *  article with its counts from it (the extension keeps it in a file of its own). The analyses: one line per article,
 *  `[path, hash, analysis]` (compactToJson); the hash ties it to its summary line. JSON escapes line breaks inside
 *  strings, so a line break only ever ends a line. */
export const STORED_FORMAT = 5;
type StoredSummary = [path: string, hash: string, detector: string, claims: number];

/** The stored index's lines (see STORED_FORMAT), made one at a time so the writer can pause between them. */
export interface StoredIndex {
  summary: Generator<string>;
  analyses: Generator<string>;
}

/** Reads the stored summary's lines one at a time into `index`: `read` returns false once the rest can be skipped (a
 *  summary of another format, which leaves the index empty). */
export interface SummaryReader {
  index: ArticleIndex;
  read(line: string): boolean;
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
    const analysis = this.fresh(path, contentHash(text), detector)?.analysis;
    return analysis && expandAnalysis(analysis, text);
  }

  /** The claims detected in `path` when `text` is the text analysed (same hash), whatever the detector. */
  claimsIn(path: string, text: string): ClaimCandidate[] | undefined {
    const entry = this.entries.get(path);
    return entry?.analysis && entry.hash === contentHash(text) ? compactClaims(entry.analysis, text) : undefined;
  }

  /** The entry when its hash and detector are the ones given. */
  fresh(path: string, hash: string, detector: string): IndexEntry | undefined {
    const entry = this.entries.get(path);
    return entry && entry.hash === hash && entry.detector === detector ? entry : undefined;
  }

  set(path: string, entry: Omit<IndexEntry, 'claims'> & { analysis: CompactAnalysis }): void {
    this.entries.set(path, { ...entry, claims: compactClaimCount(entry.analysis) });
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

  /** The stored index's lines, of the entries as they are now: one replaced while the lines are written does not
   *  mix into them. */
  stored(): StoredIndex {
    const entries = [...this.entries].filter(([, entry]) => entry.analysis);
    return {
      summary: (function* () {
        yield JSON.stringify({ format: STORED_FORMAT });
        for (const [path, { hash, detector, claims }] of entries) yield JSON.stringify([path, hash, detector, claims] satisfies StoredSummary);
      })(),
      analyses: (function* () {
        for (const [path, { hash, analysis }] of entries) yield JSON.stringify([path, hash, compactToJson(analysis!)]);
      })(),
    };
  }

  /** An empty index and a reader of the stored summary's lines into it: every entry with its hash, detector and claim
   *  count, no analysis yet. Anything malformed is left out; a summary of another format gives an empty index (it is
   *  only a cache). */
  static summaryReader(): SummaryReader {
    const index = new ArticleIndex();
    let format: unknown;
    // every entry of one session has the same few detector keys: keep one copy of each, not one per article
    const detectors = new Map<string, string>();
    const read = (line: string): boolean => {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        return format !== undefined;
      }
      if (format === undefined) {
        format = (value as { format?: unknown } | null)?.format ?? null;
        return format === STORED_FORMAT;
      }
      if (!Array.isArray(value)) return true;
      const [path, hash, detector, claims] = value as unknown[];
      if (typeof path !== 'string' || typeof hash !== 'string' || typeof detector !== 'string' || !Number.isInteger(claims) || (claims as number) < 0) return true;
      let shared = detectors.get(detector);
      if (shared === undefined) detectors.set(detector, shared = detector);
      index.entries.set(path, { hash, detector: shared, claims: claims as number });
      return true;
    };
    return { index, read };
  }

  /** Reads one analysis line into its entry; false (and the line ignored) when it is malformed, for no entry, or
   *  disagrees with the summary's hash or claim count. */
  readStoredAnalysis(line: string): boolean {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return false;
    }
    if (!Array.isArray(value) || typeof value[0] !== 'string') return false;
    const entry = this.entries.get(value[0]);
    if (!entry || entry.analysis || entry.hash !== value[1]) return false;
    const analysis = compactFromJson(value[2]);
    if (!analysis || compactClaimCount(analysis) !== entry.claims) return false;
    entry.analysis = analysis;
    return true;
  }

  /** Forgets the entries whose analysis the stored index did not hold after all (they are analysed again). */
  dropUnread(): string[] {
    const gone = [...this.entries].filter(([, entry]) => !entry.analysis).map(([path]) => path);
    for (const path of gone) this.entries.delete(path);
    return gone;
  }
}

/** An index read back from its stored lines at once (tests, tools); the extension reads them a slice at a time. */
export function indexFromStoredLines(summary: readonly string[], analyses: readonly string[]): ArticleIndex {
  const reader = ArticleIndex.summaryReader();
  for (const line of summary) if (!reader.read(line)) break;
  for (const line of analyses) reader.index.readStoredAnalysis(line);
  reader.index.dropUnread();
  return reader.index;
}

/** Sidecar claims anchored in `text` (core/sidecar's anchorClaims), as combineReview takes them. */
export function placedFromAnchoring(text: string | undefined, anchored: readonly ClaimAnchoring[]): PlacedAnnotation[] {
  return anchored.map(({ claim, match }) => match.orphaned || text === undefined
    ? { annotation: claim, text: claim.anchor.quote }
    : { annotation: claim, start: match.start, end: match.end, text: text.slice(match.start, match.end) });
}
