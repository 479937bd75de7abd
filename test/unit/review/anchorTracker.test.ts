import assert from 'node:assert/strict';
import fc from 'fast-check';
import { AnchorTracker, retryOrphans } from '../../../src/review/anchorTracker';
import { createAnchor, type TextChange } from '../../../src/core/sidecar/anchoring';
import type { ClaimAnnotation } from '../../../src/core/sidecar/model';

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

/** Two claims tracked, a lead typed above them and saved: the save point of that text. */
function savedAfterALead() {
  const tracker = new AnchorTracker();
  const gates = annotation('gates', TEXT, GATES);
  const barges = annotation('barges', TEXT, BARGES);
  tracker.reanchorAll(TEXT, [gates, barges]);
  const lead = [{ rangeOffset: 0, rangeLength: 0, text: 'Saved lead. ' }];
  const saved = apply(TEXT, lead);
  tracker.applyChanges(lead, () => saved);
  return { tracker, gates, barges, saved, point: tracker.savePoint(saved) };
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
    assert.deepEqual(tracker.claimsFor(tracker.savePoint(text)).claims.find(c => c.id === 'barges'), barges, 'an orphan is written untouched');
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
    const [saved] = tracker.claimsFor(tracker.savePoint(text)).claims;
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

  it('re-attaches a claim edited and then deleted as soon as an undo brings its edited text back', () => {
    const tracker = new AnchorTracker();
    tracker.reanchorAll(TEXT, [annotation('barges', TEXT, BARGES)]);
    // the editor rewrites half of the sentence (unsaved), then cuts it and undoes the cut
    const at = TEXT.indexOf(BARGES);
    const rewrite = [{ rangeOffset: at + 'Barge traffic '.length, rangeLength: 'has doubled since then'.length, text: 'rose by a third in 2024 and again in the first half of 2025' }];
    const edited = apply(TEXT, rewrite);
    tracker.applyChanges(rewrite, () => edited);
    const sentence = placedText(tracker, edited, 'barges')!;
    assert.equal(sentence, 'Barge traffic rose by a third in 2024 and again in the first half of 2025, the canal authority says.');
    const cut = [{ rangeOffset: at, rangeLength: sentence.length, text: '' }];
    const without = apply(edited, cut);
    tracker.applyChanges(cut, () => without);
    assert.equal(placedText(tracker, without, 'barges'), undefined);
    const undo = [{ rangeOffset: at, rangeLength: 0, text: sentence }];
    tracker.applyChanges(undo, () => edited);
    assert.equal(retryOrphans(tracker, edited, true), true, 'the pause after typing finds it again');
    assert.equal(placedText(tracker, edited, 'barges'), sentence);
    assert.equal(tracker.claimsFor(tracker.savePoint(edited)).claims[0].anchor.quote, sentence, 'and saves it where it is');
  });

  it('finds a claim edited in place again when a paste replaces its range with the same text', () => {
    const tracker = new AnchorTracker();
    tracker.reanchorAll(TEXT, [annotation('gates', TEXT, GATES)]);
    const typed = [{ rangeOffset: 'The lock gates were replaced '.length, rangeLength: 'in 2021 at a cost of 3 million euros'.length, text: 'over two summers, in 2020 and 2021, at a cost the city now puts at 3.4 million euros' }];
    const edited = apply(TEXT, typed);
    tracker.applyChanges(typed, () => edited);
    const sentence = placedText(tracker, edited, 'gates')!;
    // the paragraph is pasted over itself (copied from another window): one change over the whole claim
    const paste = [{ rangeOffset: 0, rangeLength: sentence.length + 1, text: `${sentence}\n` }];
    const pasted = apply(edited, paste);
    tracker.applyChanges(paste, () => pasted);
    assert.equal(placedText(tracker, pasted, 'gates'), sentence);
    assert.equal(tracker.get('gates')!.anchor.start, 0);
  });

  it('a save point keeps the anchors of the text as saved while typing goes on and other writes land', () => {
    const { tracker, gates, barges, saved, point } = savedAfterALead();
    // typing goes on before the write runs; meanwhile a verdict is written (stored anchor unchanged) ...
    const more = [{ rangeOffset: 0, rangeLength: 0, text: 'Unsaved. ' }];
    const now = apply(saved, more);
    tracker.applyChanges(more, () => now);
    tracker.replace(now, [{ ...gates, status: 'false' }, barges]);
    // ... and a changed sidecar placed the barges claim anew: its own anchor is kept, not the save point's
    const moved = { ...barges, anchor: createAnchor(now, now.indexOf('Anglers'), now.indexOf('Anglers') + 7) };
    tracker.replace(now, [{ ...gates, status: 'false' }, moved]);
    const { claims, ours } = tracker.claimsFor(point);
    const written = claims.find(c => c.id === 'gates')!;
    assert.equal(written.status, 'false', 'the verdict written meanwhile is kept');
    assert.equal(saved.slice(written.anchor.start, written.anchor.end), GATES, 'the anchor fits the saved text');
    assert.deepEqual(claims.find(c => c.id === 'barges'), moved);
    assert.deepEqual([...ours.keys()], ['gates']);
    // once written, the entry keeps following the text as it is now
    tracker.replace(now, claims, ours);
    assert.equal(placedText(tracker, now, 'gates'), GATES);
    assert.equal(tracker.get('gates')!.anchor.start, 'Unsaved. Saved lead. '.length);
  });

  it('a reload between a save and its write still writes the anchors of the text as saved', () => {
    // a rename with unsaved edits, then a save: the review is read again (the sidecar's anchors are those of the file
    // before the edit) after the save point was taken and before its write ran
    const { tracker, gates, barges, saved, point } = savedAfterALead();
    tracker.reanchorAll(saved, [gates, barges]);
    const { claims, ours } = tracker.claimsFor(point, saved);
    for (const claim of claims) {
      assert.equal(claim.anchor.start, saved.indexOf(claim.anchor.quote), `"${claim.id}" is written at its place in the saved text`);
    }
    assert.deepEqual([...ours.keys()].sort(), ['barges', 'gates']);
    // typing went on before the write: entries placed anew keep their stored anchors (a later save writes theirs)
    const typed = tracker.claimsFor(point, `Unsaved. ${saved}`).claims;
    assert.deepEqual(typed.map(c => c.anchor.start), [gates.anchor.start, barges.anchor.start]);
  });
});

// ---- random edit sequences against a model ----
//
// The model tags every UTF-16 unit of the text with the claims it belongs to, so a claim's text "as edited" is the
// units carrying its tag, whatever the offsets did. Edits follow the editor's rule: text inserted at a claim's start
// or end stays outside it; edits strictly inside grow or shrink it; an edit over one end cuts it back to what is left.

const WORDS = ['ferry', 'council', 'said', 'on', 'Monday', 'a', 'report', 'found', 'that', 'river', 'levels', 'rose', '3,200', '2.40', 'euros', '😀', 'naïve', '𝔘nicode', 'by', '11'];

interface Unit { ch: string; tags: Set<string> }

class Model {
  units: Unit[];
  /** Claims whose place the model no longer knows (their whole range was replaced by other text). */
  unknown = new Set<string>();
  constructor(text: string, claims: Array<{ id: string; start: number; end: number }>) {
    this.units = [...text].flatMap(cp => cp.split('')).map(ch => ({ ch, tags: new Set<string>() }));
    for (const c of claims) for (let i = c.start; i < c.end; i++) this.units[i].tags.add(c.id);
  }
  get text(): string {
    return this.units.map(u => u.ch).join('');
  }
  range(id: string): { start: number; end: number } | undefined {
    const start = this.units.findIndex(u => u.tags.has(id));
    if (start < 0) return undefined;
    let end = start;
    while (end < this.units.length && this.units[end].tags.has(id)) end++;
    return { start, end };
  }
  quote(id: string): string | undefined {
    const r = this.range(id);
    return r && this.text.slice(r.start, r.end);
  }
  /** One change, offsets into the current text. */
  apply(change: TextChange, ids: readonly string[]): void {
    const from = change.rangeOffset;
    const to = from + change.rangeLength;
    const inserted: Unit[] = change.text.split('').map(ch => ({ ch, tags: new Set<string>() }));
    for (const id of ids) {
      const r = this.range(id);
      if (!r) continue;
      const whole = from <= r.start && to >= r.end;
      if (whole && change.text) this.unknown.add(id);
      const touches = to > r.start && from < r.end; // an insertion at the start or end is outside
      if (touches && !whole && r.start <= from && to <= r.end) for (const u of inserted) u.tags.add(id);
    }
    this.units.splice(from, change.rangeLength, ...inserted);
  }
  /** Tags `id` at [start, end) (after the tracker placed a claim whose place the model did not know). */
  place(id: string, start: number, end: number): void {
    for (const u of this.units) u.tags.delete(id);
    for (let i = start; i < end; i++) this.units[i].tags.add(id);
    this.unknown.delete(id);
  }
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Moves an offset off the middle of a surrogate pair (the editor never splits one). */
function snap(text: string, at: number): number {
  return at > 0 && at < text.length && isLow(text.charCodeAt(at)) ? at - 1 : at;
}

const fragment = fc.array(fc.constantFrom(...WORDS, ' ', '\n', '. '), { maxLength: 5 }).map(w => w.join(' '));
const sentenceArb = fc.array(fc.constantFrom(...WORDS), { minLength: 5, maxLength: 12 }).map(w => w.join(' ') + '.');

type Op =
  | { kind: 'edits'; spots: Array<{ at: number; remove: number; insert: string }> }
  | { kind: 'inside'; claim: number; at: number; remove: number; insert: string }
  | { kind: 'deleteAndUndo'; claim: number; slackBefore: number; slackAfter: number; undo: boolean }
  | { kind: 'paste'; claim: number; before: string; after: string };

const unit = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('edits' as const), spots: fc.array(fc.record({ at: unit, remove: fc.nat({ max: 30 }), insert: fragment }), { minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant('inside' as const), claim: fc.nat(), at: unit, remove: fc.nat({ max: 8 }), insert: fragment }),
  fc.record({ kind: fc.constant('deleteAndUndo' as const), claim: fc.nat(), slackBefore: fc.nat({ max: 3 }), slackAfter: fc.nat({ max: 3 }), undo: fc.boolean() }),
  fc.record({ kind: fc.constant('paste' as const), claim: fc.nat(), before: fragment, after: fragment }),
);

/** VS Code's order for one event: non-overlapping changes, back to front, offsets valid when applied in turn. */
function eventFor(text: string, spots: Array<{ at: number; remove: number; insert: string }>): TextChange[] {
  const ranges = spots.map(s => {
    const from = snap(text, Math.floor(s.at * (text.length + 1)));
    return { from, to: snap(text, Math.min(text.length, from + s.remove)), insert: s.insert };
  }).sort((a, b) => a.from - b.from);
  const kept: typeof ranges = [];
  for (const r of ranges) {
    const last = kept.at(-1);
    if (last && r.from <= last.to) continue; // overlapping or touching cursors merge in the editor
    if (r.to < r.from) continue;
    kept.push(r);
  }
  return kept.reverse().map(r => ({ rangeOffset: r.from, rangeLength: r.to - r.from, text: r.insert }));
}

describe('AnchorTracker: random edit sequences', () => {
  it('keeps every attached claim on its text as edited, in range, never splitting a surrogate pair', () => {
    fc.assert(
      fc.property(fc.array(sentenceArb, { minLength: 3, maxLength: 8 }), fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), fc.array(opArb, { minLength: 1, maxLength: 12 }), (sentences, picks, ops) => {
        // distinct sentences, so "found again" has one right answer
        const unique = [...new Set(sentences)].map((s, i) => `${i}: ${s}`);
        const text0 = unique.join('\n');
        const chosen = [...new Set(picks.map(p => p % unique.length))];
        const claims = chosen.map((p, i) => annotation(`c${i}`, text0, unique[p]));
        const ids = claims.map(c => c.id);
        const tracker = new AnchorTracker();
        tracker.reanchorAll(text0, claims);
        const model = new Model(text0, claims.map(c => ({ id: c.id, start: c.anchor.start, end: c.anchor.end })));
        let text = text0;

        const event = (changes: TextChange[]) => {
          if (!changes.length) return;
          for (const c of changes) model.apply(c, ids);
          text = apply(text, changes);
          assert.equal(model.text, text);
          tracker.applyChanges(changes, () => text);
        };

        const check = (step: string) => {
          for (const id of ids) {
            const entry = tracker.get(id)!;
            assert.ok(entry, `${id} is kept (${step})`);
            const expected = model.unknown.has(id) ? undefined : model.quote(id);
            if (entry.orphaned) {
              assert.equal(expected, undefined, `${id} orphaned while its text "${expected}" is still there (${step})`);
              continue;
            }
            const { start, end } = entry.anchor;
            assert.ok(start >= 0 && start < end && end <= text.length, `${id} in range (${step})`);
            assert.ok(!isLow(text.charCodeAt(start)) && (end === text.length || !isLow(text.charCodeAt(end))), `${id} does not split a surrogate pair (${step})`);
            if (model.unknown.has(id)) model.place(id, start, end);
            else assert.equal(text.slice(start, end), expected, `${id} follows its text (${step})`);
            const saved = tracker.claimsFor(tracker.savePoint(text)).claims.find(c => c.id === id)!;
            assert.equal(text.slice(saved.anchor.start, saved.anchor.end), saved.anchor.quote);
          }
        };

        ops.forEach((op, n) => {
          const step = `op ${n}: ${JSON.stringify(op)}`;
          const live = ids.filter(id => !tracker.get(id)!.orphaned && !model.unknown.has(id) && model.range(id));
          const target = live.length ? live[((op as { claim?: number }).claim ?? 0) % live.length] : undefined;
          if (op.kind === 'edits') event(eventFor(text, op.spots));
          else if (op.kind === 'inside' && target) {
            const r = model.range(target)!;
            if (r.end - r.start < 3) return;
            const from = snap(text, r.start + 1 + Math.floor(op.at * (r.end - r.start - 2)));
            const to = snap(text, Math.min(r.end - 1, from + op.remove));
            if (to >= from) event([{ rangeOffset: from, rangeLength: to - from, text: op.insert }]);
          } else if (op.kind === 'deleteAndUndo' && target) {
            const r = model.range(target)!;
            const quote = model.quote(target)!;
            const from = snap(text, Math.max(0, r.start - op.slackBefore));
            const to = snap(text, Math.min(text.length, r.end + op.slackAfter));
            const removed = text.slice(from, to);
            event([{ rangeOffset: from, rangeLength: to - from, text: '' }]);
            assert.ok(tracker.get(target)!.orphaned, `deleting the whole text orphans it (${step})`);
            check(step);
            if (!op.undo) return;
            // undo: the same text back at the same place; the claim attaches to it again
            text = apply(text, [{ rangeOffset: from, rangeLength: 0, text: removed }]);
            model.units.splice(from, 0, ...removed.split('').map(ch => ({ ch, tags: new Set<string>() })));
            tracker.applyChanges([{ rangeOffset: from, rangeLength: 0, text: removed }], () => text);
            retryOrphans(tracker, text, true);
            const entry = tracker.get(target)!;
            const unambiguous = quote.length >= 16 && text.indexOf(quote) === text.lastIndexOf(quote);
            if (unambiguous) {
              assert.ok(!entry.orphaned, `the claim attaches again after an undo (${step})`);
              assert.equal(text.slice(entry.anchor.start, entry.anchor.end), quote, `on its text as it was (${step})`);
            }
            if (!entry.orphaned) model.place(target, entry.anchor.start, entry.anchor.end);
          } else if (op.kind === 'paste' && target) {
            // the claim's sentence pasted over itself with text around it (a reformat, a paste of the paragraph)
            const r = model.range(target)!;
            const quote = model.quote(target)!;
            const pasted = `${op.before}${quote}${op.after}`;
            event([{ rangeOffset: r.start, rangeLength: r.end - r.start, text: pasted }]);
            const entry = tracker.get(target)!;
            if (quote.length >= 16 && text.indexOf(quote) === text.lastIndexOf(quote)) {
              assert.ok(!entry.orphaned, `found again after the paste (${step})`);
              assert.equal(text.slice(entry.anchor.start, entry.anchor.end), quote, `on its text as it was (${step})`);
            }
          }
          check(step);
        });
      }),
      { numRuns: 300, seed: Number(process.env.FC_SEED ?? 42) },
    );
  });
});
