import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Made-up sentences of film news: a title in quotation marks credited to its maker, or after "masterpiece", is a work.
const names = (text: string) => detectPeople(text).map(p => p.text);

describe('people: a quoted title after its maker\'s possessive', () => {
  it('is a work, not a person', () => {
    assert.deepEqual(names('The lineup includes Teodor Vasko\'s "Marisol Vega," a drama set in Lisbon.'), ['Teodor Vasko']);
    assert.deepEqual(names('Critics praised Ilse Varga’s “Corin Lask” at the festival.'), ['Ilse Varga']);
  });

  it('after "masterpiece" or "sequel"', () => {
    assert.deepEqual(names('She co-wrote the prize-winning masterpiece "Autumn Lindqvist."'), []);
  });

  it('keeps a person quoted by name without a possessive before the quotation', () => {
    assert.deepEqual(names('"Marisol Vega is the best," the director said.').length, 1);
  });
});
