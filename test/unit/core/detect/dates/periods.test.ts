import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';
import { displayDate } from '../../../../../src/core/detect/dates/display';

// Parts of years, turns of centuries, year-ends gone by and prospects told in the past, each with its own made-up
// example, read against the date given.
const values = (text: string, ref: string) => detectDates(text, ref).map(d => [d.text, d.value]);
const shown = (text: string, ref: string) => detectDates(text, ref).map(d => [d.text, displayDate(d)]);

describe('dates: parts of a year, turns of a century, year-ends, prospects', () => {
  it('reads the first or last three months or two quarters of a year as its quarter or half', () => {
    assert.deepEqual(values('Orders in the first two quarters of 2027 are already booked.', '2026-05-14'),
      [['the first two quarters of 2027', '2027-H1']]);
    assert.deepEqual(values('Sales fell in the first three months of 2027.', '2026-05-14'),
      [['the first three months of 2027', '2027-Q1']]);
    assert.deepEqual(values('Growth should return in the last two quarters of the year.', '2026-05-14'),
      [['the last two quarters of the year', '2026-H2']]);
    assert.deepEqual(shown('Sales fell in the final three months of last year.', '2026-05-14'),
      [['the final three months of last year', 'the fourth quarter of 2025']]);
    // nine months have no name in TIMEX3: the span and its year, as before
    assert.deepEqual(values('Profit rose in the first nine months of 2025.', '2026-05-14'),
      [['the first nine months', 'P9M'], ['2025', '2025']]);
    // no year after it: a length of time
    assert.deepEqual(values('The last three months were hard.', '2026-05-14'), [['The last three months', 'P3M']]);
  });

  it('reads a half with no year in a results sentence as the half the tense places, never one not ended as a result', () => {
    // told in the past: the last such half that has ended
    assert.deepEqual(shown('Profit at the toolmaker rose 14% in the first half.', '2026-03-10'),
      [['the first half', 'the first half of 2025']]);
    assert.deepEqual(values('Profit at the toolmaker rose 14% in the first half.', '2026-08-05'), [['the first half', '2026-H1']]);
    assert.deepEqual(values('Second-half sales were flat.', '2026-08-05'), [['Second-half', '2025-H2']]);
    // foreseen: the half still to come or running; said in the present: the reference year's
    assert.deepEqual(values('The chief executive said the second half would be tougher for sales.', '2026-03-10'),
      [['the second half', '2026-H2']]);
    assert.deepEqual(values('The firm expects sales to recover in the first half.', '2026-08-05'), [['the first half', '2027-H1']]);
    // "of the year" is the year the story speaks of, placed the same way; "of this year" is the year written
    assert.deepEqual(values('Sales fell in the second half of the year.', '2026-03-10'), [['the second half of the year', '2025-H2']]);
    assert.deepEqual(values('Sales will pick up in the second half of the year.', '2026-03-10'),
      [['the second half of the year', '2026-H2']]);
    assert.deepEqual(values('Profit rose in the first half of this year.', '2026-03-10'), [['the first half of this year', '2026-H1']]);
    // the part's own clause decides, not an attribution after it
    assert.deepEqual(values('Profit will rise in the second half, analysts said.', '2026-03-10'), [['the second half', '2026-H2']]);
    // a headline's present takes the half the story below places
    assert.deepEqual(values('Toolmaker profit jumps in first half\n\nProfit rose 14% in the first half, the firm said.', '2026-03-10'),
      [['first half', '2025-H1'], ['the first half', '2025-H1']]);
    // a match's half, a half of something named, a half with no results in sight: no date
    assert.deepEqual(values('Rovers scored twice in the second half to lift ticket sales.', '2026-03-10'), []);
    assert.deepEqual(values('Sales of the novel soared after the first half of the book was serialised.', '2026-03-10'), []);
    assert.deepEqual(values('The crowd sang through the second half.', '2026-03-10'), []);
  });

  it('reads a quarter with no year told in the past as one begun, and one foreseen within as one not ended', () => {
    assert.deepEqual(values('Profit fell in the fourth quarter.', '2026-08-05'), [['the fourth quarter', '2025-Q4']]);
    assert.deepEqual(values('Profit fell in the second quarter.', '2026-08-05'), [['the second quarter', '2026-Q2']]);
    assert.deepEqual(values('It expects growth to return in the first quarter.', '2026-08-05'), [['the first quarter', '2027-Q1']]);
    assert.deepEqual(values('Sales fell in the fourth quarter of the year.', '2026-08-05'), [['the fourth quarter of the year', '2025-Q4']]);
    // results of a quarter gone, reported later, stay in it
    assert.deepEqual(values('It will report results for the first quarter on Thursday.', '2026-05-05'),
      [['the first quarter', '2026-Q1'], ['Thursday', '2026-05-07']]);
  });

  it('reads "the same period last year" after "so far this year" as last year, and after a quarter as that quarter', () => {
    const values = (text: string) => detectDates(text, '2026-12-01').map(d => [d.text, d.value]);
    assert.deepEqual(values('Approvals so far this year are 8% above the same period last year.'),
      [['this year', '2026'], ['the same period last year', '2025']]);
    assert.deepEqual(values('Sales in the third quarter rose 5%, the best since 2019, against the same period last year.'),
      [['the third quarter', '2026-Q3'], ['2019', '2019'], ['the same period last year', '2025-Q3']]);
  });

  it('reads the turn of the century as the turn nearest the time the story speaks of', () => {
    assert.deepEqual(shown('The tannery closed at the turn of the century.', '2026-05-14'),
      [['the turn of the century', 'around 2000']]);
    assert.deepEqual(values('The dam was finished at the turn of the millennium.', '1989-10-30'),
      [['the turn of the millennium', '2000']]);
    assert.deepEqual(values('By the 1880s the port had 40 berths. At the turn of the century a second quay opened.', '2026-05-14'),
      [['the 1880s', '188'], ['the turn of the century', '1900']]);
    assert.deepEqual(values('Trams ran there from the turn of the last century.', '2026-05-14'),
      [['the turn of the last century', '1900']]);
  });

  it('reads "since year-end" as the year-end gone by, and "by year-end" as the coming one', () => {
    assert.deepEqual(values('Shares have fallen 12 percent since year-end.', '2026-05-14'), [['year-end', '2025']]);
    assert.deepEqual(values('Deposits have grown since the end of the year.', '2026-05-14'), [['the end of the year', '2025']]);
    assert.deepEqual(values('The sale should close by year-end.', '2026-05-14'), [['year-end', '2026']]);
    assert.deepEqual(values('The sale should close by the end of the year.', '2026-05-14'), [['the end of the year', '2026']]);
  });

  it('reads a season or month before "was possible" or "was unlikely" as ahead, and before "was poor" as gone by', () => {
    // written in May: what was said to be possible is still to come
    assert.deepEqual(values('The minister said a snap vote in the autumn was now possible.', '2026-05-14'),
      [['the autumn', '2026-FA'], ['now', 'PRESENT_REF']]);
    assert.deepEqual(values('Officials said it was now possible to reopen the pier in the autumn.', '2026-05-14'),
      [['now', 'PRESENT_REF'], ['the autumn', '2026-FA']]);
    assert.deepEqual(values('A settlement in March was unlikely, the union said.', '2026-01-14'), [['March', '2026-03']]);
    // a state of the past: the season gone by
    assert.deepEqual(values('Growers said the crop in the autumn was poor.', '2026-05-14'), [['the autumn', '2025-FA']]);
    assert.deepEqual(values('The stoppage in March was costly.', '2026-05-14'), [['March', '2026-03']]);
    assert.deepEqual(values('The stoppage in March was costly.', '2026-01-14'), [['March', '2025-03']]);
  });

  it('counts the quarters and halves of a fiscal year the article states, as the calendar quarters they cover', () => {
    // a fiscal year ending in June, in May: its third quarter is January to March, its fourth the running one
    const june = 'Brackley Tools said its fiscal year ends June 30. In its third quarter, which ended in March, profit fell. '
      + 'The fourth quarter will be weaker. Sales in the first half of the fiscal year rose.';
    // "its fiscal year ends June 30" is the day every such year ends
    assert.deepEqual(shown(june, '2026-05-14'), [['June 30', '30 June'], ['third quarter', 'January to March 2026'],
      ['March', 'March 2026'], ['The fourth quarter', 'April to June 2026'],
      ['the first half of the fiscal year', 'July to December 2025']]);
    assert.deepEqual(values(june, '2026-05-14').filter(([t]) => /quarter|half/.test(t!)),
      [['third quarter', '2026-Q1'], ['The fourth quarter', '2026-Q2'], ['the first half of the fiscal year', '2025-H2']]);
    // a year ending in September: "fiscal" with its year names the year it ends in
    assert.deepEqual(values('Corbel Mills, whose fiscal year ends in September, expects a loss in the fiscal first quarter and in Q3 FY27.', '2026-11-20'),
      [['September', 'XXXX-09'], ['the fiscal first quarter', '2026-Q4'], ['Q3 FY27', '2027-Q2']]);
    assert.deepEqual(values('Its financial year runs from April to March. The third quarter of fiscal 2026 was the worst.', '2026-11-20')
      .slice(2), [['The third quarter of fiscal 2026', '2025-Q4']]);
    // "the current fiscal year" in November, of a year ending in June, ends next June
    assert.deepEqual(values('Ostry, whose fiscal year ends June 30, expects the current fiscal year to be its best.', '2026-11-20'),
      [['June 30', 'XXXX-06-30'], ['the current fiscal year', '2027']]);
    // a day written with its year is that day, whatever year the sentence names
    assert.deepEqual(values('Its fiscal 2026 ends on March 31, 2027.', '2026-11-20'), [['fiscal 2026', '2026'], ['March 31, 2027', '2027-03-31']]);
    assert.deepEqual(values('The fiscal year ends on June 30, 2027.', '2026-11-20').slice(1), [['June 30, 2027', '2027-06-30']]);
  });

  it('gives a fiscal quarter no calendar quarter it is not, and leaves calendar quarters alone', () => {
    // a year ending in January: its third quarter is August to October, which no TIMEX3 quarter is
    assert.deepEqual(shown('The retailer, whose fiscal year ends January 31, said third-quarter sales rose.', '2026-11-20').slice(1),
      [['third-quarter', 'third-quarter']]);
    // a calendar year written without "fiscal", or "calendar", is the calendar's
    assert.deepEqual(values('The fiscal year ends June 30. Revenue in the third quarter of 2026 rose; the calendar third quarter is slow.', '2026-11-20')
      .slice(2), [['the third quarter of 2026', '2026-Q3'], ['the calendar third quarter', '2026-Q3']]);
    // no fiscal year stated, or one ending in December: calendar quarters
    assert.deepEqual(values('Profit fell in the third quarter, the firm said.', '2026-11-20'), [['the third quarter', '2026-Q3']]);
    assert.deepEqual(values('Its fiscal year ends December 31. Profit fell in the third quarter.', '2026-11-20').slice(1),
      [['the third quarter', '2026-Q3']]);
  });
});

describe('dates: a quarter or a half named by the day it ended', () => {
  it('is the calendar quarter or half that ends on that day, not the one the article is in; "the year ended" a length', () => {
    assert.deepEqual(values('Net income for the quarter ended March 31 was $4 million.', '2026-07-24'),
      [['the quarter', '2026-Q1'], ['March 31', '2026-03-31']]);
    assert.deepEqual(values('Profit for the first half ending June 30, 2026 rose.', '2026-11-24'),
      [['the first half', '2026-H1'], ['June 30, 2026', '2026-06-30']]);
    assert.deepEqual(values('Sales for the year ended December 31, 2025 rose.', '2026-07-24'),
      [['the year', 'P1Y'], ['December 31, 2025', '2025-12-31']]);
  });
});

describe('dates: Easter, plans, habits, days of an event', () => {
  it('dates Easter and the days named after it by the Western churches\' reckoning', () => {
    assert.deepEqual(values('The museum shuts from Good Friday 2027 to Easter Monday 2027.', '2026-10-19'),
      [['Good Friday 2027', '2027-03-26'], ['Easter Monday 2027', '2027-03-29']]);
    // without its year the nearest Easter: in October, the coming one
    assert.deepEqual(values('The ferry resumes at Easter.', '2026-10-19'), [['Easter', '2027-03-28']]);
    assert.deepEqual(values('The ferry stopped after Easter.', '2026-05-19'), [['Easter', '2026-04-05']]);
    assert.deepEqual(values('The vicar spoke on Ash Wednesday and again at Pentecost.', '2026-05-19'),
      [['Ash Wednesday', '2026-02-18'], ['Pentecost', '2026-05-24']]);
  });

  it('dates a holiday kept on a weekday of its month in the one country that keeps it by that name, and fixed days', () => {
    assert.deepEqual(values('Offices closed on Martin Luther King Jr. Day and reopened after Presidents\' Day 2026.', '2026-03-02'),
      [['Martin Luther King Jr. Day', '2026-01-19'], ["Presidents' Day 2026", '2026-02-16']]);
    // the shopping days after the fourth Thursday of November
    assert.deepEqual(values('Black Friday sales beat Cyber Monday.', '2026-12-01'),
      [['Black Friday', '2026-11-27'], ['Cyber Monday', '2026-11-30']]);
    assert.deepEqual(values('Crowds gathered on Juneteenth and on Veterans Day.', '2026-12-01'),
      [['Juneteenth', '2026-06-19'], ['Veterans Day', '2026-11-11']]);
    assert.deepEqual(values('Crowds gathered for the Fourth of July parade.', '2026-12-01'), [['Fourth of July', '2026-07-04']]);
    // kept on different days by different countries or calendars: a date, left unresolved; Thanksgiving unqualified is
    // the United States' (the fourth Thursday of November), "Canadian Thanksgiving" Canada's (the second Monday of October)
    assert.deepEqual(values('Sales peaked before Diwali and fell after Thanksgiving.', '2026-12-01'),
      [['Diwali', undefined], ['Thanksgiving', '2026-11-26']]);
    assert.deepEqual(values('Families gathered for Canadian Thanksgiving.', '2025-11-20'), [['Thanksgiving', '2025-10-13']]);
    // in a story from Canada, unqualified
    assert.deepEqual(values('TORONTO — Food banks expect a rush before Thanksgiving on Monday.', '2025-10-08'),
      [['Thanksgiving', '2025-10-13'], ['Monday', '2025-10-13']]);
  });

  it('reads "this time last year", "the same time next year" as one time: the article\'s month of that year', () => {
    assert.deepEqual(values('Prices are up 3% from this time last year.', '2026-01-29'), [['this time last year', '2025-01']]);
    assert.deepEqual(values('We will be back the same time next year.', '2026-01-29'), [['the same time next year', '2027-01']]);
  });

  it('reads "the Sunday after Thanksgiving", "the Tuesday before Christmas Day" as counted from that day', () => {
    assert.deepEqual(values('Traffic peaks on the Sunday after Thanksgiving.', '2025-11-20'), [['Sunday', '2025-11-30'], ['Thanksgiving', '2025-11-27']]);
    assert.deepEqual(values('It fell on the Tuesday before Christmas Day.', '2025-11-20'), [['Tuesday', '2025-12-23'], ['Christmas Day', '2025-12-25']]);
  });

  it('reads a day after a plan in the present as ahead, however long the planned phrase', () => {
    assert.deepEqual(values('Residents, who have objected for years, plan a protest outside the town hall on Saturday.', '2026-03-19'),
      [['years', 'PXY'], ['Saturday', '2026-03-21']]);
    assert.deepEqual(values('The mayor will open the new footbridge over the river on Saturday.', '2026-03-19'),
      [['Saturday', '2026-03-21']]);
    // a plan of the past is no plan ahead
    assert.deepEqual(values('Residents held a protest outside the town hall on Saturday.', '2026-03-19'), [['Saturday', '2026-03-14']]);
  });

  it('reads a bare season in a sentence of habits as any year\'s', () => {
    assert.deepEqual(values('The road is often closed by drifts in winter.', '2026-03-19'), [['winter', 'XXXX-WI']]);
    assert.deepEqual(values('The road was closed by drifts in winter.', '2026-03-19'), [['winter', '2026-WI']]);
  });

  it('leaves the day or the final day of an event undated, and a time on it on the day named before', () => {
    assert.deepEqual(values('The burial is at 2 p.m. next Friday. Bells will ring at noon on the day of the burial.', '2026-10-08'),
      [['2 p.m.', '2026-10-09T14:00'], ['next Friday', '2026-10-09'], ['noon', '2026-10-09T12:00'], ['the day', undefined]]);
    assert.deepEqual(values('She scored twice on the final day of the season.', '2026-05-25'), [['the final day', undefined]]);
    // an idiom's "the day" is no day at all: "the heat of the day", "the dish of the day" (by the end of it, it is)
    assert.deepEqual(values('Crews rested in the heat of the day, and the dish of the day sold out by the end of the day.', '2026-05-25'),
      [['the end of the day', '2026-05-25']]);
    // the first week of a month without its year: placed by the tense, then read as its week
    assert.deepEqual(values('The pier reopens in the first week of June.', '2026-03-19'), [['the first week of June', '2026-W23']]);
  });

  it('reads a fiscal year\'s shorthand at the end of a sentence', () => {
    assert.deepEqual(values('Margins should recover in Q3 FY27.', '2026-03-19'), [['Q3 FY27', '2027-Q3']]);
  });

  it('reads a bare plural unit before "of" and a plain noun as a span after a word that makes it one', () => {
    assert.deepEqual(values('The Tarvian prime minister had faced weeks of protests.', '2026-03-19'), [['weeks', 'PXW']]);
    assert.deepEqual(values('After months of talks, the Kell unions signed the deal.', '2026-03-19'), [['months', 'PXM']]);
    assert.deepEqual(values('Years of neglect left the Orbury line in ruins.', '2026-03-19'), [['Years', 'PXY']]);
    // a unit of something else, or the months of a named time, is no span
    assert.deepEqual(values('The Kell board met in the first months of the year.', '2026-03-19').map(([text]) => text), ['the first months of the year']);
    assert.deepEqual(values('The Tarrow fund holds weeks of the year in reserve.', '2026-03-19').map(([text]) => text), ['the year']);
  });
  it('reads a quarter named by its first and last month as that calendar quarter, and no other run of months', () => {
    // written on Thursday 16 May 2013
    assert.deepEqual(values('Output at the Pellan mills grew in the January-March quarter.', '2013-05-16'),
      [['the January-March quarter', '2013-Q1']]);
    assert.deepEqual(values('Exports from Rask were revised up for the October–December period of 2012.', '2013-05-16'),
      [['the October–December period of 2012', '2012-Q4']]);
    assert.deepEqual(values('Pellan expects a smaller July-September quarter loss.', '2013-05-16'), [['July-September quarter', '2013-Q3']]);
    // months that make no calendar quarter stay months
    assert.deepEqual(values('Rask had a mild December-February quarter.', '2013-05-16').map(([text]) => text), ['December', 'February']);
  });
  it('places a quarter numbered "of this fiscal" by the month its story says the quarter ended in', () => {
    // a third quarter closing in March: a year ending in June, so the third quarter is January to March
    const story = 'Harlow Mills on Friday reported a 40 percent rise in profit for the third quarter of this fiscal. ' +
      'It earned Rs2 billion for the quarter ended March 31, up from Rs1 billion a year earlier.';
    assert.deepEqual(values(story, '2026-04-24').filter(([t]) => t === 'the third quarter' || t === 'a year earlier'),
      [['the third quarter', '2026-Q1'], ['a year earlier', '2025-Q1']]);
    // "the fourth quarter last fiscal" and a quarter ended in March: a year ending in March, its last quarter just closed
    assert.deepEqual(values('Net income for the quarter ended March 31 rose. During the fourth quarter last fiscal, sales grew.', '2026-05-18')
      .find(([t]) => t === 'the fourth quarter'), ['the fourth quarter', '2026-Q1']);
    // two closing months that disagree tell nothing: calendar quarters, as before
    assert.deepEqual(values('Profit for the third quarter of this fiscal rose. The quarter ended March 31 and the quarter ended June 30 were weak.', '2026-07-24')
      .find(([t]) => t === 'the third quarter'), ['the third quarter', '2026-Q3']);
  });
  it('names a financial year by the year its months in brackets end in', () => {
    assert.deepEqual(values('Borrowing in the latest full financial year (April 2025 to March 2026) was lower than in the previous financial year (April 2024 to March 2025).', '2026-07-20')
      .filter(([t]) => /financial year/.test(t as string)), [['the latest full financial year', '2026'], ['the previous financial year', '2025']]);
    // months of one calendar year: that year
    assert.deepEqual(values('Borrowing in the financial year (January 2025 to December 2025) fell.', '2026-07-20')[0], ['the financial year', '2025']);
  });
});

