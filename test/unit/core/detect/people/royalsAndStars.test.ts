import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Made-up sentences of royal and celebrity news: styles of royalty, regnal numbers, questions, award categories.
const linked = (text: string) => detectPeople(text).map(p => (p.text === p.entity ? p.text : `${p.text}→${p.entity}`));

describe('people: royals and stars', () => {
  it('a royal named with a spouse keeps no surname of the spouse ("Prince Edmund and Clara Whitlow")', () => {
    assert.deepEqual(linked('Prince Edmund and Clara Whitlow married in 2019. Edmund spoke.'), ['Edmund', 'Clara Whitlow', 'Edmund']);
    // (a couple without a style still shares the surname)
    assert.deepEqual(linked('Edmund and Clara Whitlow married in 2019.'), ['Edmund→Edmund Whitlow', 'Clara Whitlow']);
  });

  it('a prince is not the king of his name and number named later ("Prince Edmund … King Edmund IV")', () => {
    assert.deepEqual(linked('Prince Edmund, 9, started school this week. Edmund is a keen swimmer. His great-grandfather was King Edmund IV.'),
      ['Edmund', 'Edmund', 'Edmund IV']);
    // (the sovereign named first, then by the style held before the accession, is one person)
    assert.deepEqual(linked('Queen Matilda II opened the bridge in 1990. Princess Matilda, as she was in 1950, had laid its first stone.'),
      ['Matilda II', 'Matilda→Matilda II']);
  });

  it('"Will" opening a question is the verb, not a given name', () => {
    assert.deepEqual(linked('Will Clarissa and Odile keep their titles? Clarissa said nothing.'), ['Clarissa', 'Clarissa']);
    assert.deepEqual(linked('Will Rennard spoke on Monday. Will Rennard stay?'), ['Will Rennard', 'Will Rennard']);
  });

  it('an opening quote written for the apostrophe ends the name ("Nadia Brelle‘s")', () => {
    assert.deepEqual(linked('Nadia Brelle‘s new album is out.'), ['Nadia Brelle']);
  });

  it('no short form of an award category ("Best Folk Vocal Album" … "Album of the Year")', () => {
    assert.deepEqual(linked('Tamsin Greaves wins Album of the Year at the awards. She also took the prize for Best Folk Vocal Album for Harbour Lights.'),
      ['Tamsin Greaves']);
  });

  it('"Emeritus" after a title is part of the style ("Bishop Emeritus Paul Okafor")', () => {
    assert.deepEqual(linked('Bishop Emeritus Paul Okafor led the service.'), ['Paul Okafor']);
  });

  it('a winner on the line under an award\'s category, or after it and a colon, is no headline\'s word', () => {
    assert.deepEqual(linked('The winners of the Harbour film prizes were named on Sunday.\n\nBest supporting actor\nRobert Calloway Jr, Salt Road\n\nBest director\nAda Kellerman, The Long Night'),
      ['Robert Calloway Jr', 'Ada Kellerman']);
    assert.deepEqual(linked('Best Actor In a Supporting Role: Robert Calloway Jr – Salt Road'), ['Robert Calloway Jr']);
  });

  it('a name written twice in a row is the one word ("Princess Marisol Marisol, 19,")', () => {
    assert.deepEqual(linked('Important debut for Princess Marisol Marisol, 19, joined her parents. Marisol smiled.'), ['Marisol', 'Marisol']);
  });

  it('a whole name glued to itself is a photo\'s alternative text run into its link: the name once', () => {
    assert.deepEqual(linked('Photo of Marta LeyMarta Ley (Farrer, Liberal Party) Share this\n\nI thank the member.'), ['Marta Ley']);
  });

  it('a place\'s word after a capitalised possessive, a cottage and a jubilee are no people', () => {
    assert.deepEqual(linked('He arrived at the Brandt Wing of St Agnes\'s Hospital with his children.'), []);
    assert.deepEqual(linked('The family moved to Harriet Cottage in Windsor in 2022.'), []);
    assert.deepEqual(linked('Prince Tobias stole the show at the Queen\'s Diamond Jubilee.'), ['Tobias']);
  });

  it('the place after a title of rank and "of" is a territorial designation, not the person named so elsewhere', () => {
    assert.deepEqual(linked('Prince Tomas was created Earl of Harrowgate by his mother. The film\'s hero, Lord Harrowgate, was his favourite.'),
      ['Tomas', 'Harrowgate']);
  });
});
