import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';
import { statedDate } from '../../../../../src/core/detect/reference';

// Made-up pages: a stamp written with slashes, the year first ("2024/11/03"), as blogs and many sites print it.
const found = (text: string, ref = '2026-12-06') => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

describe('dates: a day written year first with slashes', () => {
  it('is the day, as with hyphens, and dates the page from its own line', () => {
    assert.deepEqual(found('The recall began on 2024/11/03, the firm said.'), ['2024/11/03=2024-11-03']);
    assert.equal(statedDate('2024/11/03\n\nWhat Veltrix announced this week\n\nThe firm showed a phone.')?.date, '2024-11-03');
  });

  it('leaves a season and a day that does not exist as before', () => {
    assert.deepEqual(found('In the 2023/24 season and on 2024/02/30 nothing happened.').includes('2024/02/30=2024-02-30'), false);
    assert.deepEqual(found('The 2023/24 season ended.'), ['The 2023/24 season=2024']);
  });
});
