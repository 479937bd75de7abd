import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Made-up market reports: a made-up grade of oil that a headline-like sentence capitalises, written in small letters below.
const people = (text: string): string[] => detectPeople(text).map(p => p.text);

describe('people: a term the article also writes in small letters', () => {
  it('reads "Dale Blend" as no person where the article writes "Dale blend"', () => {
    const text = 'Traders said on Tuesday that buyers shunned Dale Blend cargoes over 90 dollars.\n\n'
      + 'Dale blend futures were at 88 dollars a barrel, said analyst Oren Tallis.\n';
    assert.deepEqual(people(text), ['Oren Tallis']);
  });

  it('keeps a name whose second word is a word of the language where the article writes it with its capital only', () => {
    const text = 'Traders said on Tuesday that Dale Blend, a broker, shunned the cargoes.\n\n'
      + 'Analysts said Dale Blend had sold early, as blend futures fell.\n';
    assert.deepEqual(people(text), ['Dale Blend', 'Dale Blend']);
  });
});
