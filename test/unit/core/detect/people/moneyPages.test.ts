import assert from 'node:assert/strict';
import { people } from './peopleFixtures';

// Issue 14, a helper's pass over real personal-finance, crypto, retail and start-up news: each rule with made-up
// sentences it must read and sentences it must leave alone. All names are made up.
describe('people: firms and coins in money news', () => {
  it('a trade\'s giant named like a person is a firm, in every mention', () => {
    assert.deepEqual(people('Loan costs rose again, according to mortgage giant Hetty Lark. Rates hit 6.9%, Hetty Lark said on Thursday.'), []);
    assert.deepEqual(people('The average rate rose, said the mortgage-finance giant Hetty Lark.'), []);
    assert.deepEqual(people('Shares fell at payments giant Tessa Vane on Monday.'), []);
    // a giant of an art is a person
    assert.deepEqual(people('The festival honoured jazz giant Cy Rowe on Friday.'), [['Cy Rowe', 'Cy Rowe']]);
  });

  it('a two-word name in a list of tickers is a coin or a fund', () => {
    assert.deepEqual(people('Regulators named Zentro (ZNT), Quarrel (QRL), Ambery Vale (AMV) and Fostrum (FST).'), []);
    assert.deepEqual(people('Issuers include Brightmore (BRMX), Lanton (LNTX), Corvel (CRVL) and Harlow Vane (HVEZ), the filing said.'), []);
    // people with their parties' letters, each named in full, stay people
    assert.deepEqual(people('Ana Ruiz (DLP), Tom Kell (UPN) and Jo Marr (LRP) signed the letter.'),
      [['Ana Ruiz', 'Ana Ruiz'], ['Tom Kell', 'Tom Kell'], ['Jo Marr', 'Jo Marr']]);
  });

  it('a season\'s Budget is no person', () => {
    assert.deepEqual(people('The Chancellor set out the Autumn Budget on Wednesday.'), []);
  });
});
