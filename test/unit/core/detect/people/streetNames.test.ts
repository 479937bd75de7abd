import assert from 'node:assert/strict';
import { people, texts } from './peopleFixtures';

// Streets, roads and schools named after a person and written with the whole name (src/core/detect/people/streetNames.ts),
// and addresses opened by a compass point: made-up sentences of a city council's and a fire department's news.

describe('streets named after people, and addresses', () => {
  it('a name with its ", Jr." before a street\'s noun is the street, and the suffix alone is nobody', () => {
    const text = 'The council voted to rename Union Avenue as Cesar Ortega, Jr. Blvd. on Monday. Traffic on Cesar Ortega, Jr. '
      + 'Boulevard was light. The route joins Rosa Delgado Jr. Street near the depot.';
    assert.deepEqual(people(text), []);
  });

  it('a street named so in a headline\'s words, and the person himself in the same story', () => {
    const text = 'SUBJECT:   Resolution to Rename Amos Tillery, Jr. Street "Harbor View Street"\n\n'
      + 'The vote falls on the 40th anniversary of Amos Tillery, Jr.\'s visit to the town.';
    assert.deepEqual(texts(text), ['Amos Tillery, Jr.']);
  });

  it('a surname that is a word, or a title\'s word, inside the street\'s name ("Parks", "King")', () => {
    assert.deepEqual(people('Crews closed Nadia Parks Jr. Street and Elias Moreno King Jr. Boulevard overnight.'), []);
  });

  it('"Way" after a given name and a surname is a street; "Danielle Way said" stays a person', () => {
    const text = 'Officials voted Thursday to rename 5th Ave North to Rep. Dorothy Haines Way. Haines, who died in July, '
      + 'served 30 years. The signs on "Rep. Dorothy Haines Way N." went up. Danielle Way said she was pleased.';
    const found = texts(text);
    assert.ok(!found.some(t => t.includes('Haines Way')), found.join(', '));
    assert.ok(found.includes('Haines') && found.includes('Danielle Way'), found.join(', '));
  });

  it('a compass point after a house number opens a street\'s name; a year before an initial does not', () => {
    assert.deepEqual(people('Crews arrived at 1020 W. Genesee to find a fire. A second call came from 415 N. Maple.'), []);
    assert.deepEqual(texts('In 2019 W. Ross Kane retired from the board.'), ['W. Ross Kane']);
  });
});
