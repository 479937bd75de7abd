import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// People in science, health, space, weather, arts and food news: the things named after people (effects, venues,
// institutions), and the people written in the forms these pages use. All names are made up.
const people = (text: string): string[][] => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: science, space, weather, arts and food news', () => {
  it('a surname before "effect" names the effect, no short form of the person it honours', () => {
    assert.deepEqual(people('Warm brine froze first, the Tavishi effect, after Rohan Tavishi, who saw it in 1971. '
      + 'The quantum Tavishi effect was seen in 2024.'), [['Rohan Tavishi', 'Rohan Tavishi']]);
    // the person's own surname, doing something, stays his
    assert.deepEqual(people('Rohan Tavishi saw it first. Tavishi said the effect was real.'),
      [['Rohan Tavishi', 'Rohan Tavishi'], ['Tavishi', 'Rohan Tavishi']]);
  });
});
