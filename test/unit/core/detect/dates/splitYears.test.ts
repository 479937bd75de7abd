import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up results pages: months and quarters of fiscal years that run across two calendar years.
const found = (text: string, ref = '2026-12-07') => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

describe('dates: months of a fiscal year written as two calendar years', () => {
  it('puts a range that runs past December in both years', () => {
    assert.deepEqual(found('ZEPHCO: For the nine months (July-March 2011-12), the refiner posted a profit of Rs2bn.').slice(1, 3),
      ['July=2011-07', 'March 2011=2012-03']);
  });

  it('puts January to March in the second year and October to December in the first', () => {
    assert.ok(found('It earned Rs 91 crore in the January-March period of 2013-14 fiscal year.').includes('the January-March period of 2013=2014-Q1'));
    assert.ok(found('It earned Rs 91 crore in the October-December period of 2013-14 fiscal year.').includes('the October-December period of 2013=2013-Q4'));
  });

  it('leaves April to September, whose side depends on when the year starts, and a span of years that is no fiscal one', () => {
    assert.ok(found('It earned Rs 91 crore in the April-June period of 2013-14 fiscal year.').includes('the April-June period of 2013=2013-Q2'));
    assert.ok(found('Sales fell in March 2013-2014, the mill said.').includes('March 2013=2013-03'));
  });
});

describe('dates: a quarter named by its month before a short fiscal year', () => {
  it('is that quarter of the fiscal year, read as one mention, and "the quarter" after it the same', () => {
    const dates = found('Velcor reported a 27 per cent rise in net profit for March quarter FY15.\n\nIncome rose during the quarter.');
    assert.ok(dates.includes('March quarter FY15=2015-Q1'));
    assert.ok(dates.includes('the quarter=2015-Q1'));
    assert.ok(found('Profit rose in the December quarter of FY15.').includes('the December quarter of FY15=2014-Q4'));
  });

  it('leaves June\'s quarter, which falls in either year, to the fiscal year alone', () => {
    assert.ok(found('Profit rose in the June quarter of FY15.').includes('FY15=2015'));
  });
});

describe('dates: a range of months with the split year it is of after it', () => {
  it('puts the months in that fiscal year, written in full, with a slash or short', () => {
    const dates = found('Exports during July-March (2011-12) were $18 billion against $17 billion during July-March (2010-11).');
    assert.deepEqual(dates.filter(d => /^(July|March)=/.test(d)), ['July=2011-07', 'March=2012-03', 'July=2010-07', 'March=2011-03']);
    assert.deepEqual(found('The deficit was $2 billion during July-May of FY13.').slice(0, 2), ['July=2012-07', 'May=2013-05']);
  });

  it('leaves a range the year after does not bound', () => {
    assert.deepEqual(found('Exports rose in July-March (2011-2015 average: $3 billion).', '2026-05-01').slice(0, 2), ['July=2025-07', 'March=2026-03']);
  });
});
