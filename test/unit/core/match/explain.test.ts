import assert from 'node:assert/strict';
import { explainMatch, explanationText } from '../../../../src/core/match/explain';
import { claimTerms } from '../../../../src/core/match/terms';

const explain = (claim: string, earlier: string) => explainMatch(claimTerms(claim), claimTerms(earlier));

describe('match explanation', () => {
  it('says a differing figure first, before what is the same', () => {
    const explanation = explain('Mayor Ana Lindqvist said the tram costs 15 million euros.', 'Mayor Ana Lindqvist said the tram costs 12 million euros.');
    assert.deepEqual(explanation.differingFigures, [['15 million euros', '12 million euros']]);
    assert.deepEqual(explanation.sameNames, ['Ana', 'Lindqvist']);
    assert.equal(explanationText(explanation), 'different figure: 15 million euros, earlier 12 million euros · same names Ana, Lindqvist');
  });

  it('names the same figure however each side writes it', () => {
    const explanation = explain('The budget is €12m.', 'The council budget is 12 million euros.');
    assert.deepEqual(explanation.sameFigures, ['€12m']);
    assert.deepEqual(explanation.differingFigures, []);
    assert.equal(explanationText(explanation), 'same figure €12m');
  });

  it('does not call figures in different units different', () => {
    assert.deepEqual(explain('Prices rose 5 percent.', 'Prices rose by 40 dollars.').differingFigures, []);
  });

  it('says when only one of the two is negated, and when years differ', () => {
    const explanation = explain('The bridge did not open in 2019.', 'The bridge opened in 2018.');
    assert.equal(explanation.negationDiffers, true);
    assert.deepEqual(explanation.differingYears, [[2019, 2018]]);
    assert.equal(explanationText(explanation), 'different year: 2019, earlier 2018 · one of the two says "not"');
  });
});
