import assert from 'node:assert/strict';
import { claimScore } from '../../../../../src/core/detect/claims';
import { isReaderPrompt } from '../../../../../src/core/detect/claims/readerPrompts';

// What a news page says to its reader about its broadcasts, letters and reports (claims-leftovers pass): made-up lines.
describe('claims: a page\'s prompts to its reader', () => {
  it('knows a broadcast\'s prompt, a newsletter\'s blurb, a sign-up button and a request for a full report', () => {
    for (const line of [
      'Tune in at 9 p.m. on Channel 4 to see who takes the crown!',
      'Watch the cast of “Low Tide” explain the ending in the video above, which the studio posted on Monday.',
      'See the bridge come down in the clip below.',
      'Listen to the full interview.', 'Watch the full episode here:', 'Watch the video',
      'The Evening Digest delivers the day\'s top stories to your inbox every weekday.',
      'Catch up on the week\'s election stories, curated by our politics desk',
      'Harbour news in your inbox',
      'The Lantern | A week of rain on the coast\nSign up now!',
      'For access to the full weekly freight report, please send your request to desk@example.org or call 1-800-555-0199.',
    ]) assert.ok(isReaderPrompt(line), line);
    for (const line of [
      // the story's own sentences about broadcasts, letters and reports
      'Four million viewers tuned in to the finale on Sunday.',
      'A newsletter from the firm said it would close 12 stores.',
      'Watchdogs said the video above the fold was removed.',
      'The Digest brings in $2 million a year from subscriptions.',
      'For access to the port, lorries paid £40 a day, the council said.',
      'The board voted 5-2 to sign up for the county scheme.\nSign up closes Friday.',
    ]) assert.ok(!isReaderPrompt(line), line);
  });

  it('scores such a prompt 0 and keeps a sentence with a figure over the line', () => {
    assert.equal(claimScore('Tune in at 9 p.m. on Channel 4 to see who takes the crown!'), 0);
    assert.equal(claimScore('For access to the full weekly freight report, please send your request to desk@example.org or call 1-800-555-0199.'), 0);
    assert.ok(claimScore('The finale drew 4.2 million viewers, the channel\'s largest audience since 2011.') >= 0.5);
  });

  it('knows a live page\'s greeting of one clause, not one that goes on to report', () => {
    assert.ok(isReaderPrompt("Welcome to the Harbour Ledger Space Team live coverage of today's Orbiter 4-2 mission from Cape Osk."));
    assert.ok(isReaderPrompt('Welcome back to our live blog.'));
    assert.ok(!isReaderPrompt('Welcome back to our live blog on the floods, where 300 homes have been lost.'));
    assert.ok(!isReaderPrompt('Welcome to the new season, said the coach, whose team lost 4-1 live on television.'));
    assert.equal(claimScore("Welcome to the Harbour Ledger Space Team live coverage of today's Orbiter 4-2 mission from Cape Osk."), 0);
  });
});

describe('claims: a site\'s call to more of its own output', () => {
  it('knows "Watch more of our videos on …", "Get the latest … news!" and "Join us … for live … coverage"', () => {
    for (const line of ['Watch more of our videos on Reelside!', 'Get the latest Orbit Weekly news!',
      'Join us at 6 p.m. for live launch coverage on our site.']) assert.ok(isReaderPrompt(line), line);
  });

  it('leaves sentences that report such things', () => {
    for (const line of ['Get the latest figures and the deficit looks worse, the auditor said.',
      'Viewers watched more of our videos in March than in all of 2024.', 'Join us, the union urged 4,000 members on Monday.']) {
      assert.ok(!isReaderPrompt(line), line);
    }
  });
});

describe('claims: an app-download or follow prompt after a link or an imperative', () => {
  it('knows the prompts', () => {
    for (const line of ['For more stories like this, click here to download the Daily Courier app for free.',
      '► Get local news sent straight to your phone by downloading the new FREE Courier News app in the App Store or Google Play.',
      'Follow @DailyCourier on X and @dailycourier on Instagram, or like our Facebook page by clicking here for the latest news.']) {
      assert.ok(isReaderPrompt(line), line);
    }
  });
  it('leaves news about apps and handles', () => {
    for (const line of ['Thousands of users were robbed by downloading the fake banking app, police said.',
      'Get this: 4,000 people lost money by downloading the fake app.', 'Follow-up checks found 12 faults on the ferry.']) {
      assert.ok(!isReaderPrompt(line), line);
    }
  });
});
