import assert from 'node:assert/strict';
import { claimScore } from '../../../../../src/core/detect/claims';
import { isReaderPrompt } from '../../../../../src/core/detect/claims/readerPrompts';
import { isPageNotice } from '../../../../../src/core/detect/claims/pageNotices';
import { opensAsCaption } from '../../../../../src/core/detect/claims/furniture';

// Made-up lines from the edges of opinion pages: a subscription's offer, an archive's notes, a contributed photo's caption.

describe('claims: the furniture round opinion pages', () => {
  it('knows a subscription\'s offer, and leaves a sentence about a price to the model', () => {
    for (const line of [
      'You get two free articles each week when you sign up to the Harbour Review\'s emails.',
      'Be part of the conversation with other Review readers by getting your first three months for £3.',
      'Join the debate for just £1 a month.', 'Subscribe today for only $2 a week.',
    ]) {
      assert.ok(isReaderPrompt(line), line);
      assert.equal(claimScore(line), 0, line);
    }
    for (const line of ['Commuters now pay £3 a day to park, twice the 2020 fare.', 'Subscribers rose to 40,000 when the paper cut its price to £1 a month.'])
      assert.ok(!isReaderPrompt(line), line);
  });

  it('knows an archive\'s notes on a story it carried over', () => {
    for (const line of [
      'Converted for the new archive on 14 July 2001.', 'Some images and formatting may have been lost in the conversion.',
      'Please note the blue-lined linked article text has been applied commercially without any involvement from our newsroom.',
    ]) {
      assert.ok(isPageNotice(line), line);
      assert.equal(claimScore(line), 0, line);
    }
    assert.ok(!isPageNotice('Some pupils may have been lost in the move, the head said.'));
  });

  it('knows a contributed photo\'s caption', () => {
    assert.ok(opensAsCaption('contributed photo Ana Ruiz holds a sign with other marchers on May 14 in Portvale.'));
    assert.ok(opensAsCaption('Submitted photo: volunteers clear the beach.'));
    assert.ok(!opensAsCaption('Staff photographers covered the march.'));
  });
});
