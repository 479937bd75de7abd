import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// The rules of issue 14's pass over things read as people (a region's pair of words before an office, …), each with
// sentences it must read and sentences it must leave alone. All names and places are made up.
const people = (text: string): string[][] => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: things read as people (places before offices, …)', () => {
  it('two words no list knows before an office of two words and a name are the office\'s place, not a name', () => {
    assert.deepEqual(people('The bridge opened on Sunday. Orvana Teshk Chief Minister Dalia Renvik cut the ribbon.'),
      [['Dalia Renvik', 'Dalia Renvik']]);
    assert.deepEqual(people('The bridge opened on Sunday. Orvana Teshk Health Minister Dalia Renvik cut the ribbon.'),
      [['Dalia Renvik', 'Dalia Renvik']]);
    // a name with its office after it and no name after the office stays the name
    assert.deepEqual(people('Tarun Mehrota Defence Minister met his counterpart on Monday.'), [['Tarun Mehrota', 'Tarun Mehrota']]);
  });
});
