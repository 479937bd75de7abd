import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up stories written on a Friday (2026-12-04): a weekday not told as done that would be the page's own day.
const FRIDAY = '2026-12-04';
const found = (text: string) => detectDates(text, FRIDAY).map(d => `${d.text}=${d.value}`);

describe('dates: a weekday that would be the page\'s own day, after the story gave it as a day ahead', () => {
  it('is the day ahead the story named that weekday before', () => {
    assert.deepEqual(found('The race was moved to Friday, December 11.\n\nThe new start will be at 9:30 a.m. on Friday.'),
      ['Friday, December 11=2026-12-11', '9:30 a.m.=2026-12-11T09:30', 'Friday=2026-12-11']);
  });

  it('stays the page\'s own day when told as done, or when no day ahead was named', () => {
    assert.deepEqual(found('The race was moved to Friday, December 11.\n\nOfficials said on Friday the course was flooded.'),
      ['Friday, December 11=2026-12-11', 'Friday=2026-12-04']);
    assert.deepEqual(found('The race was held on Friday, November 27.\n\nThe new start will be at 9:30 a.m. on Friday.'),
      ['Friday, November 27=2026-11-27', '9:30 a.m.=2026-12-04T09:30', 'Friday=2026-12-04']);
  });
});
