import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// A helper's pass over pharma and biotech news. Each sentence is made up; each value is what a careful editor reads,
// against the reference date given.
const values = (text: string, ref: string) => detectDates(text, ref).map(d => [d.text, d.value]);

describe('dates: pharma and biotech news', () => {
  it('reads a regular past before a name, its object, as the tense of the day after it', () => {
    assert.deepEqual(values('The agency approved Velquro on May 26.', '2026-12-06'), [['May 26', '2026-05-26']]);
    assert.deepEqual(values('Regulators rejected Dormiva Plus on March 3.', '2026-12-06'), [['March 3', '2026-03-03']]);
  });

  it('leaves a form that describes the name, a title\'s word, a month or a label to the other rules', () => {
    // an album's title, in capitals, is out on a day ahead
    assert.deepEqual(values('Painted Ruins is out August 18.', '2026-12-06'), [['August 18', '2027-08-18']]);
    // "closed" before another day's month, in a passive
    assert.deepEqual(values('Offices are closed Nov 23rd and Nov 25th.', '2026-10-06').map(v => v[1]), ['2026-11-23', '2026-11-25']);
  });

  it('reads a day of the month just named with its year in a long sentence before as of that year', () => {
    const text = 'From 3 to 9 March 2020, one new case was reported from the Larrow Health Zone in the east of Velmora Province, '
      + 'along the border with Dunmere (Figure 2). The man had been in contact with a case reported on 1 March.';
    assert.deepEqual(values(text, '2026-12-06').map(v => v[1]), ['2020-03-03', '2020-03-09', '2020-03-01']);
  });
});
