// Where each annotation of one article is now. The sidecar stores anchors as of the last save; while the article is
// open, the live anchors follow every edit (VS Code has no live-range API, so we shift offsets through each content
// change ourselves); when the text or the sidecar changed outside the editor, entries are re-anchored by quote.
import { anchorClaims, reanchor, refreshAnchor, shiftAnchor, type TextChange } from '../core/sidecar/anchoring';
import { sameAnchor } from '../core/sidecar/equality';
import type { Anchor, ClaimAnnotation } from '../core/sidecar/model';
import type { PlacedAnnotation } from '../core/review/reviewClaims';

export interface LiveAnnotation {
  /** The entry as stored in the sidecar (its anchor is the saved one). */
  annotation: ClaimAnnotation;
  /** Where it is in the current text, its quote the text there now (prefix and suffix as stored). While orphaned:
   *  the quote as it was when its text was deleted, to find it again after an undo. */
  anchor: Anchor;
  orphaned: boolean;
  /** Changes whenever the entry is placed anew rather than moved along with an edit (see `savePoint`). */
  placement: number;
}

let placements = 0;

/** Anchors as of one save (see `AnchorTracker.savePoint`). */
export interface SavePoint {
  /** The text as saved. */
  readonly text: string;
  readonly anchors: ReadonlyMap<string, { placement: number; saved: Anchor }>;
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
   * place (it already followed the edits), and so does one stored with the anchor `ours` has for it (we just wrote
   * it from its live place; edits made while writing moved the live place on); every other one is re-anchored by its
   * quote.
   */
  replace(text: string, claims: readonly ClaimAnnotation[], ours?: ReadonlyMap<string, Anchor>): void {
    const next = new Map<string, LiveAnnotation>();
    const toAnchor: ClaimAnnotation[] = [];
    for (const claim of claims) {
      const previous = this.entries.get(claim.id);
      const written = ours?.get(claim.id);
      const followed = previous && (sameAnchor(previous.annotation.anchor, claim.anchor) || (written && sameAnchor(written, claim.anchor)));
      if (followed) next.set(claim.id, { ...previous, annotation: claim });
      else {
        next.set(claim.id, { annotation: claim, anchor: claim.anchor, orphaned: true, placement: ++placements });
        toAnchor.push(claim);
      }
    }
    for (const { claim, match } of anchorClaims(text, toAnchor)) {
      next.set(claim.id, match.orphaned
        ? { annotation: claim, anchor: claim.anchor, orphaned: true, placement: ++placements }
        : { annotation: claim, anchor: placedAt(text, claim.anchor, match.start, match.end), orphaned: false, placement: ++placements });
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
      entry.anchor = anchor;
      if (state === 'orphaned') entry.orphaned = true;
      else if (state === 'reanchor') {
        // the quote's whole range was replaced (a paste, a reformat): find its text as edited again near where it was
        text ??= textAfter();
        const match = reanchor(text, anchor, { hint: anchor.start });
        if (match.orphaned) entry.orphaned = true;
        else entry.anchor = placedAt(text, anchor, match.start, match.end);
      }
    }
  }

  /** Attach (or re-attach) an entry at a place in the current text. */
  set(annotation: ClaimAnnotation, anchor: Anchor): void {
    this.entries.set(annotation.id, { annotation, anchor, orphaned: false, placement: ++placements });
  }

  /** Forget an entry (one set for a write that failed). */
  remove(id: string): void {
    this.entries.delete(id);
  }

  /** Put back an entry as it was (`get` returned it before a write that failed). */
  restore(entry: LiveAnnotation): void {
    this.entries.set(entry.annotation.id, entry);
  }

  /**
   * The anchors of `text` as it is being saved, for a write that runs later: by then the live places may have moved
   * on with new edits, and verdicts may have changed. Call at the save; `claimsFor` builds the claims to write.
   */
  savePoint(text: string): SavePoint {
    const anchors = new Map<string, { placement: number; saved: Anchor }>();
    for (const [id, entry] of this.entries) {
      if (!entry.orphaned && entry.anchor.end <= text.length) anchors.set(id, { placement: entry.placement, saved: refreshAnchor(text, entry.anchor) });
    }
    return { text, anchors };
  }

  /** The current stored entries with the anchors of the save point (entries placed anew since, e.g. re-attached
   *  or re-anchored from a changed sidecar, keep theirs), and the anchors taken from it (for `replace`).
   *  `textNow`: the text at the write. While it is still the text as saved, every live place is a place in the saved
   *  text, those of entries placed anew since included (a reload after the save): all of them are the save's anchors;
   *  else a reload between the save and its write would leave the sidecar with anchors that fit no saved text. */
  claimsFor(point: SavePoint, textNow?: string): { claims: ClaimAnnotation[]; ours: Map<string, Anchor> } {
    const current = textNow === point.text ? this.savePoint(point.text) : point;
    const ours = new Map<string, Anchor>();
    const claims = [...this.entries.values()].map(({ annotation, placement }) => {
      const at = current.anchors.get(annotation.id);
      if (!at || at.placement !== placement) return annotation;
      ours.set(annotation.id, at.saved);
      return { ...annotation, anchor: at.saved };
    });
    return { claims, ours };
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
    if (!entry.orphaned) continue;
    // its text as it was when deleted (what an undo brings back), then as stored
    for (const anchor of entry.anchor.quote === claim.anchor.quote ? [claim.anchor] : [entry.anchor, claim.anchor]) {
      if (cheap && !text.includes(anchor.quote)) continue;
      const match = reanchor(text, anchor);
      if (match.orphaned) continue;
      tracker.set(claim, placedAt(text, anchor, match.start, match.end));
      found = true;
      break;
    }
  }
  return found;
}

/** `anchor` moved to start..end of `text`, its quote the text there. */
function placedAt(text: string, anchor: Anchor, start: number, end: number): Anchor {
  return { ...anchor, start, end, quote: text.slice(start, end) };
}
