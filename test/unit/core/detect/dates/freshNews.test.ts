import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';
import { referenceFor } from '../../../../../src/core/detect/reference';

// Made-up pages of the kinds an audit of fresh news found misread (dates pass of 7 December 2026): a page's own day
// from stamps and notes where it writes them, clock times in brackets or written South African style, a clock's day
// named after a place, and a day looked forward to.
const ref = (text: string, fileDate = '2026-12-06') => referenceFor(text, { fileDate, today: '2026-12-06' });
const found = (text: string, date: string) => detectDates(text, date).map(d => `${d.text}=${d.value}`);

describe('dates in fresh news: the page\'s own day', () => {
  it('takes no masthead\'s founding day for the page\'s stamp', () => {
    assert.deepEqual(ref('The Harbour Ledger\nOsk, Vale  Est. June 3, 1891\n\nThe ferry sank.'), { date: '2026-12-06', from: 'file date' });
    assert.deepEqual(ref('The Harbour Ledger\nOsk, Vale  June 3, 2021\n\nThe ferry sank.'), { date: '2021-06-03', from: 'dateline' });
  });

  it('reads a stamp alone past the top lines with a slash before its clock and the story\'s age after it', () => {
    const nav = 'Home\nWorld\nBusiness\nMarkets\nSport\nCulture\nWeather\n';
    assert.deepEqual(ref(`${nav}April 9, 2019 / 10:05 AM / 3 years ago\n\nOSK (Wire) - The ferry sank.`), { date: '2019-04-09', from: 'dateline' });
    assert.deepEqual(ref(`${nav}───   09:14 Tue, 3 Mar 2020\n\nThe ferry sank on Tuesday.`), { date: '2020-03-03', from: 'dateline' });
  });

  it('reads a place, its agency in brackets and the full date run into the story, with no dash', () => {
    assert.deepEqual(ref('Ferry line cleared\n\nOsk (Wire) Mar 4, 2011 A ferry company has been cleared to sail.'), { date: '2011-03-04', from: 'dateline' });
    assert.deepEqual(ref('Ferry line cleared\n\nOsk (Wire) Mar 4, 2011 was a cold day on the quay.'), { date: '2026-12-06', from: 'file date' });
  });

  it('reads an agency\'s closing note of the day the piece was first published, not a book\'s', () => {
    const story = 'The ferry sank off the cape on Sunday morning, the harbour board said.\n\n';
    assert.deepEqual(ref(`${story}This report by The Harbour Wire was first published on Feb. 2, 2020.\n`), { date: '2020-02-02', from: 'dateline' });
    assert.deepEqual(ref(`${story}The novel about it was first published on Feb. 2, 1920.\n`), { date: '2026-12-06', from: 'file date' });
  });

  it('dates an undated page by a full date written with its weekday in its opening, as a caption gives it', () => {
    const text = 'Ferry stuck\n\nA tug pulls a ferry off the sandbar near Osk, Thursday, Oct. 12, 2023. (Photo: Ann Lee)\n\nThe ferry ran aground on Wednesday.';
    assert.deepEqual(ref(text), { date: '2023-10-12', from: 'dateline' });
    assert.equal(found(text, ref(text).date).find(d => d.startsWith('Wednesday=')), 'Wednesday=2023-10-11');
  });

  it('gives a wire dateline without its year the year of the half-year the release reports', () => {
    const text = 'OSK, July 9 (Harbour Wire) - Trade fell 3 percent in the first half of 2019, data showed on Tuesday.';
    assert.deepEqual(ref(text), { date: '2019-07-09', from: 'dateline' });
  });
});

describe('dates in fresh news: clock times and their days', () => {
  it('reads a stamp\'s day and clock time with a slash between as one time', () => {
    assert.deepEqual(found('Ferries stop\nMarch 3, 2021 / 04:15 PM\nThe ferry sank.', '2021-03-03')[0], 'March 3, 2021 / 04:15 PM=2021-03-03T16:15');
  });

  it('reads a 24-hour clock in brackets before "local time", and "08h30"', () => {
    assert.deepEqual(found('The ferry leaves at 20:30 UTC (15:30 local time) tomorrow.', '2026-12-06'),
      ['20:30 UTC=2026-12-07T20:30', '15:30 local time=2026-12-07T15:30', 'tomorrow=2026-12-07']);
    assert.deepEqual(found('Cuts run from 08h30 and end at 17h00 today.', '2026-12-06'), ['08h30=2026-12-06T08:30', '17h00 today=2026-12-06T17:00']);
  });

  it('places clock times on the day named after the place they are told for, and a time given again after "or"', () => {
    assert.deepEqual(found('The launch is set for 1400 UTC or 9 a.m. local time in Osk, on June 3.', '2026-05-30'),
      ['1400 UTC=2026-06-03T14:00', '9 a.m. local time=2026-06-03T09:00', 'June 3=2026-06-03']);
  });
});

describe('dates in fresh news: a weekday looked forward to', () => {
  it('reads a weekday after a permission, an expectation or a hope and its "to" as ahead, not one a past verb tells of', () => {
    // 2026-12-08 is a Tuesday
    assert.deepEqual(found('The firm has received the go-ahead to launch its ferry Wednesday.', '2026-12-08'), ['Wednesday=2026-12-09']);
    assert.deepEqual(found('Officials expect heavy rain and strong winds to reach the coast on Thursday.', '2026-12-08'), ['Thursday=2026-12-10']);
    assert.deepEqual(found('Crews are looking forward to the regatta on Friday.', '2026-12-08'), ['Friday=2026-12-11']);
    assert.deepEqual(found('He hopes to win back the seat he lost on Monday.', '2026-12-08'), ['Monday=2026-12-07']);
  });
});
