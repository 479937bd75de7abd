import assert from 'node:assert/strict';
import { referenceFor } from '../../../../src/core/detect/reference';

// Made-up pages: a release whose first paragraph names more days after its dateline, a widget's lines above a stamp,
// a day announced ahead in a police statement signed with its day, an obituary's note of the paper it ran in.
const ref = (text: string, fileDate = '2026-12-07') => referenceFor(text, { fileDate, today: '2026-12-07' });

describe('the article reference date: releases, widgets and closing notes', () => {
  it('reads a release\'s dateline though its first paragraph names two more days with their year', () => {
    const release = 'PORTVALE, Ore., March 4, 2019 /Harbour Newswire/ -- Harbor Mills Inc. today said it will report results '
      + 'for the quarter ended February 28, 2019 on Thursday, March 21, 2019. A call follows.';
    assert.deepEqual(ref(release), { date: '2019-03-04', from: 'dateline' });
    const bracketed = 'OSK, Nov. 2, 2018 (HARBOUR WIRE) -- Vale Foods moved its call, set for Monday, December 10, 2018, to Tuesday, December 11, 2018.';
    assert.deepEqual(ref(bracketed), { date: '2018-11-02', from: 'dateline' });
    // (a table's header of periods, three full dates close together, is still no dateline)
    assert.deepEqual(ref('Particulars Dec 31, 2025 Dec 31, 2024 Sep 30, 2025\nRevenue 4 5 6'), { date: '2026-12-07', from: 'file date' });
  });

  it('passes over a widget\'s lines of figures and of another script above a stamp', () => {
    const page = 'Logo\n\n12 日\n\n30°C24°C\n両替レート\n¥10,000=P3,800\n$100=P5,600\n\nMayor opens a new bridge\n\n2024/3/9 英字\n\nThe mayor opened the bridge on Friday.';
    assert.deepEqual(ref(page), { date: '2024-03-09', from: 'dateline' });
  });

  it('reads no day announced ahead in the opening as the page\'s, and takes the day a statement is signed with', () => {
    const statement = 'PRESS RELEASE\n\nThe Command is aware of marches scheduled for Friday, May 3, 2024, and has deployed officers.\n\n'
      + 'Residents should go about their business.\n\nJANE OKAFOR\nPublic Relations Officer\nOsk Command.\n\nApril 30, 2024.';
    assert.deepEqual(ref(statement), { date: '2024-04-30', from: 'dateline' });
  });

  it('takes the day an obituary\'s closing note says it ran in a paper', () => {
    const notice = 'Ada Quist\n\nAda Quist, 90, of Osk, died on March 2, 2020, at home.\n\nServices will be held on Saturday.\n\nPublished in Harbour County News on Mar. 5, 2020.';
    assert.deepEqual(ref(notice), { date: '2020-03-05', from: 'dateline' });
    // (not a sentence that says where a study was published)
    assert.deepEqual(ref('Readers wrote in.\n\nMore came after a study of it, published in Harbour Medicine on Mar. 5, 2020.'), { date: '2026-12-07', from: 'file date' });
  });
});
