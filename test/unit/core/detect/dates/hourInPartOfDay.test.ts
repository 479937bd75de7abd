import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up sentences: a bare hour after "at", right before the part of the day it falls in, is that part's hour.
const found = (text: string, ref = '2026-06-10') => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

describe('dates: a bare hour beside its part of the day ("at 9 last night")', () => {
  it('is a time of that part, on its day', () => {
    assert.deepEqual(found('Firefighters were called at 9 last night to a barn.'), ['9=2026-06-09T21:00', 'last night=2026-06-09TNI']);
    assert.deepEqual(found('The hearing opened at about 10 this morning.'), ['about 10=2026-06-10T10:00', 'this morning=2026-06-10TMO']);
    assert.deepEqual(found('The mayor will speak at 6 this evening.'), ['6=2026-06-10T18:00', 'this evening=2026-06-10TEV']);
  });

  it('leaves a level, the small hours, and an hour without "at"', () => {
    assert.deepEqual(found('The index stood at 9 this morning, down from 11.'), ['this morning=2026-06-10TMO']);
    assert.deepEqual(found('A car alarm went off at 2 last night.'), ['last night=2026-06-09TNI']);
    assert.deepEqual(found('Some 9 last night said they would stay.'), ['last night=2026-06-09TNI']);
  });
});
