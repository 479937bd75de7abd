import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// A surname's capitalised particle a title-case line cut off before the rest of it (people/particleFronts.ts). Every
// name is made up.
const people = (text: string): string[][] => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: a capitalised particle cut off a surname in a title-case line', () => {
  it('"Van" before "de Kamp" in a headline is the surname\'s, not a mention of its own', () => {
    const page = 'Meet Councillor Van de Kamp\n\nMarisol Van de Kamp, a councillor, said she would run again.\n';
    assert.deepEqual(people(page), [['Van de Kamp', 'Marisol Van de Kamp'], ['Marisol Van de Kamp', 'Marisol Van de Kamp']]);
  });

  it('leaves a particle the person\'s name does not write before the mention', () => {
    assert.deepEqual(people('Ana de la Vega said the plan would pass. Later, de la Vega left.').map(p => p[0]),
      ['Ana de la Vega', 'de la Vega']);
  });
});
