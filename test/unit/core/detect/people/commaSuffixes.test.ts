import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Made-up sentences: a generation's suffix written after the name's comma is part of the name.
const people = (text: string) => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: ", Jr." and ", Sr." after a name', () => {
  it('keeps the suffix with its comma in the name, and links the short forms to the whole', () => {
    assert.deepEqual(people('Former senator Tobias Wren, Jr., 71, spoke at the dinner. Wren thanked the crowd.'),
      [['Tobias Wren, Jr.', 'Tobias Wren Jr.'], ['Wren', 'Tobias Wren Jr.']]);
  });

  it('before a verb in lower case, a possessive, or the end of the line', () => {
    assert.deepEqual(people('Halvard P. Moss, Sr. opened the meeting.').map(p => p[0]), ['Halvard P. Moss, Sr.']);
    assert.deepEqual(people('The minutes were signed by the clerk, Orrin Delacey, Jr.\nThe meeting closed at nine.').map(p => p[0]), ['Orrin Delacey, Jr.']);
  });

  it('before a new sentence that opens with a pronoun', () => {
    assert.deepEqual(people('The award went to Marcus Ellery, Jr. He accepted it in person.').map(p => p[0]), ['Marcus Ellery, Jr.']);
  });

  it('not "Sr." before a job\'s words in capitals (the job\'s "Senior"), nor a street named so', () => {
    assert.deepEqual(people('"It went well," said Dana Pike, Sr. Project Engineer at Holt.').map(p => p[0]), ['Dana Pike']);
    assert.deepEqual(people('The motion to rename Elm Street as Harold Quist, Jr. Avenue passed.').map(p => p[0]), []);
  });

  it('gives the suffixed name its own person where the same name is written without it (father and son)', () => {
    assert.deepEqual(people('The guests were Amos Tull and his wife. Amos Tull, Jr. was away at college.'),
      [['Amos Tull', 'Amos Tull'], ['Amos Tull, Jr.', 'Amos Tull Jr.']]);
  });
});
