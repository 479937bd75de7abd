import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Council and zoning minutes (src/core/detect/dates/notDates.ts, daysAndRanges.ts): a house's number before its
// street, an award "of the Year", a proclamation's span of days with the year after its last day. Made-up sentences.
const values = (text: string, ref: string) => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

describe('meeting minutes: addresses, awards and spans of days', () => {
  it('a house\'s number before its street is no year; a year before a street\'s name after "in" or "the" still is', () => {
    assert.deepEqual(values('A variance was granted to Ida Marsh re. 1968 Cobble Dr. and 1922 N. Alder St.', '2024-03-01'), []);
    assert.deepEqual(values('In 1968 Cobble Drive was paved; the 2016 Main Street fair drew crowds.', '2024-03-01'),
      ['1968=1968', '2016=2016']);
  });

  it('"of the Year" written in title case is an award\'s name', () => {
    assert.deepEqual(values('He was named Good Neighbour of the Year in 2004.', '2024-03-01'), ['2004=2004']);
  });

  it('a span of days with spaces about its dash takes the year written after its last day', () => {
    assert.deepEqual(values('The mayor proclaimed August 4 - 9, 2021 as Harbour Week.', '2024-03-01'),
      ['August 4=2021-08-04', '9=2021-08-09', '2021=2021']);
    assert.deepEqual(values('The mayor proclaimed March 2 — 8, 2022 as Library Week.', '2024-03-01'),
      ['March 2=2022-03-02', '8=2022-03-08', '2022=2022']);
  });
});
