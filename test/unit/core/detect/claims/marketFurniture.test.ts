import assert from 'node:assert/strict';
import { isFigureTable, isMarketFurniture } from '../../../../../src/core/detect/claims/marketFurniture';
import { claimScore } from '../../../../../src/core/detect/claims';

// Market pages' framing (issue 14, markets pass): made-up lines in the manner of a futures table, a related link, a credit.
describe('claims: what frames a market page', () => {
  it('reads a table\'s rows run into one line as no claim, and a sentence of figures as prose', () => {
    assert.equal(isFigureTable('Jan 61.20 62.05 60.90 61.88 +2.17 Feb 61.40 62.10 61.02 61.95 +2.09 Mar 61.55 +2.41'), true);
    assert.equal(isFigureTable('291 Tom Varley 70 72 74 75, Ian Rusk 71 73 72 75, Ole Brandt 72 70 74 75.'), true);
    assert.equal(isFigureTable('Brent rose 1.2% to $64.10 while WTI gained 0.9% to $60.55 and gas fell 2.1%.'), false);
    assert.equal(isFigureTable('Prices were 61.20, 62.05 and 60.90.'), false);
  });

  it('reads a price ticker\'s rows as no claim, but not a headline run on under one', () => {
    assert.equal(isMarketFurniture('ALPHA 12.40 Increased By ▲ 0.35 (2.9%)\nBETA 7.10 Decreased By ▼ -0.05 (-0.7%)\nINDEX 4,512 Increased By 12.3 (0.27%)'), true);
    assert.equal(claimScore('ALPHA 12.40 Increased By ▲ 0.35 (2.9%)\nBETA 7.10 Decreased By ▼ -0.05 (-0.7%)'), 0);
    assert.equal(isMarketFurniture('BETA 7.10 Decreased By ▼ -0.05 (-0.7%)\nCourt adjourns hearing of port case till 9th'), false);
  });

  it('reads a glued related-link prompt and a syndication credit as no claim', () => {
    assert.equal(isMarketFurniture('Read MoreCopper climbs as Chile mines shut for a week'), true);
    assert.equal(isMarketFurniture('This article was written by Dana Reyes at www.example.com.'), true);
    assert.equal(isMarketFurniture('Read more about why copper climbed 4% this week.'), false);
  });

  it('scores none of them as a claim, and still scores the sentence of prices', () => {
    assert.equal(claimScore('Jan 61.20 62.05 60.90 61.88 +2.17 Feb 61.40 62.10 61.02 61.95 +2.09 Mar 61.55 +2.41'), 0);
    assert.equal(claimScore('Read MoreCopper climbs as Chile mines shut for a week'), 0);
    assert.equal(claimScore('This article was written by Dana Reyes at www.example.com.'), 0);
    assert.ok(claimScore('Oil rose 2% to $64.10 a barrel on Monday, traders said.') > 0.5);
  });

  it('reads a feed\'s credit under a post as no claim, and a sentence about publishing as one', () => {
    assert.equal(isMarketFurniture('Rates fall for a third month by Dana Reyes originally published on Harbour Wire'), true);
    assert.equal(isMarketFurniture('The post Rates fall for a third month appeared first on Harbour Wire.'), true);
    assert.equal(claimScore('Hear from Corvel and Halden this week on Harbour Live by Dana Reyes originally published on Harbour Wire'), 0);
    assert.equal(isMarketFurniture('The report, originally published in 2019, was revised after the audit.'), false);
  });
});

describe('claims: a price report\'s fields', () => {
  it('knows a quote\'s field and its figure, and leaves another label\'s figure alone', () => {
    for (const line of ['Close: 1160', 'Change in % -0.8', 'High: 71.20', 'Volume: 12,400']) assert.ok(isMarketFurniture(line), line);
    for (const line of ['Turnout: 61,300', 'Close to 1,160 jobs were cut.']) assert.ok(!isMarketFurniture(line), line);
  });
});
