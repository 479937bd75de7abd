import assert from 'node:assert/strict';
import { referenceFor } from '../../../../../src/core/detect/reference';

// Made-up releases whose wire dateline has no year: the release reports a period that ended weeks before.
const TODAY = '2026-12-06';

describe('the year of a results release whose dateline has none', () => {
  it('is the year of the period it reports, ended weeks before the dateline\'s day', () => {
    const release = 'Harlow Labs Reports Results for the Third Quarter of 2011\n\nDENBY, Ore., Nov. 3 /Wire/ -- Harlow Labs today'
      + ' announced results for the quarter ended September 30, 2011.';
    assert.deepEqual(referenceFor(release, { fileDate: TODAY, today: TODAY }), { date: '2011-11-03', from: 'dateline' });
    // a period ended in December, reported in the new year
    const annual = 'DENBY, Ore., Feb. 9 /Wire/ -- Harlow Labs reported results for the year ended Dec. 31, 2014.';
    assert.deepEqual(referenceFor(annual, { fileDate: TODAY, today: TODAY }), { date: '2015-02-09', from: 'dateline' });
  });

  it('stays the latest such day before the file\'s date without such a period, or with one long before', () => {
    const plain = 'DENBY, Ore., Nov. 3 /Wire/ -- Harlow Labs opened a plant.';
    assert.deepEqual(referenceFor(plain, { fileDate: TODAY, today: TODAY }), { date: '2026-11-03', from: 'dateline' });
    const history = 'DENBY, Ore., Nov. 3 /Wire/ -- Harlow Labs, whose first quarter ended March 31, 1998 at a loss, opened a plant.';
    assert.deepEqual(referenceFor(history, { fileDate: TODAY, today: TODAY }), { date: '2026-11-03', from: 'dateline' });
  });
});
