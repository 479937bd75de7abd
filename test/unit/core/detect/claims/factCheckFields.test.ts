import assert from 'node:assert/strict';
import { claimScore } from '../../../../../src/core/detect/claims';
import { furnitureOf } from '../../../../../src/core/detect/claims/furniture';

// Read on real fact-check round-ups (measured only, never copied): the line that gives the claim checked was scored as
// a headline, most under the line; the verdict written as a phrase was scored as a claim. Made-up lines.
describe('claims: a fact-check\'s fields', () => {
  it('a "Claim:" line is the claim checked, with or without its full stop', () => {
    for (const line of ['Claim: Video shows flooding in the old town after the dam burst', 'Claim: Governor Ansel Moreau banned fishing in the lake',
      'CLAIM: Harbour authority sold the ferry fleet', '**Claim:** Photo shows the mayor at a rally in Eastmoor',
      'The claim: Former minister Lena Okafor moving to Lisbon', 'Claim — Bakery chain closes every branch in the north']) {
      assert.ok(claimScore(line) >= 0.5, `${line}: ${claimScore(line)}`);
    }
    // (the same words without the field are a headline, which keeps less of its score)
    assert.ok(claimScore('Governor Ansel Moreau banned fishing in the lake') < claimScore('Claim: Governor Ansel Moreau banned fishing in the lake'));
    // (a word of the claim alone is no line of it)
    assert.ok(claimScore('Claim: False') < 0.5);
  });

  it('a verdict written as a phrase without a figure is the box\'s furniture; one with a figure is not', () => {
    for (const line of ['Verdict: A range of verdicts, from correct to unproven.', 'Rating: Mostly false, and missing context',
      '**Verdict:** Misleading, as the video is from another country']) {
      assert.equal(furnitureOf(line), 'byline', line);
      assert.equal(claimScore(line), 0, line);
    }
    assert.equal(furnitureOf('Verdict: Incorrect. Attendance was 87% in 2019.'), undefined);
  });
});
