import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Leftovers of a pass over made-up stories of plans, holidays and terms: each sentence is made up; each value is what a
// careful editor reads, against the reference date given (its weekday in the comment).
const values = (text: string, ref: string) => detectDates(text, ref).map(d => [d.text, d.value]);

describe('dates: leftovers of the plans, holidays and terms stories', () => {
  it('reads a holiday\'s name that is a given name, before a capitalised word no calendar has, as no date', () => {
    assert.deepEqual(values('Ramadan Haddad, the owner of the bakery, was questioned.', '2026-03-04'), []);
    assert.deepEqual(values('The bakery opens late during Ramadan.', '2026-03-04'), [['Ramadan', undefined]]);
  });
});
