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
