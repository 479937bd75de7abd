import assert from 'node:assert/strict';
import { referenceFor } from '../../../../src/core/detect/reference';

// Invented pages: the page's date found from a labelled stamp under the story, a dateline under a header's contact
// lines, an editor's byline, and a dateline without its year that a copyright notice dates.
const FILE_DATE = '2026-12-01';
const reference = (text: string) => referenceFor(text, { fileDate: FILE_DATE, today: FILE_DATE });

describe('the article reference date: notices and furniture around the story', () => {
  it('reads a site\'s "Published:" stamp printed under the story, before its "Updated:" one', () => {
    const story = ['The mill raised its prices by 5 per cent from tomorrow, it said on Thursday.', 'Flour rose in December.',
      'Bread rose in November.', 'Oil rose last week.', 'Sugar rose in May.', 'Salt rose in March.', 'Rice rose in June.'];
    const text = story.join('\n\n') + '\nMill lifts prices\n'
      + 'Desk Team | Published: March 03, 2011 00:00:00 | Updated: June 01, 2019 00:00:00\nShare this';
    assert.deepEqual(reference(text), { date: '2011-03-03', from: 'dateline' });
    // (a day told in the story's last sentence is no stamp)
    const told = 'The mill raised its prices on Thursday.\n\nThe new prices were posted on March 3, 2011 at the gate.';
    assert.equal(reference(told).from, 'file date');
  });

  it('passes over a header\'s e-mail address and telephone numbers to the dateline under the headline', () => {
    const text = 'Help Line:\n+99 0700-000111 / +99 0700 000 222\ndesk@example.org\nOrton, Lyme.\nPhoto3\n\n'
      + 'Mayor urges parents to keep youths from crime\n\nOrton, 9th March, 2021\n\nThe mayor today said he would meet the police chief this week.';
    assert.deepEqual(reference(text), { date: '2021-03-09', from: 'dateline' });
  });

  it('reads the day on an editor\'s byline', () => {
    const text = 'What a match\n\nEdited by Tam Orris, Sunday, 7 Apr 2019, 18:05\n\nWhat a first match against the visitors.';
    assert.deepEqual(reference(text), { date: '2019-04-07', from: 'dateline' });
  });

  it('gives a dateline without its year the year of the copy\'s copyright notice', () => {
    const text = 'Launch moved\n\nPORT LYME, Fla., Nov. 3 (Wire) -- The agency said Thursday the launch moves to Friday.\n\n'
      + '2016 Harbour Wire, Inc. All Rights Reserved.';
    assert.deepEqual(reference(text), { date: '2016-11-03', from: 'dateline' });
    // (two notices of different years give none)
    const two = text + '\n© 2021 Lyme Pages';
    assert.notEqual(reference(two).date, '2016-11-03');
  });
});
