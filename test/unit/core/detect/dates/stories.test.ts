import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../../../../src/core/detect/analyze';
import { detectDates } from '../../../../../src/core/detect/dates';
import { displayDate } from '../../../../../src/core/detect/dates/display';
import { referenceFor } from '../../../../../src/core/detect/reference';

// Six short news stories written for these tests (test/fixtures/dates), each dated in its own way: a Wikinews-style
// dateline line, a wire dateline without its year, front matter, a "Published" stamp with a day-first date. Every time expression in them, with its value,
// read by hand against the story's date. Towns, firms and people in them are made up.
const fixture = (name: string) => fs.readFileSync(path.resolve(__dirname, '../../../../fixtures/dates', name), 'utf8');
const found = (text: string) => {
  const { date } = referenceFor(text, { today: '2026-12-02' });
  return { date, mentions: detectDates(text, date) };
};
const pairs = (text: string) => found(text).mentions.map(d => [d.text, d.value]);
const shown = (text: string, written: string) => {
  const d = found(text).mentions.find(m => m.text === written);
  return d && displayDate(d);
};

describe('dates in made-up news stories, read against each story\'s own date', () => {
  it('a council story under a weekday dateline line: the vote gone by, the meetings ahead, fiscal years, quarters', () => {
    const text = fixture('tram.md');
    assert.equal(found(text).date, '2025-10-31');
    assert.deepEqual(pairs(text), [
      ['two-decade', 'P20Y'], ['Friday, October 31, 2025', '2025-10-31'], ['Thursday', '2025-10-30'],
      ['two decades', 'P20Y'], ['six-hour', 'PT6H'], ['3 p.m. local time', '2025-10-30T15:00'],
      ['midnight', '2025-10-30T24:00'], ['the 1990s', '199'], ['next spring', '2026-SP'], ['mid-2028', '2028'],
      ['about 30 months', 'P30M'], ['2004', '2004'], ['2009', '2009'], ['early 2019', '2019'], ['2019', '2019'],
      ['last Tuesday', '2025-10-28'], ['the past 12 months', 'P12M'], ['fiscal year 2026', '2026'],
      ['the end of the year', '2025'], ['Q3 2026', '2026-Q3'], ['Monday', '2025-11-03'],
      ['November 12', '2025-11-12'], ['a week from Thursday', '2025-11-13'], ['every 10 minutes', 'PT10M'],
      ['weekdays', 'P1D'], ['every 20 minutes', 'PT20M'], ['Sundays', 'XXXX-WXX-7'], ['this weekend', '2025-W44-WE'],
      ['Saturday', '2025-11-01'], ['Earlier this month', '2025-10'], ['next week', '2025-W45'],
      ['Tuesday', '2025-11-04'],
    ]);
    // "the council votes … a week from Thursday": one date, seven days on from the coming Thursday
    assert.equal(shown(text, 'a week from Thursday'), 'Thursday 13 November 2025');
    assert.equal(shown(text, 'mid-2028'), 'mid-2028');
    assert.equal(shown(text, 'the end of the year'), 'the end of 2025');
    assert.equal(shown(text, 'midnight'), 'Thursday 30 October 2025, midnight');
  });

  it('a wire story whose dateline has no year: results, guidance, a strike every Friday, the shop shut on Saturday', () => {
    const text = fixture('foods.md');
    assert.equal(found(text).date, '2026-03-04');
    assert.deepEqual(pairs(text), [
      ['March 4', '2026-03-04'], ['Wednesday', '2026-03-04'], ['nine days', 'P9D'], ['January', '2026-01'],
      ['the quarter', '2026-Q1'], ['the end of February', '2026-02'], ['a year earlier', '2025-Q1'],
      ['Fiscal 2026', '2026'], ['now', 'PRESENT_REF'], ['the end of the year', '2026'],
      ['the second half of 2027', '2027-H2'], ['18 months', 'P18M'], ['mid-2024', '2024'],
      ['Wednesday', '2026-03-04'], ['11:30 a.m.', '2026-03-04T11:30'], ['May 20', '2026-05-20'],
      ['June 9', '2026-06-09'], ['weeks', 'PXW'], ['1921', '1921'], ['the last decade', '201'],
      ['the third quarter of 2024', '2024-Q3'], ['60 years', 'P60Y'], ['every quarter', 'P3M'],
      ['the coming two years', 'P2Y'], ['Tuesday', '2026-03-03'], ['next Monday', '2026-03-09'],
      ['last month', '2026-02'], ['every Friday', 'XXXX-WXX-5'], ['February 6', '2026-02-06'],
      ['the summer', '2026-SU'], ['November', '2025-11'], ['late last year', '2025'], ['Friday', '2026-03-06'],
      ['Saturday', '2026-03-07'],
    ]);
    // "March 4" without its year: the last such day on or before the day the story is read
    assert.equal(shown(text, 'late last year'), 'late 2025');
    assert.equal(shown(text, 'next Monday'), 'Monday 9 March 2026');
  });

  it('a festival story dated in front matter: tonight, through Sunday, the hours of a timetable, seasons', () => {
    const text = fixture('festival.md');
    assert.equal(found(text).date, '2026-06-18');
    assert.deepEqual(pairs(text), [
      ['2026-06-18', '2026-06-18'], ['tonight', '2026-06-18TNI'], ['7 p.m.', '2026-06-18T19:00'],
      ['nine months', 'P9M'], ['last September', '2025-09'], ['Tuesday', '2026-06-16'], ['the four days', 'P4D'],
      ['2019', '2019'], ['Sunday', '2026-06-21'], ['9:30 p.m.', '2026-06-21T21:30'], ['Sunday', '2026-06-21'],
      ['10 p.m.', '2026-06-21T22:00'], ['This week', '2026-W25'], ['2 a.m.', '2026-06-17T02:00'],
      ['Wednesday', '2026-06-17'], ['the past six weeks', 'P6W'], ['September 14', '2025-09-14'],
      ['three days', 'P3D'], ['the winter', '2026-WI'], ['mid-April', '2026-04'], ['every summer', 'XXXX-SU'],
      ['the 1970s', '197'], ['2020', '2020'], ['2021', '2021'], ['the end of the month', '2026-06'],
      ['every Saturday', 'XXXX-WXX-6'], ['this weekend', '2026-W25-WE'], ['every 15 minutes', 'PT15M'],
      ['10 a.m.', 'T10:00'], ['midnight', 'T24:00'], ['daily', 'P1D'], ['Next year', '2027'],
      ['the third week of June 2027', '2027-W24'], ['five years', 'P5Y'], ['2028', '2028'],
      ['Earlier this year', '2026'], ['the autumn', '2026-FA'], ['about 18 months', 'P18M'],
      ['Monday, June 29', '2026-06-29'], ['Friday', '2026-06-19'],
    ]);
    // the hours of "every 15 minutes from 10 a.m. to midnight daily" are on no one day
    assert.equal(shown(text, '10 a.m.'), '10:00');
    assert.equal(shown(text, 'the third week of June 2027'), 'the week of 14 June 2027');
  });
  it('an election story under a "Published" stamp: plural subjects in the present, sets, fiscal years across two years', () => {
    const text = fixture('ballot.md');
    assert.equal(found(text).date, '2026-03-03');
    assert.deepEqual(pairs(text), [
      ['Tuesday 3 March 2026', '2026-03-03'], ['Sunday', '2026-03-08'], ['2019', '2019'],
      ['Thursday', '2026-03-05'], ['Saturday', '2026-03-07'], ['Sunday', '2026-03-08'],
      ['7 a.m.', '2026-03-08T07:00'], ['10 p.m.', '2026-03-08T22:00'], ['FY2024-25', '2025'],
      ['fiscal 2025/26', '2026'], ['last week', '2026-W09'], ['the 2026–27 financial year', '2027'],
      ['FY27', '2027'], ['the first Monday of every month', 'P1M'], ['every second Tuesday', 'P2W'],
      ['each weekday morning', 'TXXMO'], ['twice a week', 'P1W'], ['every other week', 'P2W'],
      ['2020-21 winter', '2020-WI'], ['every four years', 'P4Y'], ['midnight', '2026-03-08T24:00'],
      ['Sunday', '2026-03-08'], ['Monday', '2026-03-09'], ['Thursday', '2026-02-26'], ['last week', '2026-W09']
    ]);
    // "voters in the three northern hill towns elect a joint mayor on Sunday", "the two candidates meet in a televised
    // debate on Thursday": the coming days; "the unions met on Thursday last week": the one gone
    assert.equal(shown(text, 'FY2024-25'), 'fiscal year 2024–25');
    assert.equal(shown(text, 'the 2026–27 financial year'), 'the 2026–27 financial year');
    assert.equal(shown(text, 'the first Monday of every month'), 'the first Monday of every month');
    assert.equal(shown(text, 'every second Tuesday'), 'every second Tuesday');
    assert.equal(shown(text, 'each weekday morning'), 'every weekday morning');
    assert.equal(shown(text, 'twice a week'), 'twice a week');
    assert.equal(shown(text, '2020-21 winter'), 'winter 2020–21');
  });

  it('a court report in front matter: a trial date set ahead, deadlines in the present, bail conditions, a set of quarters', () => {
    const text = fixture('court.md');
    assert.equal(found(text).date, '2026-02-11');
    assert.deepEqual(pairs(text), [
      ['2026-02-11', '2026-02-11'], ['September', '2026-09'], ['Wednesday', '2026-02-11'],
      ['September 14', '2026-09-14'], ['about six weeks', 'P6W'], ['Friday', '2026-02-13'],
      ['March 6', '2026-03-06'], ['2023', '2023'], ['17 years', 'P17Y'], ['May 2024', '2024-05'],
      ['last April', '2025-04'], ['2027', '2027'], ['10 a.m.', '2026-03-20T10:00'], ['March 20', '2026-03-20'],
      ['January 2019', '2019-01'], ['the end of 2022', '2022'], ['the last quarter of each year', 'XXXX-Q4'],
      ['the 2021-22 financial year', '2022'], ['every Monday', 'XXXX-WXX-1'], ['48 hours', 'PT48H'],
      ['more than six years ago', '2020'], ['Thursday', '2026-02-12'], ['November', '2025-11'],
      ['February 27', '2026-02-27'], ['the summer of 2024', '2024-SU'], ['the first Tuesday of every month', 'P1M'],
      ['March 3', '2026-03-03']
    ]);
    // "set the trial for September 14", "have until Friday", "appear before magistrates on Thursday": all ahead
    assert.equal(shown(text, 'September 14'), 'Monday 14 September 2026');
    assert.equal(shown(text, 'Friday'), 'Friday 13 February 2026');
    assert.equal(shown(text, 'the last quarter of each year'), 'the fourth quarter of every year');
    assert.equal(shown(text, 'more than six years ago'), '2020 or earlier');
    assert.equal(shown(text, 'the 2021-22 financial year'), 'the 2021–22 financial year');
  });

  it('a fixtures preview under a wire dateline: kick-off on the match day, a team that plays away, seasons, the weekend after', () => {
    const text = fixture('derby.md');
    assert.equal(found(text).date, '2026-04-16');
    assert.deepEqual(pairs(text), [
      ['April 16', '2026-04-16'], ['Saturday', '2026-04-18'], ['the 2009-10 season', '2010'],
      ['3 p.m.', '2026-04-18T15:00'], ['Tuesday night', '2026-04-14TNI'], ['Wednesday', '2026-04-22'],
      ['November', '2025-11'], ['Saturday', '2026-04-18'], ['two hours', 'PT2H'],
      ['Monday morning', '2026-04-13TMO'], ['twice a day', 'P1D'], ['this week', '2026-W16'], ['16 years', 'P16Y'],
      ['January', '2026-01'], ['the end of the 2027-28 season', '2028'], ['March 28', '2026-03-28'],
      ['Sunday, May 10', '2026-05-10'], ['the following weekend', '2026-W20-WE'], ['Saturday', '2026-04-18'],
      ['the 2026-27 season', '2027'], ['the end of the month', '2026-04'], ['every 20 minutes', 'PT20M'],
      ['noon', 'T12:00'], ['next Sunday', '2026-04-19'], ['a week from Friday', '2026-04-24']
    ]);
    // "Kick-off is at 3 p.m." follows the match day named in the sentence before, past the season named in passing
    assert.equal(shown(text, '3 p.m.'), 'Saturday 18 April 2026, 15:00');
    assert.equal(shown(text, 'the following weekend'), 'the weekend of 16 May 2026');
    assert.equal(shown(text, 'the 2009-10 season'), 'the 2009–10 season');
    assert.equal(shown(text, 'twice a day'), 'twice a day');
  });
});

// Four more made-up stories of kinds the six above are not: a storm forecast, a timetable change announced ahead, an
// anniversary feature, a live page. Each has its page furniture (stamps, bylines, captions, credits, timestamps), none
// of which may be a claim, while the story's factual sentences are.
const claimsOf = (text: string) => analyze(text, { referenceDate: found(text).date }).claims.map(c => c.text);
const noFurnitureClaimed = (text: string, furniture: readonly string[], facts: readonly string[]) => {
  const claims = claimsOf(text);
  for (const line of furniture) assert.ok(!claims.some(c => c.includes(line)), `furniture flagged: ${line}`);
  for (const fact of facts) assert.ok(claims.some(c => c.startsWith(fact)), `fact missed: ${fact}`);
};

describe('dates and furniture in made-up forecasts, timetables, features and live pages', () => {
  it('a storm forecast under a "Published" stamp: by Tuesday evening, overnight, the next 48 hours, last winter', () => {
    const text = fixture('storm.md');
    assert.equal(found(text).date, '2026-11-09');
    assert.deepEqual(pairs(text), [
      ['Monday 9 November 2026', '2026-11-09'], ['06:15 GMT', '2026-11-09T06:15'], ['Sunday evening', '2026-11-08TEV'],
      ['Tuesday evening', '2026-11-10TEV'], ['overnight', '2026-11-09TNI'], ['Tuesday afternoon', '2026-11-10TAF'],
      ['the next 48 hours', 'PT48H'], ['early Tuesday morning', '2026-11-10TMO'], ['Tuesday', '2026-11-10'],
      ['noon', '2026-11-10T12:00'], ['6 p.m.', '2026-11-10T18:00'], ['Wednesday', '2026-11-11'],
      ['February 2014', '2014-02'], ['Tuesday', '2026-11-10'], ['Sunday night', '2026-11-08TNI'],
      ['3 a.m.', '2026-11-09T03:00'], ['Monday', '2026-11-09'], ['Wednesday morning', '2026-11-11TMO'],
      ['the rest of the week', '2026-W46'], ['Last winter', '2025-WI'], ['a month', 'P1M'], ['last spring', '2025-SP'],
      ['Monday 9 November 2026', '2026-11-09'], ['11:40 GMT', '2026-11-09T11:40'],
    ]);
    // "gusts … expected by Tuesday evening" after "have issued": the forecast's deadline, ahead
    assert.equal(shown(text, 'Tuesday evening'), 'Tuesday 10 November 2026, evening');
    // "- Drier, colder weather from Wednesday": a list item without a verb, the coming Wednesday
    assert.equal(shown(text, 'Wednesday'), 'Wednesday 11 November 2026');
    noFurnitureClaimed(text, ['By Tamsin Reeve', 'Published: Monday', '![Waves break', 'Waves break over the sea wall',
      'Photo: Jonas Alder', 'HARROWMERE', 'Updated: Monday'], ['Forecasters have issued', 'The national weather agency said',
      'Chief forecaster Elin Haverd said', 'The River Tolle burst its banks']);
  });

  it('a timetable change in front matter: from March 1 next year, the last trains on February 28, a vote in December', () => {
    const text = fixture('rail.md');
    assert.equal(found(text).date, '2026-09-24');
    assert.deepEqual(pairs(text), [
      ['March', '2026-03'], ['2026-09-24', '2026-09-24'], ['March', '2026-03'], ['Thursday 24 September 2026', '2026-09-24'],
      ['March 1', '2027-03-01'], ['next year', '2027'], ['early-morning', 'TMO'], ['Thursday', '2026-09-24'],
      ['Monday, March 1, 2027', '2027-03-01'], ['5:10 a.m.', '2027-03-01T05:10'], ['twenty minutes earlier', undefined],
      ['now', 'PRESENT_REF'], ['every 15 minutes', 'PT15M'], ['9 a.m.', 'T09:00'], ['weekdays', 'P1D'],
      // the departures of a timetable ("the 11:45 p.m. and 12:30 a.m. departures", "services leave Ashby at 5:25, 5:40
      // and 5:55 a.m.", "trains run every half hour from 7 a.m.") are slots on every day it runs, on no one day
      ['11:45 p.m.', 'T23:45'], ['12:30 a.m.', 'T00:30'], ['February 28', '2027-02-28'],
      ['5:25', 'T05:25'], ['5:40', 'T05:40'], ['5:55 a.m.', 'T05:55'], ['7 a.m.', 'T07:00'],
      ['the past two years', 'P2Y'], ['2025', '2025'], ['October 30', '2026-10-30'], ['December', '2026-12'],
      ['mid-January', '2027-01'], ['May 2019', '2019-05'], ['Sunday', 'XXXX-WXX-7'], ['the next two weekends', 'P4D'],
    ]);
    assert.equal(shown(text, 'Monday, March 1, 2027'), 'Monday 1 March 2027');
    assert.equal(shown(text, 'mid-January'), 'mid-January 2027');
    noFurnitureClaimed(text, ['By Priya Lind', 'Thursday 24 September 2026', 'A train waits at Corran Street station',
      'Photo: Northvale Rail'], ['Northvale Rail will scrap', 'The new timetable takes effect',
      'Its chief executive, Rolf Amsel, said', 'The Corran line last had a major timetable change']);
  });

  it('an anniversary feature: fifty years ago this week, days of that February, the 1970s, the following year', () => {
    const text = fixture('anniversary.md');
    assert.equal(found(text).date, '2026-02-14');
    assert.deepEqual(pairs(text), [
      ['Fifty years', 'P50Y'], ['the winter', '2026-WI'], ['14 February 2026', '2026-02-14'], ['February 1976', '1976-02'],
      ['1976', '1976'], ['February 1976', '1976-02'], ['Fifty years ago', '1976'], ['this week', '2026-W07'],
      ['eleven days', 'P11D'], ['February 1976', '1976-02'], ['February 8', '1976-02-08'], ['February 19', '1976-02-19'],
      ['the 1970s', '197'], ['The winter of 1976', '1976-WI'], ['a week', 'P1W'],
      // "took the van onto the ice on the Saturday" (in 1976, in a quote): a Saturday of that winter, which the
      // story does not date, never the article's Saturday
      ['Saturday', 'XXXX-WXX-6'], ['1981', '1981'], ['the following year', '1982'], ['Saturday', '2026-02-14'],
      ['next winter', '2026-WI'], ['this century', '20'], ['1890', '1890'], ['1947', '1947'], ['1963', '1963'],
      ['the end of March', '2026-03'],
    ]);
    // "For eleven days in February 1976 … The cold snap began on February 8": that February's days, not this one's
    assert.equal(shown(text, 'February 19'), 'Thursday 19 February 1976');
    // "next winter", written in February 2026: the winter that starts in December 2026
    assert.equal(shown(text, 'next winter'), 'winter 2026');
    noFurnitureClaimed(text, ['A feature by Hal Oduya', 'Published 14 February 2026', 'Skaters on the frozen Lake Tarn',
      'Photo: Tarnby Museum archive', 'TARNBY'], ['Fifty years ago this week, Lake Tarn froze',
      'For eleven days in February 1976', 'Records kept since 1890']);
  });

  it('a live page: "Updated 3 hours ago", entries under clock-time headings, a speech due at noon, the closing stamp', () => {
    const text = fixture('liveblog.md');
    assert.equal(found(text).date, '2026-10-11');
    assert.deepEqual(pairs(text), [
      ['3 hours ago', undefined], ['Sunday 11 October 2026', '2026-10-11'], ['10 p.m.', '2026-10-10T22:00'],
      ['Saturday', '2026-10-10'], ['2022', '2022'], ['Sunday evening', '2026-10-11TEV'], ['09:42 GMT', '2026-10-11T09:42'],
      ['1998', '1998'], ['09:15 GMT', '2026-10-11T09:15'], ['about two hours', 'PT2H'], ['8:50 a.m.', '2026-10-11T08:50'],
      ['Sunday', '2026-10-11'], ['08:30 GMT', '2026-10-11T08:30'], ['07:05 GMT', '2026-10-11T07:05'],
      ['last night', '2026-10-10TNI'], ['noon', '2026-10-11T12:00'], ['October 26', '2026-10-26'],
      ['10:05 GMT', '2026-10-11T10:05'],
    ]);
    // "She is due to speak at noon" after "said last night": today's noon; "Updated at 10:05 GMT" after "October 26": today
    assert.equal(shown(text, 'noon'), 'Sunday 11 October 2026, 12:00');
    assert.equal(shown(text, '10:05 GMT'), 'Sunday 11 October 2026, 10:05');
    noFurnitureClaimed(text, ['Updated 3 hours ago', 'By the Vessmark Herald politics team', 'Published Sunday',
      '09:42 GMT', '09:15 GMT', '08:30 GMT', '07:05 GMT', 'Counting staff at the Vessmark city hall', 'Photo: Ruth Kalm',
      'Updated at 10:05 GMT'], ['Counting began at 10 p.m.', 'Turnout was 68 per cent', 'The Green Union has won',
      'Officials said the power was restored', 'The new parliament meets']);
  });
});
