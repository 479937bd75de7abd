import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// "Nor" inside a sentence after a name's word (people/wordNames.ts), and a line of a name with two patronymics
// (people/patronymics.ts). Every name is made up.
const people = (text: string): string[] => detectPeople(text).map(p => p.text);

describe('people: "Nor" after a name inside a sentence, names of descent with two patronymics', () => {
  it('a capitalised "Nor" after a word of a name inside a sentence is the name\'s middle name or surname', () => {
    assert.deepEqual(people('Growing up in the 90s, Abdi Nor Wardhere survived the famine.'), ['Abdi Nor Wardhere']);
    assert.deepEqual(people('The shop owner Hassan Nor had a busy shop in the town.'), ['Hassan Nor']);
  });

  it('"Nor" after a sentence\'s first word is the name\'s where another word of a name follows it', () => {
    assert.deepEqual(people('Abdi Nor Wardhere, the author of a memoir, moved to the city in 2014.'), ['Abdi Nor Wardhere']);
    assert.deepEqual(people('Abdi Nor said little.'), []);
  });

  it('leaves the conjunction of a title-case line, or after a word of the language, alone', () => {
    assert.deepEqual(people('It rained. Neither Ahmed Nor Brown came to the door.'), []);
    assert.deepEqual(people('Neither Rain Nor Snow Stops Mail'), []);
    assert.deepEqual(people('He said neither Brown Nor Green would do for the walls.'), []);
  });

  it('a line of a titled name of descent with two patronymics is no headline', () => {
    const page = 'Envoy welcomes the vote\n\nPrince Saad bin Khalid bin Omar\nUpdated 10 November 2016\n\n'
      + 'The envoy, Prince Saad bin Khalid bin Omar, said he was pleased.';
    assert.deepEqual(people(page), ['Saad bin Khalid bin Omar', 'Saad bin Khalid bin Omar']);
  });
});
