import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';
import { referenceFor } from '../../../../../src/core/detect/reference';

// A helper's pass over real personal-finance and retail news. Each sentence is made up; each value is what a careful
// editor reads, against the reference date given.
const values = (text: string, ref: string) => detectDates(text, ref).map(d => [d.text, d.value]);

describe('dates: money news', () => {
  it('reads a date in figures day first on a page whose prices are in pounds or euros only', () => {
    assert.deepEqual(values('Posted 09/12/2025. You can save up to £20,000 a year.', '2026-01-10'), [['09/12/2025', '2025-12-09']]);
    assert.deepEqual(values('Posted 09/12/2025. Fares rise by €2.', '2026-01-10'), [['09/12/2025', '2025-12-09']]);
    // dollars on the page, or no currency, leave the US reading
    assert.deepEqual(values('Posted 09/12/2025. It costs $20 or £16.', '2026-01-10'), [['09/12/2025', '2025-09-12']]);
    assert.deepEqual(values('Posted 09/12/2025.', '2026-01-10'), [['09/12/2025', '2025-09-12']]);
  });

  it('takes a stamp in figures as the article reads its dates', () => {
    const page = 'Savings news\nPublished: 01/12/2021\nRates have risen since 30 November 2020, and from today the top deal pays 0.75%.';
    assert.deepEqual(referenceFor(page, { fileDate: '2026-02-02', today: '2026-02-02' }), { date: '2021-12-01', from: 'dateline' });
    const us = 'Savings news\nPublished: 01/12/2021\nRates have risen since November 30, 2020.';
    assert.deepEqual(referenceFor(us, { fileDate: '2026-02-02', today: '2026-02-02' }), { date: '2021-01-12', from: 'dateline' });
  });

  it('gives months named alone and joined one season, the nearest keeping its year', () => {
    assert.deepEqual(values('The group expects sales during November and December to grow by 3%.', '2026-12-06'),
      [['November', '2026-11'], ['December', '2026-12']]);
    assert.deepEqual(values('The union has announced new strikes in December and January.', '2026-12-06'),
      [['December', '2026-12'], ['January', '2027-01']]);
    // a list that runs back is left as read
    assert.deepEqual(values('Figures for both October and September were revised up.', '2011-12-03'),
      [['October', '2011-10'], ['September', '2011-09']]);
  });
});
