// Where each annotation of one article is now. The sidecar stores anchors as of the last save; while the article is
// open, the live anchors follow every edit (VS Code has no live-range API, so we shift offsets through each content
// change ourselves); when the text or the sidecar changed outside the editor, entries are re-anchored by quote.
import { anchorClaims, reanchor, refreshAnchor, shiftAnchor, type TextChange } from '../core/sidecar/anchoring';
import { sameAnchor } from '../core/sidecar/equality';
import type { Anchor, ClaimAnnotation } from '../core/sidecar/model';
import type { PlacedAnnotation } from '../core/review';

export interface LiveAnnotation {
  /** The entry as stored in the sidecar (its anchor is the saved one). */
  annotation: ClaimAnnotation;
  /** Where it is in the current text; meaningless while orphaned. */
  anchor: Anchor;
  orphaned: boolean;
}

export class AnchorTracker {
  private entries = new Map<string, LiveAnnotation>();

  /** The stored annotations, in sidecar order. */
  annotations(): ClaimAnnotation[] {
    return [...this.entries.values()].map(e => e.annotation);
  }

  get(id: string): LiveAnnotation | undefined {
    return this.entries.get(id);
  }

  ids(): Set<string> {
    return new Set(this.entries.keys());
  }

  get size(): number {
    return this.entries.size;
  }

  hasOrphans(): boolean {
    return [...this.entries.values()].some(e => e.orphaned);
  }

  /**
   * Take `claims` as the stored state, placed in `text`. An entry whose stored anchor did not change keeps its live
   * place (it already followed the edits); every other one is re-anchored by its quote.
   */
  replace(text: string, claims: readonly ClaimAnnotation[]): void {
    const next = new Map<string, LiveAnnotation>();
    const toAnchor: ClaimAnnotation[] = [];
    for (const claim of claims) {
      const previous = this.entries.get(claim.id);
      if (previous && sameAnchor(previous.annotation.anchor, claim.anchor)) next.set(claim.id, { ...previous, annotation: claim });
      else {
        next.set(claim.id, { annotation: claim, anchor: claim.anchor, orphaned: true });
        toAnchor.push(claim);
      }
    }
    for (const { claim, match } of anchorClaims(text, toAnchor)) {
      next.set(claim.id, match.orphaned
        ? { annotation: claim, anchor: claim.anchor, orphaned: true }
        : { annotation: claim, anchor: { ...claim.anchor, start: match.start, end: match.end }, orphaned: false });
    }
    this.entries = next;
  }

  /** Re-anchor everything from scratch (the article was opened, or reloaded from disk). */
  reanchorAll(text: string, claims: readonly ClaimAnnotation[]): void {
    this.entries.clear();
    this.replace(text, claims);
  }

  /** Follow one document change event. `textAfter` is asked only if an edit swallowed a whole quote. */
  applyChanges(changes: readonly TextChange[], textAfter: () => string): void {
    let text: string | undefined;
    for (const entry of this.entries.values()) {
      if (entry.orphaned) continue;
      const { anchor, state } = shiftAnchor(entry.anchor, changes);
      if (state === 'attached') entry.anchor = anchor;
      else if (state === 'orphaned') entry.orphaned = true;
      else {
        // the quote's whole range was replaced (a paste, a reformat): find it again near where it was
        text ??= textAfter();
        const match = reanchor(text, entry.anchor, { hint: anchor.start });
        if (match.orphaned) entry.orphaned = true;
        else entry.anchor = { ...entry.anchor, start: match.start, end: match.end };
      }
    }
  }

  /** Attach (or re-attach) an entry at a place in the current text. */
  set(annotation: ClaimAnnotation, anchor: Anchor): void {
    this.entries.set(annotation.id, { annotation, anchor, orphaned: false });
  }

  /** The entry as it should be stored when `text` is saved: attached anchors taken from the text, orphans untouched. */
  forSave(text: string, entry: LiveAnnotation): ClaimAnnotation {
    if (entry.orphaned || entry.anchor.end > text.length) return entry.annotation;
    return { ...entry.annotation, anchor: refreshAnchor(text, entry.anchor) };
  }

  /** Every entry as it should be stored when `text` is saved. */
  allForSave(text: string): ClaimAnnotation[] {
    return [...this.entries.values()].map(e => this.forSave(text, e));
  }

  /** The annotations placed in `text`, for combineReview. */
  placed(text: string): PlacedAnnotation[] {
    return [...this.entries.values()].map(e => e.orphaned || e.anchor.end > text.length
      ? { annotation: e.annotation, text: e.annotation.anchor.quote }
      : { annotation: e.annotation, start: e.anchor.start, end: e.anchor.end, text: text.slice(e.anchor.start, e.anchor.end) });
  }
}

/** Orphans whose quote is back in the text (an undo, a paste) are attached again. Returns whether any was.
 *  `cheap`: only orphans whose exact quote is present are tried (no approximate search), for use while typing. */
export function retryOrphans(tracker: AnchorTracker, text: string, cheap = false): boolean {
  let found = false;
  for (const claim of tracker.annotations()) {
    const entry = tracker.get(claim.id)!;
    if (!entry.orphaned || (cheap && !text.includes(claim.anchor.quote))) continue;
    const match = reanchor(text, claim.anchor);
    if (match.orphaned) continue;
    tracker.set(claim, { ...claim.anchor, start: match.start, end: match.end });
    found = true;
  }
  return found;
}
