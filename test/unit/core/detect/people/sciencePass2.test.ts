import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// A second pass over science, climate and space news (issue 14). Every sentence and name is made up.
const people = (text: string): string[][] => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: science, climate and space news (second pass)', () => {
  it('a geological period or era is no one, nor the period\'s name alone after it', () => {
    assert.deepEqual(people('The shells date to the late Ordovician Period, said Dana Whitlow of the museum.'), [['Dana Whitlow', 'Dana Whitlow']]);
    assert.deepEqual(people('Tracks from the Middle Triassic Period were found. Bones from the late Triassic lay nearby.'), []);
    assert.deepEqual(people('The fern spread during the early Paleogene Epoch and the Mesozoic Era.'), []);
  });

  it('a comet or an asteroid named with its word is no one, nor its name written alone', () => {
    assert.deepEqual(people('Coincidentally, Comet Varga-Lindholm will make its closest approach to the sun during eclipse week. '
      + 'Despite the haze, Varga-Lindholm made for a fine image.'), []);
    assert.deepEqual(people('Asteroid Quillon is small, said Dante Orrell.'), [['Dante Orrell', 'Dante Orrell']]);
  });

  it('a panel or a fire service named after a given name is no one', () => {
    assert.deepEqual(people('The UN Intergovernmental Panel met in Geneva.'), []);
    assert.deepEqual(people('Rick Dorn, a public information official for Cal Fire, said teams had not yet reached the area.'),
      [['Rick Dorn', 'Rick Dorn']]);
  });

  it('one who practises a science ("Meteorologist", "Epidemiologist") is a role before a name, never the name', () => {
    assert.deepEqual(people('The Weather Desk Chief Meteorologist, Alan Fenwick, said the rain would ease.'), [['Alan Fenwick', 'Alan Fenwick']]);
    assert.deepEqual(people('State Epidemiologist, Rosa Kettle, said cases fell.'), [['Rosa Kettle', 'Rosa Kettle']]);
    // (the role before the name, as before)
    assert.deepEqual(people('Meteorologist Jane Orbell said it would rain.'), [['Jane Orbell', 'Jane Orbell']]);
  });
});
