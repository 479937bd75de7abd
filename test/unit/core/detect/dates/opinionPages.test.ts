import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up sentences from opinion pages: a paper's or a magazine's name, and a day a clause names, are no dates.
const values = (text: string) => detectDates(text, '2026-02-13').map(d => `${d.text}=${d.value}`);

describe('dates on opinion pages', () => {
  it('reads "Today" after a name in capitals, and "The Week" inside a sentence, as a title', () => {
    assert.deepEqual(values('By Jo Bell and Tom Kerr. USA Today. April 20, 2025.'), ['April 20, 2025=2025-04-20']);
    assert.deepEqual(values('The survey first appeared in USA Today last week.'), ['last week=2026-W06']);
    assert.deepEqual(values('Escape your echo chamber: subscribe to The Week for the facts behind the news.'), []);
    // (a sentence opening on "Today", and "today" in prose, stay dates)
    assert.deepEqual(values('Today the council votes on the budget.'), ['Today=2026-02-13']);
    assert.deepEqual(values('The council met today.'), ['today=2026-02-13']);
  });

  it('passes over a day a relative clause names, and keeps "the day" of the story and a day counted from another', () => {
    assert.deepEqual(values('She looks forward to the day when her son will graduate.'), []);
    assert.deepEqual(values('He remembers the day on which the mill closed.'), []);
    assert.deepEqual(values('Officials said the day was a success.'), ['the day=2026-02-13']);
  });
});

describe('a count "as of" a day', () => {
  it('is as of a day reached, whatever the tense; what starts as of a day keeps its tense', () => {
    const as = (text: string) => detectDates(text, '2026-11-20').map(d => `${d.text}=${d.value}`);
    assert.deepEqual(as('A fifth of the county\'s mayors are women as of March, the survey found.'), ['March=2026-03']);
    assert.deepEqual(as('The new fares take effect as of March.'), ['March=2027-03']);
    assert.deepEqual(as('The rule will apply as of March.'), ['March=2027-03']);
  });
});
