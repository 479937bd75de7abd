import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';
import { yearOfTheRelease } from '../../../../../src/core/detect/dates/releaseYear';

// Made-up pages: a span of months through a month, a podcast's stamp, a weekday of another year, a release's "Q1 ended".
const found = (text: string, ref = '2026-12-07') => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

describe('dates: the month that ends a span of months', () => {
  it('is told in its verb\'s tense after "through", as after "to"', () => {
    assert.ok(found('The refiner logged strong growth during the nine months through March as its profit swelled.').includes('March=2026-03'));
    assert.ok(found('The refiner logged strong growth during the nine months to March as its profit swelled.').includes('March=2026-03'));
  });
});

describe('dates: a player\'s button before a stamp', () => {
  it('leaves "Later" out of a whole day', () => {
    assert.deepEqual(found('Play Episode Listen Later Oct 30, 2024 51:07\n\nA caller asks about the harvest.'), ['Oct 30, 2024=2024-10-30']);
  });

  it('keeps "later" before a part of the day or a month', () => {
    assert.ok(found('The council will vote later this month.').includes('later this month=2026-12'));
  });
});

describe('dates: a weekday said to be in another year', () => {
  it('is that weekday of no known week, not one of the page\'s', () => {
    assert.deepEqual(found('A sign stands outside a house for rent Friday in 2015. (Jo Bell/Wire)'), ['Friday=XXXX-WXX-5', '2015=2015']);
  });

  it('keeps a weekday whose day lies in the year named', () => {
    assert.ok(found('The club met on Friday in 2026.').includes('Friday=2026-12-04'));
  });
});

describe('the year of a results release whose dateline has none, from its "Q1 ended"', () => {
  it('is the year of that quarter', () => {
    assert.equal(yearOfTheRelease('KORVEN: The maker posted a profit for the Q1 ended March 31, 2012, down a year on.', '-04-23', '2026-12-07'), '2012-04-23');
  });
});
