import assert from 'node:assert/strict';
import { claimScore } from '../../../../../src/core/detect/claims';
import { isReaderPrompt } from '../../../../../src/core/detect/claims/readerPrompts';
import { isWidgetText } from '../../../../../src/core/detect/claims/widgets';
import { isSiteChrome } from '../../../../../src/core/detect/claims/siteChrome';
import { isPageControl } from '../../../../../src/core/detect/claims/pageControls';
import { isEventNotice } from '../../../../../src/core/detect/claims/eventNotices';
import { opensAsCaption } from '../../../../../src/core/detect/claims/furniture';

// Page furniture still flagged in culture, science, labour and world pages (chrome pass): made-up lines of the same kinds.
describe('claims: furniture of culture, science and world pages', () => {
  it('knows a show\'s contact line, a paywall meter, a directory\'s counts and an app\'s pitch', () => {
    for (const line of ['Email us at desk@harbour.example Follow the show on Lantern.', 'You are viewing your 2 free articles this month.',
      '3.4K Followers 120 Episodes Claim Ownership', '1000s of premium titles.']) assert.ok(isReaderPrompt(line), line);
    for (const line of ['Email use at the council rose 40% in a year.', 'You have read 3 free articles, the paper said, before the wall.',
      '3,400 followers quit the app in May.', 'Hundreds of premium titles were pulled from the shelves on Monday.']) assert.ok(!isReaderPrompt(line), line);
  });

  it('knows a rating prompt, a comment\'s header, a release\'s sender and a book\'s details', () => {
    assert.ok(isWidgetText('Rate this story: \nNo votes yet'));
    assert.ok(isWidgetText('Marta Lind said...'));
    assert.ok(isWidgetText('kelp_fan42 said…'));
    assert.ok(!isWidgetText('And he has said...'));
    assert.ok(!isWidgetText('Rates this year rose by 2%.'));
    assert.ok(isSiteChrome('Released by: The Mayor, Deputy Mayor'));
    assert.ok(isSiteChrome('Kell Press 412pp £20'));
    assert.ok(!isSiteChrome('The novel runs to 412pp and sold 20,000 copies at £20.'));
  });

  it('knows a clip\'s credit with its videographer and a labelled prompt to scroll', () => {
    assert.ok(isPageControl('Reporting assistance by videographer Ana Ruiz in Suva.'));
    assert.ok(isPageControl('Launch recap: Scroll down to read the updates from Tuesday\'s countdown.'));
    assert.ok(!isPageControl('Reporting assistance by the army helped the town, officials said.'));
  });

  it('knows a timetable\'s lines and a launch schedule\'s row and note', () => {
    for (const line of ['Lectures end: Friday 12 December 2025', 'Spring term: Teaching begins: Monday 5 January 2026 (some courses differ).',
      'Easter Holiday', '1430GMT 03/12 - scheduled launch', 'PLEASE NOTE: TIMES SUBJECT TO CHANGE (moved from 01/12)'])
      assert.ok(isEventNotice(line), line);
    for (const line of ['The term ended on Friday 12 December 2025 after a strike.', 'Easter holiday traffic rose 12% this year.',
      'The launch was delayed by 3/12 of a second.']) assert.ok(!isEventNotice(line), line);
  });

  it('knows an image\'s alt text and a group photo\'s line-up', () => {
    assert.ok(opensAsCaption('Photo of Ana Ruiz, a lecturer in law at Northvale College.'));
    assert.ok(opensAsCaption('In the back row from left are, Jo Bell, Tom Reyes and Ana Ruiz.'));
    assert.ok(!opensAsCaption('From Monday, the left lane will close.'));
    assert.equal(claimScore('Photo of Ana Ruiz, a lecturer in law at Northvale College and director of its clinic since 2019.'), 0);
    assert.ok(claimScore('Ana Ruiz, a lecturer in law at Northvale College, was fired in 2019.') > 0.5);
  });
});

describe('claims: a site\'s header run into its social prompt (chrome pass)', () => {
  it('scores it 0, and leaves a sentence about a network', () => {
    assert.ok(isSiteChrome('The first online guide to harbour concerts Tickets for over 90 showsFollow us for the latest gig news Twitter'));
    assert.ok(!isSiteChrome('Fans who follow us on Twitter grew by 40% to 90,000 in 2024.'));
  });
});
