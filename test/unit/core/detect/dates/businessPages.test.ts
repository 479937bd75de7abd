import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// A helper's pass over real business news: a report's verb with an object of its own. Each sentence is made up; each
// value is what a careful editor reads, against the reference date given (its weekday in the comment).
const values = (text: string, ref: string) => detectDates(text, ref).map(d => [d.text, d.value]);

describe('dates: business news', () => {
  it('reads "reported a loss in April" and "announced a deal in May" as done, not ahead', () => {
    // a Saturday in December
    assert.deepEqual(values('The brewer reported a loss in April.', '2026-12-05'), [['April', '2026-04']]);
    assert.deepEqual(values('Orlo reported strong sales in October.', '2026-12-05'), [['October', '2026-10']]);
    assert.deepEqual(values('The bank announced its results in March.', '2026-12-05'), [['March', '2026-03']]);
    assert.deepEqual(values('Vantor reported a sharp fall in profit for its third quarter.', '2026-02-05'), [['third quarter', '2025-Q3']]);
    // a plan announced, or what was said would happen, is still ahead
    assert.deepEqual(values('The chain announced a plan to open stores in April.', '2026-12-05'), [['April', '2027-04']]);
    assert.deepEqual(values('The chain announced the stores would open in April.', '2026-12-05'), [['April', '2027-04']]);
  });
});
