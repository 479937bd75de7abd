import assert from 'node:assert/strict';
import { people, texts } from './peopleFixtures';

// Opinion and analysis pages (issue 14): a surname that is a month, and an adverb no list knows opening a sentence.
// Made-up sentences; the names are invented.

describe('people on opinion and analysis pages', () => {
  it('reads "May" after a given name as a surname, and "May" alone as that person where a verb or possessive follows', () => {
    assert.deepEqual(people('Can Delphine May hold her party together? Prime Minister Delphine May met the envoys. May said the talks went well.'), [
      ['Delphine May', 'Delphine May'], ['Delphine May', 'Delphine May'], ['May', 'Delphine May'],
    ]);
    assert.deepEqual(people('Before the summit, Delphine May spoke to her cabinet. May\'s first task is the budget.'), [
      ['Delphine May', 'Delphine May'], ['May', 'Delphine May'],
    ]);
  });

  it('keeps "May" the month after a word of the language, before a figure, and after a word that makes it the month', () => {
    // ("Will" is a word too: nothing says which it is here)
    assert.deepEqual(texts('Will May bring rain? The fair opens Sunday May 5. Mark May 12 in your diary.'), []);
    assert.deepEqual(texts('Ruth Calder said the vote was moved. In May said the clerk the doors would open.'), ['Ruth Calder']);
    // ("May" alone is the month where no one in the article is named so)
    assert.deepEqual(texts('May will see the first trains on the line, the council said.'), []);
  });

  it('does not take an adverb no list knows, opening a sentence before a comma, for a name', () => {
    assert.deepEqual(texts('The vote was close. Sadly, the mayor lost. Oddly, nobody objected.'), []);
    // (a surname the lists know, or one that is no "-ly" of a word, still opens a sentence as a person)
    assert.deepEqual(texts('Tom Kelly chairs the board. Kelly, 61, said he would stay.'), ['Tom Kelly', 'Kelly']);
  });
});
