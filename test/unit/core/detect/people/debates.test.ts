import assert from 'node:assert/strict';
import { people } from './peopleFixtures';

// Issue 14, read on debate and speech transcripts, which fact-checkers check as they are spoken: party words, slogans,
// the pronoun "I" beside a name, bills and places named like people. All names are made up.
describe('people: debate and speech transcripts', () => {
  it('a party\'s members or its adjective are no person, whatever role stands before them', () => {
    assert.deepEqual(people('Why should liberal Democrats support you and not Senator Hadley?'), [['Hadley', 'Hadley']]);
    assert.deepEqual(people('For 40 years you have been funding liberal Democratic politicians.'), []);
    assert.deepEqual(people('Conservative Tories voted against it, Ms Orwell said.'), [['Orwell', 'Orwell']]);
    // the member's noun before a name is a role, and the name a person's
    assert.deepEqual(people('Republican Tom Hadley won.'), [['Tom Hadley', 'Tom Hadley']]);
  });

  it('a slogan in capitals is no name, and the place in it no short form of one', () => {
    assert.deepEqual(people('We Will Make Harlow Strong Again. Harlow is far less safe than it was.'), []);
  });

  it('the pronoun "I" after a name is no regnal number or initial', () => {
    assert.deepEqual(people('General Mattis I mentioned before, and he agreed.'), [['Mattis', 'Mattis']]);
    assert.deepEqual(people('We are on the stage together, Senator Hadley and I. Tom, it is good to be with you.'), [['Hadley', 'Hadley']]);
    // a regnal number stays, after a given name or a sovereign's title
    assert.deepEqual(people('Charles I was beheaded in 1649.'), [['Charles I', 'Charles I']]);
    assert.deepEqual(people('1930 - Belgian King Baudouin I born.'), [['Baudouin I', 'Baudouin I']]);
    // (but a given name before "I think", "I reckon": the speaker's verb, no regnal number's)
    assert.deepEqual(people('Coach Holt praised Callum Delmont. There was talk about Callum I think he will be back.'),
      [['Holt', 'Holt'], ['Callum Delmont', 'Callum Delmont'], ['Callum', 'Callum Delmont']]);
  });

  it('a bill named after its sponsor, a campaign and a case are no people', () => {
    assert.deepEqual(people('Senator Hadley voted against the Brady Bill five times.'), [['Hadley', 'Hadley']]);
    assert.deepEqual(people('Senator Hadley read the headline "Reyes Campaign says Hadley is Unqualified" aloud.'), [['Hadley', 'Hadley'], ['Hadley', 'Hadley']]);
    assert.deepEqual(people('Judges who believe that Roe V. Wade is settled law were named.'), []);
    assert.deepEqual(people('Rohit V. Kumar said the vote was fair.'), [['Rohit V. Kumar', 'Rohit V. Kumar']]);
  });

  it('words shaped like the language\'s nouns and adjectives name no one', () => {
    assert.deepEqual(people('The programme, Deferred Action for Childhood Arrivals, was ended.'), []);
    assert.deepEqual(people('The Committee for a Responsible Federal Budget says it would cost $28 trillion.'), []);
  });

  it('a place named after a preposition is the place, not the person of that surname', () => {
    assert.deepEqual(people('We have had Muslims in America since George Washington. You have to work with people to get things done in Washington.'),
      [['George Washington', 'George Washington']]);
    // the surname alone as a subject is the person
    assert.deepEqual(people('George Washington crossed the river. Washington said the army would hold.'),
      [['George Washington', 'George Washington'], ['Washington', 'George Washington']]);
  });
});
