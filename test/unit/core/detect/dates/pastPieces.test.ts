import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up sentences: the day of a piece that ran or of a deed done, written without its year, is a day gone.
const found = (text: string, ref = '2026-12-06') => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

describe('dates: the day of a piece that ran or a deed done', () => {
  it('is the last such day on or before the page\'s date, whatever the tense', () => {
    assert.deepEqual(found('I read your April 25 & May 2 cover story with interest.'), ['April 25=2026-04-25', 'May 2=2026-05-02']);
    assert.deepEqual(found('He was in the car at the time of the Jan. 15 shooting, his lawyer says.'), ['Jan. 15=2026-01-15']);
    assert.deepEqual(found('The figure was cited in an April 7 story on the harbour.'), ['April 7=2026-04-07']);
  });

  it('leaves a day set ahead, and a day without a piece after it', () => {
    assert.deepEqual(found('The council will meet on Jan. 15 to set the budget.'), ['Jan. 15=2027-01-15']);
    assert.deepEqual(found('The Jan. 15 meeting will set the budget.'), ['Jan. 15=2027-01-15']);
  });
});
