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
});
