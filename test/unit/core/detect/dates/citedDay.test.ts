import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up sentences: a day in brackets that cites the source of what was just quoted is a day gone.
const found = (text: string, ref = '2026-12-06') => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

describe('dates: a day cited in brackets after a quotation or a publication', () => {
  it('is the last such day on or before the page\'s date', () => {
    assert.deepEqual(found('Mr Lowe claims that “buses run empty” (Harbour Times, May 26). They do not.'), ['May 26=2026-05-26']);
    assert.deepEqual(found('The poll found “few trust the council to listen” (June 2). That is worrying.'), ['June 2=2026-06-02']);
    assert.deepEqual(found('As a reader argued last week (The Valley Echo, 30 May), the bridge is too narrow.').slice(-1), ['30 May=2026-05-30']);
  });

  it('keeps a day set ahead, a weekday\'s bracket, or a day already before the page\'s date', () => {
    assert.deepEqual(found('The fair will open in the square (Riverton, June 2) with a parade.'), ['June 2=2027-06-02']);
    assert.deepEqual(found('The band has called off tonight’s (Tuesday, June 8) show.').slice(-1), ['Tuesday, June 8=2027-06-08']);
    assert.deepEqual(found('He wrote that “the roads are fine” (Harbour Times, November 30).'), ['November 30=2026-11-30']);
  });

  it('reads a letter\'s reference to what it answers: the piece, where it ran, its page', () => {
    assert.deepEqual(found('Re: “Tolls are too high” (Letter to the editor, Harbourtimes.com, Dec. 27):\n\nThey are not.'), ['Dec. 27=2025-12-27']);
    assert.deepEqual(found('Re: “Can the ferry pay its way?” (Page A1, March 21):\n\nIt can.'), ['March 21=2026-03-21']);
  });
});
