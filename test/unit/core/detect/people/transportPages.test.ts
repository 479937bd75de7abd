import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Made-up crash, storm and shipping stories (issue 14, transport and disasters pass): a hometown set off with "of", the
// waters a ferry passes, a ship's slashed prefix and "a tug called the …", a phrase of the language in a title-case
// line, and a role owned by a firm named with its possessive.
const people = (text: string): string[][] => detectPeople(text).map(p => [p.text, p.entity]);

describe('people on transport and disaster pages', () => {
  it('reads a name set off with "of" after a person\'s name or age as where the person is from', () => {
    assert.deepEqual(people('"It came over the median," said Dale Fenwick, of Ashgrove, who was driving behind the bus.'),
      [['Dale Fenwick', 'Dale Fenwick']]);
    assert.deepEqual(people('Mira Solberg, 41, of Carver Heights, was pronounced dead at the scene.'),
      [['Mira Solberg', 'Mira Solberg']]);
    // a person named after a name with "of" but no comma stays ("the widow of Tom Ardley")
    assert.deepEqual(people('The widow of Tom Ardley said the crossing had no lights.'), [['Tom Ardley', 'Tom Ardley']]);
  });

  it('reads a given name before a word of the water ("Rich Passage", "Cook Inlet") as a place', () => {
    assert.deepEqual(people('The man was last seen as the ferry left Rich Passage, said Gino Tarrant.'),
      [['Gino Tarrant', 'Gino Tarrant']]);
  });

  it('reads a name after "M/V" or after "a tug called the" as a ship', () => {
    assert.deepEqual(people('The M/V Glory ran aground in the canal on Monday.'), []);
    assert.deepEqual(people('The ferry M/B Rosa Delgado overturned soon after midday.'), []);
    assert.deepEqual(people('A tug called the Harold E. Brandt started to take on water.'), []);
    // "called the" with no vehicle before it is no ship's
    assert.deepEqual(people('The senator called the Joe Baylor plan reckless.'), [['Joe Baylor', 'Joe Baylor']]);
  });

  it('reads a capitalised phrase of a title-case line, written in lower case in the article, as no name', () => {
    const text = 'Pilot Error, Overloading Blamed for Orvale Crash That Killed Five\n\n'
      + 'Investigators blamed pilot error and an overloaded aircraft for the crash.';
    assert.deepEqual(people(text), []);
    // a title and a surname in a headline, never written in lower case, stay a person
    assert.deepEqual(people('Captain Hollis Praised for Landing on Frozen River\n\nCaptain Hollis said the crew did well.'),
      [['Hollis', 'Hollis'], ['Hollis', 'Hollis']]);
  });

  it('reads a role owned by a firm named with its possessive, set off after a name, as a person\'s', () => {
    assert.deepEqual(people("Palle Vintersen, Norvik's vice president of operations, says the line is reviewing its procedures."),
      [['Palle Vintersen', 'Palle Vintersen']]);
    // a firm set off before a firm's possessive and a firm's word stays no one
    assert.deepEqual(people("Vantor Group, Norway's largest shipping company, says it is bad."), []);
  });

  it('reads a name after an onlooker\'s or an eyewitness\'s noun as a person', () => {
    assert.deepEqual(people('Onlooker Rosa Quenby, one of those who got off unhurt, said the deck tilted.'), [['Rosa Quenby', 'Rosa Quenby']]);
  });

  it('reads a name that ends in an airfield\'s or a port\'s word as the place', () => {
    assert.deepEqual(people('Controllers sent the pilot to Harlan Airfield, and the jet later landed at Tessa Bay Heliport, Pilot Ana Ruiz said.'),
      [['Ana Ruiz', 'Ana Ruiz']]);
  });
});
