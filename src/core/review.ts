// What the editor layer shows for one article: detected claims and the sidecar's annotations combined into one list.
// Pure: the VS Code layer (decorations, hovers, Claims view, status bar) only presents ReviewClaims.
import type { ClaimCue } from './spans';
import type { ClaimAnnotation, ClaimStatus, SidecarProblem } from './sidecar/model';

export interface ReviewClaim {
  /** Stable key for UI state: the annotation id, or a key derived from the detection for untouched claims. */
  key: string;
  /** Current offsets in the article text (UTF-16). Undefined when the annotation is orphaned. */
  start?: number;
  end?: number;
  /** The claim text now (or the stored quote when orphaned). */
  text: string;
  /** `unverified` for detections nobody touched. */
  status: ClaimStatus;
  origin: 'detected' | 'manual';
  orphaned: boolean;
  dismissed: boolean;
  /** Detection details when the engine flagged it (why it was flagged). */
  score?: number;
  cues?: ClaimCue[];
  /** The sidecar entry, when the editor has annotated this claim. */
  annotation?: ClaimAnnotation;
}

export type SidecarState =
  | { kind: 'none' }
  | { kind: 'ok' }
  | { kind: 'invalid'; problems: SidecarProblem[] };

export interface ArticleReview {
  /** Claims in article order; orphaned ones last. Dismissed claims are included (flagged) so they can be undone. */
  claims: ReviewClaim[];
  sidecar: SidecarState;
}
