import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up releases: a quarter or a half written right before its year is that year's.
const values = (text: string, ref: string) => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

describe('a quarter or a half written right before its year', () => {
  it('is that year\'s, read as one expression', () => {
    assert.deepEqual(values('Orvane will report its second quarter 2019 results on Tuesday.', '2026-12-03'),
      ['second quarter 2019=2019-Q2', 'Tuesday=2026-12-08']);
    assert.deepEqual(values('Fourth Quarter 2021 Highlights', '2026-12-01'), ['Fourth Quarter 2021=2021-Q4']);
  });

  it('is the firm\'s year written after it with "fiscal" or "FY", as "the first quarter of fiscal 2027" is', () => {
    assert.deepEqual(values('Orvane Reports First Quarter Fiscal 2027 Results', '2026-08-06'), ['First Quarter Fiscal 2027=2027-Q1']);
    assert.deepEqual(values('Orvane posted first-quarter fiscal year 2027 sales of $4 million.', '2026-08-06'), ['first-quarter fiscal year 2027=2027-Q1']);
    assert.deepEqual(values('Its Q3 FY 2027 revenue rose.', '2027-05-06'), ['Q3 FY 2027=2027-Q3']);
  });

  it('leaves a quarter alone before a span of years or after a comma', () => {
    assert.deepEqual(values('Sales in the third quarter 2024-25 rose.', '2026-12-03'), ['the third quarter=2026-Q3', '2024=2024', '25=2025']);
    assert.deepEqual(values('Sales rose in the third quarter, 2024 figures show.', '2026-12-03'), ['the third quarter=2026-Q3', '2024=2024']);
  });
});

describe('a quarter named bare after the same quarter written with its year and the results it reports', () => {
  it('is that year\'s where the results it reports follow it', () => {
    const text = 'Ferry operators reported a third-quarter 2021 net profit of $40 million. The third-quarter profit was the second in a row. '
      + 'Fares rose and fuel costs fell as the routes reopened, the operators told investors on a call, '
      + 'and demand for cabins held up well into the autumn, which kept the ships full on most of the longer crossings. '
      + 'The third-quarter operating loss of $2 million was smaller.';
    assert.deepEqual(values(text, '2026-12-03').filter(v => v.startsWith('third')),
      ['third-quarter 2021=2021-Q3', 'third-quarter=2021-Q3', 'third-quarter=2021-Q3']);
  });

  it('not after one told of in passing without its results', () => {
    assert.deepEqual(values('The line stopped paying a dividend in the third quarter 2019 after a strike. The third-quarter profit rose.', '2026-12-03'),
      ['the third quarter 2019=2019-Q3', 'third-quarter=2026-Q3']);
  });
});
