import assert from 'node:assert/strict';
import { claimScore } from '../../../../../src/core/detect/claims';
import { isWidgetText } from '../../../../../src/core/detect/claims/widgets';

// A page's widgets pasted with the story (news pass): made-up lines of a reader poll, a share button and a banner.
describe('claims: a page\'s widgets', () => {
  it('knows a poll\'s tallies and state, a share button\'s confirmation and a consent banner', () => {
    for (const line of [
      '(38.20% - 151 votes)', '151 votes (38.2%)', 'Total Votes: 395', 'Votes cast: 1,204', 'Voting is closed.',
      'This poll has closed.', 'Sent!', 'Link copied!',
      'We use cookies to improve your experience and show you relevant ads.',
      'We and our partners use cookies to personalise content.',
      'By signing up, you agree to our Terms of Use and Privacy Policy.',
      'Click Accept to let our partners use cookies for ads.',
      'Read our privacy policy for more information.',
      'This may include adverts from us and 3rd parties based on our understanding.',
    ]) assert.ok(isWidgetText(line), line);
    for (const line of [
      // the story's own: an election's result with its candidate, a poll reported in a sentence, a firm's policy
      'Jo Bell (Harbour Party): 12,204 votes (41%)',
      'Of 1,020 voters polled, 41% backed the school levy.',
      'The levy passed by 151 votes.',
      'The firm said it would change its privacy policy after the fine.',
      'Regulators found the site used cookies to track children.',
      'Sent home early, the pupils missed the exam.',
    ]) assert.ok(!isWidgetText(line), line);
  });

  it('scores a widget\'s line 0 where the claim model flagged it', () => {
    assert.equal(claimScore('(38.20% - 151 votes)'), 0);
    assert.equal(claimScore('Total Votes: 395'), 0);
    assert.equal(claimScore('Posted!'), 0);
    assert.ok(claimScore('Of 1,020 voters polled, 41% backed the school levy.') > 0.5);
  });
});

describe('claims: a stamp with its age after a bar', () => {
  it('scores the stamp, its age and a share button\'s confirmation 0, and leaves a sentence with an age (claims-leftovers pass)', () => {
    assert.equal(claimScore('Updated May 4, 2025 3:04 pm | 4 months ago'), 0);
    assert.equal(claimScore('Updated May 4, 2025 3:04 pm | 4 months ago Link copied!'), 0);
    assert.equal(claimScore('Published March 3, 2026 | 2 days ago'), 0);
    assert.ok(claimScore('The bridge closed for repairs | the council reopened it 4 months ago') > 0);
  });
});
