import assert from 'node:assert/strict';
import { referenceFor, statedDate } from '../../../../src/core/detect/reference';

// Made-up pages with no dateline: the day written beside "yesterday" or "tomorrow", a title's date in brackets.
const TODAY = '2026-12-01';
const ref = (text: string, fileDate = '2026-12-06') => referenceFor(text, { fileDate, today: TODAY });

describe('the article reference date: days written beside a relative word, a title\'s date in brackets', () => {
  it('dates the page the day after a day written beside "yesterday", in the year the file\'s date gives', () => {
    const commas = 'Two hurt in crash\n\nTwo men were hurt in a crash that happened about 6:10AM yesterday, July 14, the police said.';
    assert.deepEqual(ref(commas), { date: '2026-07-15', from: 'dateline' });
    const spaceOnly = 'Count done\n\nThe annual count of the homeless happened yesterday March 3rd. Thanks to all.';
    assert.deepEqual(ref(spaceOnly), { date: '2026-03-04', from: 'dateline' });
    // (a day the file's date has not reached yet is last year's)
    assert.deepEqual(ref(commas, '2026-07-01'), { date: '2025-07-15', from: 'dateline' });
    // (with its year written, that day; and the day before a day beside "tomorrow")
    assert.deepEqual(ref('The board met yesterday (March 3, 2019) and voted.'), { date: '2019-03-04', from: 'dateline' });
    assert.deepEqual(ref('The fair opens tomorrow (July 9) in the park.'), { date: '2026-07-08', from: 'dateline' });
  });

  it('takes the year where a weekday written with the day falls on it', () => {
    assert.deepEqual(ref('In a statement shared today (Tuesday 6th December), the family said she died.'), { date: '2022-12-06', from: 'dateline' });
  });

  it('leaves a relative word whose clause runs on past the date', () => {
    assert.deepEqual(ref('The mayor said yesterday March sales were up.'), { date: '2026-12-06', from: 'file date' });
    assert.deepEqual(ref('The count happened yesterday March 3 was a Monday.'), { date: '2026-12-06', from: 'file date' });
  });

  it('dates the page from a full date in brackets closing its title, a clock time or a source after it perhaps', () => {
    assert.deepEqual(ref('Fix the Roads but Watch the Budget (March 4, 2011)\n\nThe council said costs rose.'), { date: '2011-03-04', from: 'dateline' });
    assert.deepEqual(ref('Shares climb as banks gain ( 2004-07-12 10:31) (Harbour Daily edition)\nThe index rose.'), { date: '2004-07-12', from: 'dateline' });
  });

  it('reads no page date from a year alone, or a date with words after it, in a title\'s brackets', () => {
    assert.deepEqual(ref('Nurses leave wards in record numbers (2023)\n\nMore left.'), { date: '2026-12-06', from: 'file date' });
    assert.deepEqual(ref('Remembering the flood (March 4, 2011 to today)\n\nThe water rose.'), { date: '2026-12-06', from: 'file date' });
    // (nor from brackets further down)
    assert.deepEqual(ref('Flood remembered\n\nThe water rose (March 4, 2011)\n'), { date: '2026-12-06', from: 'file date' });
  });
});

describe('a stamp alone on its line under a long byline block', () => {
  it('dates the page: its full date and its clock time, past the first lines read', () => {
    const text = 'TechNews\n\nHere is what we know about the shake-up at Veltrix\n\nAda Brook\nBy\nAda Brook\nEditor, Tech\n'
      + 'March 9, 2022, 6:05 PM ET\nThe board met on Friday.\n';
    assert.equal(statedDate(text)?.date, '2022-03-09');
    // (a line with more than its date and clock time is prose there, and a date without its year no stamp)
    const prose = 'TechNews\n\nHeadline here\n\nAda Brook\nBy\nAda Brook\nEditor, Tech\nOn March 9, 2022, 6:05 PM, it fell.\n';
    assert.equal(statedDate(prose), undefined);
    assert.equal(statedDate(prose.replace('On March 9, 2022, 6:05 PM, it fell.', 'March 9, 6:05 PM ET')), undefined);
  });
});

// Made-up pages in the house styles of South Asian, Philippine and Nigerian news sites (issue 14, world English pass).
describe('reference: stamps and datelines of world English news sites', () => {
  it('reads an "Updated" line without its colon under a gallery\'s captions', () => {
    const text = 'Rivals meet in key poll\n\nRivals meet\n1 / 2\nThe leader at a rally in Cebu on May 9, 2025, ahead of the vote. (Wire)\n'
      + 'Rivals meet\n2 / 2\nSupporters cheer. (Wire)\nShort Url\nUpdated 12 May 2025\n\nMANILA: Ahead of Monday\'s vote, they campaigned.\n';
    assert.equal(statedDate(text)?.date, '2025-05-12');
  });

  it('reads a place, the full date and a full stop opening the story, and an agency\'s bracket holding the date', () => {
    assert.equal(statedDate('Durg, 15 August 2021. The state leader named four new districts today.\n')?.date, '2021-08-15');
    assert.equal(statedDate('Minister hits back\n\nMULTAN, (Harbour Point / Metro News - 17th Oct, 2016 ) : The minister on Monday said so.\n')?.date, '2016-10-17');
    assert.equal(statedDate('He was born in Durg, 15 August 1961. He studied law.\n'), undefined);
  });

  it('takes a labelled publish date further down over a banner\'s bare day', () => {
    const filler = Array.from({ length: 12 }, (_, i) => `Related: a headline about the valley number ${i + 1}`).join('\n\n');
    const text = `Monday, March 17th, 2025\n\nParty chair defends the vote\n\n\n23 March 2022\n\n${filler}\n\nPublish Date : 23 March 2022 17:34 PM\n`;
    assert.equal(statedDate(text)?.date, '2022-03-23');
  });

  it('takes no day labelled as a milestone ("Commissioned: …", "Born: …") for the page\'s date', () => {
    assert.equal(statedDate('Special Report\n\n4. USS Ardent\n> Commissioned: 7/22/2017\n\nThe Ardent sailed on Monday.\n'), undefined);
    assert.equal(statedDate('Profile\n\nBorn: March 3, 1950\n\nShe sailed on Monday.\n'), undefined);
    assert.equal(statedDate('Special Report\n\nPublished: 7/22/2017\n\nThe Ardent sailed on Monday.\n')?.date, '2017-07-22');
  });
});
