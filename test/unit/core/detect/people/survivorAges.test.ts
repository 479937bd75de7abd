import assert from 'node:assert/strict';
import { texts } from './peopleFixtures';

// Made-up obituaries and family notices listing the children with their ages.
describe('people: survivors listed with their ages', () => {
  it('are people by their given names, each item after a semicolon', () => {
    assert.deepEqual(texts('The couple\'s other children: Maeve, 15; Declan, 14; Owen Jr., 13; Tamsin, 11; and Bridie, 2.'),
      ['Maeve', 'Declan', 'Owen Jr.', 'Tamsin', 'Bridie']);
    assert.deepEqual(texts('She leaves two sons, Declan, 40; and Cormac, 38.'), ['Declan', 'Cormac']);
  });

  it('needs the kinship noun before the list: places with their figures are no people', () => {
    assert.deepEqual(texts('Scores: Harlow, 15; Denby, 14; and Ashford, 2.'), []);
  });
});
