// When two claim annotations mean the same thing. Writers use it to skip entries (and files) that did not change,
// the merge uses it to tell which side changed a claim.
import type { Anchor, ClaimAnnotation, ReviewedWords, VerdictRecord } from './model';

/** The editor's verdict on a claim: everything except where it is anchored. */
export function sameVerdict(a: ClaimAnnotation, b: ClaimAnnotation): boolean {
  return (
    a.id === b.id &&
    a.status === b.status &&
    (a.note ?? '') === (b.note ?? '') &&
    sameList(a.sources ?? [], b.sources ?? []) &&
    (a.reviewer ?? '') === (b.reviewer ?? '') &&
    (a.updated ?? '') === (b.updated ?? '') &&
    a.origin === b.origin &&
    (a.dismissed ?? false) === (b.dismissed ?? false) &&
    sameReviewed(a.reviewed, b.reviewed) &&
    sameHistory(a.history ?? [], b.history ?? [])
  );
}

function sameReviewed(a: ReviewedWords | undefined, b: ReviewedWords | undefined): boolean {
  if (!a || !b) return a === b;
  return a.quote === b.quote && (a.reviewer ?? '') === (b.reviewer ?? '') && (a.time ?? '') === (b.time ?? '') && (a.from ?? '') === (b.from ?? '');
}

function sameHistory(a: readonly VerdictRecord[], b: readonly VerdictRecord[]): boolean {
  return a.length === b.length && a.every((r, i) => r.status === b[i].status && (r.reviewer ?? '') === (b[i].reviewer ?? '') &&
    (r.time ?? '') === (b[i].time ?? '') && (r.quote ?? '') === (b[i].quote ?? '') && (r.from ?? '') === (b[i].from ?? ''));
}

export function sameAnchor(a: Anchor, b: Anchor): boolean {
  return a.start === b.start && a.end === b.end && a.quote === b.quote && a.prefix === b.prefix && a.suffix === b.suffix;
}

/** Absent and empty optional fields are the same (`note: ''` ≡ no note, `sources: []` ≡ no sources). */
export function sameClaim(a: ClaimAnnotation, b: ClaimAnnotation): boolean {
  return sameVerdict(a, b) && sameAnchor(a.anchor, b.anchor);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
