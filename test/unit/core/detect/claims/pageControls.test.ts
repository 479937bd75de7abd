import assert from 'node:assert/strict';
import { claimScore } from '../../../../../src/core/detect/claims';
import { isPageControl } from '../../../../../src/core/detect/claims/pageControls';

// A page's controls and status notes pasted with the story (health pass): made-up lines of each kind.
describe('claims: a page\'s controls and status notes', () => {
  it('knows a browser notice, a loader, a paywall, a list\'s label, a pager, a scroll prompt, a tracker, a stamp, a credit', () => {
    for (const line of [
      'IE 11 is not supported.', 'Your browser is no longer supported.',
      'For an optimal experience visit our site on another browser.',
      'Loading 24 comments...', 'Loading…',
      'Unlock this article by becoming a free subscriber.',
      'Top downloads in last 48 hours', 'Most read', 'Most viewed stories this week',
      'Page 4«..2..345..»', 'Page 2 of 9',
      'Scroll down to read earlier updates from the clinic, listed in local time.',
      'Keep track of flu cases in every county with our interactive map.',
      'Data last updated 3.9.2023.', 'Updated Monday-Friday at 3:00 pm', 'Last updated: Oct. 4, 2022 at 9 a.m. ET',
      'Updated weekdays at noon **Weekend figures are added on Monday.',
      'Report by Sam Reyes.',
      'Comments (0)\nNo comments yet.', 'Comments(3)\nTop Comments',
    ]) assert.ok(isPageControl(line), line);
    for (const line of [
      // the story's own, with the same words
      'The county updated its case figures on Monday after a reporting delay.',
      'Updated figures show 412 new cases in the county.',
      'Browsers no longer supported the plug-in, the firm said.',
      'Most patients recovered within two weeks.',
      'Loading bays at the hospital were closed for repairs.',
      'Track workers found the fault near the station.',
      'Report by the state auditor found 14 errors in the tallies.',
      'Comments (5) were removed by the moderators after the vote.',
    ]) assert.ok(!isPageControl(line), line);
  });

  it('scores such a line 0 where the claim model flagged it', () => {
    assert.equal(claimScore('Data last updated 3.9.2023.'), 0);
    assert.equal(claimScore('Loading 24 comments...'), 0);
    assert.equal(claimScore('Comments (0)\nNo comments yet.'), 0);
    assert.ok(claimScore('Updated figures show 412 new cases in the county.') > 0.5);
  });
});

describe('claims: page furniture around headlines', () => {
  it('reads a comment box\'s closed count and empty state, a related story\'s glued label and a story\'s first home as furniture', () => {
    for (const line of ['Comments (0) Closed', 'No comments:', 'No comments yet.', 'Related Story Osk ferry firm fined $40,000 over crash',
      'Related Articles Lyme port strike ends', 'Story originally appeared on the Osk Herald.']) {
      assert.equal(claimScore(line), 0, line);
    }
    // (news told with the same words stays the model's)
    for (const line of ['No comments were made by the mayor on the $4 million deal.', 'Related stories were taken down by the Osk site on Monday.',
      'The story was first published in 1998 and sold a million copies.']) {
      assert.ok(claimScore(line) > 0.5, line);
    }
  });
});
