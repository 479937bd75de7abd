import assert from 'node:assert/strict';
import { people } from './peopleFixtures';

// Made-up hard-wrapped text: a given name ends a line and the surname opens the next (src/core/detect/people/wrappedGivenNames.ts).
describe('people: a name broken by a hard line break', () => {
  it('joins the given name at the line\'s end to the surname, and links the surname alone to the whole', () => {
    assert.deepEqual(people('Poet and winner of the national prize Colm\nHartigan, 80, died at home. Hartigan won the prize in 1990.'),
      [['Colm\nHartigan', 'Colm Hartigan'], ['Hartigan', 'Colm Hartigan']]);
  });

  it('not a line of one name in a list or a table', () => {
    assert.deepEqual(people('Contacts:\nColm\nHartigan, 80, died at home.').map(p => p[0]).filter(t => t.includes('\n')), []);
  });

  it('not a word of the language at the line\'s end ("Will")', () => {
    assert.deepEqual(people('The board said that the new chair Will\nHartigan, 52, starts in May.').map(p => p[0]).filter(t => t.includes('\n')), []);
  });
});
