import assert from 'node:assert/strict';
import { applyClaimEdit, combineReview, type PlacedAnnotation } from '../../../../src/core/review/reviewClaims';
import type { ClaimCandidate } from '../../../../src/core/detect/spans';
import type { ClaimAnnotation } from '../../../../src/core/sidecar/model';
import { createAnchor } from '../../../../src/core/sidecar/anchoring';

const TEXT = [
  'The ferry carried 3,200 passengers on its first weekend.',
  'Harbour master Ines Okafor said the pier was rebuilt in 2019.',
  'It was a windy afternoon.',
  'Ticket prices rose by 12 percent since last spring.',
].join('\n');

function span(sentence: string, occurrence = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = TEXT.indexOf(sentence, at + 1);
  assert.ok(at >= 0, `not in the text: ${sentence}`);
  return { start: at, end: at + sentence.length };
}

function detection(sentence: string, score = 0.8): ClaimCandidate {
  const { start, end } = span(sentence);
  return { start, end, text: sentence, score, cues: ['number'] };
}

function annotation(id: string, sentence: string, extra: Partial<ClaimAnnotation> = {}): ClaimAnnotation {
  const { start, end } = span(sentence);
  return { id, status: 'verified', origin: 'detected', anchor: createAnchor(TEXT, start, end), ...extra };
}

function placed(a: ClaimAnnotation, start = a.anchor.start, end = a.anchor.end): PlacedAnnotation {
  return { annotation: a, start, end, text: TEXT.slice(start, end) };
}

function orphan(a: ClaimAnnotation): PlacedAnnotation {
  return { annotation: a, text: a.anchor.quote };
}

const FERRY = 'The ferry carried 3,200 passengers on its first weekend.';
const PIER = 'Harbour master Ines Okafor said the pier was rebuilt in 2019.';
const PRICES = 'Ticket prices rose by 12 percent since last spring.';

describe('combineReview', () => {
  it('lists untouched detections as unverified claims with their score and cues', () => {
    const review = combineReview([detection(FERRY, 0.9), detection(PRICES, 0.7)], [], { kind: 'none' });
    assert.deepEqual(review.claims.map(c => [c.text, c.status, c.origin, c.orphaned, c.dismissed, c.score]), [
      [FERRY, 'unverified', 'detected', false, false, 0.9],
      [PRICES, 'unverified', 'detected', false, false, 0.7],
    ]);
    assert.equal(review.claims[0].annotation, undefined);
    assert.deepEqual(review.sidecar, { kind: 'none' });
  });

  it('lets an annotation take the place of the detection it overlaps, keeping the annotation range and id', () => {
    const pier = annotation('c-pier', PIER);
    // the detector now flags a slightly longer range (the sentence plus the newline): still the same claim
    const longer: ClaimCandidate = { ...detection(PIER), end: span(PIER).end + 1, text: TEXT.slice(span(PIER).start, span(PIER).end + 1) };
    const review = combineReview([detection(FERRY), longer], [placed(pier)], { kind: 'ok' });
    assert.equal(review.claims.length, 2);
    const claim = review.claims[1];
    assert.equal(claim.key, 'c-pier');
    assert.equal(claim.status, 'verified');
    assert.deepEqual([claim.start, claim.end], [span(PIER).start, span(PIER).end]);
    assert.equal(claim.text, PIER);
    assert.equal(claim.score, 0.8);
    assert.deepEqual(claim.cues, ['number']);
    assert.equal(claim.annotation, pier);
  });

  it('keeps a manual annotation no detection covers, in article order', () => {
    const windy = annotation('c-wind', 'It was a windy afternoon.', { origin: 'manual', status: 'disputed' });
    const review = combineReview([detection(FERRY), detection(PRICES)], [placed(windy)], { kind: 'ok' });
    assert.deepEqual(review.claims.map(c => c.key.startsWith('detected:') ? 'detected' : c.key), ['detected', 'c-wind', 'detected']);
    assert.equal(review.claims[1].origin, 'manual');
    assert.equal(review.claims[1].score, undefined);
  });

  it('flags dismissed claims instead of dropping them', () => {
    const ferry = annotation('c-ferry', FERRY, { status: 'unverified', dismissed: true });
    const review = combineReview([detection(FERRY)], [placed(ferry)], { kind: 'ok' });
    assert.equal(review.claims.length, 1);
    assert.equal(review.claims[0].dismissed, true);
    assert.equal(review.claims[0].key, 'c-ferry');
  });

  it('puts orphaned annotations last, without offsets, with their stored quote', () => {
    const gone = annotation('c-gone', PRICES, { status: 'false' });
    const ferry = annotation('c-ferry', FERRY);
    const review = combineReview([detection(PIER)], [orphan(gone), placed(ferry)], { kind: 'ok' });
    assert.deepEqual(review.claims.map(c => [c.key.startsWith('detected:') ? 'detected' : c.key, c.orphaned]), [
      ['c-ferry', false], ['detected', false], ['c-gone', true],
    ]);
    const last = review.claims[2];
    assert.equal(last.start, undefined);
    assert.equal(last.end, undefined);
    assert.equal(last.text, PRICES);
    assert.equal(last.status, 'false');
  });

  it('pairs each detection with at most one annotation (the larger overlap wins)', () => {
    const whole = annotation('c-whole', PIER);
    const { start } = span(PIER);
    const part = { ...annotation('c-part', PIER), anchor: createAnchor(TEXT, start, start + 10) };
    const review = combineReview([detection(PIER)], [placed(whole), placed(part, start, start + 10)], { kind: 'ok' });
    assert.equal(review.claims.length, 2, 'no extra unverified copy of the detection');
    assert.equal(review.claims.find(c => c.key === 'c-whole')?.score, 0.8);
    assert.equal(review.claims.find(c => c.key === 'c-part')?.score, undefined);
  });

  it('does not merge an annotation with a detection it barely touches', () => {
    const { start, end } = span(FERRY);
    const tail = { ...annotation('c-tail', FERRY), anchor: createAnchor(TEXT, end - 8, end + 20) };
    const review = combineReview([detection(FERRY)], [placed(tail, end - 8, end + 20)], { kind: 'ok' });
    assert.equal(review.claims.length, 2);
    assert.ok(review.claims.some(c => c.key.startsWith('detected:') && c.start === start));
  });

  it('derives stable keys for detections from their text, not their position', () => {
    const before = combineReview([detection(FERRY), detection(PRICES)], [], { kind: 'none' });
    const shifted = [FERRY, PRICES].map(s => ({ ...detection(s), start: detection(s).start + 40, end: detection(s).end + 40 }));
    const after = combineReview(shifted, [], { kind: 'none' });
    assert.deepEqual(after.claims.map(c => c.key), before.claims.map(c => c.key));
    assert.notEqual(before.claims[0].key, before.claims[1].key);
  });

  it('gives repeated identical detections distinct keys', () => {
    const twice: ClaimCandidate[] = [
      { start: 0, end: 10, text: 'Same words', score: 0.6, cues: [] },
      { start: 20, end: 30, text: 'Same words', score: 0.6, cues: [] },
    ];
    const keys = combineReview(twice, [], { kind: 'none' }).claims.map(c => c.key);
    assert.equal(new Set(keys).size, 2);
  });

  it('passes the sidecar state through', () => {
    const problems = [{ message: 'bad indentation', line: 3, column: 2 }];
    assert.deepEqual(combineReview([], [], { kind: 'invalid', problems }).sidecar, { kind: 'invalid', problems });
  });
});

describe('applyClaimEdit', () => {
  const NOW = '2026-03-14T09:30:00.000Z';
  const base = (): ClaimAnnotation => annotation('c-ferry', FERRY, { status: 'unverified', note: 'call the operator', sources: ['https://example.org/ferry'] });

  it('sets the status and stamps reviewer and time, leaving the input untouched', () => {
    const before = base();
    const snapshot = structuredClone(before);
    const after = applyClaimEdit(before, { status: 'disputed' }, 'Ana Ruiz', NOW);
    assert.equal(after.status, 'disputed');
    assert.equal(after.reviewer, 'Ana Ruiz');
    assert.equal(after.updated, NOW);
    assert.equal(after.note, 'call the operator');
    assert.deepEqual(before, snapshot);
  });

  it('replaces the note, and an empty note removes it', () => {
    assert.equal(applyClaimEdit(base(), { note: '  operator confirmed  ' }, undefined, NOW).note, 'operator confirmed');
    assert.equal('note' in applyClaimEdit(base(), { note: ' ' }, undefined, NOW), false);
  });

  it('adds a source once', () => {
    const once = applyClaimEdit(base(), { addSource: 'port authority press release' }, undefined, NOW);
    assert.deepEqual(once.sources, ['https://example.org/ferry', 'port authority press release']);
    assert.deepEqual(applyClaimEdit(once, { addSource: 'port authority press release' }, undefined, NOW).sources, once.sources);
  });

  it('applies an earlier verdict: its status, note and sources, the reference kept with the reviewed words, then in history', () => {
    const applied = applyClaimEdit(base(), {
      status: 'false', note: 'Checked before: the ferry never ran at night', addSources: ['https://example.org/ferry', 'https://example.org/timetable'],
      from: 'desk/ferry.md#c-night',
    }, 'Ana Ruiz', NOW);
    assert.equal(applied.status, 'false');
    assert.equal(applied.note, 'Checked before: the ferry never ran at night');
    assert.deepEqual(applied.sources, ['https://example.org/ferry', 'https://example.org/timetable']);
    assert.deepEqual(applied.reviewed, { quote: applied.anchor.quote, reviewer: 'Ana Ruiz', time: NOW, from: 'desk/ferry.md#c-night' });
    const later = applyClaimEdit(applied, { status: 'verified' }, 'Bo Lind', '2026-03-15T10:00:00.000Z');
    assert.deepEqual(later.history, [{ status: 'false', reviewer: 'Ana Ruiz', time: NOW, from: 'desk/ferry.md#c-night' }]);
    assert.equal(later.reviewed?.from, undefined);
  });

  it('dismisses and restores without leaving a false flag behind', () => {
    const dismissed = applyClaimEdit(base(), { dismissed: true }, undefined, NOW);
    assert.equal(dismissed.dismissed, true);
    assert.equal('dismissed' in applyClaimEdit(dismissed, { dismissed: false }, undefined, NOW), false);
  });

  it('keeps the previous reviewer when none is known now', () => {
    const reviewed = { ...base(), reviewer: 'Ana Ruiz' };
    assert.equal(applyClaimEdit(reviewed, { status: 'verified' }, undefined, NOW).reviewer, 'Ana Ruiz');
  });
});

describe('applyClaimEdit: reviewed words and history', () => {
  const NOW = '2026-03-14T09:30:00.000Z';
  const LATER = '2026-03-15T08:00:00.000Z';
  const EDITED = FERRY.replace('3,200', '3,400');

  it('a status records the words it was given on; a fresh claim has no earlier verdict', () => {
    const verified = applyClaimEdit(annotation('c-ferry', FERRY, { status: 'unverified' }), { status: 'verified' }, 'Ana Ruiz', NOW);
    assert.deepEqual(verified.reviewed, { quote: FERRY, reviewer: 'Ana Ruiz', time: NOW });
    assert.equal(verified.history, undefined);
  });

  it('confirming on new words makes them the reviewed words and appends the replaced verdict, with its words', () => {
    const verified = applyClaimEdit(annotation('c-ferry', FERRY, { status: 'unverified' }), { status: 'verified' }, 'Ana Ruiz', NOW);
    const confirmed = applyClaimEdit(verified, { confirm: true }, 'Li Wei', LATER, EDITED);
    assert.equal(confirmed.status, 'verified');
    assert.deepEqual(confirmed.reviewed, { quote: EDITED, reviewer: 'Li Wei', time: LATER });
    assert.deepEqual(confirmed.history, [{ status: 'verified', reviewer: 'Ana Ruiz', time: NOW, quote: FERRY }]);
    const disputed = applyClaimEdit(confirmed, { status: 'disputed' }, 'Ana Ruiz', LATER, EDITED);
    assert.deepEqual(disputed.history?.[1], { status: 'verified', reviewer: 'Li Wei', time: LATER }, 'same words: no quote');
    assert.equal(applyClaimEdit(disputed, { note: 'checked' }, 'Ana Ruiz', LATER).history?.length, 2, 'a note is not a verdict');
  });

  it('a version 1 claim (no `reviewed`) records its stored quote in the history when re-reviewed on other words', () => {
    const v1 = annotation('c-ferry', FERRY, { status: 'verified', reviewer: 'Old Desk', updated: '2025-01-01T00:00:00Z' });
    const next = applyClaimEdit(v1, { status: 'false' }, 'Ana Ruiz', NOW, EDITED);
    assert.deepEqual(next.history, [{ status: 'verified', reviewer: 'Old Desk', time: '2025-01-01T00:00:00Z', quote: FERRY }]);
  });
});

describe('combineReview: changed since review', () => {
  const placedAt = (claim: ClaimAnnotation, text: string): PlacedAnnotation => ({ annotation: claim, start: claim.anchor.start, end: claim.anchor.start + text.length, text });

  it('a verdict whose words now differ is changed; formatting, unverified, dismissed and orphans are not', () => {
    const verified = annotation('c-1', FERRY, { reviewed: { quote: FERRY } });
    const claims = (placed: PlacedAnnotation[]) => combineReview([], placed, { kind: 'ok' }).claims;
    assert.equal(claims([placedAt(verified, FERRY.replace('3,200', '3,400'))])[0].changed, true);
    assert.equal(claims([placedAt(verified, FERRY.replace('its first', 'its\nfirst'))])[0].changed, false);
    assert.equal(claims([placedAt({ ...verified, status: 'unverified' }, 'Something else.')])[0].changed, false);
    assert.equal(claims([placedAt({ ...verified, dismissed: true }, 'Something else.')])[0].changed, false);
    assert.equal(claims([{ annotation: verified, text: FERRY }])[0].changed, false);
    assert.equal(claims([placedAt(verified, FERRY)])[0].reviewedText, FERRY);
  });
});
