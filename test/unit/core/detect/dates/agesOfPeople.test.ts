import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up sentences: how old people are is no length of time.
const found = (text: string, ref = '2026-12-06') => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

describe('dates: ages of people', () => {
  it('an age before "and older", "of age" or "old", or after "aged", is no duration', () => {
    assert.deepEqual(found('The board said people 18 years and older may apply.'), []);
    assert.deepEqual(found('Children aged 6 months through 4 can get one dose.'), []);
    assert.deepEqual(found('Everyone over six months of age should get a shot.'), []);
    assert.deepEqual(found('Police held four youths aged between 20-26 years.'), []);
    assert.deepEqual(found('She lives with her 3-year old son. The calf was just a year old.'), []);
  });

  it('a length of time keeps its value', () => {
    assert.deepEqual(found('The talks lasted 18 years and ended in a deal.'), ['18 years=P18Y']);
    assert.deepEqual(found('He was jailed for 18 years or more.'), ['18 years=P18Y']);
    assert.deepEqual(found('The plant is 18 years older than the school.'), ['18 years=P18Y']);
  });
});
