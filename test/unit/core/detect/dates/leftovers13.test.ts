import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Leftovers of a pass over made-up stories of plans, holidays and terms: each sentence is made up; each value is what a
// careful editor reads, against the reference date given (its weekday in the comment).
const values = (text: string, ref: string) => detectDates(text, ref).map(d => [d.text, d.value]);

describe('dates: leftovers of the plans, holidays and terms stories', () => {
  it('reads a plan told in the past, then a "but" clause told in the past of what stood in its way, as gone', () => {
    // a Wednesday in September
    assert.deepEqual(values('The new bus route was due to start in June but was held up by a shortage of drivers.', '2026-09-16'),
      [['June', '2026-06']]);
    assert.deepEqual(values('The herd was due to go back up the hill in May but the grazing was still too wet.', '2026-09-16'),
      [['May', '2026-05']]);
    // (a Saturday in December: the May gone, though the one ahead is nearer)
    assert.deepEqual(values('The show was due to return in May but the field was still too wet.', '2026-12-05'), [['May', '2026-05']]);
    assert.deepEqual(values('The tramway was due to reopen in July but a last inspection found cracks.', '2026-09-16'), [['July', '2026-07']]);
    // (after a time its sentence named before it, the nearest, as for a plan told in the past: it may still be ahead; a
    // Thursday in March)
    assert.deepEqual(values('Painting began in January and was due to finish in April, but the rain slowed the work.', '2026-03-12'),
      [['January', '2026-01'], ['April', '2026-04']]);
    // (a plan put off to a time still ahead, and one told now, keep theirs)
    assert.deepEqual(values('The bridge was due to reopen in June but will now reopen in December.', '2026-09-16')[0], ['June', '2027-06']);
    assert.deepEqual(values('The bridge is due to reopen in June but was closed again.', '2026-09-16'), [['June', '2027-06']]);
  });

  it('reads a weekday set off by a phrase that names it again by its verb after the phrase', () => {
    // a Thursday in November: the Tuesday ahead
    assert.deepEqual(values('Tuesday, two days before the holiday, is expected to be the busiest day at the terminal.', '2025-11-20')[0],
      ['Tuesday', '2025-11-25']);
    assert.deepEqual(values('Tuesday, the first day of the sale, will be the busiest.', '2025-11-20')[0], ['Tuesday', '2025-11-25']);
    // (after a dateline's dash, as at a sentence's start)
    assert.deepEqual(values('CARLOW, Nov. 20 — Tuesday, two days before the holiday, is expected to be the busiest day.', '2025-11-20')[1],
      ['Tuesday', '2025-11-25']);
    // (told in the past, the one gone)
    assert.deepEqual(values('Tuesday, two days before the holiday, was the busiest day.', '2025-11-20')[0], ['Tuesday', '2025-11-18']);
  });

  it('reads a holiday or a season naming a long noun before a modal of what is to be as ahead', () => {
    // a Thursday in November
    assert.deepEqual(values('The grocer said the Christmas stalls the chain runs in its car parks would open on Friday.', '2025-11-20')[0],
      ['Christmas', '2025-12-25']);
    assert.deepEqual(values('The grocer said the Christmas period, which it counts from late November, would decide its year.', '2025-11-20')[0],
      ['Christmas', '2025-12-25']);
    // a Tuesday in February
    assert.deepEqual(values('The head said the spring term, which ends on March 27, would not be extended.', '2026-02-10'),
      [['the spring', '2026-SP'], ['March 27', '2026-03-27']]);
    // (a past form in the noun tells of the one gone)
    assert.deepEqual(values('The grocer said the Christmas stalls that opened in its car parks would close.', '2025-11-20'), [['Christmas', '2024-12-25']]);
  });

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
