import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Two full names written with no comma between them. Made-up names and lines.
const names = (text: string) => detectPeople(text).map(p => p.text);

describe('people: two names run together', () => {
  it('splits a list item of two given-name-and-surname pairs whose comma was dropped', () => {
    assert.deepEqual(names('Those held included Maria Hollis, Daniel Okoro Peter Vandermeer and the activist Ruth Amadi.'),
      ['Maria Hollis', 'Daniel Okoro', 'Peter Vandermeer', 'Ruth Amadi']);
  });

  it('splits a byline written twice where one of the names stands alone elsewhere', () => {
    assert.deepEqual(names('By Laura Quist and Simon Brekke Laura Quist and Simon Brekke are reporters.\n\nQuist said the river rose.'),
      ['Laura Quist', 'Simon Brekke', 'Laura Quist', 'Simon Brekke', 'Quist']);
  });

  it('keeps a name whose next word on the line is a word of the language, though its first half appears inside it again', () => {
    const found = names('Daniel Fox Peter Former staff writer\nDaniel Fox Peter was a staff writer.');
    assert.ok(!found.includes('Daniel Fox'), found.join(' | '));
  });

  it('keeps a name with a nickname in brackets inside it as one person', () => {
    assert.deepEqual(names('He died weeks after Daniel Okoro (Pete) Vandermeer, a close friend, was jailed.'),
      ['Daniel Okoro (Pete) Vandermeer']);
  });

  it('keeps a four-word name with no list or other mention as one person', () => {
    assert.deepEqual(names('The council said Daniel Okoro Peter Vandermeer had been appointed.'), ['Daniel Okoro Peter Vandermeer']);
  });
});
