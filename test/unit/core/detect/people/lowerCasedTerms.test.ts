import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Made-up market reports: a commodity's name that a headline-like sentence capitalises, written in small letters below.
const people = (text: string): string[] => detectPeople(text).map(p => p.text);

describe('people: a term the article also writes in small letters', () => {
  it('reads "Brent Crude" as no person where the article writes "Brent crude"', () => {
    const text = 'Traders said on Tuesday that buyers shunned Brent Crude cargoes over 90 dollars.\n\n'
      + 'Brent crude futures were at 88 dollars a barrel, said analyst Oren Tallis.\n';
    assert.deepEqual(people(text), ['Oren Tallis']);
  });

  it('keeps a name whose second word is a word of the language where the article writes it with its capital only', () => {
    const text = 'Traders said on Tuesday that Brent Crude, a broker, shunned the cargoes.\n\n'
      + 'Analysts said Brent Crude had sold early, as crude futures fell.\n';
    assert.deepEqual(people(text), ['Brent Crude', 'Brent Crude']);
  });
});
