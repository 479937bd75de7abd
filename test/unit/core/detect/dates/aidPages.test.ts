import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// A helper's pass over real news of aid and charity appeals (issue 14). Made-up lines.
const values = (text: string, ref: string) => detectDates(text, ref).map(d => [d.text, d.value]);

describe('dates: aid and charity appeal pages', () => {
  it('reads a donation button\'s "Now" as no time', () => {
    assert.deepEqual(values('Flood appeal\n\nDonate Now\n\nHarbour Aid - Donate Now\n\nThe river rose on Monday.', '2026-12-05'),
      [['Monday', '2026-11-30']]);
    // "now" in a sentence stays the present
    assert.deepEqual(values('Help is needed now, the charity said.', '2026-12-05'), [['now', 'PRESENT_REF']]);
  });

  it('reads children of an age written without hyphens as no length of time', () => {
    assert.deepEqual(values('Even 10 year olds are calling to help.', '2026-12-05'), []);
    assert.deepEqual(values('The drought has lasted 10 years.', '2026-12-05'), [['10 years', 'P10Y']]);
  });
});
