import assert from 'node:assert/strict';
import { isResultsTableFurniture } from '../../../../../src/core/detect/claims/resultsTables';
import { pointsToList } from '../../../../../src/core/detect/claims/leadIn';
import { claimScore } from '../../../../../src/core/detect/claims';

// A results page's tables pasted as text (issue 14, earnings pass): made-up rows, headers, headings and keys.
describe('claims: what lays out a results table', () => {
  it('reads a table\'s rows, one or several lines of a label and its figures, as no claim', () => {
    assert.equal(isResultsTableFurniture('Net sales 12,410 11,988 3.5 12,102 2.5'), true);
    assert.equal(isResultsTableFurniture('Group revenue £88.10m £80.42m +9.5% +11.0%'), true);
    assert.equal(isResultsTableFurniture('Gross Margin 4,210 4,005 5.1 (2.2)\nOperating Income 1,960 2,015 (2.7) 1,802'), true);
    assert.equal(isResultsTableFurniture('Net sales rose 3.5% to 12,410 from 11,988.'), false);
    assert.equal(isResultsTableFurniture('EPS 4p (3p).'), false);
  });

  it('reads a header of periods and a period\'s heading as no claim, not a sentence about a year that ended', () => {
    assert.equal(isResultsTableFurniture('Particulars Mar 31, 2027 Mar 31, 2026 Growth % YoY Dec 31, 2026 Growth % QoQ'), true);
    assert.equal(isResultsTableFurniture('Year ended 30 June 2027    Year ended 30 June 2026    Change'), true);
    assert.equal(isResultsTableFurniture('6 Months Ended'), true);
    assert.equal(isResultsTableFurniture('for the Half-Year Ended 31 December 2026'), true);
    assert.equal(isResultsTableFurniture('The year ended with a loss of 4 million.'), false);
    assert.equal(isResultsTableFurniture('Sales rose from 2 million in March 2026 to 3 million in March 2027.'), false);
  });

  it('reads a key to the units or the abbreviations as no claim, not a sentence about official figures', () => {
    assert.equal(isResultsTableFurniture("All figures in '000 unless stated."), true);
    assert.equal(isResultsTableFurniture('All amounts quoted in euros unless otherwise noted.'), true);
    assert.equal(isResultsTableFurniture('GM, QoQ & YoY figures in Percentage; EPS figures in Pence.'), true);
    assert.equal(isResultsTableFurniture('OI = Operating Income, GM = Gross Margin, NI = Net Income.'), true);
    assert.equal(isResultsTableFurniture('Official figures in the third quarter showed the economy shrank by 0.3%.'), false);
  });

  it('reads a list\'s subject and its colon as a pointer to the list, not one with a verb of its own', () => {
    assert.equal(pointsToList('Revised release dates for the delayed reports include:'), true);
    assert.equal(pointsToList('The main changes are as follows:'), true);
    assert.equal(pointsToList('The agency said its staff would include:'), true);
    assert.equal(pointsToList('The agency said the reports include jobs data.'), false);
  });

  it('scores none of them as a claim, and still scores the sentence of the same figures', () => {
    assert.equal(claimScore('Net sales 12,410 11,988 3.5 12,102 2.5'), 0);
    assert.equal(claimScore('6 Months Ended'), 0);
    assert.equal(claimScore("All figures in '000 unless stated."), 0);
    assert.ok(claimScore('Net sales rose 3.5% to 12,410 million from 11,988 million a year earlier.') > 0.5);
  });
});
