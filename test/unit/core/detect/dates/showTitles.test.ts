import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up lines of entertainment news: a show's title and a set list's songs written with a day's words.
const found = (text: string, ref = '2026-03-12') => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

describe('dates: shows and songs named with a day', () => {
  it('a day\'s night in capitals before a title\'s next word is a show, even opening a sentence', () => {
    assert.deepEqual(found('Sunday Night Bingo, the long-running quiz, drew five million viewers.'), []);
    assert.deepEqual(found('Her guest spot on Friday Night Jam was cut.'), []);
    // (a headline's preposition after it, or a day told in prose, stays a time)
    assert.deepEqual(found('Storm Hits Saturday Night Across Region'), ['Saturday Night=2026-03-07TNI']);
  });

  it('a numbered set list\'s titles are songs, not times', () => {
    const list = 'The set list:\n  1. Saturday Night\n  2. Gravel Road Tonight\n  3. Leaving Here This Morning\n';
    assert.deepEqual(found(list), []);
    // (an itinerary's numbered days stay days)
    assert.deepEqual(found('Plan:\n1. Monday\n2. Tuesday\n').length, 2);
  });
});

describe('dates: a later day in the sentence of a day with its year', () => {
  it('takes that day\'s year, not a nearer one its own reading chose', () => {
    assert.deepEqual(found('The shows begin Feb. 2, 2025, in Lisbon and conclude Oct. 20 in Porto.', '2026-12-06'),
      ['Feb. 2, 2025=2025-02-02', 'Oct. 20=2025-10-20']);
    // (an earlier day of the year, a range's end, or a day told as gone before it keep their own readings)
    assert.deepEqual(found('The shows begin Oct. 2, 2025, and end Feb. 20.', '2026-12-06').length, 2);
    assert.deepEqual(found('She was born March 3, 1950, and died on July 5 at home.', '2026-12-06'),
      ['March 3, 1950=1950-03-03', 'July 5=2026-07-05']);
  });
});
