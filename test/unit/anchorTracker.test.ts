import assert from 'node:assert/strict';
import { AnchorTracker, retryOrphans } from '../../src/review/anchorTracker';
import { createAnchor, type TextChange } from '../../src/core/sidecar/anchoring';
import type { ClaimAnnotation } from '../../src/core/sidecar/model';

const TEXT = [
  'The lock gates were replaced in 2021 at a cost of 3 million euros.',
  'Barge traffic has doubled since then, the canal authority says.',
  'Anglers prefer the quiet stretch north of the bridge.',
].join('\n');
const GATES = 'The lock gates were replaced in 2021 at a cost of 3 million euros.';
const BARGES = 'Barge traffic has doubled since then, the canal authority says.';

function annotation(id: string, text: string, quote: string): ClaimAnnotation {
  const start = text.indexOf(quote);
  return { id, status: 'verified', origin: 'detected', anchor: createAnchor(text, start, start + quote.length) };
}

function apply(text: string, changes: readonly TextChange[]): string {
  for (const c of changes) text = text.slice(0, c.rangeOffset) + c.text + text.slice(c.rangeOffset + c.rangeLength);
  return text;
}

function placedText(tracker: AnchorTracker, text: string, id: string): string | undefined {
  const placed = tracker.placed(text).find(p => p.annotation.id === id)!;
  return placed.start === undefined ? undefined : text.slice(placed.start, placed.end);
}

describe('AnchorTracker', () => {
  it('follows typing above and inside a claim', () => {
    const tracker = new AnchorTracker();
    tracker.reanchorAll(TEXT, [annotation('gates', TEXT, GATES), annotation('barges', TEXT, BARGES)]);
    const changes: TextChange[] = [
      { rangeOffset: 0, rangeLength: 0, text: 'Canal news. ' },
      { rangeOffset: 'Canal news. The lock gates were replaced in '.length, rangeLength: 0, text: 'May ' },
    ];
    const text = apply(TEXT, changes);
    tracker.applyChanges(changes, () => text);
    assert.equal(placedText(tracker, text, 'gates'), 'The lock gates were replaced in May 2021 at a cost of 3 million euros.');
    assert.equal(placedText(tracker, text, 'barges'), BARGES);
  });

  it('orphans a claim whose whole text is deleted, keeping the stored anchor for the file', () => {
    const tracker = new AnchorTracker();
    const barges = annotation('barges', TEXT, BARGES);
    tracker.reanchorAll(TEXT, [annotation('gates', TEXT, GATES), barges]);
    const at = TEXT.indexOf(BARGES);
    const changes = [{ rangeOffset: at, rangeLength: BARGES.length, text: '' }];
    const text = apply(TEXT, changes);
    tracker.applyChanges(changes, () => text);
    assert.equal(placedText(tracker, text, 'barges'), undefined);
    assert.equal(tracker.placed(text).find(p => p.annotation.id === 'barges')!.text, BARGES, 'shown with its stored quote');
    assert.deepEqual(tracker.allForSave(text).find(c => c.id === 'barges'), barges, 'an orphan is written untouched');
    assert.ok(tracker.hasOrphans());
  });

  it('finds a claim again when a paste replaced its whole range with the same sentence elsewhere', () => {
    const tracker = new AnchorTracker();
    tracker.reanchorAll(TEXT, [annotation('barges', TEXT, BARGES)]);
    const at = TEXT.indexOf(BARGES);
    const changes = [{ rangeOffset: at - 1, rangeLength: BARGES.length + 2, text: `\nIn short: ${BARGES}\n` }];
    const text = apply(TEXT, changes);
    tracker.applyChanges(changes, () => text);
    assert.equal(placedText(tracker, text, 'barges'), BARGES);
  });

  it('writes refreshed anchors on save', () => {
    const tracker = new AnchorTracker();
    tracker.reanchorAll(TEXT, [annotation('barges', TEXT, BARGES)]);
    const changes = [{ rangeOffset: 0, rangeLength: 0, text: 'Update: ' }];
    const text = apply(TEXT, changes);
    tracker.applyChanges(changes, () => text);
    const [saved] = tracker.allForSave(text);
    assert.equal(saved.anchor.start, TEXT.indexOf(BARGES) + 'Update: '.length);
    assert.equal(saved.anchor.quote, BARGES);
    assert.equal(text.slice(saved.anchor.start - saved.anchor.prefix.length, saved.anchor.start), saved.anchor.prefix);
  });

  it('keeps live places of entries whose stored anchor did not change when the sidecar is reloaded', () => {
    const tracker = new AnchorTracker();
    const gates = annotation('gates', TEXT, GATES);
    tracker.reanchorAll(TEXT, [gates]);
    const changes = [{ rangeOffset: 0, rangeLength: 0, text: 'Canal news. ' }];
    const text = apply(TEXT, changes);
    tracker.applyChanges(changes, () => text);
    // someone changed the verdict on disk; the anchor in the file is still the old one
    tracker.replace(text, [{ ...gates, status: 'disputed' }]);
    assert.equal(tracker.get('gates')!.annotation.status, 'disputed');
    assert.equal(placedText(tracker, text, 'gates'), GATES);
    assert.equal(tracker.get('gates')!.anchor.start, 'Canal news. '.length);
  });

  it('re-anchors an entry whose stored anchor changed on disk, and orphans one whose quote is nowhere', () => {
    const tracker = new AnchorTracker();
    tracker.reanchorAll(TEXT, [annotation('gates', TEXT, GATES)]);
    const moved = annotation('gates', TEXT, BARGES);
    const ghost = { ...annotation('ghost', TEXT, GATES), anchor: { start: 5, end: 40, quote: 'A sentence that was never in this article.', prefix: '', suffix: '' } };
    tracker.replace(TEXT, [moved, ghost]);
    assert.equal(placedText(tracker, TEXT, 'gates'), BARGES);
    assert.equal(placedText(tracker, TEXT, 'ghost'), undefined);
  });

  it('re-attaches an orphan whose text came back', () => {
    const tracker = new AnchorTracker();
    tracker.reanchorAll(TEXT, [annotation('barges', TEXT, BARGES)]);
    const at = TEXT.indexOf(BARGES);
    const cut = [{ rangeOffset: at, rangeLength: BARGES.length, text: '' }];
    const without = apply(TEXT, cut);
    tracker.applyChanges(cut, () => without);
    assert.equal(retryOrphans(tracker, without, true), false);
    const paste = [{ rangeOffset: at, rangeLength: 0, text: BARGES }];
    tracker.applyChanges(paste, () => TEXT);
    assert.equal(retryOrphans(tracker, TEXT, true), true);
    assert.equal(placedText(tracker, TEXT, 'barges'), BARGES);
  });
});
