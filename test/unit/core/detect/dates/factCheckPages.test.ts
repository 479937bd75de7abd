import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Dates as fact-check pages and the news write them (made-up sentences).
const values = (text: string, day: string) => detectDates(text, day).map(d => [d.text, d.value]);

describe('dates on fact-check pages', () => {
  it('reads "9/11" as the day of the attacks of 2001, and a longer figure as what it is', () => {
    assert.deepEqual(values('The firm bought insurance two months before 9/11.', '2026-12-01'), [['two months', 'P2M'], ['9/11', '2001-09-11']]);
    assert.deepEqual(values('Firefighters who worked on 9/11 were honoured.', '2019-09-12'), [['9/11', '2001-09-11']]);
    assert.deepEqual(values('The meeting on 9/11/2019 was short.', '2026-12-01'), [['9/11/2019', '2019-09-11']]);
    assert.deepEqual(values('The vote went 19/11 and the rate was 9/110.', '2026-12-01'), []);
  });
});
