import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';
import { referenceFor } from '../../../../../src/core/detect/reference';

// A timeline's entries written without their year take the year its heading or title names (issue 14, live blogs and
// timelines pass). Made-up timelines.
const values = (text: string, day: string) => detectDates(text, day).map(d => [d.text, d.value]);

describe('dates: the year of a timeline\'s entries', () => {
  it('gives entries under a title naming its year that year, not the one after the page\'s date', () => {
    const page = 'HARBOUR TOWN: A 2019 TIMELINE\n\nJan. 4: The ferry pier closes for repairs.\n\n'
      + '• Feb. 11: Voters approve the library levy.\n\nMarch 2-5: The river floods the lower town.';
    assert.deepEqual(values(page, '2026-12-06'), [
      ['2019', '2019'], ['Jan. 4', '2019-01-04'], ['Feb. 11', '2019-02-11'], ['March 2-5', '2019-03-02'],
    ]);
  });

  it('gives entries under a year heading, or a month and year alone on a line, that heading\'s year', () => {
    const page = '2011:\nApril: The mill shuts its second line.\nJune 3: Workers vote to strike.\n2012:\nMay 9: The mill reopens.\n'
      + 'August 2013\nTuesday, August 6\nThe new owners sign the lease.';
    assert.deepEqual(values(page, '2026-12-06'), [
      ['2011', '2011'], ['April', '2011-04'], ['June 3', '2011-06-03'], ['2012', '2012'], ['May 9', '2012-05-09'],
      ['August 2013', '2013-08'], ['Tuesday, August 6', '2013-08-06'],
    ]);
  });

  it('leaves entries of a month and year, days inside prose, and pages with no timeline year alone', () => {
    // "December 2018:" is an entry, not a heading: the entries after it are of the year that follows
    const page = 'Look back: 2019 in review\n\nDecember 2018: Snow closes the pass.\nJan. 7: The pass reopens.';
    assert.deepEqual(values(page, '2026-12-06').map(v => v[1]), ['2019', '2018-12', '2019-01-07']);
    assert.deepEqual(values('Council notes\n\nJan. 7: The pass reopens.', '2026-12-06'), [['Jan. 7', '2027-01-07']]);
    assert.deepEqual(values('A 2019 timeline of the dam.\nWork began, as planned, on Jan. 7.', '2026-12-06').map(v => v[1]),
      ['2019', '2026-01-07']);
  });

  it('dates the page by its first entry in the year the timeline names, not the year of the file', () => {
    const page = '2019 Timeline\n\nMara Jessop, Writer\n\n  • Jan. 4: The ferry pier closes for repairs.\n  • Feb. 11: Voters approve the levy.';
    assert.deepEqual(referenceFor(page, { fileDate: '2026-12-06', today: '2026-12-06' }), { date: '2019-01-04', from: 'dateline' });
  });
});
