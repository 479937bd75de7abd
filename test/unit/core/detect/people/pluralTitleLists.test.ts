import assert from 'node:assert/strict';
import { people, texts } from './peopleFixtures';

// Made-up sentences: a title in the plural before a list of surnames.

describe('a plural title before a list of surnames', () => {
  it('makes each surname of the list a person, the one the article names in full where it does', () => {
    assert.deepEqual(texts('The questions from Justices Harlow, Okonjo, and Brightwater were pointed.'), ['Harlow', 'Okonjo', 'Brightwater']);
    assert.deepEqual(people('Senator Ruth Malloy spoke first. Sens. Kerrigan and Malloy voted no.'), [
      ['Ruth Malloy', 'Ruth Malloy'], ['Kerrigan', 'Kerrigan'], ['Malloy', 'Ruth Malloy'],
    ]);
  });

  it('reads no list with a word of the language or a place in it', () => {
    assert.deepEqual(texts('Tours of the Representatives Hall and Library start at noon.'), []);
  });
});
