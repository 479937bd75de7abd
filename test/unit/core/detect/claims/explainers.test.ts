import assert from 'node:assert/strict';
import { claimScore, scoreClaims } from '../../../../../src/core/detect/claims';
import { isFlattenedTable } from '../../../../../src/core/detect/claims/marketFurniture';
import { isLiveSignOff } from '../../../../../src/core/detect/claims/liveSignOffs';
import { isAskersOwnCase } from '../../../../../src/core/detect/claims/readerQuestions';
import { pointsToList } from '../../../../../src/core/detect/claims/leadIn';
import { endsWithCaptionCredit, opensAsCaption } from '../../../../../src/core/detect/claims/furniture';
import { splitSentences } from '../../../../../src/core/text/sentences';

const scores = (text: string) => {
  const sentences = splitSentences(text);
  return new Map(scoreClaims(sentences, [], [], text).map(c => [c.text, c.score]));
};

// Explainers, "by the numbers" pages, newsletters and fact-check pages (explain pass): made-up lines.
describe('claims: explainers, data pages and newsletters', () => {
  it('knows a newsletter\'s opening lines and its masthead with an offer', () => {
    for (const line of [
      'In today\'s newsletter: After 300 mornings, it is time to say goodbye to the harbour.',
      'In this edition, the tram line and the port.', 'Rosa Vale returns on Monday.', 'Isla Vale returns on Monday.', 'Jo Bell is back next week.',
      'May 3, 2026 View Online | Sign Up | Shop 10% Off',
    ]) assert.ok(isLiveSignOff(line), line);
    for (const line of ['In today\'s vote, the council cut 300 jobs.', 'Rosa Vale returns on Monday to face 12 charges.', 'The mayor is back in court.', 'It returns on Monday.', 'The Senate returns on Monday.']) {
      assert.ok(!isLiveSignOff(line), line);
    }
  });

  it('knows a layout table flattened into a line, not a sentence or a Markdown row', () => {
    assert.ok(isFlattenedTable('—Jo Bell, Ana Cruz | | | | Harbour 100 | 12,166.27 | | | | Osk Index | 4,146.22 | | | | Gold | $1,703.60 | | |'));
    assert.ok(!isFlattenedTable('| 2025 | 1,204 | 5.6% |'));
    assert.ok(!isFlattenedTable('| - Markets: The index closed 2.7% higher | |'));
  });

  it('knows a teaser with a capitals tag, a related article\'s label and a note that the story ran first elsewhere', () => {
    for (const line of [
      'Mayor hits back at critics over the tram deal [REACTION]', 'Related article: Why fares will rise by 5p in May',
      'A version of this article was originally published on January 27.',
    ]) assert.equal(claimScore(line), 0, line);
    assert.ok(claimScore('The mayor signed the tram deal, which cost $40 million [REACTION] in the chamber.') > 0);
  });

  it('knows a caption placing people in a picture, and a caption closed by a photographer\'s and agency\'s credits', () => {
    assert.ok(opensAsCaption('Above, the harbour master, left, and her deputy on Tuesday in Osk.'));
    assert.ok(!opensAsCaption('Above all, the council wants lower fares.'));
    assert.ok(endsWithCaptionCredit('Drivers are hit by record fuel prices (Jo Bell/PA) (PA Wire)'));
    assert.ok(!endsWithCaptionCredit('The levy was set by the Port Authority (PA) in May.'));
  });

  it('knows a line listing the questions ahead or pointing to the figures, and a Q&A asker\'s own case', () => {
    for (const line of [
      'Here’s the reason why fares are so high right now, how much they have gone up by and what’s causing it.',
      'From the cost of rent to the price of bread, here are the figures behind the year that defined 2025.',
      'Here are the facts and figures behind the closure.',
    ]) assert.ok(pointsToList(line), line);
    for (const line of ['Here’s why the council cut the bins.', 'Here are the figures: 38 stations closed.']) assert.ok(!pointsToList(line), line);
    assert.ok(isAskersOwnCase('Q My employer doesn\'t offer a pension and I can\'t afford one.'));
    assert.ok(!isAskersOwnCase('Q Will the penalty rise in 2027?'));
  });

  it('knows a line naming a list\'s things ahead of its colon ("The following … were reported:"), not a time\'s "The following day"', () => {
    for (const line of ['The following bids and mergers were reported by 2000 GMT on Wednesday:', 'The following roads are closed:']) {
      assert.ok(pointsToList(line), line);
      assert.equal(claimScore(line), 0, line);
    }
    for (const line of ['The following day, police said:', 'The following 14 schools closed:']) assert.ok(!pointsToList(line), line);
  });

  it('scores a statistic\'s line under its label, and the claim under a fact-check\'s "What was claimed"', () => {
    const text = 'Number of deaths, May 7-12: 174\n\nNumber of cases by district, through May 19\n\nWhat was claimed\n\nCrime is starting to rise.\n\nOur verdict';
    const got = scores(text);
    assert.ok(got.get('Number of deaths, May 7-12: 174')! >= 0.5, 'a statistic');
    assert.ok(got.get('Number of cases by district, through May 19')! < 0.5, 'a chart\'s title');
    assert.ok(got.get('Crime is starting to rise.')! >= 0.5, 'the claim checked');
    assert.ok(claimScore('Crime is starting to rise.') < got.get('Crime is starting to rise.')!, 'the label raises it');
  });

  it('scores a sponsor\'s message 0 and the story after it as before', () => {
    const text = 'Good morning.\n**A message from Osk Dairy: Since 2010 we have cut sugar in 43 drinks. Find out more.**\nOfficials have given the inquiry 300 pages of messages.';
    const got = scores(text);
    assert.equal(got.get('Since 2010 we have cut sugar in 43 drinks.'), undefined);
    assert.equal(got.get('**A message from Osk Dairy: Since 2010 we have cut sugar in 43 drinks.'), 0);
    assert.ok(got.get('Officials have given the inquiry 300 pages of messages.')! >= 0.5);
  });

  it('keeps a story\'s paragraph over a row of a layout table\'s bars: the bars part paragraphs, so a credit under them makes no caption of it', () => {
    const text = 'Markets: Stocks climbed for the second day after the central bank cut rates by 0.5%.\n|\n|\nJo Bell/Harbour Images\nThe minister met the unions.';
    assert.ok(scores(text).get('Markets: Stocks climbed for the second day after the central bank cut rates by 0.5%.')! > 0);
  });
});
