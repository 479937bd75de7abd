import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Made-up sentences of awards news: a prize or its category written like a name is no one.
const names = (text: string) => detectPeople(text).map(p => p.text);

describe('people: an award or its category written like a name', () => {
  it('after "Best" and a category\'s words ("the Best Actress Oscar", "Best Original Song")', () => {
    assert.deepEqual(names('Ida Rennick collected the Best Actress Oscar in March.'), ['Ida Rennick']);
    assert.deepEqual(names('The film by Ossian Drake took Best Original Song at the ceremony.'), ['Ossian Drake']);
  });

  it('keeps a winner named after the category', () => {
    assert.deepEqual(names('Best Actor winner Cillian Marsh thanked his mother.'), ['Cillian Marsh']);
    assert.deepEqual(names('The prize for Best Actor went to Cillian Marsh.'), ['Cillian Marsh']);
  });

  it('after a verb of winning and "a" or a count ("won a Globe")', () => {
    assert.deepEqual(names('Ben Tallis, 41, scooped a Globe last night.'), ['Ben Tallis']);
  });

  it('right before " of the Year", with its short form ("the Newsweave Picture of the Year")', () => {
    assert.deepEqual(names('The 2007 Newsweave Picture of the Year vote closed. Newsweave readers chose it. Coach of the Year Tarvo Kask agreed.'),
      ['Tarvo Kask']);
  });
});
