// What "checked before" matches a claim against: a verdict given earlier on other words, by this desk (a reviewed claim
// in any sidecar the workspace index knows) or by another publisher (an imported ClaimReview). Matching (issue 19)
// ranks these; ClaimReview import (issue 20) produces them. Read-only data: applying one copies it, never links to it.

import type { ClaimStatus } from '../sidecar/model';

export interface EarlierVerdict {
  /** Where it was given: the article's path (workspace- or folder-relative, '/'-separated) or the imported file's. */
  readonly article: string;
  /** The claim's id in its sidecar; for an imported fact-check, its URL or its position in the file. */
  readonly id: string;
  readonly status: ClaimStatus;
  /** The words the verdict was given on (the reviewed words, not the anchor's current text). */
  readonly quote: string;
  /** What the words are about, when known: the heading of the article they are in, or an imported fact-check's
   *  headline. Matching reads it as weaker evidence than the quote. */
  readonly context?: string;
  readonly note?: string;
  readonly sources?: readonly string[];
  readonly reviewer?: string;
  /** ISO 8601 time of the verdict. */
  readonly updated?: string;
  /** 1-based line of the claim in its article, where known, to open it there. */
  readonly line?: number;
  /** For an imported fact-check: who published it and where it can be read. */
  readonly publisher?: string;
  readonly url?: string;
}
