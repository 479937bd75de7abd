import assert from 'node:assert/strict';
import { claimTerms, figureTerm, stem, termOf, withoutPostFurniture } from '../../../../src/core/match/terms';

describe('match terms', () => {
  it('stems plurals and verb endings so word forms meet', () => {
    assert.equal(termOf('prisoners'), termOf('prisoner'));
    assert.equal(termOf('released'), termOf('release'));
    assert.equal(termOf('releases'), termOf('release'));
    assert.equal(stem('policies'), 'policy');
    assert.equal(stem('stopped'), 'stop');
    assert.equal(stem('crisis'), 'crisis');
  });

  it('leaves function words out and keeps content words in order', () => {
    assert.deepEqual(claimTerms('The council approved the budget').words, ['council', 'approv', 'budget']);
  });

  it('reads a figure however it is written: digits, scale words, glued scales, currency signs', () => {
    const terms = ['12 million euros', '€12m', '12,000,000 euros', 'twelve million euros'].map(text => claimTerms(text).figures);
    for (const figures of terms) {
      assert.equal(figures.length, 1);
      assert.equal(figureTerm(figures[0]), '#12000000euro');
    }
  });

  it('tells percentages, bare counts and years apart', () => {
    const terms = claimTerms('Unemployment fell to 3.1 per cent in 2019, and 70% of 122 detainees returned.');
    assert.deepEqual(terms.figures.map(figureTerm), ['#3.1percent', '#70percent', '#122']);
    assert.deepEqual(terms.years, [2019]);
  });

  it('notices a negation and capitalised names that do not start a sentence', () => {
    const terms = claimTerms('The mayor did not meet Ana Lindqvist in Lisbon.');
    assert.equal(terms.negated, true);
    assert.deepEqual(terms.names, ['ana', 'lindqvist', 'lisbon']);
    assert.equal(terms.nameText.get('lindqvist'), 'Lindqvist');
    assert.equal(claimTerms('The mayor met her.').negated, false);
    assert.equal(claimTerms("The mayor didn't meet her.").negated, true);
  });

  it('drops links and reads hashtags and handles by their words', () => {
    assert.equal(withoutPostFurniture('Look https://t.co/abc pic.twitter.com/xyz').trim(), 'Look');
    assert.deepEqual(claimTerms('#IranDeal by @realDonaldTrump').words, ['iran', 'deal', 'real', 'donald', 'trump']);
  });
});
