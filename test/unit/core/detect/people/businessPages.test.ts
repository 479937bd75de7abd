import assert from 'node:assert/strict';
import { people } from './peopleFixtures';

// Issue 14, a helper's pass over real business and technology news (earnings, mergers, launches, recalls, airlines,
// banks): each rule with made-up sentences it must read and sentences it must leave alone. All names are made up.
describe('people: firms, products and vehicles in business news', () => {
  it('", whose CEO" in capitals is what only a firm has, as ", whose chief executive" was', () => {
    assert.deepEqual(people('Investors watched the share price of Vantor, whose celebrity CEO, Dara Quell, promised more.'),
      [['Dara Quell', 'Dara Quell']]);
    // a person's own firm or group after "whose" still says nothing of the name
    assert.deepEqual(people('Odile Brassard, whose firm won the contract, said she was pleased.'),
      [['Odile Brassard', 'Odile Brassard']]);
  });

  it('a name of two words listed among firms is a firm', () => {
    assert.deepEqual(people('It has partnerships with Microsoft, Deloitte, Halvern Sapor and Quintex Holdings.'), []);
    assert.deepEqual(people('Financing came from Tessaro Bank, Halvern Sapor, and Deutsche Bank.'), []);
    // a line-up of surnames, or a list with a person in it, is left alone
    assert.deepEqual(people('The squad: Okonjo, Vantreck, Milo Ardent and Brusq.'), [['Milo Ardent', 'Milo Ardent']]);
    assert.deepEqual(people('Speakers included Jane Orwell, Halvern Sapor and Quintex Holdings.'),
      [['Jane Orwell', 'Jane Orwell'], ['Halvern Sapor', 'Halvern Sapor']]);
    // and what is said of the person keeps it
    assert.deepEqual(people('Halvern Sapor, 61, left. Clients included Deloitte, Halvern Sapor and Quintex Holdings.'),
      [['Halvern Sapor', 'Halvern Sapor'], ['Halvern Sapor', 'Halvern Sapor']]);
  });

  it('a name ending in "Memory" or "Microsystems" is a firm', () => {
    assert.deepEqual(people('The troubled rival Kestra Memory may be bought by a larger chipmaker.'), []);
  });

  it('a model year right before a name makes it a vehicle', () => {
    assert.deepEqual(people('The recall covers 2019-2021 Corvin Sport and Escape models.'), []);
    assert.deepEqual(people('Owners of a 2022 Harlan Ridge reported faults; the 2024 Corvin Sport starts at $30,000.'), []);
    // a year after a preposition, or an event named after a person, is no model year
    assert.deepEqual(people('In 2019 Jane Roe said she would sue.'), [['Jane Roe', 'Jane Roe']]);
    assert.deepEqual(people('The 2016 Hilde Carrow campaign spent heavily. Carrow said so.'),
      [['Hilde Carrow', 'Hilde Carrow'], ['Carrow', 'Hilde Carrow']]);
  });

  it('a word written before a model code names a product line, and a name it opens is no person', () => {
    assert.deepEqual(people('The firm showed the Orva Z Fold5 at the Orva Unpacked event. Fans queued for the Orva Unpacked show.'), []);
    assert.deepEqual(people('It could be a cheaper phone, like the Moto X or Moto G, said Ines Garde.'), [['Ines Garde', 'Ines Garde']]);
    // an initial without its full stop before a surname stays an initial; a king's numeral stays one
    assert.deepEqual(people('Harry S Truman said so. Harry S Truman was president.'),
      [['Harry S Truman', 'Harry S Truman'], ['Harry S Truman', 'Harry S Truman']]);
  });
});
