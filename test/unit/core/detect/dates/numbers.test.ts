import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up sentences: "couple" as a count of two before a unit of time, with its "of" or without it.
const found = (text: string) => detectDates(text, '2021-06-04').map(d => `${d.text}=${d.value}`);

describe('dates: "a couple" of units of time', () => {
  it('reads "couple" without its "of" before a unit of time in the plural', () => {
    assert.deepEqual(found('Prices have changed in the last couple months.'), ['the last couple months=P2M']);
    assert.deepEqual(found('It took a couple weeks to mend.'), ['a couple weeks=P2W']);
    assert.deepEqual(found('It took a couple of weeks to mend.'), ['a couple of weeks=P2W']);
  });

  it('leaves a couple who are people', () => {
    assert.deepEqual(found('A couple who married in May opened the shop.'), ['May=2021-05']);
  });
});
