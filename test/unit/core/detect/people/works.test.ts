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

describe('people: a title set off after a work\'s noun', () => {
  it('is a work ("her mini-album—Summer Recipe—", "the single, Teddy Bear, was released")', () => {
    assert.deepEqual(names('Her sophomore mini-album—Sunday Lantern—is scheduled to drop on Wednesday.'), []);
    assert.deepEqual(names('The single, Marlow Bell, was released in February.'), []);
    assert.deepEqual(names('His most recent album, Twelve Carat Orchard, was released in June.'), []);
  });

  it('keeps a person the sentence sets in the work or lets speak', () => {
    assert.deepEqual(names('In the film, Anna Berg, 34, plays a nurse.'), ['Anna Berg']);
    assert.deepEqual(names('The album, Maren Holt said, took two years.'), ['Maren Holt']);
    assert.deepEqual(names('As he readies his next album, Tobin Rusk is dropping hints.'), ['Tobin Rusk']);
    assert.deepEqual(names('An acquaintance with a small role in the movie, Kell Amory Strand, was named.'), ['Kell Amory Strand']);
  });
});
