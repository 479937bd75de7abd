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

  it('"X staff" after a full name is a firm\'s (or a politician\'s) staff, which a name with nothing personal is the firm of', () => {
    assert.deepEqual(people('Aer Varna staff went on strike in June. Aer Varna warned that profits would fall, the carrier said.'), []);
    // a person named with what is personal of them stays a person
    assert.deepEqual(people('Dana Whitlock staff were told. Dana Whitlock, 52, said she would stay.'),
      [['Dana Whitlock', 'Dana Whitlock'], ['Dana Whitlock', 'Dana Whitlock']]);
  });

  it('a full name ending a long line and a full name opening the next are two people, not one name wrapped', () => {
    const text = 'Tariq Vane takes part in a bell ringing ceremony at the exchange in New York, April 18.  AGENCY/Carlo Brenz\n'
      + 'Tariq Vane, chief executive of Orlo Systems, takes part in a ceremony.';
    assert.deepEqual(people(text), [['Tariq Vane', 'Tariq Vane'], ['Carlo Brenz', 'Carlo Brenz'], ['Tariq Vane', 'Tariq Vane']]);
    // a hard-wrapped paragraph still joins a given name to its surname on the next line
    assert.deepEqual(people('The lawyer for the family, who spoke to reporters outside the court on Monday, Helena\nMarchetti, said she would appeal.'),
      [['Helena\nMarchetti', 'Helena Marchetti']]);
  });

  it('one or two capital letters without full stops before a full name are its initials', () => {
    assert.deepEqual(people('Many say K R Venkata Raghavan returned to the firm because it was floundering.'),
      [['K R Venkata Raghavan', 'K R Venkata Raghavan']]);
    assert.deepEqual(people('Its COO P D Harish Kumar has been named interim chief executive.'),
      [['P D Harish Kumar', 'P D Harish Kumar']]);
    // a letter before one word is no initial, nor "I" before a name
    assert.deepEqual(people('Group B Tigers won the cup.'), []);
    assert.deepEqual(people('Then I Kamran Odell said so.'), [['Kamran Odell', 'Kamran Odell']]);
  });
});
