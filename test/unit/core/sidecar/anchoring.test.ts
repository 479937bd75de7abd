import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  anchorClaims, createAnchor, newAnchorWork, reanchor, refreshAnchor, shiftAnchor, similarity, collapseWhitespace, CONTEXT_READ, type TextChange,
} from '../../../../src/core/sidecar/anchoring';
import { changedSinceReview } from '../../../../src/core/sidecar/reviewed';
import type { Anchor, ClaimAnnotation } from '../../../../src/core/sidecar/model';

const ARTICLE = [
  'Riverside council met on Tuesday evening to discuss the new bridge.',
  'The bridge will cost 48 million euros, according to the city treasurer.',
  'Residents of the east bank have waited eleven years for a crossing.',
  '',
  'Construction is planned to begin in the spring of next year.',
  'Critics say the budget ignores the cost of maintaining the old ferry.',
].join('\n');
const QUOTE = 'The bridge will cost 48 million euros, according to the city treasurer.';

function anchorFor(text: string, quote: string, occurrence = 0): Anchor {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  assert.ok(at >= 0, `quote not in text: ${quote}`);
  return createAnchor(text, at, at + quote.length);
}

function apply(text: string, changes: readonly TextChange[]): string {
  for (const c of changes) text = text.slice(0, c.rangeOffset) + c.text + text.slice(c.rangeOffset + c.rangeLength);
  return text;
}

function attachedText(text: string, anchor: Anchor): string | undefined {
  const match = reanchor(text, anchor);
  return match.orphaned ? undefined : text.slice(match.start, match.end);
}

describe('anchoring: createAnchor', () => {
  it('stores the quote, 32 characters of context each side and UTF-16 offsets', () => {
    const anchor = anchorFor(ARTICLE, QUOTE);
    assert.equal(anchor.quote, QUOTE);
    assert.equal(anchor.prefix, ARTICLE.slice(anchor.start - 32, anchor.start));
    assert.equal(anchor.suffix.length, 32);
    assert.equal(anchor.end - anchor.start, QUOTE.length);
  });
  it('never cuts an emoji in half at the edge of the context', () => {
    const text = '🙂'.repeat(20) + 'The quote.' + '🙂'.repeat(20);
    const anchor = createAnchor(text, 40, 50);
    assert.equal(anchor.prefix, '🙂'.repeat(16));
    assert.equal(anchor.suffix, '🙂'.repeat(16));
    const odd = createAnchor('x' + text, 41, 51, 31);
    assert.ok(!/^[\uDC00-\uDFFF]/.test(odd.prefix) && !/[\uD800-\uDBFF]$/.test(odd.suffix), JSON.stringify(odd));
    assert.equal(odd.prefix, '🙂'.repeat(15));
  });

  it('rejects a range outside the text', () => {
    assert.throws(() => createAnchor('short', 2, 9), RangeError);
  });
});

describe('anchoring: shiftAnchor through editor changes', () => {
  const anchor = anchorFor(ARTICLE, QUOTE);
  const shifted = (changes: TextChange[]) => {
    const result = shiftAnchor(anchor, changes);
    return { ...result, text: apply(ARTICLE, changes).slice(result.anchor.start, result.anchor.end) };
  };

  it('insert before moves it, insert after leaves it', () => {
    const before = shifted([{ rangeOffset: 0, rangeLength: 0, text: 'BREAKING: ' }]);
    assert.equal(before.state, 'attached');
    assert.equal(before.text, QUOTE);
    assert.equal(before.anchor.start, anchor.start + 10);
    const after = shifted([{ rangeOffset: anchor.end + 5, rangeLength: 0, text: 'xyz' }]);
    assert.deepEqual(after.anchor, anchor);
  });

  it('delete before moves it back; typing right at its start or end stays outside', () => {
    assert.equal(shifted([{ rangeOffset: 0, rangeLength: 10, text: '' }]).text, QUOTE);
    assert.equal(shifted([{ rangeOffset: anchor.start, rangeLength: 0, text: '> ' }]).text, QUOTE);
    assert.equal(shifted([{ rangeOffset: anchor.end, rangeLength: 0, text: ' (2024)' }]).text, QUOTE);
  });

  it('an edit inside grows or shrinks the claim', () => {
    const at = anchor.start + QUOTE.indexOf('48');
    const grown = shifted([{ rangeOffset: at, rangeLength: 2, text: '52.5' }]);
    assert.equal(grown.text, QUOTE.replace('48', '52.5'));
    const shrunk = shifted([{ rangeOffset: anchor.start + QUOTE.indexOf(', according'), rangeLength: ', according to the city treasurer'.length, text: '' }]);
    assert.equal(shrunk.text, 'The bridge will cost 48 million euros.');
  });

  it('an edit over one end cuts the claim back to what is left', () => {
    const overStart = shifted([{ rangeOffset: anchor.start - 6, rangeLength: 10, text: '' }]);
    assert.equal(overStart.text, QUOTE.slice(4));
    const overEnd = shifted([{ rangeOffset: anchor.end - 10, rangeLength: 20, text: 'X' }]);
    assert.equal(overEnd.text, QUOTE.slice(0, -10));
  });

  it('deleting the whole quote orphans it; replacing it asks for re-anchoring', () => {
    assert.equal(shifted([{ rangeOffset: anchor.start - 1, rangeLength: QUOTE.length + 1, text: '' }]).state, 'orphaned');
    const replaced = shiftAnchor(anchor, [{ rangeOffset: 0, rangeLength: ARTICLE.length, text: ARTICLE.toUpperCase() }]);
    assert.equal(replaced.state, 'reanchor');
  });

  it('applies several changes in order (VS Code sends multi-cursor edits back to front)', () => {
    const changes = [
      { rangeOffset: anchor.end + 3, rangeLength: 0, text: 'after ' },
      { rangeOffset: anchor.start + 4, rangeLength: 6, text: 'new bridge' },
      { rangeOffset: 2, rangeLength: 0, text: '12345' },
    ];
    assert.equal(shifted(changes).text, QUOTE.replace('bridge', 'new bridge'));
  });

  it('refreshAnchor takes quote and context from the edited text', () => {
    const changes = [{ rangeOffset: anchor.start + QUOTE.indexOf('48'), rangeLength: 2, text: '50' }];
    const text = apply(ARTICLE, changes);
    const refreshed = refreshAnchor(text, shiftAnchor(anchor, changes).anchor);
    assert.equal(refreshed.quote, QUOTE.replace('48', '50'));
    assert.equal(reanchor(text, refreshed).orphaned, false);
  });
});

describe('anchoring: reanchor after edits made elsewhere', () => {
  const anchor = anchorFor(ARTICLE, QUOTE);

  it('position still holds the quote → position', () => {
    const match = reanchor(ARTICLE, anchor);
    assert.deepEqual(match, { orphaned: false, start: anchor.start, end: anchor.end, method: 'position', confidence: 1 });
  });

  it('position gives the range of the quote even when the stored end disagrees with it (a hand-edited file)', () => {
    const handEdited = { ...anchor, end: anchor.end + 500 };
    const match = reanchor(ARTICLE, handEdited);
    assert.ok(!match.orphaned);
    assert.ok(match.end <= ARTICLE.length);
    assert.equal(ARTICLE.slice(match.start, match.end), QUOTE);
  });

  it('text inserted or deleted before, inside-free → exact', () => {
    assert.equal(attachedText('A new first line.\n' + ARTICLE, anchor), QUOTE);
    assert.equal(attachedText(ARTICLE.slice(30), anchor), QUOTE);
    assert.equal(attachedText(ARTICLE + '\nA late addition.', anchor), QUOTE);
  });

  it('paragraph moved to the end', () => {
    const lines = ARTICLE.split('\n');
    const moved = [lines[0], ...lines.slice(2), lines[1]].join('\n');
    const match = reanchor(moved, anchor);
    assert.equal(match.orphaned, false);
    assert.ok(!match.orphaned && moved.slice(match.start, match.end) === QUOTE);
  });

  it('quote duplicated: the copy whose context agrees wins, even when farther away', () => {
    const copy = 'Unrelated lead paragraph. ' + QUOTE + ' Unrelated tail.\n';
    const doubled = copy + ARTICLE.replace('Riverside council met', 'The Riverside council met');
    const match = reanchor(doubled, anchor);
    assert.ok(!match.orphaned);
    assert.equal(match.start, doubled.indexOf(QUOTE, copy.length));
  });

  it('whitespace and line-ending changes → normalized', () => {
    const crlf = ARTICLE.replace(/\n/g, '\r\n').replace('cost 48', 'cost  48');
    const match = reanchor(crlf, anchor);
    assert.ok(!match.orphaned);
    assert.equal(match.method, 'normalized');
    assert.equal(collapseWhitespace(crlf.slice(match.start, match.end)), QUOTE);
    const multiLine = createAnchor(ARTICLE, ARTICLE.indexOf('Residents'), ARTICLE.indexOf('next year.') + 10);
    const crlfMatch = reanchor(ARTICLE.replace(/\n/g, '\r\n'), multiLine);
    assert.ok(!crlfMatch.orphaned);
    assert.ok(ARTICLE.replace(/\n/g, '\r\n').slice(crlfMatch.start, crlfMatch.end).endsWith('next year.'));
  });

  it('a typo fixed inside the quote → fuzzy, on the corrected sentence', () => {
    const typo = ARTICLE.replace('treasurer', 'tresurer');
    const typoAnchor = anchorFor(typo, QUOTE.replace('treasurer', 'tresurer'));
    const fixed = 'Updated at noon.\n' + ARTICLE;
    const match = reanchor(fixed, typoAnchor);
    assert.ok(!match.orphaned, JSON.stringify(match));
    assert.equal(match.method, 'fuzzy');
    assert.equal(fixed.slice(match.start, match.end), QUOTE);
  });

  it('quote deleted → orphaned, even though similar sentences remain', () => {
    const without = ARTICLE.replace(QUOTE + '\n', '');
    const match = reanchor(without, anchor);
    assert.equal(match.orphaned, true);
  });

  it('a rewritten sentence with different figures elsewhere is not taken for the quote', () => {
    const rewritten = ARTICLE.replace(QUOTE, 'Officials gave no figure.') + '\nA ferry will cost 12 million euros, according to the port director.';
    assert.equal(reanchor(rewritten, anchor).orphaned, true);
  });

  it('anchorClaims re-anchors many claims and keeps their order', () => {
    const claims: ClaimAnnotation[] = ARTICLE.split('\n').filter(Boolean).map((line, i) => ({
      id: `c-${i}`, status: 'unverified', origin: 'detected', anchor: anchorFor(ARTICLE, line),
    }));
    const edited = 'Editor\'s note: updated.\n\n' + ARTICLE.replace('Construction is planned to begin in the spring of next year.\n', '');
    const results = anchorClaims(edited, claims);
    assert.deepEqual(results.map(r => r.claim.id), claims.map(c => c.id));
    assert.deepEqual(results.map(r => r.match.orphaned), [false, false, false, true, false]);
    for (const { claim, match } of results) if (!match.orphaned) assert.equal(edited.slice(match.start, match.end), claim.anchor.quote);
  });
});

describe('anchoring: properties', () => {
  const WORDS = ['the', 'council', 'said', 'on', 'Monday', 'a', 'report', 'found', 'that', 'river', 'levels', 'rose', 'by', 'ten', 'percent', 'while', 'mayor', 'denied'];
  const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 4, maxLength: 12 }).map(w => w.join(' ') + '.');
  const QUOTE_TEXT = 'Inspectors counted 317 cracked pylons along the northern viaduct.';

  it('random edits away from a claim never move it off its text', () => {
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 2, maxLength: 12 }),
        fc.nat(),
        fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 30 }), insert: sentence }), { maxLength: 6 }),
        (sentences, where, edits) => {
          const at = where % (sentences.length + 1);
          const text = [...sentences.slice(0, at), QUOTE_TEXT, ...sentences.slice(at)].join(' ');
          let anchor = anchorFor(text, QUOTE_TEXT);
          let current = text;
          for (const edit of edits) {
            // an offset outside [start, end] of the claim, before or after it
            const beforeRoom = anchor.start;
            const afterRoom = current.length - anchor.end;
            const before = edit.at < 0.5;
            const offset = before ? Math.floor(edit.at * 2 * beforeRoom) : anchor.end + Math.floor((edit.at - 0.5) * 2 * afterRoom);
            const length = Math.min(edit.remove, before ? anchor.start - offset : current.length - offset);
            const change = { rangeOffset: offset, rangeLength: length, text: ' ' + edit.insert + ' ' };
            const shifted = shiftAnchor(anchor, [change]);
            current = apply(current, [change]);
            assert.equal(shifted.state, 'attached');
            assert.equal(current.slice(shifted.anchor.start, shifted.anchor.end), QUOTE_TEXT);
            const match = reanchor(current, anchor); // as if the edit happened outside the editor
            assert.ok(!match.orphaned);
            assert.equal(match.start, shifted.anchor.start);
            anchor = { ...shifted.anchor };
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('random edits never attach a claim to text that does not resemble its quote', () => {
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 1, maxLength: 8 }),
        fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 40 }), insert: fc.oneof(sentence, fc.string({ maxLength: 6 })) }), { minLength: 1, maxLength: 8 }),
        (sentences, edits) => {
          const text = [...sentences, QUOTE_TEXT, ...sentences].join(' ');
          const anchor = anchorFor(text, QUOTE_TEXT);
          let current = text;
          for (const edit of edits) {
            const offset = Math.floor(edit.at * current.length);
            current = apply(current, [{ rangeOffset: offset, rangeLength: Math.min(edit.remove, current.length - offset), text: edit.insert }]);
          }
          const match = reanchor(current, anchor);
          if (match.orphaned) return;
          const attached = collapseWhitespace(current.slice(match.start, match.end));
          if (similarity(QUOTE_TEXT, attached) >= 0.7) return;
          // less alike only where the claim's own neighbours still enclose it: its sentence, edited (shown as changed)
          assert.ok(similarity(QUOTE_TEXT, attached) >= 0.5, `attached to "${attached}"`);
          assert.ok(collapseWhitespace(current.slice(0, match.start)).trimEnd().endsWith(collapseWhitespace(anchor.prefix).trimEnd()), `attached to "${attached}"`);
          assert.ok(collapseWhitespace(current.slice(match.end)).trimStart().startsWith(collapseWhitespace(anchor.suffix).trimStart()), `attached to "${attached}"`);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('anchoring: far moves', () => {
  it('a paragraph moved far away and re-wrapped onto two lines is still found', () => {
    const filler = 'Unrelated reporting about the weather and the football results fills this part of the page. '.repeat(150);
    const text = `${QUOTE}\n\n${filler}`;
    const anchor = anchorFor(text, QUOTE);
    const rewrapped = QUOTE.replace('euros, according', 'euros,\r\naccording');
    const moved = `${filler}\n\n${rewrapped}\n`;
    const match = reanchor(moved, anchor);
    assert.ok(!match.orphaned, JSON.stringify(match));
    assert.equal(moved.slice(match.start, match.end), rewrapped);
  });
});

describe('anchoring: short quotes', () => {
  it('a short quote found only where its context differs is orphaned; with its context it is found', () => {
    const text = 'Turnout reached 42 percent in the north. Elsewhere the weather was mild and dry all week long.';
    const anchor = anchorFor(text, '42 percent');
    const moved = 'A survey found 42 percent of shops closed early on Sunday because of the storm warnings. ' + text.replace('reached 42 percent in the north', 'was low in the north');
    assert.equal(reanchor(moved, anchor).orphaned, true);
    const shifted = 'Updated. ' + text;
    const match = reanchor(shifted, anchor);
    assert.ok(!match.orphaned && shifted.slice(match.start, match.end) === '42 percent');
  });
});

describe('anchoring: figures', () => {
  it('a deleted claim does not move onto the next sentence that differs only by its figures', () => {
    const intro = 'Intro text about the city council meeting on Monday. ';
    const claimed = 'The budget rose 4% in 2024 to 12 million euros.';
    const next = 'The budget rose 5% in 2023 to 11 million euros.';
    const outro = ' Officials said more details would follow next week.';
    const text = `${intro}${claimed} ${next}${outro}`;
    const anchor = anchorFor(text, claimed);
    assert.equal(reanchor(`${intro}${next}${outro}`, anchor).orphaned, true);
    assert.equal(reanchor(`${intro}${outro.trim()} ${next}`, anchor).orphaned, true);
    // the claim's own figure corrected in place (its context unchanged) stays attached
    const corrected = text.replace('rose 4%', 'rose 4.5%');
    const match = reanchor(corrected, anchor);
    assert.ok(!match.orphaned);
    assert.equal(corrected.slice(match.start, match.end), claimed.replace('4%', '4.5%'));
  });

  it('a far-away sentence that differs only by its figure does not take over a deleted claim', () => {
    const filler = 'Nothing in this paragraph is about money or bridges at all, it is only here to add distance. '.repeat(120);
    const quote = 'The council will spend 48 million euros on the new bridge.';
    const text = `Intro. ${quote} More text.\n\n${filler}\n\nIntro. The council will spend 52 million euros on the new bridge. More text.`;
    const anchor = anchorFor(text, quote);
    const withoutOriginal = text.replace(quote, '');
    assert.equal(reanchor(withoutOriginal, anchor).orphaned, true);
    // nearby, the same edit is the claim corrected in place and stays attached
    const corrected = text.replace(quote, quote.replace('48', '49'));
    const match = reanchor(corrected, anchor);
    assert.ok(!match.orphaned);
    assert.equal(match.start, anchor.start);
  });
});

/** Sentences that differ from their twin by one checkable word: what a verdict on one says nothing about the other. */
const ONE_WORD_CHANGES: Array<[family: string, reviewed: string, twin: string]> = [
  ['negation (not)', 'The minister said the grant for the bridge was approved.', 'The minister said the grant for the bridge was not approved.'],
  ['negation (never)', 'The company has paid a dividend to its shareholders every year.', 'The company has never paid a dividend to its shareholders every year.'],
  ['increased/decreased', 'Unemployment in the region increased last year, the agency said.', 'Unemployment in the region decreased last year, the agency said.'],
  ['rose/fell', 'House prices rose sharply in the capital during the spring months.', 'House prices fell sharply in the capital during the spring months.'],
  ['four/five percent', 'Turnout rose by four percent compared with the last election.', 'Turnout rose by five percent compared with the last election.'],
  ['a figure', 'The new bridge will cost 48 million euros, the treasurer said.', 'The new bridge will cost 52 million euros, the treasurer said.'],
  ['April/June', 'Construction of the new hospital wing will start in April next year.', 'Construction of the new hospital wing will start in June next year.'],
  ['million/billion', 'The council will spend 40 million euros on the new tram depot.', 'The council will spend 40 billion euros on the new tram depot.'],
  ['second/third', 'It was the second time this year that the river burst its banks.', 'It was the third time this year that the river burst its banks.'],
  ['more/less', 'Households now spend more on energy than they did a decade ago.', 'Households now spend less on energy than they did a decade ago.'],
  ['a named person', 'Mayor Anna Berg opened the new public library on Monday morning.', 'Mayor Carl Berg opened the new public library on Monday morning.'],
  ['a named place', 'The flood barrier in Rotterdam was closed for the first time.', 'The flood barrier in Hamburg was closed for the first time.'],
];
const INTRO = 'Our reporters followed the story through the week and spoke to officials.';
const OUTRO = 'Officials will publish a full report before the summer recess begins.';

describe('anchoring: a verdict stays on its sentence, edited, and never moves to a look-alike', () => {
  for (const [family, reviewed, twin] of ONE_WORD_CHANGES) {
    describe(family, () => {
      const claimOf = (text: string): ClaimAnnotation => ({
        id: 'c-1', status: 'verified', origin: 'detected', anchor: anchorFor(text, reviewed), reviewed: { quote: reviewed },
      });

      it('edited in place (outside the editor): still attached there, and changed since review', () => {
        const before = `${INTRO} ${reviewed}\n\n${OUTRO}`;
        const claim = claimOf(before);
        const after = `${INTRO} ${twin}\n\n${OUTRO}`;
        const match = reanchor(after, claim.anchor);
        assert.ok(!match.orphaned, JSON.stringify(match));
        assert.equal(after.slice(match.start, match.end), twin);
        assert.equal(changedSinceReview(claim, after.slice(match.start, match.end)), true);
      });

      it('edited in place with its twin still beside it: on the edited sentence, not on the twin', () => {
        const before = `${INTRO} ${reviewed} ${twin}\n\n${OUTRO}`;
        const claim = claimOf(before);
        const edited = reviewed.replace(/\.$/, ', officials confirmed.');
        const after = `${INTRO} ${edited} ${twin}\n\n${OUTRO}`;
        const match = reanchor(after, claim.anchor);
        assert.ok(!match.orphaned, JSON.stringify(match));
        assert.equal(after.slice(match.start, match.end), edited);
      });

      for (const order of ['twin after', 'twin before'] as const) {
        it(`deleted beside its twin (${order}): orphaned, never on the twin`, () => {
          const pair = order === 'twin after' ? `${reviewed} ${twin}` : `${twin} ${reviewed}`;
          const before = `${INTRO} ${pair}\n\n${OUTRO}`;
          const claim = claimOf(before);
          const after = `${INTRO} ${twin}\n\n${OUTRO}`;
          const match = reanchor(after, claim.anchor);
          assert.ok(match.orphaned, `attached to "${match.orphaned ? '' : after.slice(match.start, match.end)}"`);
          const [placed] = anchorClaims(after, [claim]);
          assert.ok(placed.match.orphaned);
        });
      }

      it('a paragraph inserted above and the line re-wrapped: attached, not changed', () => {
        const before = `${INTRO}\n\n${reviewed}\n\n${OUTRO}`;
        const claim = claimOf(before);
        const cut = reviewed.indexOf(' ', 30);
        const rewrapped = `${reviewed.slice(0, cut)}\n${reviewed.slice(cut + 1)}`;
        const after = `A new first paragraph was added by the night editor.\n\n${INTRO}\n\n${rewrapped}\n\n${OUTRO}`;
        const match = reanchor(after, claim.anchor);
        assert.ok(!match.orphaned, JSON.stringify(match));
        assert.equal(after.slice(match.start, match.end), rewrapped);
        assert.equal(changedSinceReview(claim, rewrapped), false);
      });
    });
  }
});

describe('anchoring: bounded work per claim', () => {
  // A hand-made 3,000-character prefix (and suffix) on a quote that occurs 2,000 times: every comparison used to read
  // 6,000 characters and fill a 3,000 × 3,000 edit-distance table, for each of 200 candidates (about 15 s).
  const quote = 'The council approved the budget.';
  let text = '';
  for (let i = 0; i < 2000; i++) text += `Item ${i}: ${quote} `;
  const anchor: Anchor = { quote, prefix: 'x'.repeat(3000), suffix: 'y'.repeat(3000), start: 3, end: 3 + quote.length };

  it('reads at most CONTEXT_READ characters of stored context and scores a bounded number of candidates', () => {
    const work = newAnchorWork();
    const match = reanchor(text, anchor, { work });
    assert.equal(match.orphaned, false);
    assert.ok(work.candidates <= 400, `${work.candidates} candidates`);
    assert.ok(work.contextChars <= work.candidates * 4 * CONTEXT_READ, `${work.contextChars} characters read`);
    assert.ok(work.cells <= work.candidates * 2 * CONTEXT_READ * CONTEXT_READ, `${work.cells} edit-distance cells`);
  });

  it('the same bound on a 1 MB article with the quote everywhere, and on a long quote that is no longer there', () => {
    let big = text;
    while (big.length < 1_000_000) big += text;
    const work = newAnchorWork();
    reanchor(big, anchor, { work });
    assert.ok(work.candidates <= 400 && work.cells <= 400 * 2 * CONTEXT_READ * CONTEXT_READ, JSON.stringify(work));
    const long = { ...anchor, quote: 'A long quote that was deleted. '.repeat(100) };
    const gone = newAnchorWork();
    assert.equal(reanchor(big, long, { work: gone }).orphaned, true);
    assert.ok(gone.candidates <= 2 * 16 + 400, JSON.stringify(gone));
  });
});
