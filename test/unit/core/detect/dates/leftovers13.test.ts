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

  it('reads "the Monday" after a day named that falls on a Monday as that day', () => {
    // a Thursday in May: the late May bank holiday, not the Monday of the article's week
    assert.deepEqual(values('The fair returns for the late May bank holiday. Fireworks on the Monday evening are planned.', '2026-05-21'),
      [['the late May bank holiday', '2026-05-25'], ['Monday evening', '2026-05-25TEV']]);
    // (past a clock time and "the Saturday" of the same days)
    assert.deepEqual(values('The fair returns for the late May bank holiday. Rides start at 10am on the Saturday, with fireworks on the Monday evening.', '2026-05-21')[3],
      ['Monday evening', '2026-05-25TEV']);
    // (a bank holiday weekend runs to its Monday, not the day the story was told: a Saturday in December)
    assert.deepEqual(values('The fair will return over the August bank holiday weekend, organisers said on Monday. It will end with fireworks on the Monday evening.', '2026-12-05'),
      [['the August bank holiday weekend', '2026-W35-WE'], ['Monday', '2026-11-30'], ['Monday evening', '2026-08-31TEV']]);
    // (not one counted from another day: "the Saturday closest to Jan. 31")
    // (a Tuesday in September: the nearest Saturday, as before; February 1, 2025 was a Saturday)
    assert.deepEqual(values('For the year ended Feb. 1, 2025, it lost money. Its year ends on the Saturday closest to Jan. 31.', '2025-09-02')[2],
      ['Saturday', '2025-09-06']);
  });
});
