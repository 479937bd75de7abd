import assert from 'node:assert/strict';
import { claimScore } from '../../../../../src/core/detect/claims';
import { isSiteChrome, isWriterBio } from '../../../../../src/core/detect/claims/siteChrome';

describe('claims: a news site\'s chrome and its writers\' biographies', () => {
  it('knows a breadcrumb, a link\'s prompt, a comment section and a live page\'s clock note', () => {
    for (const line of [
      'Home » Local » Council approves the tram line', 'News › Business › Harbour Wire shares fall 12%', 'Home > Sport > Eastmoor win 3-1',
      'The full list of grants is on the council\'s site, click here.', 'You can read the ruling by clicking here.', 'Read more here.',
      'See also: Ferry fares rise for the third year running, here.', '(Read more from “Ferry fares rise” HERE)',
      'One thought on “Ferry fares rise for the third year”',
      'Ferry firm fined over late sailings[LATEST]\nMayor backs tram plan after long row over costs[LATEST]', '12 comments on this story', 'Posted by harbourfan | Report as abusive',
      'The latest on the storm in Portvale (all times local):', 'Developments on Friday, May 3, about the Osk floods (all times GMT).',
      'All updates are in Eastern Time (GMT -4).', '($1 = 82.78 Indian rupees)', '[Adapted from: Ferry fares rise, May 3, 2026, Valley Press]', 'Excerpted from “The Salt Road” by Jo Bell.', '(Adapted from the Valley Press)',
      'Media contact: Jo Bell, Harbour Port Authority, (555) 010-0199, jbell@port.example',
    ]) assert.ok(isSiteChrome(line), line);
    for (const line of [
      'The council approved the tram line » its third this year.', 'Police said 40 people had been evacuated here.',
      'We will see more of the same here, the minister said.', 'Two comments on the budget drew applause from the floor.',
      'The ferry was posted by the port to Osk in 2019.', 'All times of the day are busy at the port.',
      'Officials said the latest flood cost $4 million.', 'The contact group met on Tuesday.', 'Adapted from the novel, the film earned $40 million.',
    ]) assert.ok(!isSiteChrome(line), line);
  });

  it('knows a teaser\'s label and an offer of the site\'s alerts (transport and disasters pass)', () => {
    for (const line of [
      'More news: Ferry fares rise for the third year running', 'Read also: Osk storm closes the mountain pass',
      '(MORE: Falling pylons to blame for the valley\'s outages)', 'Get breaking news alerts and special reports.',
      'Sign up for our daily newsletter.', 'Subscribe to the morning headlines',
    ]) assert.ok(isSiteChrome(line), line);
    for (const line of [
      // a bare "MORE:" opens a post's next quotation; a bracketed label with the story's sentence after it; news of alerts
      'MORE: the harbour master says, “The pier is closed until further notice.”',
      '(MORE: Falling pylons to blame for outages) The state said three more people died on Friday.',
      'Get ready: the ferry strike starts on Monday, the union said.', 'Residents received alerts at 3 a.m. as the river rose 2 metres.',
    ]) assert.ok(!isSiteChrome(line), line);
  });

  it('knows a writer\'s biography under a story', () => {
    for (const line of [
      'Jo Bell is a senior reporter for the Harbour Wire.', 'Tom Okafor covers transport as a staff writer for the Valley Press.',
      'Her coverage areas include housing, health and the courts.', 'His beat includes city hall and the port.',
      'Ana Ruiz, who covers the port for the Wire, can be reached at aruiz@wire.example.', 'Follow her on X @anaruiz.',
    ]) assert.ok(isWriterBio(line), line);
    for (const line of [
      'Medicare covers dental care for veterans.', 'The council is a partner of the port authority.',
      'Jo Bell wrote about the floods in 2019.', 'The reporter was released on Tuesday.',
    ]) assert.ok(!isWriterBio(line), line);
  });

  it('scores them 0, and leaves a sentence that tells news about a reporter a claim', () => {
    for (const line of ['Home » Local » Council approves $4 million tram line', 'Jo Bell is a senior reporter for the Harbour Wire.',
      'You can read all 40 pages of the ruling by clicking here.', 'The latest on the Osk floods (all times local):']) {
      assert.equal(claimScore(line), 0, line);
    }
    assert.ok(claimScore('Jo Bell, a senior reporter for the Harbour Wire, was arrested in Osk on Tuesday.') > 0.5);
    assert.ok(claimScore('Jo Bell is a senior reporter for the Harbour Wire who was jailed for 3 years in 2024.') > 0.5);
  });
});

describe('claims: a site describing itself, its rules and its teasers', () => {
  const chrome = [
    'This blog is moderated and comments with links are removed.', 'Comments are reviewed before they appear.',
    'Our Albany bureau reports on the legislature and the courts.', 'Valley Radio is supported by Members.',
    'The Ledger, a leading publisher of farm and market news, offers readers daily prices and alerts.',
    'The ferry was late again on Monday as crews Read more »', 'Officials at the depot said the line would Read More >',
  ];
  const news = [
    'The tram plan is supported by a petition with 3,000 names.', 'Our bureau chief was arrested on Tuesday.',
    'Thomson Ledger, the largest provider of farm news, said profit fell 6 percent.',
  ];

  it('gives such lines no claim score', () => {
    for (const line of chrome) assert.equal(claimScore(line), 0, line);
  });

  it('leaves lines that tell news', () => {
    for (const line of news) assert.ok(claimScore(line) > 0, line);
  });
});

describe('claims: a masthead, a copyright notice, a closed comment section and a beat in a biography', () => {
  it('knows them (claims-leftovers pass)', () => {
    for (const line of [
      'The Harbour TimesTruth Before Speed', 'The Valley Gazette',
      '(© Copyright 2019 The Harbour Wire.', 'END [Copyright The Harbour Press, Ltd.]',
      'Lantern Radio and its Logo TM and Copyright 2011 Lantern Broadcasting Inc. Used under license.',
      'Read the house rules hereComments are closed on this article', 'Comments are closed.',
      'Jo Bell is a senior reporter covering transport and housing.',
      'Recommended By:\nSigned By:\nJo Bell - Chief Finance Officer', 'Approved by: Dr. Ana Ruiz, Superintendent',
      'Tuesday, March 3, 2026 | Daily newspaper published by Harbour Media, Osk.',
      'Maintained and developed by Harbour Media Group.', 'Powered by Lantern Press', 'Showing posts with label Local News.',
    ]) assert.ok(isSiteChrome(line) || isWriterBio(line), line);
    for (const line of [
      'The Harbour Times sold its printing plant for $3 million.',
      'The Valley Gazette Closes After 140 Years',
      'The court said copyright in the photographs lay with the gallery.',
      'The mayor said comments are closed until the council meets in March.',
      'Jo Bell, a reporter covering transport, was injured in the crash on Tuesday.',
      'Approved by: the board, 5-2', 'Developed by the county, the plan cut 40 bus routes.',
      'Site developed by Jo Bell was sold to Harbour Media for $2 million.', 'The daily newspaper published by the firm lost $2 million last year, its owner said.',
    ]) assert.ok(!isSiteChrome(line) && !isWriterBio(line), line);
  });
});

describe('claims: a one-word label in capitals before another story\'s headline', () => {
  it('knows "ALSO:", "MORE:", "READ THIS NEXT:" and "LOOK:" before a headline', () => {
    for (const line of ['ALSO: Harbour town sold $3 million in ferry tickets after timetable change',
      'MORE: Gale cuts power to 12,000 homes in the valley', 'READ THIS NEXT: 4,000 Kettles Recalled After Reports of Fires.',
      'LOOK: How the mayor won the vote by a record 9 points', 'ICYMI: Bridge reopens after two-year repair']) {
      assert.ok(isSiteChrome(line), line);
    }
  });
  it('leaves a quotation, a sentence and a label in ordinary case', () => {
    for (const line of ['MORE: @aide says, “The minister is still in post.”', 'MORE: Police said 3 people died in the fire.',
      'Also: the council cut 40 bus routes', 'READ: 2 games axed as storm nears the coast It struck the island just before 7pm local time, with winds of 140 km/h reported']) {
      assert.ok(!isSiteChrome(line), line);
    }
  });

  it('knows a topic page\'s prompt to follow it and a tags label over its tags, not a sentence about following news', () => {
    for (const line of ['Follow the latest ferry strike news, videos, and analysis from Harbour TV.',
      'Related Topics:\nferry strikeharbourPort Quill\n(Copyright ©2019 by Harbour Wire. All Rights Reserved.)', 'Tags: ferry, strike, harbour']) {
      assert.ok(isSiteChrome(line), line);
    }
    for (const line of ['Follow the latest guidance from the coast guard, officials urged after 40 people died.',
      'Ferry crews will follow the latest safety rules from March, the port said.']) {
      assert.ok(!isSiteChrome(line), line);
    }
  });
});
