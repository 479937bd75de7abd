import assert from 'node:assert/strict';
import { people } from './peopleFixtures';

// Read on real fact-check pages and political news (measured only, never copied): the words political news writes
// beside lawmakers' names, and the titles it gives them, each with made-up text.
describe('people: party tags, state demonyms, short party names and titles in political news', () => {
  it('a lawmaker\'s party-and-state tag is no person, and shows the name before it is one', () => {
    assert.deepEqual(people('Outside the chamber Rep. Marlon Vance, D-Ohio, the bill\'s author, criticised the vote.'),
      [['Marlon Vance', 'Marlon Vance']]);
    assert.deepEqual(people('The measure was backed by Orin Beckett, R-Utah, and Dale Morrow, R-Fla., on Tuesday.'),
      [['Orin Beckett', 'Orin Beckett'], ['Dale Morrow', 'Dale Morrow']]);
    assert.deepEqual(people('Sen. Ivo Brandt (I-Vt.) voted against it.'), [['Ivo Brandt', 'Ivo Brandt']]);
  });

  it('a bill\'s number is no "Bill Number", and "Pro Tempore" is the title\'s, not a given name', () => {
    assert.deepEqual(people('THE SECRETARY: Senator Ines Hale moves to discharge Assembly Bill Number 4410A and House Bill No. 12.'),
      [['Ines Hale', 'Ines Hale']]);
    assert.deepEqual(people('The Senate was called to order by President Pro Tempore Quillford.'), [['Quillford', 'Quillford']]);
  });

  it('a state lawmaker\'s tag with a home town no list holds, and a state written short in brackets, are no people', () => {
    assert.deepEqual(people('Rep. Marlon Vance, R-San Corvito, questioned Rep. Dale Morrow, D-Elmbrook, about the bill.'),
      [['Marlon Vance', 'Marlon Vance'], ['Dale Morrow', 'Dale Morrow']]);
    assert.deepEqual(people('Among them were Sens. Orin Beckett (Ky.) and Gus Hale (W.Va.).'),
      [['Orin Beckett', 'Orin Beckett'], ['Gus Hale', 'Gus Hale']]);
  });

  it('"Sens." and "Reps." are titles before a name, as "Sen." and "Rep." are', () => {
    assert.deepEqual(people('Allies joined them, including Sens. Rand Okafor, R-Kentucky, and Gus Hale, R-Maine.'),
      [['Rand Okafor', 'Rand Okafor'], ['Gus Hale', 'Gus Hale']]);
  });

  it('one of a state\'s people, a party written short and a numbered thing are no names', () => {
    assert.deepEqual(people('Dana Whitfield was seen greeting Sen. Ivo Brandt after the Republican Montanan voted no.'),
      [['Dana Whitfield', 'Dana Whitfield'], ['Ivo Brandt', 'Ivo Brandt']]);
    assert.deepEqual(people('The Floridian said nothing. The Ohioan left early.'), []);
    assert.deepEqual(people('On the late show, Lib Dem leader Carys Pell repeated her pledge.'), [['Carys Pell', 'Carys Pell']]);
    assert.deepEqual(people('Double dose Covid-19 Vaccine?\n\nA post claimed Covid-19 jabs were sold online.\n'), []);
    // (a surname that ends like one of a short place's people stays a name)
    assert.deepEqual(people('A great friend of mine, Senator Bob Corker, was there.'), [['Bob Corker', 'Bob Corker']]);
  });

  it('a trade written with a hyphen before a name is no word of the name', () => {
    assert.deepEqual(people('Fact-checker Omar Lindqvist said the figure was wrong.'), [['Omar Lindqvist', 'Omar Lindqvist']]);
  });

  it('a clock\'s "A.M." after its hour is no pair of initials', () => {
    assert.deepEqual(people("Fact Check: Story About 'Live 3 A.M. Emergency Broadcast' By Tova Rennick Is Fake\n\nTova Rennick made no broadcast.\n"),
      [['Tova Rennick', 'Tova Rennick'], ['Tova Rennick', 'Tova Rennick']]);
  });

  it('a bare surname after a title is the one of two people of that surname the article gives that title', () => {
    assert.deepEqual(people('Did Selma Harrow, Ines Corvin or others go live? The claim concerned Governor Paul Corvin.\n\n'
      + 'Fact Check: Governor Corvin\'s Pardon Does NOT Free Dana Whitfield\n\nHas Dana Whitfield been pardoned by Paul Corvin?\n'),
      [['Selma Harrow', 'Selma Harrow'], ['Ines Corvin', 'Ines Corvin'], ['Paul Corvin', 'Paul Corvin'], ['Corvin', 'Paul Corvin'],
        ['Dana Whitfield', 'Dana Whitfield'], ['Dana Whitfield', 'Dana Whitfield'], ['Paul Corvin', 'Paul Corvin']]);
    assert.deepEqual(people('Governor Paul Corvin signed the bill. Ines Corvin said nothing of it, and later Governor Corvin left.'),
      [['Paul Corvin', 'Paul Corvin'], ['Ines Corvin', 'Ines Corvin'], ['Corvin', 'Paul Corvin']]);
  });

  it('a given name that is also a place\'s opens a name before a hyphenated surname', () => {
    assert.deepEqual(people('Her official handle uses the username “Alexandria Ramos-Vidal.” A post on Alexandria Ramos-Vidal leaving stems from a parody.'),
      [['Alexandria Ramos-Vidal', 'Alexandria Ramos-Vidal'], ['Alexandria Ramos-Vidal', 'Alexandria Ramos-Vidal']]);
  });
});
