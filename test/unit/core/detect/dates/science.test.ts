import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// A pass over science, health and space news: each sentence is made up; each value is what a careful editor reads,
// against the reference date given.
const values = (text: string, ref: string) => detectDates(text, ref).map(d => [d.text, d.value]);

describe('dates: science, health and space news', () => {
  it('reads a caption\'s "this" before a month and its day or year as the picture\'s, the date after it whole', () => {
    assert.deepEqual(values('In this May 14, 1998 photograph released by the agency, the probe leaves the bay.', '2026-12-05'),
      [['May 14, 1998', '1998-05-14']]);
    assert.deepEqual(values('In this Oct. 3, 2011, file photo, the surgeon addresses reporters.', '2026-12-05'),
      [['Oct. 3, 2011', '2011-10-03']]);
    assert.deepEqual(values('This March 2007 image shows the comet\'s tail.', '2026-12-05'), [['March 2007', '2007-03']]);
    // (without a day or a year after it, "this" still places the month)
    assert.deepEqual(values('The trial will enrol patients this April.', '2026-12-05'), [['this April', '2026-04']]);
    assert.deepEqual(values('Sales fell this January, 2,000 clinics said.', '2026-12-05'), [['this January', '2026-01']]);
  });

  it('reads a later day told "on" in a history\'s paragraph in the year of the day it opened "on"', () => {
    const text = 'On June 4, 2011, a nurse reported a rash in a child. Within a week, six more cases were found. '
      + 'Two of them had visited the clinic on June 1. On July 9, the laboratory confirmed rubella.';
    assert.deepEqual(values(text, '2026-12-05').filter(v => v[1] !== 'P1W'),
      [['June 4, 2011', '2011-06-04'], ['June 1', '2011-06-01'], ['July 9', '2011-07-09']]);
    // (a day of an earlier month may be the next year's; another paragraph, or a year just gone, is left to the article)
    assert.deepEqual(values('On June 4, 2011, a nurse reported a rash. Six more cases were found. Then, on February 2, the ward was shut.', '2026-12-05')[1],
      ['February 2', '2026-02-02']);
    assert.deepEqual(values('On June 4, 2011, a nurse reported a rash. Six more cases were found.\n\nThe ward was shut on July 9.', '2026-12-05')[1],
      ['July 9', '2026-07-09']);
  });
});
