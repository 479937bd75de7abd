import assert from 'node:assert/strict';
import { claimScore } from '../../../../../src/core/detect/claims';
import { isLiveSignOff } from '../../../../../src/core/detect/claims/liveSignOffs';
import { isReaderQuestion } from '../../../../../src/core/detect/claims/readerQuestions';
import { isMarketFurniture } from '../../../../../src/core/detect/claims/marketFurniture';
import { endsWithCaptionCredit } from '../../../../../src/core/detect/claims/furniture';

// How live pages and newsletters frame their posts, and the questions a page puts to its reader (claims-left pass):
// made-up lines.
describe('claims: a live page\'s sign-offs, a newsletter\'s masthead and a page\'s questions', () => {
  it('knows a live blog\'s sign-off, a comment\'s head and a newsletter\'s masthead', () => {
    for (const line of [
      'That\'s it from me.', 'That’s all for now.', 'That\'s all from the Harbour Live team for tonight.',
      'That ends our live coverage of the storm for today, May 4.',
      'That wraps up our rolling live blog on the harbour strike.',
      'Our live coverage of the flood on the Osk is concluding.',
      'We\'ll be back at 7am with the latest from the count.',
      'Thanks for following our budget live blog',
      'This page was edited by Jo Bell and Ana Cruz.', 'Today\'s live blog is being written by Jo Bell.',
      '14. riverfan99 says', 'anon says',
      'May 3, 2024 View Online | Sign Up | Shop',
      '{if ad} Advertisement {/if}\nMay 3, 2024 View Online | Sign Up',
    ]) assert.ok(isLiveSignOff(line), line);
    for (const line of [
      'That\'s all for tonight, after a day in which the court cut the fine to £2m.',
      'That ends a run of 12 straight wins for the Harbour side.',
      'Our live coverage team was attacked outside the court on Monday.',
      'We\'ll be back in the final next year, the coach said.',
      'Thanks to the new levy, the council raised £4m.',
      'The minister says',
      'The page was written by a bot, the paper admitted on Monday.',
      'Council cuts bus routes | May 3, 2024 View Online | Sign Up',
    ]) assert.ok(!isLiveSignOff(line), line);
  });

  it('knows a wh-question to the reader, not one that states a claim or a figure', () => {
    for (const line of [
      'How much is the pension going up in April 2026?', 'So who are the rebels in the north?',
      'Honours list: Which actors have been recognised?', 'What would you tell the farmers who lost their land?',
    ]) assert.ok(isReaderQuestion(line), line);
    for (const line of [
      'Did the mayor sell the depot to her brother?',
      'Where are the mothers who are 3 times more likely to lose their jobs?',
      'When the fund closed, who paid the staff?',
      'Why is the claim that crime fell wrong?',
      'Rates were held | What does this mean for renters?',
      'Who built the bridge, the mayor asked.',
    ]) assert.ok(!isReaderQuestion(line), line);
    assert.equal(claimScore('So who are the rebels in the north?'), 0);
    assert.ok(claimScore('“Who paid the 40 staff who were laid off in March?” the senator asked.') > 0);
  });

  it('knows a price table\'s note on its data and a caption\'s lower-case credit after its full stop', () => {
    assert.ok(isMarketFurniture('*Stock data as of market close, crypto data as of 9:00pm ET.'));
    assert.ok(!isMarketFurniture('Stock prices fell 4% after the data was released.'));
    assert.ok(endsWithCaptionCredit('The singer with her award at the 2019 gala (photo: Jo Bell/The Courier).'));
    assert.ok(!endsWithCaptionCredit('The council bought the depot (a photo studio) for £2m.'));
    assert.equal(claimScore('That ends our live coverage of the storm for today, May 4.'), 0);
    assert.ok(claimScore('The storm killed 14 people and cut power to 200,000 homes on May 4.') >= 0.5);
  });
});

// A live chat's notice of its guest (interviews pass): made-up lines.
describe('claims: a live chat\'s notice', () => {
  it('scores who was online, when, to take questions or to talk, 0; and news of a service back online as before', () => {
    for (const line of ['Harbour Times staff writer Ana Ruiz was online Tuesday, May 4, at 1 p.m. ET to take your questions about the budget.',
      'Ferry operator Jo Bell will be online Friday at noon to talk about the new timetable, the fares and the pier.'])
      assert.ok(isLiveSignOff(line), line);
    assert.ok(!isLiveSignOff('The bank was back online on Tuesday to take deposits from 40,000 customers.'));
    assert.ok(claimScore('The bank was back online on Tuesday to take deposits from 40,000 customers.') > 0.5);
  });
});
