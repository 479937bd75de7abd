// What the editor layer shows for one article: detected claims and the sidecar's annotations combined into one list.
// Pure: the VS Code layer (decorations, hovers, Claims view, status bar) only presents ReviewClaims.
import type { ClaimCandidate, ClaimCue } from '../detect/spans';
import type { ClaimAnnotation, ClaimStatus, SidecarProblem, VerdictRecord } from '../sidecar/model';
import { changedSinceReview, reviewedWords } from '../sidecar/reviewed';
import { textHash } from '../text/hash';

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
  /** The text here now differs from the words its verdict was given on (formatting aside): the verdict may no longer
   *  hold. Never set for `unverified`, dismissed or orphaned claims; absent means false. */
  changed?: boolean;
  /** The words the verdict was given on (annotated claims only). */
  reviewedText?: string;
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

/** An annotation from the sidecar, placed in the current article text (or not: orphaned). */
export interface PlacedAnnotation {
  annotation: ClaimAnnotation;
  /** Current offsets; absent when orphaned. */
  start?: number;
  end?: number;
  /** The article text at the offsets now, or the stored quote when orphaned. */
  text: string;
}

/** A detected claim and an annotation are the same claim when they overlap by more than this share of the shorter. */
const SAME_CLAIM_OVERLAP = 0.5;

/**
 * Detected claims and the sidecar's annotations as one list, in article order with orphans last (in their stored
 * order). An annotation that overlaps a detection takes its place (keeping the annotation's own range, which follows
 * edits, and the detection's score and cues); detections nobody annotated become `unverified` claims with a key
 * derived from their text, so UI state survives edits elsewhere in the article. Dismissed claims stay in, flagged.
 */
export function combineReview(detected: readonly ClaimCandidate[], placed: readonly PlacedAnnotation[], sidecar: SidecarState): ArticleReview {
  const attached = placed.filter(p => p.start !== undefined && p.end !== undefined);
  const orphans = placed.filter(p => p.start === undefined || p.end === undefined);
  const matchOf = matchDetections(detected, attached);

  const claims: ReviewClaim[] = [];
  attached.forEach((p, i) => {
    const detection = matchOf.get(i);
    claims.push(fromAnnotation(p, false, detection));
  });
  const matched = new Set(matchOf.values());
  const occurrences = new Map<string, number>();
  for (const detection of detected) {
    const base = `detected:${textHash(detection.text)}`;
    const seen = occurrences.get(base) ?? 0;
    occurrences.set(base, seen + 1);
    if (matched.has(detection)) continue;
    claims.push({
      key: seen ? `${base}:${seen}` : base, start: detection.start, end: detection.end, text: detection.text,
      status: 'unverified', origin: 'detected', orphaned: false, dismissed: false, score: detection.score, cues: detection.cues,
    });
  }
  claims.sort((a, b) => a.start! - b.start! || a.end! - b.end!);
  for (const p of orphans) claims.push(fromAnnotation(p, true));
  return { claims, sidecar };
}

function fromAnnotation(p: PlacedAnnotation, orphaned: boolean, detection?: ClaimCandidate): ReviewClaim {
  const { annotation } = p;
  return {
    key: annotation.id,
    ...(orphaned ? {} : { start: p.start, end: p.end }),
    text: p.text,
    status: annotation.status,
    origin: annotation.origin,
    orphaned,
    dismissed: annotation.dismissed ?? false,
    changed: changedSinceReview(annotation, orphaned ? undefined : p.text),
    reviewedText: reviewedWords(annotation),
    ...(detection ? { score: detection.score, cues: detection.cues } : {}),
    annotation,
  };
}

/** Pairs each attached annotation with at most one detection and vice versa, largest overlaps first. */
function matchDetections(detected: readonly ClaimCandidate[], attached: readonly PlacedAnnotation[]): Map<number, ClaimCandidate> {
  const pairs: Array<{ annotation: number; detection: ClaimCandidate; overlap: number }> = [];
  attached.forEach((p, annotation) => {
    for (const detection of detected) {
      const overlap = Math.min(p.end!, detection.end) - Math.max(p.start!, detection.start);
      const shorter = Math.min(p.end! - p.start!, detection.end - detection.start);
      if (overlap > 0 && overlap > SAME_CLAIM_OVERLAP * shorter) pairs.push({ annotation, detection, overlap });
    }
  });
  pairs.sort((a, b) => b.overlap - a.overlap);
  const result = new Map<number, ClaimCandidate>();
  const used = new Set<ClaimCandidate>();
  for (const { annotation, detection } of pairs) {
    if (result.has(annotation) || used.has(detection)) continue;
    result.set(annotation, detection);
    used.add(detection);
  }
  return result;
}

/** What an editor changes on a claim in one action (ReviewService.updateClaim takes it). */
export interface ClaimEdit {
  status?: ClaimStatus;
  /** The new note; empty removes it. */
  note?: string;
  /** A source to add (ignored when already listed). */
  addSource?: string;
  dismissed?: boolean;
  /** The verdict still holds for the words there now ("Still verified"): they become the reviewed words. */
  confirm?: boolean;
  /** Sources to add, each once (an earlier verdict's, applied). */
  addSources?: readonly string[];
  /** The status is applied from an earlier claim (`article#id`): kept with the reviewed words and, later, in history. */
  from?: string;
}

/**
 * The annotation after an editor's change, stamped with who and when. Pure; the input is not modified. A status given
 * (or confirmed) is a verdict on `words`, the claim's text as the editor sees it now (default: the anchor's quote):
 * they become the reviewed words, and the verdict it replaces is appended to the history.
 */
export function applyClaimEdit(annotation: ClaimAnnotation, edit: ClaimEdit, reviewer: string | undefined, now: string, words = annotation.anchor.quote): ClaimAnnotation {
  const next: ClaimAnnotation = { ...annotation, anchor: { ...annotation.anchor } };
  if (edit.status !== undefined || edit.confirm) {
    if (edit.status !== undefined) next.status = edit.status;
    if (hasVerdict(annotation)) next.history = [...(annotation.history ?? []), replacedVerdict(annotation, words)];
    next.reviewed = { quote: words, ...(reviewer ? { reviewer } : {}), time: now, ...(edit.from ? { from: edit.from } : {}) };
  }
  if (edit.note !== undefined) {
    const note = edit.note.trim();
    if (note) next.note = note;
    else delete next.note;
  }
  for (const added of [...(edit.addSource !== undefined ? [edit.addSource] : []), ...(edit.addSources ?? [])]) {
    const source = added.trim();
    const sources = next.sources ?? [];
    if (source && !sources.includes(source)) next.sources = [...sources, source];
  }
  if (edit.dismissed !== undefined) {
    if (edit.dismissed) next.dismissed = true;
    else delete next.dismissed;
  }
  if (reviewer) next.reviewer = reviewer;
  next.updated = now;
  return next;
}

/** Has an editor ever given this claim a verdict (a fresh detection, or one with only a note, has none)? */
function hasVerdict(claim: ClaimAnnotation): boolean {
  return claim.status !== 'unverified' || claim.reviewed !== undefined || Boolean(claim.history?.length);
}

/** The history entry for a verdict being replaced by one on `words`: its words only when they differ. */
function replacedVerdict(claim: ClaimAnnotation, words: string): VerdictRecord {
  const reviewer = claim.reviewed?.reviewer ?? claim.reviewer;
  const time = claim.reviewed?.time ?? claim.updated;
  const quote = reviewedWords(claim);
  const from = claim.reviewed?.from;
  return { status: claim.status, ...(reviewer ? { reviewer } : {}), ...(time ? { time } : {}), ...(quote !== words ? { quote } : {}), ...(from ? { from } : {}) };
}
