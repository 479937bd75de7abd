import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Things named like people (a hotel, a venue, a warning, a line) and people whose given name is a word: each rule with
// sentences it must read and sentences it must leave alone. All names are made up.
const people = (text: string): string[][] => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: things named like people, and given names that are words', () => {
  it('a name opened by a given name after "the", "a" or "an" that ends its noun phrase is a thing, not a person', () => {
    assert.deepEqual(people('The gala returned to the Maxine Corday in Palm Vale on Sunday.'), []);
    assert.deepEqual(people('We dined at the Edwin Tarrow (a grill on the corner) twice.'), []);
    assert.deepEqual(people('Forecasters said a Violet Warning for rain has been issued.'), []);
    assert.deepEqual(people('Guests praised the Harold Benning, which reopened in May.'), []);
    // before the noun it qualifies, with something personal said, or with a possessive it stays the person's
    assert.deepEqual(people('Critics praised the Maxine Corday musical at the festival.'), [['Maxine Corday', 'Maxine Corday']]);
    assert.deepEqual(people('She was named a Harold Benning fellow in 2019.'), [['Harold Benning', 'Harold Benning']]);
    assert.deepEqual(people('Crowds cheered the Maxine Corday, who waved from the stage.'), [['Maxine Corday', 'Maxine Corday']]);
    assert.deepEqual(people('He covered the Harold Benning\'s trial for the paper.'), [['Harold Benning', 'Harold Benning']]);
  });

  it('a word of the language before one word no list knows is a given name where the pair is set off as a person or listed among people', () => {
    assert.deepEqual(people('Guests included Kiri Vonne, Kitty Trevethan and Omar Sleat.'),
      [['Kiri Vonne', 'Kiri Vonne'], ['Kitty Trevethan', 'Kitty Trevethan'], ['Omar Sleat', 'Omar Sleat']]);
    assert.deepEqual(people('Fans cheered as Hollis Marr, Petal Orlick and Dana Pruitt took the stage.'),
      [['Hollis Marr', 'Hollis Marr'], ['Petal Orlick', 'Petal Orlick'], ['Dana Pruitt', 'Dana Pruitt']]);
    assert.deepEqual(people('"Sales will slow," said Raven Kettaway, an analyst at the bank.'), [['Raven Kettaway', 'Raven Kettaway']]);
    assert.deepEqual(people('Kitty Trevethan, who starred in the film, said she was moved.'), [['Kitty Trevethan', 'Kitty Trevethan']]);
    // not a list's plural, an office's words before "of", nor a pair inside a longer run of capitals
    assert.deepEqual(people('The bill included Omar Sleat, Velvet Crowns and Dana Pruitt.'), [['Omar Sleat', 'Omar Sleat'], ['Dana Pruitt', 'Dana Pruitt']]);
    assert.deepEqual(people('It was founded by Omar Sleat, Senior Warden of the guild, in 1780.'), [['Omar Sleat', 'Omar Sleat']]);
  });

  it('a name right after a capitalised point of the compass, "Upper", "Lower", "Fort" or "Mount" is a place\'s, throughout', () => {
    assert.deepEqual(people('Trains on the West Dwight Line were halted. Dwight Line services resume on Friday.'), []);
    assert.deepEqual(people('The fair is held at the North Ellis Grange each June.'), []);
    assert.deepEqual(people('Police closed roads in Lower Dale Township on Monday.'), []);
    // a compass word in lower case, or a person's name after a side's or a country's name, are read as before
    assert.deepEqual(people('West Ham striker Corwin Ellis scored twice.'), [['Corwin Ellis', 'Corwin Ellis']]);
  });

  it('a given name and an institution\'s word, an item of a list beside a given name and a surname, is a person', () => {
    assert.deepEqual(people('The bill includes Reba Hinds, Colin Church and Luke Marr.'),
      [['Reba Hinds', 'Reba Hinds'], ['Colin Church', 'Colin Church'], ['Luke Marr', 'Luke Marr']]);
    assert.deepEqual(people('Fans saw Ada Lane, Omar Sleat and Tessa Vail.'),
      [['Ada Lane', 'Ada Lane'], ['Omar Sleat', 'Omar Sleat'], ['Tessa Vail', 'Tessa Vail']]);
    // not among places, nor a word in the plural
    assert.deepEqual(people('Venues include Carnegie Hall, Grant Park and Lincoln Center.'), []);
  });
});
