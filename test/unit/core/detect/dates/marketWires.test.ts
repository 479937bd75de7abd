import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Market and results wire copy (issue 14, markets pass): made-up sentences in the wires' manner.
const values = (text: string, ref: string) => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

describe('market wires: futures tables, contract months, a year back in results', () => {
  it('reads no day in the fraction of a figure before a table\'s month', () => {
    // a futures table: each row a month, then its prices and change; "+2.41 Mar" holds no March 41st nor 2 March
    const table = 'HEAVY CRUDE 1,000 bbl. Jan 61.20 62.05 60.90 61.88 +2.17 Feb 61.40 62.10 61.02 61.95 +2.09 Mar 61.55 +2.41';
    const found = values(table, '2025-11-20');
    assert.ok(!found.some(v => /^\d/.test(v)), found.join(', '));
    assert.ok(found.includes('Feb=2026-02') && found.includes('Mar=2026-03'), found.join(', '));
    // a day with a space before it is still a day
    assert.deepEqual(values('Delivery is due on 12 Mar, the exchange said.', '2025-11-20'), ['12 Mar=2026-03-12']);
  });

  it('reads a month before a market and its futures, or before a commodity and its move, as a contract month', () => {
    assert.deepEqual(values('December Swiss Confed futures touched a contract high on Monday.', '2024-09-09'),
      ['December=2024-12', 'Monday=2024-09-09']);
    assert.deepEqual(values('February natural gas rose 12 cents to settle at $3.10 on Tuesday.', '2024-10-02'),
      ['February=2025-02', 'Tuesday=2024-10-01']);
    assert.deepEqual(values('January robusta coffee fell 1.4% to $3,120 a tonne.', '2024-10-02'), ['January=2025-01']);
    // (not a month of figures before other words)
    assert.deepEqual(values('In February natural gas demand fell 3%.', '2024-10-02'), ['February=2024-02']);
  });

  it('reads a year back in results as the quarter the story reports, a year before', () => {
    const story = 'Halvard Tools reported third-quarter profit of $41 million on Thursday. For the quarter, sales rose to $390 million from $351 million a year ago.';
    assert.deepEqual(values(story, '2025-11-13'),
      ['third-quarter=2025-Q3', 'Thursday=2025-11-13', 'the quarter=2025-Q3', 'a year ago=2024-Q3']);
    // "the prior-year period", said again further down, is the same quarter
    const prior = 'Marrow Cables said second-quarter revenue was $88 million, up from $80 million in the prior-year period. '
      + 'Costs rose 4% from the prior-year period to $61 million.';
    assert.deepEqual(values(prior, '2025-08-20').filter(v => /prior/.test(v)),
      ['the prior-year=2024-Q2', 'the prior-year=2024-Q2']);
    // the quarter a forecast names is not the one compared: "will report losses through the fourth quarter of 2026"
    const forecast = 'Dunmore Steel earned $9 million in the third quarter. Analysts think it will report losses through the fourth quarter of 2026. '
      + 'In the year-ago period, it earned $12 million.';
    assert.ok(values(forecast, '2025-10-28').includes('the year-ago period=2024-Q3'), values(forecast, '2025-10-28').join(', '));
  });
  it('reads "due to" after a day as a cause, leaving the day to the sentence\'s tense', () => {
    assert.deepEqual(values('Harbin stocks closed lower on Thursday due to profit-taking.', '2026-12-06'), ['Thursday=2026-12-03']);
    assert.deepEqual(values('Crude did not settle on Monday due to the holiday.', '2026-12-06'), ['Monday=2026-11-30']);
    // (a plan's "due to" before the day still looks ahead)
    assert.deepEqual(values('The index review is due to be published on Monday.', '2026-12-06'), ['Monday=2026-12-07']);
  });
});
