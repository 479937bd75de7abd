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

  it('the possessive of a word the article uses as a firm, before the hospitals or restaurants it runs, is the firm\'s', () => {
    assert.deepEqual(people('Corvane, which runs six clinics, lost money. The deal keeps Corvane\'s clinics open. '
      + 'The first one was named after Ada Corvane, a nurse.'), [['Ada Corvane', 'Ada Corvane']]);
    assert.deepEqual(people('Tarrow, which owns 30 restaurants, was sold. The buyer will keep Tarrow\'s four restaurants in Leeds. '
      + 'Its founder, Nell Tarrow, died in 2001.'), [['Nell Tarrow', 'Nell Tarrow']]);
    // a person's restaurants where the article shows no firm of the word
    assert.deepEqual(people('The chef Nell Tarrow opened a bistro. Tarrow\'s restaurants are always full.'),
      [['Nell Tarrow', 'Nell Tarrow'], ['Tarrow', 'Nell Tarrow']]);
  });

  it('"the" before a possessive surname names the institution called after the person ("the Vormann\'s new wing")', () => {
    assert.deepEqual(people('The museum is named after Ilse Vormann, who founded it. The Vormann\'s new wing opens in May, '
      + 'and the Vormann\'s director said it was overdue.'), [['Ilse Vormann', 'Ilse Vormann']]);
    // the person's possessive with no article stays hers
    assert.deepEqual(people('Ilse Vormann founded the museum. In 1960 Vormann\'s son sold it.'),
      [['Ilse Vormann', 'Ilse Vormann'], ['Vormann', 'Ilse Vormann']]);
  });

  it('the Welsh "Ap" written with its capital opens the surname ("Gwenllian Ap Rhys", "Ap Rhys said")', () => {
    assert.deepEqual(people('The poet Eluned Ap Gwynfor won the prize. Ap Gwynfor, 57, said she was pleased, AP reported.'),
      [['Eluned Ap Gwynfor', 'Eluned Ap Gwynfor'], ['Ap Gwynfor', 'Eluned Ap Gwynfor']]);
  });

  it('a crater, a basin or a gorge ending a name of unfamiliar words is a place', () => {
    assert.deepEqual(people('The rover has explored Tarvesk Crater since 2021 and will drive to Ondravel Basin next.'), []);
    // a given name before it keeps the person
    assert.deepEqual(people('Ana Basin said she would go.'), [['Ana Basin', 'Ana Basin']]);
  });

  it('"Chez", "Maison" before a name and a Scandinavian "Institutet" after it name a house, a shop or an institute', () => {
    assert.deepEqual(people('Martine Varnier cooks at Chez Martine in Bristol; at Chez Martine, Varnier said, nothing is frozen.'),
      [['Martine Varnier', 'Martine Varnier'], ['Varnier', 'Martine Varnier']]);
    assert.deepEqual(people('Maison Tervel, founded by baker Luc Tervel, has 20 shops.'), [['Luc Tervel', 'Luc Tervel']]);
    assert.deepEqual(people('Researchers at the Halvmoska Institutet said on Tuesday the drug worked.'), []);
  });

  it('a name right before "rover" or "orbiter" names the vehicle, and "the brokerage" before a name a firm', () => {
    assert.deepEqual(people('The agency\'s Edith Marrow rover will drill two metres down. The Edith Marrow rover passed its tests, '
      + 'and the Kaspar Lind orbiter will relay its data.'), []);
    assert.deepEqual(people('Prices fell 4%, according to the brokerage Dalton Elmore.'), []);
  });

  it('a name the firm lists hold is the founder\'s after "founded by", with a trade between or none', () => {
    assert.deepEqual(people('The chain was founded by baker Eric Kayser in 1996.'), [['Eric Kayser', 'Eric Kayser']]);
    // (the listed firm with nothing personal said of it stays the firm)
    assert.deepEqual(people('Edward Jones raised its fees on Monday.'), []);
  });
});
