import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';
import { referenceFor } from '../../../../../src/core/detect/reference';

// Sentences in the manner of 2012–2013 wire and wiki news (made up: towns, firms and people invented), each read
// against the day it is written on, where a careful annotator's value was not the one the detector gave.
const values = (text: string, day: string) => detectDates(text, day).map(d => [d.text, d.value]);

describe('dates of 2013 wire and wiki news', () => {
  it('keeps the year a range\'s end names for itself, a relative one too ("between August 2010 and March of this year")', () => {
    assert.deepEqual(values('Police say the robberies took place between August 2010 and March of this year.', '2013-05-02'),
      [['August 2010', '2010-08'], ['March of this year', '2013-03']]);
    assert.deepEqual(values('Sales fell between May 2009 and February last year.', '2013-05-02'),
      [['May 2009', '2009-05'], ['February last year', '2012-02']]);
    // an end with no year still runs forward from the start
    assert.deepEqual(values('Prices rose between August 2010 and March.', '2013-05-02'),
      [['August 2010', '2010-08'], ['March', '2011-03']]);
  });

  it('reads a weekday after "expect" and its object as ahead ("Forecasters expect more rain on Thursday and Friday")', () => {
    assert.deepEqual(values('Forecasters expect more rain on Thursday and Friday.', '2013-09-18'),
      [['Thursday', '2013-09-19'], ['Friday', '2013-09-20']]);
    assert.deepEqual(values('The agency expects heavy traffic on Friday.', '2013-09-18'), [['Friday', '2013-09-20']]);
    // told of as done, the day is still the one gone
    assert.deepEqual(values('The rain fell on Monday, more than forecasters had expected.', '2013-09-18'), [['Monday', '2013-09-16']]);
  });

  it('reads no past from a "since" after the date, which opens a span of its own ("will play … in July for the first time since the 1990s")', () => {
    assert.deepEqual(values('The club will play in the continental qualifying rounds in July for the first time since the 1990s.', '2013-06-16'),
      [['July', '2013-07'], ['the 1990s', '199']]);
    assert.deepEqual(values('The club will tour the continent in August for the first time since 2004.', '2013-06-16'),
      [['August', '2013-08'], ['2004', '2004']]);
    // a "since" before the date still tells its past, and one after it where no future auxiliary rules the clause
    assert.deepEqual(values('Prices have fallen since July.', '2013-06-16'), [['July', '2012-07']]);
    assert.deepEqual(values('The bank raised its benchmark repo rate by a quarter point to 3.25 percent on Feb. 13, its seventh increase since January 2006.', '2025-01-01'),
      [['Feb. 13', '2024-02-13'], ['January 2006', '2006-01']]);
  });

  it('reads a day fixed for the event it names as ahead ("set a June 3 trial date")', () => {
    assert.deepEqual(values('A federal judge on Friday set a June 3 trial date for a former bank executive.', '2012-12-14'),
      [['Friday', '2012-12-14'], ['June 3', '2013-06-03']]);
    assert.deepEqual(values('The board set a March 1 deadline for bids.', '2012-12-14'), [['March 1', '2013-03-01']]);
    // a record set is no event ahead
    assert.deepEqual(values('The firm set a November record for sales.', '2012-12-14'), [['November', '2012-11']]);
  });

  it('reads a month a plan told in the past was for as the nearest ("wanted a trial in March", "had planned the launch for late June")', () => {
    assert.deepEqual(values('Prosecutors wanted a trial in March.', '2012-12-14'), [['March', '2013-03']]);
    assert.deepEqual(values('ESA had originally planned the launch for late June.', '2013-04-05'), [['late June', '2013-06']]);
    // the nearest may be the one gone
    assert.deepEqual(values('The ministry had planned the vote for January.', '2013-04-05'), [['January', '2013-01']]);
    // what was proposed "in" a month was proposed then
    assert.deepEqual(values('What I would propose, and I proposed it way back in March when I was a candidate.', '2026-12-04'), [['March', '2026-03']]);
  });

  it('reads a deadline after a plan told in the past as ahead ("she planned to rest until the spring")', () => {
    assert.deepEqual(values('She said she planned to rest until the spring and return to competition in 2015.', '2013-12-14'),
      [['the spring', '2014-SP'], ['2015', '2015']]);
    // a plan given up, told from before it, says no more
    assert.deepEqual(values('She had planned to stay until the spring.', '2013-12-14'), [['the spring', '2013-SP']]);
  });

  it('finds "the fall" as the season after a deadline\'s or a span\'s word, or before its year ("a delay until the fall")', () => {
    assert.deepEqual(values('Brandt\'s lawyers had asked for a delay until the fall.', '2013-07-14'), [['the fall', '2013-FA']]);
    assert.deepEqual(values('The work will go on through the fall.', '2013-07-14'), [['the fall', '2013-FA']]);
    assert.deepEqual(values('Prices held steady during the fall of 2012.', '2013-07-14'), [['the fall of 2012', '2012-FA']]);
    // a drop, a tumble, a regime's end
    assert.deepEqual(values('Stocks recovered before the fall in oil prices.', '2013-07-14'), []);
    assert.deepEqual(values('He was hurt by the fall.', '2013-07-14'), []);
    assert.deepEqual(values('He fled after the fall of the regime.', '2013-07-14'), []);
  });

  it('reads the months a fiscal year is said to run between as every year\'s ("ends in late March", "runs from April to March")', () => {
    assert.deepEqual(values('The company, whose financial year ends in late March, said it still expected profit.', '2013-01-17'),
      [['late March', 'XXXX-03']]);
    assert.deepEqual(values('Japan\'s fiscal year runs from April to March.', '2013-08-12'), [['April', 'XXXX-04'], ['March', 'XXXX-03']]);
    // a month of results, not the year's bounds, keeps its year
    assert.deepEqual(values('Japan\'s fiscal year runs from April to March. Exports rose in July.', '2013-08-12'),
      [['April', 'XXXX-04'], ['March', 'XXXX-03'], ['July', '2013-07']]);
  });

  it('reads "proposed" before its object as a past verb ("the mayor proposed a budget in March")', () => {
    assert.deepEqual(values('The mayor proposed a budget in March.', '2026-12-04'), [['March', '2026-03']]);
    // a proposal named still looks ahead
    assert.deepEqual(values('The proposed merger would close in March.', '2026-12-04'), [['March', '2027-03']]);
  });

  it('reads a quarter or a half in which a game was halted as the game\'s, no date ("halting the game for 34 minutes in the third quarter")', () => {
    assert.deepEqual(values('The lights went out at the Super Bowl on Sunday night, halting the game for 34 minutes in the third quarter.', '2013-02-04'),
      [['Sunday night', '2013-02-03TNI'], ['34 minutes', 'PT34M']]);
    assert.deepEqual(values('Play was suspended in the second half because of lightning.', '2013-02-04'), []);
    // a firm's halt and a game's launch are a firm's quarter
    assert.deepEqual(values('Production was halted in the third quarter.', '2013-02-04'), [['the third quarter', '2012-Q3']]);
    assert.equal(values('The studio delayed the game launch to the fourth quarter.', '2013-02-04').length, 1);
  });

  it('reads a date in a participle\'s aside set off by commas by the participle, not the verb after ("The building, sold in March, will be torn down")', () => {
    assert.deepEqual(values('The building, sold in March, will be torn down in the coming months.', '2013-04-15'),
      [['March', '2013-03'], ['the coming months', 'PXM']]);
    assert.deepEqual(values('The bridge, opened in May, will close for repairs.', '2013-04-15'), [['May', '2012-05']]);
    // an aside that foresees still looks ahead
    assert.deepEqual(values('Shares, expected to list in May, will trade on Nasdaq.', '2013-04-15'), [['May', '2013-05']]);
  });

  it('reads a deadline set in the pluperfect by its "had", not as a day fixed ahead ("had set a deadline of 11:59 p.m. Wednesday")', () => {
    assert.deepEqual(values('The union had set a deadline of 11:59 p.m. Wednesday but extended it twice.', '2012-10-11'),
      [['11:59 p.m. Wednesday', '2012-10-10T23:59']]);
    // set now, it lies ahead
    assert.deepEqual(values('The union set a deadline of 11:59 p.m. Wednesday.', '2012-10-11'), [['11:59 p.m. Wednesday', '2012-10-17T23:59']]);
  });

  it('reads a weekday joined to a day still to come as the first such day after it ("storms Tuesday evening and Wednesday", written on Tuesday)', () => {
    assert.deepEqual(values('Forecasters warned of more severe storms Tuesday evening and Wednesday across eastern Oklahoma and Texas.', '2013-05-21'),
      [['Tuesday evening', '2013-05-21TEV'], ['Wednesday', '2013-05-22']]);
    // joined to a day gone, each keeps its tense
    assert.deepEqual(values('Trading was halted on Friday and Monday.', '2013-05-21'), [['Friday', '2013-05-17'], ['Monday', '2013-05-20']]);
    // the article's own day, a bare weekday, is no day to come; nor is a pair named out of order
    assert.deepEqual(values('Storm Harry brought gusts of 140 km/h on Wednesday and Thursday.', '2025-01-01'),
      [['Wednesday', '2025-01-01'], ['Thursday', '2024-12-26']]);
    assert.deepEqual(values('Following are statements made Friday and Thursday by the lawyer.', '2026-12-04'),
      [['Friday', '2026-12-04'], ['Thursday', '2026-12-03']]);
  });

  it('reads "the quarter" after a quarter named just before as that quarter ("its fiscal second quarter … Revenue for the quarter")', () => {
    const text = 'Halvard Systems said Thursday that profit in its fiscal second quarter fell 12 percent.\n\n'
      + 'The software maker, whose fiscal year ends in June, earned $412 million in the three months ended Dec. 31, down from $468 million a year earlier. '
      + 'Revenue for the quarter rose 3 percent.';
    assert.deepEqual(values(text, '2013-02-21').filter(([t]) => /quarter/.test(t ?? '')),
      [['fiscal second quarter', '2012-Q4'], ['the quarter', '2012-Q4']]);
    // ("a year earlier" between them, valued as the quarter a year before, is passed over)
    // a quarter its own end day places is that day's
    assert.deepEqual(values('Sun said it earned $5.2 million in the fiscal first quarter. Sun reported sales of $538.5 million for the quarter ended Sept. 29.', '1989-10-20')
      .filter(([t]) => /quarter/.test(t ?? '')).map(([t, v]) => [t, t === 'the quarter' ? v : 'any']), [['the fiscal first quarter', 'any'], ['the quarter', '1989-Q3']]);
    // a quarter named by the day it ends, after the quarter named before: that day's
    assert.deepEqual(values('Orbitel delayed shipments in the fiscal third quarter. Its Q3 covered the three months to June 28. Revenue in the quarter was $1.94 billion.', '2025-08-06')
      .filter(([t]) => t === 'the quarter'), [['the quarter', '2025-Q2']]);
    // "to" and a sum is no end day
    assert.deepEqual(values('Unisys posted a loss for the third quarter. Its revenue inched up 3.7% in the quarter to $2.35 billion.', '1989-11-01'),
      [['the third quarter', '1989-Q3'], ['the quarter', '1989-Q3']]);
    // with no quarter named before, the article's own
    assert.deepEqual(values('Revenue for the quarter rose 3 percent.', '2013-02-21'), [['the quarter', '2013-Q1']]);
  });

  it('reads a weekday declared a holiday or a day of mourning as ahead ("declared Thursday a day of national mourning")', () => {
    assert.deepEqual(values('The government declared Thursday a day of national mourning.', '2013-04-24')[0], ['Thursday', '2013-04-25']);
    assert.deepEqual(values('The president declared Monday a public holiday.', '2013-04-24'), [['Monday', '2013-04-29']]);
    assert.deepEqual(values('He made Friday a good day.', '2013-04-24'), [['Friday', '2013-04-19']]);
  });

  it('places a time and its other zone\'s in brackets on the weekday after them, read in the tense of the clause before ("set for 3 p.m. EDT (1900 GMT) Friday")', () => {
    assert.deepEqual(values('The vote is set for 3 p.m. EDT (1900 GMT) Friday.', '2013-03-14'),
      [['3 p.m. EDT', '2013-03-15T15:00'], ['1900 GMT', '2013-03-15T19:00'], ['Friday', '2013-03-15']]);
    assert.deepEqual(values('The meeting will start at 9 a.m. (0800 GMT) Friday.', '2013-03-14'),
      [['9 a.m.', '2013-03-15T09:00'], ['0800 GMT', '2013-03-15T08:00'], ['Friday', '2013-03-15']]);
    assert.deepEqual(values('The quake struck at 10:30 a.m. local time (0130 GMT) on Tuesday.', '2013-03-14'),
      [['10:30 a.m. local time', '2013-03-12T10:30'], ['0130 GMT', '2013-03-12T01:30'], ['Tuesday', '2013-03-12']]);
  });

  it('reads a day-first date with a comma before its year as one date ("7 March, 2013"), and dates an article by it', () => {
    assert.deepEqual(values('The accord was signed on 7 March, 2013 in Paris.', '2026-12-02'), [['7 March, 2013', '2013-03-07']]);
    assert.equal(referenceFor('7 March, 2013\n\nPolice arrested a man on Tuesday.', { today: '2026-12-02' }).date, '2013-03-07');
    // a count after the comma is no year
    assert.deepEqual(values('By 7 March, 2,000 people had fled.', '2013-03-14'), [['7 March', '2013-03-07']]);
  });

  it('reads what closes after it opens as closing after the opening ("open on October 1 and close in mid-January")', () => {
    assert.deepEqual(values('Submissions for the 2014 festival open on October 1 and close in mid-January.', '2013-03-29'),
      [['2014', '2014'], ['October 1', '2013-10-01'], ['mid-January', '2014-01']]);
    assert.deepEqual(values('Registration opens on Dec. 1 and closes on Jan. 15.', '2013-03-29'), [['Dec. 1', '2013-12-01'], ['Jan. 15', '2014-01-15']]);
    // told in the past, the close is left where its tense put it
    assert.deepEqual(values('The show opened in March and closed in June.', '2013-03-29'), [['March', '2013-03'], ['June', '2012-06']]);
  });

  it('reads a date a plan since changed was "originally set for" as the nearest, not as ahead ("originally set for May 30, was moved")', () => {
    assert.deepEqual(values('The hearing, originally set for May 30, was moved to June 20.', '2013-06-12'),
      [['May 30', '2013-05-30'], ['June 20', '2013-06-20']]);
    assert.deepEqual(values('The trial, initially scheduled for July, will start in September.', '2013-06-12'),
      [['July', '2013-07'], ['September', '2013-09']]);
    // a date set now is ahead
    assert.deepEqual(values('The judge set the trial for May 30.', '2013-06-12'), [['May 30', '2014-05-30']]);
  });

  it('reads a midnight told as done on the article\'s day as the one that began it ("failed to agree on a spending bill by midnight")', () => {
    assert.deepEqual(values('The federal government began shutting down early Tuesday after Congress failed to agree on a spending bill by midnight.', '2013-10-01'),
      [['early Tuesday', '2013-10-01'], ['midnight', '2013-09-30T24:00']]);
    assert.deepEqual(values('The bars closed at midnight.', '2013-10-01'), [['midnight', '2013-09-30T24:00']]);
    // ahead, or on a day named, it stays
    assert.deepEqual(values('Officials said the polls would close at midnight.', '2013-10-01'), [['midnight', '2013-10-01T24:00']]);
    assert.deepEqual(values('The strike began at midnight on Sunday.', '2013-10-01'), [['midnight', '2013-09-29T24:00'], ['Sunday', '2013-09-29']]);
  });

  it('reads a day set off after its month as in that month\'s year ("only once in August, on Aug. 7-8")', () => {
    assert.deepEqual(values('The Bank of Japan meets twice a month in some months but only once in August, on Aug. 7-8.', '2013-08-12').slice(2),
      [['August', '2013-08'], ['Aug. 7-8', '2013-08-07']]);
    // alone, a timetable's day gone is next year's
    assert.deepEqual(values('The bank meets on Aug. 7.', '2013-08-12'), [['Aug. 7', '2014-08-07']]);
  });

  it('reads a month or a day before "starting" and a year as in that year ("to late May starting next year")', () => {
    assert.deepEqual(values('The festival will move from its traditional September slot to late May starting next year.', '2013-03-29').slice(1),
      [['late May', '2014-05'], ['next year', '2014']]);
    assert.deepEqual(values('Classes will begin in August beginning in 2015.', '2013-03-29'), [['August', '2015-08'], ['2015', '2015']]);
  });

  it('finds "Election Day" as the United States\' Tuesday after the first Monday of November, the nearest one', () => {
    assert.deepEqual(values('The Republican candidate was due back in the state again on Election Day.', '2012-11-05'), [['Election Day', '2012-11-06']]);
    assert.deepEqual(values('Since Election Day, the president has met twice with congressional leaders.', '2013-02-10'), [['Election Day', '2012-11-06']]);
    // an election's day written in lower case is any country's, and no date
    assert.deepEqual(values('Voters queued from dawn on election day.', '2013-02-10'), []);
    assert.deepEqual(values('Election day for those living inside Bosnia is September 14.', '1996-08-30'), [['September 14', '1996-09-14']]);
  });
});
