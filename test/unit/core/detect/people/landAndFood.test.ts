import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// A helper's pass over real property, farming and food news. Every sentence is made up; each shows a pattern met there.
const entities = (text: string): string[] => [...new Set(detectPeople(text).map(p => p.entity))];

describe('people: property, farming and food news', () => {
  it('reads a stall, a shop, a farm, a sale or a crop named like a person as no one where nothing personal is said', () => {
    assert.deepEqual(entities('New vendor Kettle Pottery sells mugs, and Marlow Creamery has ice cream this year.'), []);
    assert.deepEqual(entities('Fans of Lumpia World and Pico Salsa will find them near the gate.'), []);
    assert.deepEqual(entities('Heifers sold at Ozark Livestock Sales, Fenton. The Spring Heifer Sale drew 80 buyers.'), []);
    assert.deepEqual(entities('The land at Old Brook Farm was sold. Talbot Ranch fetched $2 million.'), []);
    assert.deepEqual(entities('About 97% of the Winter Wheat crop has headed. Winter Wheat Production Up Slightly.'), []);
  });

  it('keeps a person whose surname is such a word where the article says something personal of him or her', () => {
    assert.deepEqual(entities('Ruby Sales, 76, said she marched in 1965.'), ['Ruby Sales']);
    assert.deepEqual(entities('Councillor Tom Grill said he opposed the plan.'), ['Tom Grill']);
    assert.deepEqual(entities('Dana Pruitt, who runs the stall, said trade was brisk.'), ['Dana Pruitt']);
  });

  it('reads a name with a chief economist of its own as a firm, capitals or not', () => {
    assert.deepEqual(entities('"Rates held," said Dana Pruitt, Harlow Vane\'s Chief Economist.'), ['Dana Pruitt']);
    assert.deepEqual(entities('"Rates held," said Dana Pruitt, Harlow Vane\'s chief economist.'), ['Dana Pruitt']);
    // a person may have a chief of staff
    assert.deepEqual(entities('Senator Harlow Vane\'s chief of staff, Dana Pruitt, said he was resting.'), ['Harlow Vane', 'Dana Pruitt']);
  });
});
