import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up sentences: a stamp with its year first in slashes, a results calendar's quarter, weekdays as a range, a
// week counted back, a batsman's century, a stamp's clock before the story, a copyright notice.
const found = (text: string, ref = '2026-12-07') => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

describe('dates: written forms from a fourth audit of news pages', () => {
  it('reads a day written year first in slashes with its month and day in one figure', () => {
    assert.deepEqual(found('Mayor opens bridge\n\n2024/3/9 English'), ['2024/3/9=2024-03-09']);
    assert.deepEqual(found('Posted 2025/11/16 by the desk'), ['2025/11/16=2025-11-16']);
  });

  it('reads an ordinal calendar quarter of a year as that quarter', () => {
    assert.deepEqual(found('The firm missed estimates in the 3rd calendar quarter of 2018 by 2%.'), ['the 3rd calendar quarter of 2018=2018-Q3']);
    assert.deepEqual(found('It beat them in the fourth calendar quarter of 2017.'), ['the fourth calendar quarter of 2017=2017-Q4']);
  });

  it('runs a range of two weekdays within one week', () => {
    // a Monday: the cuts run from today to the Wednesday after it, whatever the tense of the clause before
    assert.deepEqual(found('Residents are weary following news of cuts from Monday to Wednesday.', '2026-12-07'),
      ['Monday=2026-12-07', 'Wednesday=2026-12-09']);
    assert.deepEqual(found('The shop was shut from Friday to Monday.', '2026-12-07'), ['Friday=2026-12-04', 'Monday=2026-12-07']);
  });

  it('reads "the week before" with a verb coordinated after it as the week before the article\'s', () => {
    assert.deepEqual(found('The pitch was still soft from the rain the week before and was narrow too.', '2026-12-07'), ['the week before=2026-W49']);
    // (not "the week before and after the vote")
    assert.deepEqual(found('They met the week before and after the vote.', '2026-12-07'), ['the week=2026-W50']);
  });

  it('reads a batsman\'s century as runs, no hundred years', () => {
    assert.deepEqual(found('Top scorer was Hale, who scored a century off 150 balls with eight fours.'), []);
    assert.deepEqual(found('The chapel has stood for a century.'), ['a century=P100Y']);
  });

  it('joins a stamp\'s day and clock time before a dash and the story, not a clock opening a range', () => {
    assert.deepEqual(found('Wednesday, November 18, 2026, 7:55 AM - Highway 9 was closed last night.'),
      ['Wednesday, November 18, 2026, 7:55 AM=2026-11-18T07:55', 'last night=2026-12-06TNI']);
    assert.deepEqual(found('June 3, 10 a.m. - 2 p.m.: the fair').slice(0, 2), ['June 3=2026-06-03', '10 a.m.=2026-06-03T10:00']);
  });

  it('reads a clock time, its weekday and the weekday\'s part of the day as one time', () => {
    assert.deepEqual(found('Parts of town have had no power since 3 am Monday morning, when snow fell.', '2026-12-08'), ['3 am Monday morning=2026-12-07T03:00']);
    assert.deepEqual(found('The show starts at 8 p.m. Friday night.', '2026-12-08'), ['8 p.m. Friday night=2026-12-11T20:00']);
  });

  it('reads a copyright notice\'s year as a year', () => {
    assert.deepEqual(found('© Copyright 2024 The Harbour Wire. All rights reserved.'), ['2024=2024']);
  });

  it('reads a count of years and a half written with hyphens, and so many years and a half ago as a month', () => {
    assert.deepEqual(found('Cuts last no longer than two-and-a-half hours.'), ['two-and-a-half hours=PT2H30M']);
    assert.deepEqual(found('The mill closed two and a half years ago.', '2026-12-07'), ['two and a half years ago=2024-06']);
  });
});

describe('dates: stamps from a fourth audit of news pages', () => {
  it('keeps a stamp\'s seconds in its value, as TIMEX3 does', () => {
    assert.deepEqual(found('Updated September 10, 2026 17:39:02\n\nThe premier flew home.'), ['September 10, 2026 17:39:02=2026-09-10T17:39:02']);
  });

  it('joins a stamp\'s day and its clock time after a dash between spaces', () => {
    assert.deepEqual(found('02/03/2026 - 12:39:34\n\nA court heard today that …'), ['02/03/2026 - 12:39:34=2026-02-03T12:39:34', 'today=2026-12-07']);
  });

  it('joins a clock time to the day after it past a comma or a zone spelled out', () => {
    assert.deepEqual(found('Lost sheep found on a lane published at 14:01 British Summer Time 14 October 2026'),
      ['14:01 British Summer Time 14 October 2026=2026-10-14T14:01']);
    assert.deepEqual(found('TOP STORIES as of 5:00 p.m., 27 May 2026'), ['5:00 p.m., 27 May 2026=2026-05-27T17:00']);
  });
});

describe('dates: a stamp over a story of trains', () => {
  it('puts a stamp\'s clock time after "at" on its day, though the line under it opens on a service\'s noun', () => {
    assert.deepEqual(found('News / Sat 5th Dec 2026 at 07:30am\nTRAIN riders face more strikes.', '2026-12-07'),
      ['Sat 5th Dec 2026=2026-12-05', '07:30am=2026-12-05T07:30']);
    // (a service's slot on the clock's own line stays on no one day)
    assert.deepEqual(found('Riders may take the 7:30 a.m. and 8:30 a.m. trains instead.', '2026-12-07'), ['7:30 a.m.=T07:30', '8:30 a.m.=T08:30']);
  });
});
