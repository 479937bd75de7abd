import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Malay and Bruneian names: "Nor" as a given name. All names are made up.
const people = (text: string): string[] => detectPeople(text).map(p => p.text);

describe('people: Malay and Bruneian names', () => {
  it('reads a capitalised "Nor" inside a sentence before a given name as the name\'s first word', () => {
    assert.deepEqual(people('The former minister, Tan Sri Nor Ahmad Rasdi, denied it. Later Nor Ahmad’s aide spoke.'),
      ['Nor Ahmad Rasdi', 'Nor Ahmad']);
    // the conjunction opening a sentence, and before a word of the language, stays out
    assert.deepEqual(people('Neither the board nor the staff knew. Nor Ahmad Rasdi, it seems.'), ['Ahmad Rasdi']);
    assert.deepEqual(people('Neither Rain Nor Snow Will Stop Us'), []);
  });
});
