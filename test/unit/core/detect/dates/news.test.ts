import assert from 'node:assert/strict';
import { presentClauseBefore } from '../../../../../src/core/detect/dates/present';
import { detectDates } from '../../../../../src/core/detect/dates';
import { displayDate } from '../../../../../src/core/detect/dates/display';

const before = (sentence: string, day: string) => presentClauseBefore(sentence.slice(0, sentence.indexOf(day)));

describe('a simple-present clause before a day', () => {
  it('reads a timetable: a subject, then a present verb, then the day', () => {
    assert.equal(before('The Tarrow council votes on the budget Monday.', 'Monday'), true);
    assert.equal(before('The Tamsin Street depot is closed on Saturday.', 'Saturday'), true);
    assert.equal(before('Mayor Ostrin tours the new ferry terminal on Tuesday.', 'Tuesday'), true);
    assert.equal(before('She arrives in Lindmoor on Thursday.', 'Thursday'), true);
    assert.equal(before('Officials say the coast road stays shut until Friday.', 'Friday'), true);
    assert.equal(before('The minister visits Kell next week and opens the clinic on Friday.', 'Friday'), true);
    assert.equal(before('Residents of the valley meet on Sunday.', 'Sunday'), true);
    // a plural subject opening the clause, then a plain verb and its object
    assert.equal(before('Fans gather in the Tollard square on Sunday.', 'Sunday'), true);
    assert.equal(before('The Tollard voters elect a mayor on Sunday.', 'Sunday'), true);
    // a plain form that is also the past tells no tense
    assert.equal(before('Traders cut their Tollard bets on Friday.', 'Friday'), false);
  });

  it('reads a subject opened by a name\'s possessive, with a title set off by commas, before a present verb', () => {
    assert.equal(before('Director Lena Fischer\'s third feature, "Agnes Thorne", opens in cinemas on Friday.', 'Friday'), true);
    assert.equal(before('Fischer\'s film opens on Friday.', 'Friday'), true);
    assert.equal(before('Fischer\'s third film opened on Friday.', 'Friday'), false);
    // an object named by several words counts as one: "plays Coco Gauff in the final on"
    assert.equal(before('Iga Swiatek plays Coco Gauff in the final on Saturday.', 'Saturday'), true);
    assert.deepEqual(detectDates('Director Lena Fischer\'s third feature, "Agnes Thorne", opens in cinemas on Friday.', '2026-10-03')
      .map(d => d.value), ['2026-10-09']);
  });

  it('reads a plural or long subject, with its phrase, before a plain verb: the coming day', () => {
    assert.equal(before('Voters in the three hill towns elect a mayor on Sunday.', 'Sunday'), true);
    assert.equal(before('The two ferry unions gather on Thursday.', 'Thursday'), true);
    assert.equal(before('Residents of the Corvell estate vote on Saturday.', 'Saturday'), true);
    assert.equal(before('Thousands of growers march through Tennick on Saturday.', 'Saturday'), true);
    assert.equal(before('Officials said the two unions gather on Thursday.', 'Thursday'), true);
    assert.equal(before('The board of seven trustees decides on Monday.', 'Monday'), true);
    // past narration, a habit, a span of time before "after" are no timetable
    assert.equal(before('The two ferry unions met on Thursday.', 'Thursday'), false);
    assert.equal(before('The unions rang the minister on Thursday.', 'Thursday'), false);
    assert.equal(before('The unions usually gather on Thursday.', 'Thursday'), false);
    assert.equal(before('Voters in Tennick elect a mayor every Sunday.', 'Sunday'), false);
    assert.equal(before('Three working days after Monday', 'Monday'), false);
    assert.equal(before('Shares of the group in Tennick on Monday', 'Monday'), false);
  });

  it('does not read nouns in "-s", a past clause or an infinitive as a timetable', () => {
    assert.equal(before('Granby shares fell 40 cents on Friday.', 'Friday'), false);
    assert.equal(before('The Orrin index dropped 12 points Friday.', 'Friday'), false);
    assert.equal(before('Buyers queued for boots and Pellworth coats on Saturday.', 'Saturday'), false);
    assert.equal(before('He flew to Dunmere to meet the governor on Sunday.', 'Sunday'), false);
    assert.equal(before('The depot was closed on Saturday.', 'Saturday'), false);
    assert.equal(before('The firm says Monday', 'Monday'), false);
    // an opening quantifier is no name, an adverb after the subject stands before its verb, a lone "all" before its verb
    assert.equal(before('Many Ostby families spent Christmas in shelters.', 'Christmas'), false);
    assert.equal(before('The Varnholm bank last cut rates on May 2.', 'May 2'), false);
    assert.equal(before('Ferries were late, and all were cancelling trips by Thursday.', 'Thursday'), false);
    // (still a timetable after such an adverb or quantifier)
    assert.equal(before('The Varnholm club also plays on Sunday.', 'Sunday'), true);
    // a past holiday and a day of the year gone, read so in a story
    assert.deepEqual(detectDates('The storm cut power on December 22. Many families spent Christmas Day in shelters.', '2013-12-29')
      .map(d => d.value), ['2013-12-22', '2013-12-25']);
    assert.deepEqual(detectDates('Rates stayed on hold in Varnholm. The bank last cut rates on May 2. Nobody expects a cut.', '2013-07-04')
      .map(d => d.value), ['2013-05-02']);
  });

  it('moves a weekday after a present verb to the coming day, and keeps a past one behind', () => {
    // 29 October 2025 is a Wednesday
    const values = (text: string) => detectDates(text, '2025-10-29').map(d => [d.text, d.value]);
    assert.deepEqual(values('The Halden library reopens Friday. The Halden pool closed Friday.'),
      [['Friday', '2025-10-31'], ['Friday', '2025-10-24']]);
    assert.deepEqual(values('The hearing follows Monday\'s vote.'), [['Monday', '2025-10-27']]);
  });
});

describe('a count of days or weeks from a day', () => {
  it('reads "a week from Friday" as one date, counted from the coming Friday', () => {
    const values = (text: string) => detectDates(text, '2025-10-29').map(d => [d.text, d.value]);
    assert.deepEqual(values('The Brimley board decides a week from Friday.'), [['a week from Friday', '2025-11-07']]);
    assert.deepEqual(values('Bids close ten days from Monday.'), [['ten days from Monday', '2025-11-13']]);
    assert.deepEqual(values('The Fenwold ballot is two weeks from March 3.'), [['two weeks from March 3', '2026-03-17']]);
  });
});

describe('a day named again, and clock times, follow the day the story speaks of', () => {
  const values = (text: string) => detectDates(text, '2025-10-29').map(d => [d.text, d.value]);

  it('reads a weekday whose sentence gives no tense as that weekday named before', () => {
    assert.deepEqual(values('The Orlen fair runs through Sunday, with the last parade on Sunday.'),
      [['Sunday', '2025-11-02'], ['Sunday', '2025-11-02']]);
    // with no tense before either, the most recent Sunday, as before
    assert.deepEqual(values('Rain on Sunday. Wind on Sunday.'), [['Sunday', '2025-10-26'], ['Sunday', '2025-10-26']]);
  });

  it('leaves the hours of a repeated timetable on no day', () => {
    assert.deepEqual(values('The Quenby ferry leaves daily at 7 a.m. and 5 p.m.'),
      [['daily', 'P1D'], ['7 a.m.', 'T07:00'], ['5 p.m.', 'T17:00']]);
  });

  it('puts a clock time told as done on the day named two sentences before in its paragraph', () => {
    assert.deepEqual(values('Ruiz won the run-off on Sunday. She took 52% of the vote. Her rival conceded shortly before 11 p.m.'),
      [['Sunday', '2025-10-26'], ['11 p.m.', '2025-10-26T23:00']]);
    // not one still to come
    assert.deepEqual(values('Ruiz won the run-off on Sunday. She took 52% of the vote. Her rival will speak at 11 p.m.'),
      [['Sunday', '2025-10-26'], ['11 p.m.', '2025-10-29T23:00']]);
    // across a paragraph, a time told as done is on the one day the story has told of (onTheOneDayToldOf; it stayed on
    // the page's day before the transport pass, which read crash stories' "at about 3 a.m." paragraphs after "early
    // Thursday")
    assert.deepEqual(values('Ruiz won the run-off on Sunday. She took 52% of the vote.\n\nHer rival conceded at 11 p.m.'),
      [['Sunday', '2025-10-26'], ['11 p.m.', '2025-10-26T23:00']]);
  });

  it('puts a clock time on the day named in its sentence or the one before', () => {
    assert.deepEqual(values('The Vell board voted on Monday. The session began at 3 p.m. and ran past midnight.'),
      [['Monday', '2025-10-27'], ['3 p.m.', '2025-10-27T15:00'], ['midnight', '2025-10-27T24:00']]);
    assert.deepEqual(values('The hall opens at 8 p.m. on Friday and the band plays at 9 p.m.'),
      [['8 p.m.', '2025-10-31T20:00'], ['Friday', '2025-10-31'], ['9 p.m.', '2025-10-31T21:00']]);
    // a year named in between is no day: the article's day stays
    assert.deepEqual(values('Sales rose on Monday. Since 2019 the shop has opened at 9 a.m.'),
      [['Monday', '2025-10-27'], ['2019', '2019'], ['9 a.m.', '2025-10-29T09:00']]);
  });
});

describe('a week of a month', () => {
  it('reads "the third week of June 2027" as one date, the ISO week that holds the middle of that week', () => {
    const values = (text: string) => detectDates(text, '2025-10-29').map(d => [d.text, d.value]);
    assert.deepEqual(values('The Sarn regatta is set for the third week of June 2027.'), [['the third week of June 2027', '2027-W24']]);
    // without its year the tense places the month (March gone by), then the week is read in it
    assert.deepEqual(values('The Sarn dock closed during the last week of March.'), [['the last week of March', '2025-W13']]);
    assert.deepEqual(values('The Sarn dock reopens in the first week of March.'), [['the first week of March', '2026-W10']]);
  });

  it('reads "the first Monday in October" as that day, in the year the tense gives the month', () => {
    const values = (text: string) => detectDates(text, '2025-06-27').map(d => [d.text, d.value]);
    assert.deepEqual(values('The court returns on the first Monday in October.'), [['the first Monday in October', '2025-10-06']]);
    assert.deepEqual(values('The vote is on the last Friday of June 2027.'), [['the last Friday of June 2027', '2027-06-25']]);
    assert.deepEqual(values('The fair closed on the second Sunday of May.'), [['the second Sunday of May', '2025-05-11']]);
    assert.deepEqual(values('The fair closed on the second Sunday of October.'), [['the second Sunday of October', '2024-10-13']]);
  });
});

describe('a holiday named without its year', () => {
  it('is the nearest one, placed by the tense like "July 3"', () => {
    const values = (text: string) => detectDates(text, '2025-11-03').map(d => [d.text, d.value]);
    assert.deepEqual(values('The Dunmere pool reopens on New Year\'s Day.'), [['New Year\'s Day', '2026-01-01']]);
    assert.deepEqual(values('The Dunmere pool was busy on New Year\'s Day.'), [['New Year\'s Day', '2025-01-01']]);
    assert.deepEqual(values('Shops will shut on Christmas Day 2026.'), [['Christmas Day 2026', '2026-12-25']]);
  });
});

describe('a fiscal year written short', () => {
  it('reads "FY2025", "FY 2026" and "FY25" as their years', () => {
    const values = (text: string) => detectDates(text, '2025-10-29').map(d => [d.text, d.value]);
    assert.deepEqual(values('Lorrin Mills lifted its FY2025 outlook, set an FY 2026 budget and restated FY25 costs.'),
      [['FY2025', '2025'], ['FY 2026', '2026'], ['FY25', '2025']]);
  });
});

describe('a clock time after a named day with its part ("Saturday night")', () => {
  it('is on that day', () => {
    const values = (text: string) => detectDates(text, '2026-04-15').map(d => [d.text, d.value]);
    assert.deepEqual(values('The Ardley side plays Norwick on Saturday night. The match kicks off at 6:30 p.m.'),
      [['Saturday night', '2026-04-18TNI'], ['6:30 p.m.', '2026-04-18T18:30']]);
  });
});

describe('a day that opens a sentence in the simple present', () => {
  it('is the coming one, unless a past verb shows the "-s" word was a noun', () => {
    const values = (text: string) => detectDates(text, '2025-10-29').map(d => [d.text, d.value]);
    assert.deepEqual(values('On Friday the Kestin library closes early.'), [['Friday', '2025-10-31']]);
    assert.deepEqual(values('On Friday, Kestin Holdings shares fell sharply.'), [['Friday', '2025-10-24']]);
    assert.deepEqual(values('On Friday, the Kestin depot is closed.'), [['Friday', '2025-10-31']]);
  });
});

describe('days counted from the day the story speaks of', () => {
  const values = (text: string) => detectDates(text, '2026-04-16').map(d => [d.text, d.value]);

  it('reads "the following day", "that week" and "the following weekend" from the day last named', () => {
    assert.deepEqual(values('Odell was held on March 3 and charged the following day.'),
      [['March 3', '2026-03-03'], ['the following day', '2026-03-04']]);
    assert.deepEqual(values('The cup final is on Sunday, May 10. Any replay is held the following weekend.'),
      [['Sunday, May 10', '2026-05-10'], ['the following weekend', '2026-W20-WE']]);
    // with no day named before: counted from the article's day when told ahead; told in the past it cannot be the day
    // after the article's, and is left without a date
    assert.deepEqual(values('It will rain the following day.'), [['the following day', '2026-04-17']]);
    assert.deepEqual(values('It rained the following day.'), [['the following day', undefined]]);
  });

  it('reads a weekday before a day-first date as one day, in the year that makes it that weekday', () => {
    assert.deepEqual(values('The Tollan ferry leaves on Monday 4 May.'), [['Monday 4 May', '2026-05-04']]);
    // (told in the past, after the article's day: the last year before it where 4 May was a Monday)
    assert.deepEqual(values('The Tollan ferry left on Monday 4 May.'), [['Monday 4 May', '2020-05-04']]);
    assert.deepEqual(values('The vote was held on Friday, 9 January.'), [['Friday, 9 January', '2026-01-09']]);
  });

  it('reads a possessive weekday as the day named before, whatever the verb of its sentence', () => {
    assert.deepEqual(values('The Ardle sides meet on Saturday. Tickets for Saturday\'s game sold out.'),
      [['Saturday', '2026-04-18'], ['Saturday', '2026-04-18']]);
  });

  it('undoes a present reading when a past verb follows the day', () => {
    assert.deepEqual(values('Protests in the Ardle square on Saturday drew thousands.'), [['Saturday', '2026-04-11']]);
    assert.deepEqual(values('Ardle Athletic play away at Dunmore on Wednesday.'), [['Wednesday', '2026-04-22']]);
  });

  it("reads a side's fixture against a club of several words as ahead, and a short regular past as past", () => {
    assert.deepEqual(values('Ardle Rovers visit Dynamo Kessel in the cup on Tuesday night.'), [['Tuesday night', '2026-04-21TNI']]);
    assert.deepEqual(values('Ardle Rovers beat Dynamo Kessel in the cup on Tuesday night.'), [['Tuesday night', '2026-04-14TNI']]);
    assert.deepEqual(values('Ines Ortega de Almada, who ran the Ardle mill, died on Monday.'), [['Monday', '2026-04-13']]);
    assert.deepEqual(values('The Ardle tenants sued the landlord in the county court on Monday.'), [['Monday', '2026-04-13']]);
  });
});

describe('a title that ends in "Today"', () => {
  const found = (text: string) => detectDates(text, '2026-09-14').map(d => d.text);

  it('is no date inside a sentence after a capitalised word, but a headline\'s or a stamp\'s "Today" is', () => {
    assert.deepEqual(found('The study appeared in the journal Neurology Today. She told USA Today on Monday that it was over.'), ['Monday']);
    assert.deepEqual(found('Council Votes Today On Budget'), ['Today']);
    assert.deepEqual(found('Intro.\n\nUpdated Today 10:30'), ['Today']);
    assert.deepEqual(found('The mayor said Today was a good day. Ministers meet Tonight.'), ['Today', 'Tonight']);
  });
});


describe('"the next day" with no day before it to count from', () => {
  const values = (text: string) => detectDates(text, '2026-06-19').map(d => `${d.text}=${d.value}`);

  it('is found without a date in a sentence told in the past, and counted from the article in one told ahead', () => {
    assert.deepEqual(values('The fraud ran from March 2017 to February 2023. She reported it to the chief executive the next day.'),
      ['March 2017=2017-03', 'February 2023=2023-02', 'the next day=undefined']);
    assert.deepEqual(values('The talks will resume the next day.'), ['the next day=2026-06-20']);
    assert.deepEqual(values('She said the talks would resume the following day.'), ['the following day=2026-06-20']);
    // a day named before it is still what it counts from
    assert.deepEqual(values('The hearing was adjourned on Monday and resumed the next day.'), ['Monday=2026-06-15', 'the next day=2026-06-16']);
  });
});

describe('a minute of a match', () => {
  it('"on 82 minutes" is a point on the match clock, no duration; "after 90 minutes" and "for 82 minutes" are', () => {
    assert.deepEqual(detectDates('He struck from 20 yards on 82 minutes, again after 90 minutes, and played for 82 minutes.', '2026-02-15')
      .map(d => `${d.text}=${d.value}`), ['90 minutes=PT90M', '82 minutes=PT82M']);
  });
});

describe('"a year earlier" after "now"', () => {
  it('is a year before now, not before the quarter named in the sentence before', () => {
    const text = 'It expects fourth-quarter revenue of $9.4 billion. Its assistant now has 120 million users, up from 85 million a year earlier.';
    assert.deepEqual(detectDates(text, '2026-10-29').map(d => `${d.text}=${d.value}`),
      ['fourth-quarter=2026-Q4', 'now=PRESENT_REF', 'a year earlier=2025']);
    // without "now" it is still the same quarter a year before
    assert.deepEqual(detectDates('Revenue rose in the third quarter, up from $8 billion a year earlier.', '2026-10-29')
      .map(d => `${d.text}=${d.value}`), ['the third quarter=2026-Q3', 'a year earlier=2025-Q3']);
  });
});

describe('the same week, month or period a year before', () => {
  const values = (text: string) => detectDates(text, '2026-11-20').map(d => `${d.text}=${d.value}`);

  it('is the one the story named just before, a year earlier, as one expression', () => {
    assert.deepEqual(values('Sales rose 5% in the third quarter, compared with the same period last year.'),
      ['the third quarter=2026-Q3', 'the same period last year=2025-Q3']);
    assert.deepEqual(values('Admissions rose last week compared with the same week last year.'),
      ['last week=2026-W46', 'the same week last year=2025-W46']);
    assert.deepEqual(values('Profit fell in October from the same month a year earlier.'),
      ['October=2026-10', 'the same month a year earlier=2025-10']);
    // with none named before, the one of the article's date
    assert.deepEqual(values('Sales rose compared with the same period last year.'), ['the same period last year=2025-Q4']);
    assert.deepEqual(values('Admissions rose, as in the same week last year.'), ['the same week last year=2025-W47']);
  });

  it('is no guessed quarter when "the same period" only refers back outside a firm\'s results', () => {
    // the span the sentence before set (from one year to today) has no single value: none rather than a wrong quarter
    assert.deepEqual(values('The fare rose from £31 in March 2024 to £58 today. Car fares rose 87 percent over the same period.'),
      ['March 2024=2024-03', 'today=2026-11-20', 'the same period=undefined']);
    // in results it is the quarter reported on, as before
    assert.deepEqual(values('Net profit rose 12% in the third quarter. Costs rose 3% over the same period, the company said.'),
      ['the third quarter=2026-Q3', 'the same period=2026-Q3']);
  });
});

describe('a date written day first as a noun\'s modifier', () => {
  it('leaves "the" out of "the 23 February accord", as of "the February 23 accord"; keeps it in "the 5th of March"', () => {
    const values = (text: string) => detectDates(text, '2026-03-01').map(d => `${d.text}=${d.value}`);
    assert.deepEqual(values('They met the 1 Nov. deadline and signed the 23 February accord.'), ['1 Nov.=2025-11-01', '23 February=2026-02-23']);
    assert.deepEqual(values('They signed it on the 5th of March.'), ['the 5th of March=2025-03-05']);
  });
});

describe('a count before "weekend" used as a noun\'s modifier', () => {
  it('counts the noun, not weekends; "a five year low" is still five years', () => {
    assert.deepEqual(detectDates('The line shuts for the first of six weekend closures. It was a five year low.', '2026-03-03')
      .map(d => `${d.text}=${d.value}`), ['five year=P5Y']);
  });
});

describe('a weekend something happened over', () => {
  it('is read by its sentence\'s verb, however far; one something was done ahead of is not', () => {
    const values = (text: string) => detectDates(text, '2026-02-02').map(d => `${d.text}=${d.value}`);
    assert.deepEqual(values('Flooding forced about 2,000 people from their homes over the weekend.'), ['the weekend=2026-W05-WE']);
    assert.deepEqual(values('Shelters will stay open over the weekend.'), ['the weekend=2026-W06-WE']);
    assert.deepEqual(values('Traders had chosen to sell their holdings ahead of the weekend.'), ['the weekend=2026-W06-WE']);
  });
});

describe('a month in a headline with "to" and its verb', () => {
  it('is ahead, as a weekday there is; the story below keeps its own tense', () => {
    const text = '# Council to review bus routes in March\n\nThe council reviewed its routes in March.\n';
    assert.deepEqual(detectDates(text, '2026-10-05').map(d => `${d.text}=${d.value}`), ['March=2027-03', 'March=2026-03']);
  });
});

describe('two units away: "before last", "after next"', () => {
  const values = (text: string) => detectDates(text, '2025-11-05').map(d => `${d.text}=${d.value}`);

  it('reads the week, weekend, month and year before last and after next, and the days around yesterday and tomorrow', () => {
    assert.deepEqual(values('Fans queued the weekend before last, and the week before last too.'),
      ['the weekend before last=2025-W43-WE', 'the week before last=2025-W43']);
    assert.deepEqual(values('Sales fell the year before last and the month before last.'), ['the year before last=2023', 'the month before last=2025-09']);
    assert.deepEqual(values('They met the day before yesterday and meet again the day after tomorrow.'),
      ['the day before yesterday=2025-11-03', 'the day after tomorrow=2025-11-07']);
    assert.deepEqual(values('The vote is the week after next.'), ['the week after next=2025-W47']);
  });

  it('reads a weekday after next or before last as a week past the coming or the last such day', () => {
    // 5 November 2025 is a Wednesday: the coming Monday is the 10th, the last Tuesday the 4th
    assert.deepEqual(values('The panel meets again the Monday after next.'), ['Monday after next=2025-11-17']);
    assert.deepEqual(values('The fire started the Tuesday before last.'), ['Tuesday before last=2025-10-28']);
  });
});

describe('days that share one month', () => {
  const values = (text: string) => detectDates(text, '2026-03-02').map(d => `${d.text}=${d.value}`);

  it('reads each day of a list before a day-first date or after a month-first one as a date of that month', () => {
    assert.deepEqual(values('The road will close on 9 and 10 March.'), ['9=2026-03-09', '10 March=2026-03-10']);
    assert.deepEqual(values('Talks will run on 3, 4 and 5 June.'), ['3=2026-06-03', '4=2026-06-04', '5 June=2026-06-05']);
    assert.deepEqual(values('The fair runs on March 9 and 10, 2026, in the park.'), ['March 9=2026-03-09', '10=2026-03-10', '2026=2026']);
    assert.deepEqual(values('The airport closes from April 21 to 26.'), ['April 21=2026-04-21', '26=2026-04-26']);
  });

  it('leaves counts and figures beside a date alone', () => {
    assert.deepEqual(values('Sales were up on March 9 and 10 percent on March 10.'), ['March 9=2025-03-09', 'March 10=2026-03-10']);
    assert.deepEqual(values('The vote on May 5 and 6 people left.'), ['May 5=2026-05-05']);
    assert.deepEqual(values('Shares fell 3% on Friday and 6.8% from Oct. 13.').filter(v => v.startsWith('6')), []);
  });
});

describe('times of a game and prizes of the year', () => {
  const values = (text: string) => detectDates(text, '2026-02-09').map(d => `${d.text}=${d.value}`);

  it('reads "X of the year" after a prize\'s noun as no year; the year of a sentence stays one', () => {
    assert.deepEqual(values('She took album of the year, and he was named coach of the year in 2019.'), ['2019=2019']);
    assert.deepEqual(values('It was the busiest day of the year for the port.'), ['the year=2026']);
  });

  it('reads a time into a round or a period, and a quarter or a half of a game, as no time of the clock or the calendar', () => {
    assert.deepEqual(values('Okafor stopped Brandt at 1:47 of the third round.'), []);
    assert.deepEqual(values('Harlow opened the third quarter with a 17-2 run, and Vell scored 14 points in the first half.'), []);
    // a firm's quarter stays the calendar's
    assert.deepEqual(values('Profit rose 12% in the third quarter.'), ['the third quarter=2025-Q3']);
    assert.deepEqual(values('The meeting starts at 1:47 on Friday.'), ['1:47=2026-02-13T01:47', 'Friday=2026-02-13']);
  });
});

describe('a year before 1900 alone in brackets', () => {
  it('is a year, as it is after a preposition; a bare number of four digits before 1900 is not', () => {
    const values = (text: string) => detectDates(text, '2025-06-27').map(d => `${d.text}=${d.value}`);
    assert.deepEqual(values('Her pupils included Ottilie Brandvold (1874) and Juniper Hale (1939).'), ['1874=1874', '1939=1939']);
    assert.deepEqual(values('The ship carried 1874 passengers.'), []);
  });
});

describe('a length in two or more units', () => {
  it('is one duration, each unit the next smaller; not two lengths of two things', () => {
    const values = (text: string) => detectDates(text, '2025-07-09').map(d => `${d.text}=${d.value}`);
    assert.deepEqual(values('He was jailed for four years and eight months.'), ['four years and eight months=P4Y8M']);
    assert.deepEqual(values('She won in 3 hours 41 minutes 7 seconds, by 1 minute 12 seconds.'),
      ['3 hours 41 minutes 7 seconds=PT3H41M7S', '1 minute 12 seconds=PT1M12S']);
    assert.deepEqual(values('He got 18 months and 200 hours of unpaid work.'), ['18 months=P18M', '200 hours=PT200H']);
    assert.deepEqual(values('He served eight months and four years.'), ['eight months=P8M', 'four years=P4Y']);
  });
});

describe('a season after the year a story tells of', () => {
  it('reads "the following spring", and "the next summer" told in the past, from the year just named', () => {
    const values = (text: string) => detectDates(text, '2025-06-27').map(d => `${d.text}=${d.value}`);
    assert.deepEqual(values('The mill opened in 1836. The following spring it burned, and the next summer it was rebuilt.'),
      ['1836=1836', 'The following spring=1837-SP', 'the next summer=1837-SU']);
    // with no year named, or told as a plan, from now
    assert.deepEqual(values('The pool will reopen the next summer, the council said.'), ['the next summer=2026-SU']);
  });

});

describe('race times, titles, speeds, and the day a story tells of against the day it was said on', () => {
  it('reads a race time in hundredths as one length, and no time in a designation, a title, or a speed', () => {
    const values = (text: string) => detectDates(text, '2025-06-27').map(d => `${d.text}=${d.value}`);
    assert.deepEqual(values('She won in 2 minutes 31.84 seconds.'), ['2 minutes 31.84 seconds=PT2M31.84S']);
    assert.deepEqual(values('Comet 2024 PT5 was seen. The blast came at 0400 GMT.'), ['0400 GMT=2025-06-27T04:00']);
    assert.deepEqual(values('The Last Days of Anselm Vark opens tonight.'), ['tonight=2025-06-27TNI']);
    assert.deepEqual(values('Winds reached 140 kilometres per hour, or 145 km per hour. The pill is taken once per day.'),
      ['once per day=P1D']);
  });

  it('leaves a weekday told as done on the day gone by, not on that weekday ahead named before', () => {
    const values = (text: string) => detectDates(text, '2025-07-12').map(d => `${d.text}=${d.value}`);
    assert.deepEqual(values('Another march was planned for next Friday. A rights group criticised the use of tear gas in a statement on Friday night.'),
      ['next Friday=2025-07-18', 'Friday night=2025-07-11TNI']);
    assert.deepEqual(values('The march is planned for next Friday. It will start at noon on Friday.'),
      ['next Friday=2025-07-18', 'noon=2025-07-18T12:00', 'Friday=2025-07-18']);
  });

  it('puts a clock time on the day the story tells of, not the day it was said on, a century or a span\'s bound', () => {
    const values = (text: string) => detectDates(text, '2025-03-03').map(d => `${d.text}=${d.value}`);
    assert.deepEqual(values('Thieves took a 17th-century chain from the museum early Sunday, police said on Monday.\n\n'
      + 'Footage shows two men entering the building at 3:42 a.m.'),
    ['17th-century=16', 'early Sunday=2025-03-02', 'Monday=2025-03-03', '3:42 a.m.=2025-03-02T03:42']);
    assert.deepEqual(values('Deputies on Saturday arrested a man over 23 thefts reported since January. He was taken into custody at 6:30 a.m.'),
      ['Saturday=2025-03-01', 'January=2025-01', '6:30 a.m.=2025-03-01T06:30']);
  });

  it('keeps a weekday ahead where its sentence, told by a verb of saying, foresees it', () => {
    const values = (text: string) => detectDates(text, '2025-11-03').map(d => `${d.text}=${d.value}`);
    assert.deepEqual(values('Ferries are due to stop on Thursday. The Met Office said the storm could bring gusts of 110 km/h on Thursday.'),
      ['Thursday=2025-11-06', 'Thursday=2025-11-06']);
  });

  it('reads "the next morning" as the morning after the day the story spoke of, unknown after a year or a month', () => {
    const values = (text: string) => detectDates(text, '2025-02-16').map(d => `${d.text}=${d.value}`);
    assert.deepEqual(values('A judge fined him on Thursday. The next morning, he returned to the court.'),
      ['Thursday=2025-02-13', 'next morning=2025-02-14TMO']);
    assert.deepEqual(values('In 2018 a review ran and queues began forming the next morning.'), ['2018=2018', 'next morning=undefined']);
    assert.deepEqual(values('Talks will resume the next morning.'), ['next morning=2025-02-17TMO']);
    // a clock time between, with no day of its own, is on the day spoken of: the morning after that day
    assert.deepEqual(values('A barn burned down near Ostby late on February 8. The fire started at 11:40 p.m. and was out by 3 a.m. the following morning.'),
      ['February 8=2025-02-08', '11:40 p.m.=2025-02-08T23:40', '3 a.m.=2025-02-09T03:00', 'the following morning=2025-02-09TMO']);
  });

  it('reads "March" and "May" before a month\'s figures as the month, not after a given name', () => {
    const values = (text: string) => detectDates(text, '2018-05-15').map(d => `${d.text}=${d.value}`);
    assert.deepEqual(values('The department said March sales were revised. May payrolls rose by 200,000.'), ['March=2018-03', 'May=2018-05']);
    assert.deepEqual(values('The Theresa May sales pitch failed.'), []);
  });

  it('reads a year or a century before Christ with its era, and the first year of a range ending in one', () => {
    const found = detectDates('The ship sank around 1100 BC. Its jars date from between 1150 and 1050 BC, a seal from the late 14th century B.C.', '2025-06-10');
    assert.deepEqual(found.map(d => `${d.text}=${d.value}=${displayDate(d)}`), ['around 1100 BC=BC1100=1100 BC', '1150=BC1150=1150 BC',
      '1050 BC=BC1050=1050 BC', 'the late 14th century B.C.=BC13=the 14th century BC']);
  });

  it('reads the year of a month inside "the end of", "the middle of" by the tense, as the month alone is', () => {
    const values = (text: string) => detectDates(text, '2026-12-05').map(d => `${d.text}=${d.value}`);
    assert.deepEqual(values('A ruling is expected by the end of June.'), ['the end of June=2027-06']);
    assert.deepEqual(values('The plant closed at the end of June.'), ['the end of June=2026-06']);
    assert.deepEqual(values('Talks will resume in the middle of March.'), ['the middle of March=2027-03']);
    // (a plural noun before an auxiliary is no timetable's verb: "Oil prices have come down" is no "the firm prices its bonds")
    assert.deepEqual(values('Oil prices have come down from the middle of October.'), ['the middle of October=2026-10']);
    assert.deepEqual(detectDates('Oil prices have come down from October.', '2025-01-01').map(d => `${d.text}=${d.value}`), ['October=2024-10']);
  });

  it('puts a clock time on the day its sentence names, past a year or month named between them', () => {
    const found = detectDates('The city council on Tuesday night approved a budget for 2027 that raises the tax, after a five-hour meeting that ran past midnight.', '2026-11-19');
    assert.deepEqual(found.map(d => `${d.text}=${d.value}`), ['Tuesday night=2026-11-17TNI', '2027=2027', 'five-hour=PT5H', 'midnight=2026-11-17T24:00']);
    // (nor is the night before a day, "overnight", the day of a later hour)
    assert.deepEqual(detectDates('Bitcoin tumbled on Tuesday after a stablecoin lost its peg overnight. It traded at $71,240 at 3 p.m. New York time.', '2025-06-03')
      .map(d => `${d.text}=${d.value}`), ['Tuesday=2025-06-03', 'overnight=2025-06-02TNI', '3 p.m.=2025-06-03T15:00']);
    // (a year that frames the time, with no day before it in its own sentence, takes no day from the sentence before)
    assert.deepEqual(detectDates('On Monday the council met. Since 2019 the shop has opened at 9 a.m.', '2026-11-19').map(d => `${d.text}=${d.value}`),
      ['Monday=2026-11-16', '2019=2019', '9 a.m.=2026-11-19T09:00']);
  });

  it('counts years back past the first year of our era into years before Christ, never a year to come', () => {
    const found = detectDates('The wall was built 2,500 years ago. Farming reached the valley about 6,000 years ago. The town was founded 800 years ago.', '2025-06-10');
    assert.deepEqual(found.map(d => `${d.text}=${d.value}=${displayDate(d)}`), ['2,500 years ago=BC0476=476 BC',
      'about 6,000 years ago=BC3976=about 3976 BC', '800 years ago=1225=1225']);
  });

  it('puts the later hours of a timeline told as done on the day of its last hour placed, a few paragraphs on', () => {
    const values = (text: string) => detectDates(text, '2025-07-08').map(d => `${d.text}=${d.value}`);
    const text = 'Problems began at around 13:05 UTC on 7 July, the status page said, with messages stuck on "sending". '
      + 'Within 20 minutes the outage had spread.\n\nThe tracking site logged 1.8 million reports at the peak, at 14:30 UTC.\n\n'
      + 'Service was restored by 21:20 UTC. A full report would follow by 9 a.m.';
    assert.deepEqual(values(text), ['around 13:05 UTC=2025-07-07T13:05', '7 July=2025-07-07', '20 minutes=PT20M', '14:30 UTC=2025-07-07T14:30',
      '21:20 UTC=2025-07-07T21:20', '9 a.m.=2025-07-08T09:00']);
  });

  it('reads "the week ended Nov. 24", "the week to Friday" as the week that day ends', () => {
    const values = (text: string) => detectDates(text, '2023-11-30').map(d => `${d.text}=${d.value}`);
    assert.deepEqual(values('Jobless claims rose in the week ended Nov. 24. Cases fell in the week ending 9 March.'),
      ['the week=2023-W47', 'Nov. 24=2023-11-24', 'the week=2023-W10', '9 March=2023-03-09']);
    assert.deepEqual(values('He spent the week to recover.'), ['the week=2023-W48']);
  });

  it('reads "a year earlier" right after a month as that month a year before, not after the day a period ended', () => {
    const values = (text: string) => detectDates(text, '2025-10-10').map(d => `${d.text}=${d.value}`);
    assert.deepEqual(values('Rents averaged 2,450 euros in September, up from 1,980 euros a year earlier.'),
      ['September=2025-09', 'a year earlier=2024-09']);
    assert.deepEqual(values('Profit in the three months to September 30 was 41 million pounds, against 45 million a year earlier.'),
      ['the three months=P3M', 'September 30=2025-09-30', 'a year earlier=2024']);
  });

  it('reads a futures contract\'s month as one still to be delivered, whatever the tense of the move', () => {
    const values = (text: string) => detectDates(text, '2023-11-30').map(d => `${d.text}=${d.value}`);
    assert.deepEqual(values('Brent crude futures for February fell 2%. U.S. crude for January delivery rose. The March contract settled.'),
      ['February=2024-02', 'January=2024-01', 'March=2024-03']);
    assert.deepEqual(values('Sales fell in February.'), ['February=2023-02']);
    // as the wires write it (wire pass): "for delivery in", "for settlement in", a month before the commodity's name
    assert.deepEqual(values('Gold futures for delivery in February fell 0.5%. Copper for settlement in May rose.'),
      ['February=2024-02', 'May=2024-05']);
    assert.deepEqual(values('September West Texas Intermediate crude futures dropped 92 cents. October Brent futures rose.'),
      ['September=2024-09', 'October=2024-10']);
    // a month before other words stays the month it was ("in September the futures market fell")
    assert.deepEqual(values('In September the futures market fell.'), ['September=2023-09']);
  });
});
