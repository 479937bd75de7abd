import assert from 'node:assert/strict';
import { fixture, found, pairs, shown } from './dateFixtures';
import { analyze } from '../../../../../src/core/detect/analyze';
import { detectDates } from '../../../../../src/core/detect/dates';

// Six short news stories written for these tests (test/fixtures/dates), each dated in its own way: a Wikinews-style
// dateline line, a wire dateline without its year, front matter, a "Published" stamp with a day-first date. Every time expression in them, with its value,
// read by hand against the story's date. Towns, firms and people in them are made up.

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
      // (one date, the Thursday of last week, as "9 June last year" is one)
      ['Sunday', '2026-03-08'], ['Monday', '2026-03-09'], ['Thursday last week', '2026-02-26'],
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
      ['Monday 9 November 2026, 06:15 GMT', '2026-11-09T06:15'], ['Sunday evening', '2026-11-08TEV'],
      ['Tuesday evening', '2026-11-10TEV'], ['overnight', '2026-11-09TNI'], ['Tuesday afternoon', '2026-11-10TAF'],
      ['the next 48 hours', 'PT48H'], ['early Tuesday morning', '2026-11-10TMO'], ['Tuesday', '2026-11-10'],
      ['noon', '2026-11-10T12:00'], ['6 p.m.', '2026-11-10T18:00'], ['Wednesday', '2026-11-11'],
      ['February 2014', '2014-02'], ['Tuesday', '2026-11-10'], ['Sunday night', '2026-11-08TNI'],
      ['3 a.m.', '2026-11-09T03:00'], ['Monday', '2026-11-09'], ['Wednesday morning', '2026-11-11TMO'],
      ['the rest of the week', '2026-W46'], ['Last winter', '2025-WI'], ['a month', 'P1M'], ['last spring', '2025-SP'],
      ['Monday 9 November 2026, 11:40 GMT', '2026-11-09T11:40'],
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
      // the title's and the headline's "to cut … from March": ahead, the March 1 of next year the story gives
      ['March', '2027-03'], ['2026-09-24', '2026-09-24'], ['March', '2027-03'], ['Thursday 24 September 2026', '2026-09-24'],
      // (one date, as TimeML writes "June last year")
      ['March 1 next year', '2027-03-01'], ['early-morning', 'TMO'], ['Thursday', '2026-09-24'],
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
      ['1976', '1976'], ['February 1976', '1976-02'], ['Fifty years ago this week', '1976-W07'],
      ['eleven days', 'P11D'], ['February 1976', '1976-02'], ['February 8', '1976-02-08'], ['February 19', '1976-02-19'],
      ['the 1970s', '197'], ['The winter of 1976', '1976-WI'], ['a week', 'P1W'],
      // "took the van onto the ice on the Saturday" (in 1976, in a quote): a Saturday of that winter, which the
      // story does not date, never the article's Saturday
      ['Saturday', 'XXXX-WXX-6'], ['the following spring', '1977-SP'], ['1981', '1981'], ['the following year', '1982'],
      ['Saturday', '2026-02-14'],
      ['next winter', '2026-WI'], ['this century', '20'], ['1890', '1890'], ['1947', '1947'], ['1963', '1963'],
      ['the end of March', '2026-03'],
    ]);
    // "For eleven days in February 1976 … The cold snap began on February 8": that February's days, not this one's
    assert.equal(shown(text, 'February 19'), 'Thursday 19 February 1976');
    // "did not speak to him until the following spring", told of the winter of 1976: the spring after it
    assert.equal(shown(text, 'the following spring'), 'spring 1977');
    // "next winter", written in February 2026: the winter that starts in December 2026
    assert.equal(shown(text, 'next winter'), 'winter 2026');
    // "Fifty years ago this week": the week fifty years before the article's, one expression
    assert.equal(shown(text, 'Fifty years ago this week'), 'the week of 9 February 1976');
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

// Five more made-up stories of kinds the ten above are not: a wiki-style brief dated by its first line, a fraud
// sentencing, a results report of a firm whose year ends in June, a town's bicentenary feature, a cup schedule.
describe('dates in a wiki-style brief, a sentencing, a results report, a retrospective and a cup schedule', () => {
  it('a wiki-style quake brief: the date line, a present-tense headline dated by the story, local and UTC times, a yearly memorial', () => {
    const text = fixture('quake.md');
    assert.equal(found(text).date, '2026-03-11');
    assert.deepEqual(pairs(text), [
      ['Wednesday, March 11, 2026', '2026-03-11'], ['Tuesday', '2026-03-10'], ['Tuesday', '2026-03-10'],
      ['4:17 a.m. local time', '2026-03-10T04:17'], ['02:17 UTC', '2026-03-10T02:17'], ['the next six hours', 'PT6H'],
      ['6 a.m.', '2026-03-10T06:00'], ['Tuesday morning', '2026-03-10TMO'], ['9 a.m.', '2026-03-10T09:00'],
      ['Thursday', '2026-03-12'], ['the next two weeks', 'P2W'], ['1987', '1987'], ['1987', '1987'],
      ['the coming days', 'PXD'], ['the spring of 2009', '2009-SP'], ['Wednesday afternoon', '2026-03-11TAF'],
      ['1987', '1987'], ['every March 12', 'XXXX-03-12'], ['March 10, 2026', '2026-03-10'],
    ]);
    // "# Earthquake shakes southern Corvania on Tuesday" over "struck … early on Tuesday": the Tuesday gone by, not the
    // coming one the headline's present tense alone would say
    assert.equal(shown(text, 'Tuesday'), 'Tuesday 10 March 2026');
    assert.equal(shown(text, 'every March 12'), 'every 12 March');
    // "Corvania Daily" is a paper, not "every day"; the source's date alone is no claim
    noFurnitureClaimed(text, ['Wednesday, March 11, 2026', 'CALDERA CITY', 'March 10, 2026.'], ['A magnitude 6.4 earthquake struck',
      'The quake hit at 4:17 a.m.', 'The 1987 quake killed 14 people']);
  });

  it('a sentencing in front matter: a span of years, days before a month named, the week of a hearing, for the next year', () => {
    const text = fixture('sentencing.md');
    assert.equal(found(text).date, '2026-05-21');
    assert.deepEqual(pairs(text), [
      ['six years', 'P6Y'], ['2026-05-21', '2026-05-21'], ['six years', 'P6Y'], ['seven years', 'P7Y'], ['six years', 'P6Y'],
      ['Thursday', '2026-05-21'], ['March', '2026-03'], ['January 2017', '2017-01'], ['August 2024', '2024-08'],
      // "on the last working day of the month", said of years of thefts: any month of them, which no value says
      ['the month', undefined],
      ['September 2024', '2024-09'], ['two days earlier', '2024-09'], ['2011', '2011'], ['October 3, 2024', '2024-10-03'],
      ['the 19 months', 'P19M'], ['ten years', 'P10Y'], ['the week of September 14', '2026-W38'],
      ['the end of next year', '2027'], ['18 months', 'P18M'], ['200 hours', 'PT200H'], ['every two weeks', 'P2W'],
      ['the next year', 'P1Y'], ['Friday', '2026-05-15'],
    ]);
    // "came to light in September 2024, when a new auditor queried a payment made two days earlier": that month
    assert.equal(shown(text, 'two days earlier'), 'September 2024');
    assert.equal(shown(text, 'the week of September 14'), 'the week of 14 September 2026');
    // "report to probation every two weeks for the next year": how long, not which year
    assert.equal(shown(text, 'the next year'), 'one year');
    noFurnitureClaimed(text, ['By Ines Haldor'], ['A former charity treasurer who took', 'He was arrested on October 3, 2024']);
  });

  it('a results report under a wire dateline: the year-ago quarter, a fiscal year ending in June, record and payment dates', () => {
    const text = fixture('earnings.md');
    assert.equal(found(text).date, '2026-07-29');
    assert.deepEqual(pairs(text), [
      ['2026-07-29', '2026-07-29'], ['July 29', '2026-07-29'],
      // "the full fiscal year, which ended in June": the quarters of a fiscal year that ends in June are the calendar
      // quarters they cover ("fourth-quarter" is April to June 2026 here, "first-quarter" July to September 2026)
      ['fourth-quarter', '2026-Q2'], ['Wednesday', '2026-07-29'], ['fiscal 2027', '2027'], ['the three months', 'P3M'],
      ['June 30', '2026-06-30'], ['the year-ago quarter', '2025-Q2'], ['the full fiscal year', '2026'], ['June', '2026-06'],
      ['February', '2026-02'], ['60-year', 'P60Y'], ['the spring', '2026-SP'], ['September 1', '2026-09-01'],
      ['the 12 months', 'P12M'], ['June 2027', '2027-06'], ['the third quarter', '2027-Q1'], ['first-quarter', '2026-Q3'],
      ['October 28', '2026-10-28'], ['August 20', '2026-08-20'], ['August 7', '2026-08-07'], ['every year', 'P1Y'],
      ['2015', '2015'], ['this year', '2026'],
    ]);
    // "up from 79 million in the year-ago quarter" after "the three months to June 30"
    assert.equal(shown(text, 'the year-ago quarter'), 'the second quarter of 2025');
    assert.equal(shown(text, 'August 7'), 'Friday 7 August 2026');
    // "a factory in the third quarter of the new fiscal year": its months, never a calendar quarter the story did not say
    assert.equal(shown(text, 'the third quarter'), 'January to March 2027');
    assert.equal(shown(text, 'fourth-quarter'), 'April to June 2026');
  });

  it('a bicentenary feature: centuries and decades, a Friday of 1971, the past half century, a parade on Saturday', () => {
    const text = fixture('mill.md');
    assert.equal(found(text).date, '2026-08-06');
    assert.deepEqual(pairs(text), [
      ['2026-08-06', '2026-08-06'], ['Two centuries ago', '1826'], ['this summer', '2026-SU'],
      ['the middle of the 19th century', '18'], ['1834', '1834'], ['the 1840s', '184'], ['almost two years', 'P2Y'],
      ['the 1870s', '187'], ['the turn of the century', '1900'], ['the late 1960s', '196'], ['the 1950s', '195'], ['Friday', 'XXXX-WXX-5'],
      ['June 1971', '1971-06'], ['50 years', 'P50Y'], ['60 hours', 'PT60H'], ['the past half century', 'P50Y'],
      ['2019', '2019'], ['last year', '2025'], ['Saturday', '2026-08-08'], ['the end of October', '2026-10'],
      ['2030', '2030'],
    ]);
    // "the last looms stopped on a Friday in June 1971": some Friday of that June, never the article's
    assert.equal(shown(text, 'Friday'), 'Friday');
    assert.equal(shown(text, 'the past half century'), '50 years');
    // after "By the 1870s": the turn the story has come to, not the one nearest the article
    assert.equal(shown(text, 'the turn of the century'), 'around 1900');
    noFurnitureClaimed(text, ['A feature by Colm Aster'], ['By the 1870s, though, the mill employed', 'In 2019 a trust bought them']);
  });

  it('a cup schedule: this Saturday and next Saturday, a list of fixtures with kick-off times, the weekend of two days', () => {
    const text = fixture('cup.md');
    assert.equal(found(text).date, '2026-01-15');
    assert.deepEqual(pairs(text), [
      ['Saturday', '2026-01-17'], ['2026-01-15', '2026-01-15'], ['Saturday', '2026-01-17'], ['eight days', 'P8D'],
      ['Thursday', '2026-01-15'], ['this Saturday', '2026-01-17'], ['next Saturday', '2026-01-24'],
      ['every three days', 'P3D'], ['the end of the month', '2026-01'], ['This week', '2026-W03'],
      ['Saturday 17 January', '2026-01-17'], ['3pm', '2026-01-17T15:00'], ['Sunday 18 January', '2026-01-18'],
      ['1.30pm', '2026-01-18T13:30'], ['Tuesday 20 January', '2026-01-20'], ['7.45pm', '2026-01-20T19:45'],
      ['1998', '1998'], ['2011', '2011'], ['October', '2025-10'], ['the weekend of February 7-8', '2026-W06-WE'],
      ['a fortnight', 'P2W'], ['Saturday, May 16', '2026-05-16'], ['10am tomorrow', '2026-01-16T10:00'],
    ]);
    // "We play this Saturday and again next Saturday": said together, next Saturday is the one after this one
    assert.equal(shown(text, 'next Saturday'), 'Saturday 24 January 2026');
    assert.equal(shown(text, 'the weekend of February 7-8'), 'the weekend of 7 February 2026');
  });
});

describe('"next Sunday", "this Sunday" and "the Saturday" in made-up sentences', () => {
  const values = (text: string, today: string) => detectDates(text, today).map(d => [d.text, d.value]);
  it('reads "next Sunday" on a Thursday as the coming Sunday, and "this Monday" as the one of this week', () => {
    // TimeML systems and most news read "next Sunday" as the first Sunday after the article's day; a writer meaning
    // the Sunday after that gives its date
    assert.deepEqual(values('Voters go to the polls next Sunday.', '2026-01-15'), [['next Sunday', '2026-01-18']]);
    assert.deepEqual(values('The mayor spoke this Monday and will speak again this Sunday.', '2026-01-15'),
      [['this Monday', '2026-01-12'], ['this Sunday', '2026-01-18']]);
  });
  it('dates "the Saturday" by the day the story last named, and leaves a Saturday of an undated time undated', () => {
    assert.deepEqual(values('The strike began on Wednesday, June 3, 1998. Pickets blocked the gates on the Saturday, police said.', '2026-01-15'),
      [['Wednesday, June 3, 1998', '1998-06-03'], ['Saturday', '1998-06-06']]);
    assert.deepEqual(values('In the 1950s the market opened on a Tuesday.', '2026-01-15'), [['the 1950s', '195'], ['Tuesday', 'XXXX-WXX-2']]);
    // "by the Tuesday deadline": an adjective, a Tuesday near the article's day as before (ahead, in the present)
    assert.deepEqual(values('Bids are due by the Tuesday deadline.', '2026-01-15'), [['Tuesday', '2026-01-20']]);
  });
  it('dates a plain text\'s present-tense headline by the story below it', () => {
    const text = 'Thursday, May 7, 2026\n\nFerry operator cancels crossings on Tuesday\n\nThe operator cancelled all crossings on Tuesday after a storm. Crossings resume on Saturday.\n';
    assert.deepEqual(pairs(text), [['Thursday, May 7, 2026', '2026-05-07'], ['Tuesday', '2026-05-05'], ['Tuesday', '2026-05-05'], ['Saturday', '2026-05-09']]);
    // with no such day below, the headline's present still reads as the coming day
    const ahead = 'Thursday, May 7, 2026\n\nFerry operator resumes crossings on Saturday\n\nThe operator said the storm had passed.\n';
    assert.deepEqual(pairs(ahead), [['Thursday, May 7, 2026', '2026-05-07'], ['Saturday', '2026-05-09']]);
  });
  it('reads a 24-hour time with its zone, and a year after "in" as a year', () => {
    assert.deepEqual(values('The ship sank at 11 p.m. on Sunday (0400 GMT Monday). The next ferry left at 2215 local time.', '2026-01-14'),
      [['11 p.m.', '2026-01-11T23:00'], ['Sunday', '2026-01-11'], ['0400 GMT Monday', '2026-01-12T04:00'], ['2215 local time', '2026-01-12T22:15']]);
    assert.deepEqual(values('In 1930 GMT was the standard.', '2026-01-14'), [['1930', '1930']]);
    // "at around 10:00 local time (1500 UTC) on Monday": both on that Monday
    assert.deepEqual(values('The fire broke out at around 10:00 local time (1500 UTC) on Monday.', '2026-05-06'),
      [['around 10:00 local time', '2026-05-04T10:00'], ['1500 UTC', '2026-05-04T15:00'], ['Monday', '2026-05-04']]);
  });
  it('counts "the day before" and "the year after" from the time the story speaks of', () => {
    assert.deepEqual(values('The fire broke out on Monday, May 4. The day before, winds had reached 90 km/h.', '2026-05-06'),
      [['Monday, May 4', '2026-05-04'], ['The day before', '2026-05-03']]);
    assert.deepEqual(values('In 2019 the plant closed; the year after, it reopened.', '2026-05-06'), [['2019', '2019'], ['the year after', '2020']]);
    assert.deepEqual(values('The three-day summit opened on Tuesday and ended the next day.', '2026-05-08'),
      [['three-day', 'P3D'], ['Tuesday', '2026-05-05'], ['the next day', '2026-05-06']]);
    assert.deepEqual(values('The blast happened at 14:30 (UTC) on Sunday.', '2026-05-06'), [['14:30', '2026-05-03T14:30'], ['Sunday', '2026-05-03']]);
    // before an event TimeML tags "the day" alone
    assert.equal(values('The day before the vote was quiet.', '2026-05-06')[0][0], 'The day');
  });
  it('lets the tense move the weekday of a time written before it ("at 10 a.m. Monday")', () => {
    assert.deepEqual(values('The agreement expires at midnight Thursday. The deadline passed at 5 p.m. Friday. Talks will resume at 10 a.m. Monday.', '2026-05-06'),
      [['midnight Thursday', '2026-05-07T24:00'], ['5 p.m. Friday', '2026-05-01T17:00'], ['10 a.m. Monday', '2026-05-11T10:00']]);
  });
  it('reads a day after a clock time by the verb before the time, and a time joined by "and" on the same day', () => {
    assert.deepEqual(values('Polls open at 7 a.m. and close at 8 p.m. on Sunday. The fire started at 3 a.m. on Monday.', '2026-04-02'),
      [['7 a.m.', '2026-04-05T07:00'], ['8 p.m.', '2026-04-05T20:00'], ['Sunday', '2026-04-05'], ['3 a.m.', '2026-03-30T03:00'], ['Monday', '2026-03-30']]);
    // "runs through Friday": a spell in the present that lasts up to a day ahead
    assert.deepEqual(values('Early voting began last Saturday and runs through Friday.', '2026-04-02'),
      [['last Saturday', '2026-03-28'], ['Friday', '2026-04-03']]);
  });
  it('puts the times of a timetable on no one day', () => {
    assert.deepEqual(values('The 6:15 a.m. and 8 p.m. sailings end in March. Ferries leave Tarn at 7:10, 9:40 and 11:55 a.m.', '2026-01-15'),
      [['6:15 a.m.', 'T06:15'], ['8 p.m.', 'T20:00'], ['March', '2026-03'], ['7:10', 'T07:10'], ['9:40', 'T09:40'], ['11:55 a.m.', 'T11:55']]);
    // a day in the time's own sentence still holds it
    assert.deepEqual(values('On Monday the ferry leaves at 9 a.m.', '2026-01-15'), [['Monday', '2026-01-19'], ['9 a.m.', '2026-01-19T09:00']]);
  });

  it('a heatwave story, hard-wrapped: a forecast day and a warning\'s deadline are ahead, records are past', () => {
    const text = fixture('heatwave.md');
    assert.equal(found(text).date, '2026-07-22');
    const values = new Map(pairs(text).map(([written, value]) => [written, value]));
    // "with thunderstorms likely on Friday evening" (a prospect) and "An⏎amber heat warning covers the south-east until
    // midnight on Thursday" (a present clause, read across the line break) are the coming days
    assert.equal(values.get('Friday evening'), '2026-07-24TEV');
    assert.equal(values.get('Thursday'), '2026-07-23');
    assert.equal(values.get('midnight'), '2026-07-23T24:00');
    assert.equal(values.get('Tuesday afternoon'), '2026-07-21TAF');
    assert.equal(values.get('19 July 2022'), '2022-07-19');
    assert.equal(values.get('Monday'), '2026-07-20');
    assert.equal(values.get('last week'), '2026-W29');
    // "rose by a third last week compared with the same week last year"
    assert.equal(values.get('the same week last year'), '2025-W29');
    // (left: "the heat of the day" is read as the article's day)
  });
});

