import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// The rules of the pass on music, television, film and game news (6 December, evening): a role's word used as an
// adjective, a show's season or a studio at a name's end, a work's numbered part. All names are made up.
const people = (text: string): string[] => detectPeople(text).map(p => p.text);

describe('people: music, television, film and game pages (6 December, evening)', () => {
  it('a role word used as an adjective before one word and a noun in lower case gives no title', () => {
    assert.deepEqual(people('The singer shared the news on her official Quillora page on Monday.'), []);
    assert.deepEqual(people('We start with some major Pondlark updates for listeners.'), []);
    // (a role before a name still shows a person)
    assert.deepEqual(people('An official Harrow said the plan had failed.'), ['Harrow']);
    assert.deepEqual(people('Major Tessaly Brand commanded the unit.'), ['Tessaly Brand']);
  });

  it('a name ending in a season, an episode, a studio, reviews or music is a thing', () => {
    assert.deepEqual(people('Read more about Marnie Season 3, which returns on Thursday.'), []);
    assert.deepEqual(people('The album was recorded at his Copper Loft Studio in the hills.'), []);
    assert.deepEqual(people('She is a Contemporary Hymnal Music artist, said Dara Fenwick.'), ['Dara Fenwick']);
  });

  it('a title before a numbered part, or after "Season 2 of", is a work', () => {
    assert.deepEqual(people('The studio said Orin Vale: Chapter 3 would open in May, director Lisa Moreau said.'), ['Lisa Moreau']);
    assert.deepEqual(people('Season 2 of Tamsin Croft is plain fun, critic Ada Pell wrote.'), ['Ada Pell']);
    // (a speaker's label at the start of a line stays a person)
    assert.deepEqual(people('RUTH OKAFOR: Chapter 11 was the only way out.'), ['RUTH OKAFOR']);
  });
});
