import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// The rules of the pass on made-up wiki-style and wire news of places, works and things named after people (airports,
// stadiums, ships, prizes, films, novels, plays, mines, laws), of churches, bands and councils (5 December, third
// pass), each with sentences it must read and sentences it must leave alone. All names are made up.
const people = (text: string): string[][] => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: places and works named after people (5 December, third pass)', () => {
  it('"Bandmate" or "Parishioner" opening a sentence is a role before the name, not its first word', () => {
    assert.deepEqual(people('Bandmate Marigold Finch said the pair were heartbroken.'), [['Marigold Finch', 'Marigold Finch']]);
    assert.deepEqual(people('Parishioner Margaret Dunn, 82, said she had been married there. Dunn said the village would fight.'),
      [['Margaret Dunn', 'Margaret Dunn'], ['Dunn', 'Margaret Dunn']]);
  });
});
