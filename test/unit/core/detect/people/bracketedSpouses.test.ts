import assert from 'node:assert/strict';
import { people } from './peopleFixtures';

// Made-up obituaries: the children listed with their spouses' given names in brackets.
describe('people: a spouse\'s given name in brackets inside a survivor\'s name', () => {
  it('is no part of the survivor\'s name where the kinship list brackets two such names', () => {
    assert.deepEqual(people('She is survived by her daughters Tessa (Owen) Marlow and Ina (Carl) Penrose. '
      + 'Her grandsons Ned and Owen ran the farm.'), [
      ['Tessa (Owen) Marlow', 'Tessa Marlow'], ['Ina (Carl) Penrose', 'Ina Penrose'], ['Ned', 'Ned'], ['Owen', 'Owen'],
    ]);
  });

  it('reads the second name whole where only its surname was found', () => {
    assert.deepEqual(people('They are the parents of Daniel (Susan) Tolland of Ely and Bram (Zeffa) Tolland of Hull.'),
      [['Daniel (Susan) Tolland', 'Daniel Tolland'], ['Bram (Zeffa) Tolland', 'Bram Tolland']]);
  });

  it('leaves a lone nickname in brackets, in a kinship list or not, the man\'s own', () => {
    assert.deepEqual(people('He is survived by his son William (Bill) Carrow. Bill ran the farm.'),
      [['William (Bill) Carrow', 'William (Bill) Carrow'], ['Bill', 'William (Bill) Carrow']]);
  });
});
