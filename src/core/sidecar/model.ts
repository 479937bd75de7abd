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

/** The only format version this code reads and writes. */
export const SIDECAR_VERSION = 1;

/** A whole sidecar file, as data. Unknown keys in the file are not part of the model but survive every rewrite. */
export interface SidecarFile {
  version: typeof SIDECAR_VERSION;
  /** The article's file name (not a path), e.g. `article.md`. */
  article: string;
  /** In file order (new entries are inserted by position; existing ones are never reordered, to keep diffs small). */
  claims: ClaimAnnotation[];
}
