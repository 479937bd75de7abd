import assert from 'node:assert/strict';
import { people } from './peopleFixtures';

// Read on real fact-check pages and tweets (measured only, never copied): the causes of the errors found there, each
// with made-up text.
describe('people: causes of errors read on real fact-check pages and tweets', () => {
  it('a title-case heading with a number, an initial or a short preposition in lower case is a headline too', () => {
    // a sum or a year in it
    assert.deepEqual(people('# Did Mayor Tessa Vandermeer Donate Her $90,000 Salary to Charity?\n\nMayor Tessa Vandermeer gave her salary away.\n'),
      [['Tessa Vandermeer', 'Tessa Vandermeer'], ['Tessa Vandermeer', 'Tessa Vandermeer']]);
    assert.deepEqual(people('# Was Harold Pemberton Arrested for Fraud in 2019?\n\nHarold Pemberton was never charged.\n'),
      [['Harold Pemberton', 'Harold Pemberton'], ['Harold Pemberton', 'Harold Pemberton']]);
    // an initial or a country's letters in it
    assert.deepEqual(people('# Did Rep. Oren K. Vasquez Propose a Ban on Bacon?\n\nRep. Oren K. Vasquez proposed no ban.\n'),
      [['Oren K. Vasquez', 'Oren K. Vasquez'], ['Oren K. Vasquez', 'Oren K. Vasquez']]);
    // (a middle initial the body leaves out is read with the name it stands in)
    assert.deepEqual(people('# Was Gordon T. Mabry on the Ballot in 1990?\n\nFormer senator Gordon Mabry ran that year.\n'),
      [['Gordon T. Mabry', 'Gordon Mabry'], ['Gordon Mabry', 'Gordon Mabry']]);
    // "with" and "from" set in lower case, as title case has them
    assert.deepEqual(people('# Is This a Photograph of Dana Whitfield Meeting with Harold Pemberton?\n\nA photograph shows Dana Whitfield and Harold Pemberton.\n'),
      [['Dana Whitfield', 'Dana Whitfield'], ['Harold Pemberton', 'Harold Pemberton'], ['Dana Whitfield', 'Dana Whitfield'], ['Harold Pemberton', 'Harold Pemberton']]);
    // a name the body does not prove is still found in prose
    assert.deepEqual(people('Tessa Vandermeer said on Monday that she gave $90,000 to charity.'), [['Tessa Vandermeer', 'Tessa Vandermeer']]);
  });

  it('a handle after "@" and a hashtag after "#", with the words "_" joins to them, are no name\'s words', () => {
    assert.deepEqual(people('Great turnout at the rally today! — Marta Quillen (@Marta_Quillen) May 3, 2019'),
      [['Marta Quillen', 'Marta Quillen']]);
    assert.deepEqual(people('Thanks for nothing — Oskar Brandvold (@_Oskar_Brandvold_) June 1, 2019'),
      [['Oskar Brandvold', 'Oskar Brandvold']]);
    assert.deepEqual(people('Ask @Kessler and @JanetMossNY why they voted no. #VeraLindqvist'), []);
    assert.deepEqual(people('Praying for #Harvey I’m sure Texas will recover.'), []);
  });

  it('a capitalised noun of an illness, a fraud, an alert or a law ending a name names the thing', () => {
    assert.deepEqual(people('Ticks carry Brennick Disease to deer in the valley.'), []);
    assert.deepEqual(people('Shoppers were warned about a Grocery Coupon Scam on Monday.'), []);
    assert.deepEqual(people('Police issued an Amber Alert for the missing boy.'), []);
    assert.deepEqual(people('The village was said to live under Tribal Law.'), []);
    // a given name before a word that is a surname too stays a person
    assert.deepEqual(people('Jude Law said he would return.'), [['Jude Law', 'Jude Law']]);
  });

  it('a name right before "member" or "members" is a body\'s', () => {
    assert.deepEqual(people('Police said two Skarn Vellum members were arrested.'), []);
    assert.deepEqual(people('Former Oskar Brandvold member Jonas Pike wrote the letter.'), [['Jonas Pike', 'Jonas Pike']]);
    assert.deepEqual(people('A photograph shows former Vellum Klux member Tom Rusk.'), [['Tom Rusk', 'Tom Rusk']]);
  });
});
