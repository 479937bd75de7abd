import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// The rules of the second pass on real sports pages (match reports, transfers, line-ups, results; 6 December), on
// made-up sentences of the same shapes. All names are made up.
const people = (text: string): string[][] => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: sports pages, second pass (6 December)', () => {
  it('a role\'s plural before one name alone is a side, not a person', () => {
    assert.deepEqual(people('Rovers cut the gap to league leaders Harwick to two points.'), []);
    // (two names after it are its people)
    assert.deepEqual(people('The players Tomas Kessel and Ivo Rook signed new deals.'),
      [['Tomas Kessel', 'Tomas Kessel'], ['Ivo Rook', 'Ivo Rook']]);
    // (the singular stays a person's role)
    assert.deepEqual(people('The club leader Harwick said the board would meet.'), [['Harwick', 'Harwick']]);
  });

  it('"Olympian" before a name is a role, not the name\'s first word', () => {
    assert.deepEqual(people('Ines Varga won in 2:21:40. That was a minute quicker than four-time Olympian Varga ran in 2019.'),
      [['Ines Varga', 'Ines Varga'], ['Varga', 'Ines Varga']]);
  });
});
