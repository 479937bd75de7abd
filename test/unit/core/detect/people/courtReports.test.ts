import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Crime and court reports as local papers and wires write them (issue 14, crime pass); every name here is made up.
const names = (text: string): string[] => detectPeople(text).map(p => p.text);

describe('people: crime and court reports', () => {
  it('leaves a constable rank written short after "Det" and a recorder\'s title out of the name', () => {
    assert.deepEqual(names('Det Con Ilse Marrow of Harrow CID urged witnesses to come forward. Call Det Con Marrow on 101.'),
      ['Ilse Marrow', 'Marrow']);
    assert.deepEqual(names('Mr Recorder Aldous Fenwick KC jailed him for two years.'), ['Aldous Fenwick']);
    // ("Con" alone stays the given name it is)
    assert.deepEqual(names('Con Tierney said the club would appeal.'), ['Con Tierney']);
  });

  it('reads no day word and no copyright notice as a person', () => {
    assert.deepEqual(names('Today was her first appearance in court. Yesterday she spoke to reporters.'), []);
    assert.deepEqual(names('This transcript is Crown Copyright. It may not be reproduced.'), []);
  });

  it('reads a body\'s last word as no surname where "who" or "him" after it is another person\'s', () => {
    assert.deepEqual(names("Lt. Orla Brandt of the Kerrow County Sheriff's Department, who is leading the inquiry, said little."),
      ['Orla Brandt']);
    assert.deepEqual(names('Before the Secretary of State notified him of the ruling, the appeal was lodged.'), []);
    // (a firm's word alone with a person's verb still makes a person's surname)
    assert.deepEqual(names('Ford, 61, had not made a film in years.'), ['Ford']);
  });

  it('reads a street after a preposition of a way as the street, whatever pronoun follows', () => {
    assert.deepEqual(names('The officer was stopped along Mabel Street when he was confronted by Ruiz Ortega.'), ['Ruiz Ortega']);
    assert.deepEqual(names('Tony Hall said he would stay.'), ['Tony Hall']);
  });

  it('reads a one-word name after "police in", "officials in" or "a hospital in" as the town', () => {
    assert.deepEqual(names('Officials in Tulsa said a suspect was held. Police in Marlow said he was armed.'), []);
    assert.deepEqual(names('The officer was taken to a medical center in Dallas. Officials in Dallas said he would recover.'), []);
    // (a person the article shows by that name stays one)
    assert.deepEqual(names('Police in Harlan Reed said the man was armed. Harlan Reed, 45, was not hurt.'), ['Harlan Reed', 'Harlan Reed']);
  });

  it('reads a word of the language opening a second full name after "and" as its given name', () => {
    assert.deepEqual(names('Clients included actors Nora Kessling and Felicity Marwood, who paid the fee.'),
      ['Nora Kessling', 'Felicity Marwood']);
    // (not before a third capitalised word, nor where a firm's words follow: "Liberty Mutual")
    assert.deepEqual(names('Maria Lopez and Liberty Mutual settled the case.'), ['Maria Lopez']);
  });

  it('reads an offence a charge sheet capitalises as no person', () => {
    assert.deepEqual(names('He was arrested on one count of Aggravated Assault on a Peace Officer.'), []);
    assert.deepEqual(names('Dara Kell faces a charge of Aggravated Robbery.'), ['Dara Kell']);
  });
});
