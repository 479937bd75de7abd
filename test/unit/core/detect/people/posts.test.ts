import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Social-media posts as articles quote them: nicknames, title-case lines and handles inside a post. All names and
// posts are made up.
const people = (text: string): string[][] => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: posts quoted in articles', () => {
  it('an adjective written as a nickname before a given name and a surname ("Sleepy Tom Harlow") is no part of the name', () => {
    assert.deepEqual(people('They will go easy on Sleepy Tom Harlow and his friends. Nobody believes it. — Ann Vetch (@annvetch) May 2, 2021'),
      [['Tom Harlow', 'Tom Harlow'], ['Ann Vetch', 'Ann Vetch']]);
    assert.deepEqual(people('The crowd booed when Lucky Ben Orwin walked on.'), [['Ben Orwin', 'Ben Orwin']]);
  });
});

describe('people: headlines quoted inside a post', () => {
  it('a verb of a title-case headline after a given name and a surname ("Mara Quill Resigns") is no part of the name', () => {
    assert.deepEqual(people('BREAKING: Mara Quill Resigns From Board After Leak https://t.co/xyz — Daily Post (@dailypost) May 1, 2021'),
      [['Mara Quill', 'Mara Quill']]);
    assert.deepEqual(people('VIDEO: Lena Varga Stunned By Result In Final Round https://t.co/abc — Sport Now (@sportnow) June 3, 2022'),
      [['Lena Varga', 'Lena Varga']]);
    // a surname that is the plural of a word stays the name's
    assert.deepEqual(people('The award went to Mary Ann Fields on Friday.'), [['Mary Ann Fields', 'Mary Ann Fields']]);
  });
});
