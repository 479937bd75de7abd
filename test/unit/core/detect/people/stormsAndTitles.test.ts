import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Names in capitals that are no one's (issue 14, title-case pass): a storm the article names, a title built on the verb
// "be", a show opened by a weekday and a part of the day, a label only ever written after "a". All names are made up.
const people = (text: string): string[][] => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: storms, titles and labels in capitals (title-case pass)', () => {
  it('a storm the article names ("Hurricane Orla") is no one in a headline or later', () => {
    assert.deepEqual(people('Orla Nears Landfall\n\nHurricane Orla strengthened overnight. Orla is expected to reach the coast by Friday, forecasters said.'), []);
    // a person of that name in an article with no storm is kept
    assert.deepEqual(people('Orla Brennick said the shelter would open on Friday.'), [['Orla Brennick', 'Orla Brennick']]);
    // a resident of that given name, quoted by her full name in the storm's story, stays a person
    assert.deepEqual(people('Hurricane Orla strengthened overnight. Orla Brennick, who runs the shelter, said it would open on Friday.'),
      [['Orla Brennick', 'Orla Brennick']]);
  });

  it('a title built on the bare verb "be" is no name ("Nothing Will Be Lost")', () => {
    assert.deepEqual(people('Her first novel, Nothing Will Be Lost, sold poorly in 2004.'), []);
  });

  it('a weekday and a part of the day in capitals open a show ("Monday Night Showdown")', () => {
    assert.deepEqual(people('Kansas beat Ohio after a late drive on Monday Night Showdown.'), []);
    // a name after a weekday is read as before
    assert.deepEqual(people('On Friday Maren Holt said the club would appeal.'), [['Maren Holt', 'Maren Holt']]);
  });

  it('a label in capitals only ever written after "a" is no one ("a Quickfacts Sheet")', () => {
    assert.deepEqual(people('Download a Quickfacts Sheet (PDF) before the clinic opens.'), []);
    // a full name opened by a given name after "a" is kept ("a Dana Reyes film")
    assert.deepEqual(people('It was a Dana Reyes film, shot in 1990.'), [['Dana Reyes', 'Dana Reyes']]);
  });
});
