import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Issue 14, "people left": a firm written like a person's name before the title of its head, with or without the kind
// of business between ("Tarveen Holt supermarket boss Amos Rell"). Every name is made up.
const people = (text: string): string[] => detectPeople(text).map(p => p.text);

describe('people: a firm named before its head\'s title', () => {
  it('a kind of business between the name and "boss", "chief executive" or "chairman" makes the name a firm', () => {
    assert.deepEqual(people('Police said the gang planned to kidnap the mother of Tarveen Holt supermarket boss Amos Rell.'),
      ['Amos Rell']);
    assert.deepEqual(people('Corvane Ostby airline chief executive Ida Moss said fares would rise.'), ['Ida Moss']);
    assert.deepEqual(people('Kell Ostrander mining group chairman Ivo Kell agreed.'), ['Ivo Kell']);
  });

  it('"boss" and a name right after a name make it a firm\'s or a club\'s', () => {
    assert.deepEqual(people('The mother of Tarveen Holt boss Amos Rell was taken from her home.'), ['Amos Rell']);
  });

  it('leaves a person whom the article shows as one', () => {
    // (the name said to speak with "he" is a person, whatever came before)
    assert.deepEqual(people('Tarveen Holt said he would stay. Critics of Tarveen Holt boss Amos Rell were loud.'),
      ['Tarveen Holt', 'Tarveen Holt', 'Amos Rell']);
    // no name after the title: "supermarket boss" alone says nothing of the words before it
    assert.deepEqual(people('He met Amos Rell, a supermarket boss from the north.'), ['Amos Rell']);
  });
});
