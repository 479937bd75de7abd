import assert from 'node:assert/strict';
import { referenceFor, statedDate } from '../../../../src/core/detect/reference';
import { ungluedHead } from '../../../../src/core/detect/gluedStamps';
import { closingStamp } from '../../../../src/core/detect/closingStamp';

// Invented pages, pasted the ways readers paste them: stamps glued to their neighbours, put at the end, or set apart.
const FILE_DATE = '2026-12-01';
const reference = (text: string) => referenceFor(text, { fileDate: FILE_DATE, today: FILE_DATE });

describe('the article reference date: stamps glued, set apart or put last (stamps pass)', () => {
  it('reads a stamp glued to the word before or after it as the line of its own it was', () => {
    const cases: [string, string][] = [
      ['NewsMarch 14, 2009\n\nA barn burned down on Friday near Orton.', '2009-03-14'],
      ['Round-up\n\nBy Tam OrrisApril 2, 2012, 4:00 pm\nShare\n\nThe last round starts on Sunday.', '2012-04-02'],
      ['Ferry strike ends\nSeptember 9, 2019Hundreds of travellers were stranded on Thursday.', '2019-09-09'],
      ['SMALL CHANGES IN THE CROP REPORTS10/12/2021 The monthly crop report came out on October 8.', '2021-10-12'],
      ['UpdatedMay 4, 2020\n\nThe county said on Monday that the road is open.', '2020-05-04'],
    ];
    for (const [text, date] of cases) assert.deepEqual(reference(text), { date, from: 'dateline' }, text);
  });

  it('maps a glued stamp back to where it is written', () => {
    const text = 'NewsMarch 14, 2009\n\nA barn burned down on Friday.';
    const stated = statedDate(text)!;
    assert.equal(text.slice(stated.start, stated.end), 'March 14, 2009');
    assert.equal(ungluedHead('A barn burned down on March 14, 2009.', 0, 800), undefined);
  });

  it('reads a date under its label alone on the line above, a date line ending on a full stop, and "on" a date alone', () => {
    const cases: [string, string][] = [
      ['Regional accounts: June\n\nHow the region spends.\n\nAn official statistic.\n\nContact:\nMail the desk\n\nRelease date:\n14 July 2022\n\nNext release:\n12 August 2022\n\nSpending rose.', '2022-07-14'],
      ['Pole report\n\nRiver Park, Orton.\nSunday 04 June 2023.\nCopyright: A. Photographer\n\nThe pole went to the champion.', '2023-06-04'],
      ['No. 12\n\nJOURNAL OF THE COUNCIL\n\nCouncil Chamber, Orton, Tuesday, March 7, 2017.\n\nThe council was called to order.', '2017-03-07'],
      ['Inquiries of interest\n\non Monday, 9 October 2023.\n\nThe results of the inquiries are out.', '2023-10-09'],
      ['Aid reaches the valley\n\n( desk@example.org ) Aug 3, 2005 07:00 PM EDT\n\nRivers rose again on Wednesday.', '2005-08-03'],
      ['Budget day pies\n\n9:42 pm on 8 December 2015\n\nThe minister ate a pie, as every year.', '2015-12-08'],
    ];
    for (const [text, date] of cases) assert.deepEqual(reference(text), { date, from: 'dateline' }, text);
  });

  it('reads a stamp with its reading time under a long block of page furniture', () => {
    const text = 'STAGING\nThe Giving Weekly logo\n\nGrants\n\nFoundation pledges $5 million\n\nphoto-1.jpg\nA. Photographer, Agency\n\nMay 3, 2022 | Read Time: 3 minutes\n\nHere are the grants.';
    assert.deepEqual(reference(text), { date: '2022-05-03', from: 'dateline' });
  });

  it('gives a day the story opens with the year of the same day stamped below, or of its month named above', () => {
    const filler = 'Traders were quiet. '.repeat(45);
    const text = `METALS REPORT 14/06: tin rises\n\nTin rose in morning trading on Wednesday June 14.\n\n${filler}\n\nAnn Hale\n\nJune 14, 2017\n\n09:12 GMT\n`;
    assert.deepEqual(reference(text), { date: '2017-06-14', from: 'dateline' });
    const briefs = 'Accident briefs\n\nThe briefs below were picked from reports filed in March 2004.\n\nMar. 3, Orton, Pa.\nA small plane landed short.';
    assert.deepEqual(reference(briefs), { date: '2004-03-03', from: 'dateline' });
  });

  it('reads the first line\'s date with the story run on after it, and the day a first sentence reports news on', () => {
    assert.deepEqual(reference('12 June 2019 Harbor Foods plc Final Results for the year ended 31 March 2019\n\nRevenue rose.'), { date: '2019-06-12', from: 'dateline' });
    assert.deepEqual(reference('Harbor Mining released its half year results on 20 February 2024 at 8.30am. The chief executive spoke.'), { date: '2024-02-20', from: 'dateline' });
    // (a day in the first sentence that no news was made public on is no stamp)
    assert.deepEqual(reference('The mill opened on 20 February 1924 and closed in 1980. It is a museum now.'), { date: FILE_DATE, from: 'file date' });
  });

  it('reads a title ending on its date in brackets and the site\'s name after a bar', () => {
    assert.deepEqual(reference('What did the firm forecast? | TSL (Aug 06, 2025) | Harbour Answers\n\nThe firm gave no range.'), { date: '2025-08-06', from: 'dateline' });
  });

  it('reads a stamp closing the text where nothing at its top dates it', () => {
    const cases: [string, string][] = [
      ['Retail sales rose 8 percent in October.\nSales in towns rose most.\n(Harbour News Agency November 12, 2003)\n|', '2003-11-12'],
      ['Profit rose.\nA dividend of 5p will be paid.\nA. B. Smith\nChairman\n27 November 2018', '2018-11-27'],
      ['Cane is still standing.\nSugar News via the Daily http://x.example/abc October 3, 2016 at 09:41AM\n0 Comments\nLeave a Reply.', '2016-10-03'],
    ];
    for (const [text, date] of cases) assert.deepEqual(reference(text), { date, from: 'dateline' }, text);
    // (a post the story quotes closes it with the post's day, not the page's)
    assert.equal(closingStamp('Fans cheered.\n— Ann Hale (@annhale) May 4, 2020', 0), undefined);
    // (nor is a signed day that more text follows)
    assert.equal(closingStamp('Profit rose.\nA. B. Smith\nChairman\n27 November 2018\nMore text.', 0), undefined);
  });
});
