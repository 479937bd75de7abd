import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Made-up sentences of defence news: ship classes, units, titles' words and page furniture around names.
const names = (text: string) => detectPeople(text).map(p => p.text);
const entities = (text: string) => detectPeople(text).map(p => `${p.text}=${p.entity}`);

describe('people: defence news shapes that are no name, or only part of one', () => {
  it('a ship class named after a person ("Harlan Voss-class frigates")', () => {
    assert.deepEqual(names('The yard will build two Harlan Voss-class frigates next year, Adm. Tessa Moyle said.'), ['Tessa Moyle']);
  });

  it('a ship class named after a person and written with a space ("the Harlan R. Voss class")', () => {
    assert.deepEqual(names('The carrier is the first of the Harlan R. Voss class. The Ardent class and the new Harlan R. Voss class are '
      + 'both built to last, Adm. Tessa Moyle said.'), ['Tessa Moyle']);
    assert.deepEqual(names('She taught the Ann Marsh class of 2019 before she retired.'), ['Ann Marsh']);
  });

  it('a battery or company letter after a soldier\'s name ("D Battery")', () => {
    assert.deepEqual(names('"It was loud," said Sgt. Omar Pellow, D Battery, 3rd Battalion.'), ['Omar Pellow']);
  });

  it('"Commanding" of a title and an operation\'s short form ("Op-Silver Gate")', () => {
    assert.deepEqual(names('He was Air Officer Commanding-in-Chief of Northern Air Command and flew in Op-Silver Gate.'), []);
  });

  it('a photo credit\'s label ("Relief Photo By:")', () => {
    assert.deepEqual(names('Tags: Navy, Flood Relief Photo By: Navy Petty Officer 2nd Class Dana Kerrow.').filter(n => n.includes('Photo')), []);
  });

  it('a service before a rank ("Marine Gen." before the name), and its short forms', () => {
    assert.deepEqual(names('If confirmed, she would succeed Marine Gen. Walt Brisco. Brisco retires in May.'), ['Walt Brisco', 'Brisco']);
  });

  it('a sailor\'s rating before the name, and the short forms linked to it', () => {
    assert.deepEqual(entities('Operations Specialist Seaman Ruth Ambley updates the log. Ambley joined in 2021.'),
      ['Ruth Ambley=Ruth Ambley', 'Ambley=Ruth Ambley']);
  });

  it('"Staff writer" after a byline\'s name', () => {
    assert.deepEqual(names('Troops head out\n\nCora Lindqvist Staff writer\n\nSoldiers will deploy this spring.'), ['Cora Lindqvist']);
  });

  it('a state\'s short form closing a sentence before a surname ("Annapolis, Md. Voss")', () => {
    assert.deepEqual(entities('Adm. Kirk Voss took command in Annapolis, Md. Voss became the 32nd chief.'),
      ['Kirk Voss=Kirk Voss', 'Voss=Kirk Voss']);
  });

  it('a contractor "was awarded a contract": no person\'s act (a listed firm\'s name read as a first and last name)', () => {
    assert.deepEqual(names('Lockheed Martin was awarded a $900 million contract for sonar kits, the Navy said on Friday.'), []);
    assert.deepEqual(names('Daniel Lockwood was awarded a new three-year contract by the club.'), ['Daniel Lockwood']);
  });

  it('keeps a surname that is a title\'s word, and initials after a comma', () => {
    assert.deepEqual(names('"It matters," said Dr. Gavin Alderman. Alderman teaches at the college.'), ['Gavin Alderman', 'Alderman']);
    assert.deepEqual(names('The winners were Lena Fox, J.R. Hollis and Tim Ward.'), ['Lena Fox', 'J.R. Hollis', 'Tim Ward']);
  });
});
