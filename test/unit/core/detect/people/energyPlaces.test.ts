import assert from 'node:assert/strict';
import { texts } from './peopleFixtures';

// A helper's pass over real energy, mining, car and airline business news: gas hubs, solar ranches, trails and
// mountain passes named like people. Each sentence is made up.
describe('people: places of energy business named like people', () => {
  it('reads a hub, a ranch, a trail and a pass ending a name as a place, not a person', () => {
    assert.deepEqual(texts('Gas at the Edna Hub rose 4%. Edna Hub has set regional prices for years.'), []);
    assert.deepEqual(texts('The 120MW Maple Trail solar farm opened. Maple Trail is in Georgia.'), []);
    assert.deepEqual(texts('The Red Fox Ranch solar farm, in Nevada, started up.'), []);
    assert.deepEqual(texts('Cargoes left the Lorna Pass terminal on Monday.'), []);
    // a person named beside them stays
    assert.deepEqual(texts('Gas at the Edna Hub rose, said Mara Klee, an analyst.'), ['Mara Klee']);
  });
});
