import assert from 'node:assert/strict';
import { texts } from './peopleFixtures';

// Outlets that a local story cites by name (src/core/detect/people/classify.ts and the cue words of
// src/core/detect/lexicon/cues.ts): made-up sentences of a police and a court report.

describe('outlets cited in local news are no people', () => {
  it('a broadcaster named by an acronym and a word ("told ABC News that he") is no person, nor its desk\'s words', () => {
    const text = 'His lawyers told KXR News that he was worried. According to KXR News Chief Legal Affairs Analyst, Dana Holt, '
      + 'a verdict may come Friday. As VOA West Africa Correspondent Purnell Ashby reports, talks ended. NBA star Tom Ruiz scored.';
    assert.deepEqual(texts(text), ['Dana Holt', 'Purnell Ashby', 'Tom Ruiz']);
  });

  it('a newspaper whose name ends in "Sentinel" or "Ledger" is no person; a surname of that word after a given name stays', () => {
    assert.deepEqual(texts('A deputy was arrested Sunday, the Corbin Sentinel reported. Grace Ledger, 44, was charged.'), ['Grace Ledger']);
  });
});
