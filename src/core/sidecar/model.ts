// The sidecar's data model: what an editor's verdict on one claim is. The YAML format (read.ts, update.ts), anchoring
// (anchoring.ts) and merging (merge.ts) all speak in these types.

/** Built-in statuses. Teams may add more by setting; these are never renamed or removed (old files stay valid). */
export const BUILTIN_STATUSES = ['unverified', 'verified', 'disputed', 'false', 'unverifiable'] as const;
export type ClaimStatus = string;

/** Where a claim sits: a W3C-style TextQuoteSelector (quote + ~32 chars of context) and TextPositionSelector.
 *  Offsets are JavaScript string offsets (UTF-16 code units) into the article with line endings as on disk. */
export interface Anchor {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

export interface ClaimAnnotation {
  /** Stable id, never reused; survives edits and re-anchoring. */
  id: string;
  status: ClaimStatus;
  note?: string;
  sources?: string[];
  reviewer?: string;
  /** ISO 8601 time of the last change by an editor. */
  updated?: string;
  /** `detected` by the engine, or `manual` (the editor selected text the engine missed). */
  origin: 'detected' | 'manual';
  /** The editor rejected this detection as "not a claim". */
  dismissed?: boolean;
  anchor: Anchor;
  /** The words the verdict was given on, kept apart from `anchor` (which follows edits). Absent in version 1 files
   *  and on claims never given a status: there `anchor.quote` counts as the reviewed words (see reviewedWords). */
  reviewed?: ReviewedWords;
  /** Earlier verdicts, oldest first, append-only: each one written when a later verdict replaced it. */
  history?: VerdictRecord[];
}

/** The exact text a verdict was given on, by whom and when. */
export interface ReviewedWords {
  quote: string;
  reviewer?: string;
  /** ISO 8601. */
  time?: string;
  /** The verdict was applied from an earlier claim ("Checked before"): that claim as `article#id`. */
  from?: string;
}

/** One earlier verdict. `quote` only when its words differ from those of the verdict that replaced it. */
export interface VerdictRecord {
  status: ClaimStatus;
  reviewer?: string;
  /** ISO 8601. */
  time?: string;
  quote?: string;
  /** The earlier claim this verdict was applied from, as `article#id` (see ReviewedWords.from). */
  from?: string;
}

/** A problem in a sidecar file, 1-based line and column, ready for the Problems panel or `file:line:col:`. */
export interface SidecarProblem {
  message: string;
  line: number;
  column: number;
  /** Absent means `error`. See SidecarProblemSeverity. */
  severity?: SidecarProblemSeverity;
}

/** Problems default to `error` (the file is blocked: never overwritten until it parses again). A `warning` — e.g. a
 *  status name this installation does not know — is reported but the file stays usable. */
export type SidecarProblemSeverity = 'error' | 'warning';

/** The format version this code writes. Version 2 added `reviewed` and `history`: a Factcheck that reads only
 *  version 1 refuses such a file instead of passing a verdict whose words have changed. */
export const SIDECAR_VERSION = 2;
/** Versions this code reads (a version 1 file is read as it is; the next write makes it version 2). */
export const READABLE_VERSIONS: readonly number[] = [1, 2];

/** A whole sidecar file, as data. Unknown keys in the file are not part of the model but survive every rewrite. */
export interface SidecarFile {
  version: 1 | 2;
  /** The article's file name (not a path), e.g. `article.md`. */
  article: string;
  /** In file order (new entries are inserted by position; existing ones are never reordered, to keep diffs small). */
  claims: ClaimAnnotation[];
}
