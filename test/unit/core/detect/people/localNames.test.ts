import assert from 'node:assert/strict';
import { people, texts } from './peopleFixtures';

// Local and community news (src/core/detect/people/localNames.ts, namesTogether.ts, headlines.ts): schools, halls and
// centres named after people, couples in anniversary notices, lists of appointments and fair winners, honours written
// before a graduate's name. Made-up sentences in the style of school-board reports, anniversary notices and fair results.

describe('local news: schools, halls, couples and lists', () => {
  it('a school called by a name and "Senior High", or "High" before its graduates, is no person, nor its short form', () => {
    const text = '"This grant is a first for Tarrow Senior High," said Ina Pell, the reunion organiser. Former Tarrow '
      + 'students gave to it. About 200 Ansel Dorne High graduates attended.';
    assert.deepEqual(texts(text), ['Ina Pell']);
  });

  it('a name before the words of a centre or a school it names is no person ("the … Jr. Health Center")', () => {
    const text = 'The clinic was enlarged and became the Ada R. Pell Jr. Health Center. Students at Corwin Vale Middle '
      + 'School held a vigil. Mourners gathered at Corwin Vale later, said Tomas Reyes.';
    assert.deepEqual(texts(text), ['Tomas Reyes']);
  });

  it('a name ending in "University" after a word that is also a rank ("the private …") is no person', () => {
    assert.deepEqual(texts('The private Harlan Voss University opened two halls, said Mina Clarke.'), ['Mina Clarke']);
  });

  it('a state written short after its town, a degree and a "-winning" adjective are no people', () => {
    const text = 'PELTON, W.Va. (AP) — Orla Dunne, B.Sc, M. Ed., retired. She wrote a Tarvo Prize-winning book.';
    assert.deepEqual(texts(text), ['Orla Dunne']);
  });

  it('honours of a graduating class before a name are no part of it', () => {
    const text = 'Speakers were Valedictorian Nadia Orlov and Salutatorian Tomas Brandt. Orlov thanked her parents.';
    assert.deepEqual(people(text), [['Nadia Orlov', 'Nadia Orlov'], ['Tomas Brandt', 'Tomas Brandt'], ['Orlov', 'Nadia Orlov']]);
  });

  it('a given name before "and" and a couple\'s full name opened by an unfamiliar given name is a person too', () => {
    const text = 'Charles and Nonda Vettel of Pine Ridge are celebrating their 50th anniversary. Charles retired in 2008.';
    assert.deepEqual(people(text), [['Charles', 'Charles Vettel'], ['Nonda Vettel', 'Nonda Vettel'], ['Charles', 'Charles Vettel']]);
  });

  it('a list of schools and their new principals, a blank line between entries, gives the principals, not the schools', () => {
    const text = 'The new principals are:\n\nHarbour Elementary - Nadia Orlov\n\nKell Middle - Tomas Brandt\n\n'
      + 'Pine Crest Middle - Greta Vollmer\n\nNorth Ridge High - Sheena Kale\n';
    assert.deepEqual(texts(text), ['Nadia Orlov', 'Tomas Brandt', 'Greta Vollmer', 'Sheena Kale']);
  });

  it('a fair\'s results: two winners of one surname joined by "&" are people, and a class\'s name is none', () => {
    const text = 'Winners were:\nBest Pie – Ada Kell & Tom Kell\nJam – Mya Tarrant\nQuilts – Nora Pigott\n'
      + 'Grand Champion Heifer – Asa Brandt\nReserve Heifer – Ina Pell\n';
    assert.deepEqual(texts(text), ['Ada Kell', 'Tom Kell', 'Mya Tarrant', 'Nora Pigott', 'Asa Brandt', 'Ina Pell']);
  });

  it('a surname the article writes as a street after "of" is no person', () => {
    assert.deepEqual(texts('Stan and Dora Bennick, of Walcot Grove, first met in 1948.'), ['Stan', 'Dora Bennick']);
  });

  it('a heading that ends with a dash and its writer keeps the person before the dash', () => {
    assert.deepEqual(texts('# An Open Letter to Senator Vance – Ina Pell\n\nIna Pell wrote to Senator Vance.'),
      ['Vance', 'Ina Pell', 'Ina Pell', 'Vance']);
  });
});

describe('a person\'s mentions linked to the school named after the person', () => {
  it('take the person\'s own name, not the school\'s', () => {
    const text = 'The recommended name for the new school is Corwin Vale Middle School.\n\nCorwin Vale Middle received 1,806 votes.\n\n'
      + 'Arden Middle received 918 votes.\n\nTomas Brandt Middle received 214 votes.\n\n'
      + 'So who is Corwin Vale? Here is what you need to know.\n\nVale taught science in the district for 30 years.\n';
    assert.deepEqual(people(text), [['Corwin Vale', 'Corwin Vale'], ['Vale', 'Corwin Vale']]);
  });
});
