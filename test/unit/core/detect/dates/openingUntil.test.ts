import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up reports written on 6 December 2026: a sentence opened by "Until" and a month, told in the past or ahead.
const found = (text: string) => detectDates(text, '2026-12-06').map(d => `${d.text}=${d.value}`);

describe('dates: a month after "Until" opening its sentence', () => {
  it('is one gone where the state that lasted up to it is told in the past', () => {
    assert.deepEqual(found('Until March, crossings on the route were rare, the agency said.'), ['March=2026-03']);
  });

  it('is ahead where the state is to last, or was foreseen to', () => {
    assert.deepEqual(found('Until March, the lane will be closed.'), ['March=2027-03']);
    assert.deepEqual(found('Until March, the lane was expected to stay closed.'), ['March=2027-03']);
  });
});
