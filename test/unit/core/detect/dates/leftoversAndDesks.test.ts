import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Leftovers of the earlier passes and what a fifth reading pass over made-up stories found, from desks the others
// covered least: weather warnings, timetables and strikes, school calendars, courts, fixtures, elections, launches and
// recalls, markets, health campaigns, obituaries and anniversaries. Each sentence is made up; each value is what a
// careful editor reads, against the reference date given (its weekday in the comment).
const values = (text: string, ref: string) => detectDates(text, ref).map(d => [d.text, d.value]);

describe('dates: leftovers and the desks of the fifth reading pass', () => {
  it('runs a warning from a clock time on one weekday until one on the next forward', () => {
    // a Thursday: the warning runs into Saturday, not back to the Saturday gone
    assert.deepEqual(values('The warning runs from 6 p.m. Friday until noon Saturday.', '2027-01-14'),
      [['6 p.m. Friday', '2027-01-15T18:00'], ['noon Saturday', '2027-01-16T12:00']]);
    assert.deepEqual(values('The road will be closed from Friday evening till Sunday.', '2027-01-14'),
      [['Friday evening', '2027-01-15TEV'], ['Sunday', '2027-01-17']]);
  });

  it('reads no tense from a comparison set off after the day ("two weeks earlier than last year")', () => {
    // a Thursday: the campaign begins on the Monday ahead
    assert.deepEqual(values('The health service will begin its flu campaign on Monday, two weeks earlier than last year.', '2026-10-01')[0],
      ['Monday', '2026-10-05']);
  });

  it('reads a plural subject after "and" and its plain verb as a timetable ("and pre-orders open on Friday")', () => {
    // a Tuesday
    assert.deepEqual(values('The phone goes on sale on Sept. 18, and pre-orders open on Friday.', '2026-09-08'),
      [['Sept. 18', '2026-09-18'], ['Friday', '2026-09-11']]);
    assert.deepEqual(values('Pre-orders open on Friday.', '2026-09-08'), [['Friday', '2026-09-11']]);
    // a Monday: a count or a quantifier before the plural, as a determiner
    assert.deepEqual(values('City face Rovers next weekend, and both sides play in the cup on Wednesday night.', '2026-10-26')[1],
      ['Wednesday night', '2026-10-28TNI']);
    // (not a noun phrase after "and" read as a verb: "and close scores of four-day county championship matches")
    assert.deepEqual(values('Results and close scores of four-day county championship matches on Saturday:', '2025-01-01'),
      [['four-day', 'P4D'], ['Saturday', '2024-12-28']]);
  });
});

describe('dates: weekdays of a week just named', () => {
  it('reads the weekdays set right after "next week" (and those listed with them) as days of that week', () => {
    // a Monday: the strike days are the Tuesday to Thursday of next week, not the ones gone
    assert.deepEqual(values('Teachers will strike on three days next week, on Tuesday, Wednesday and Thursday, the union said.', '2027-01-11').slice(1),
      [['next week', '2027-W03'], ['Tuesday', '2027-01-19'], ['Wednesday', '2027-01-20'], ['Thursday', '2027-01-21']]);
    assert.deepEqual(values('The talks were held last week: Monday and Friday.', '2027-01-13'),
      [['last week', '2027-W01'], ['Monday', '2027-01-04'], ['Friday', '2027-01-08']]);
    // (a weekday in the next sentence or paragraph is no day of the week before)
    assert.deepEqual(values('How the week unfolded\n\nSunday was calm.', '2026-12-16').map(v => v[1]), ['2026-W51', '2026-12-13']);
  });
});

describe('dates: "the Friday before" with nothing after it', () => {
  it('reads the weekday before or after the day named last before it', () => {
    // a Wednesday: the vote moved to Monday 14 December; the committee meets on the Friday before it
    assert.deepEqual(values('It will now be held on Monday, December 14. On the Friday before, the committee will meet.', '2026-12-02').slice(1),
      [['Monday, December 14', '2026-12-14'], ['Friday', '2026-12-11']]);
    assert.deepEqual(values('The trial is set for June 3. Jury selection will begin the Friday before, the judge said.', '2026-12-04'),
      [['June 3', '2027-06-03'], ['Friday', '2027-05-28']]);
    // (two such weekdays joined are of the same day, not one of the other)
    assert.deepEqual(values('Thanksgiving traffic was heaviest on the Wednesday before and the Sunday after.', '2025-11-20'),
      [['Thanksgiving', '2025-11-27'], ['Wednesday', '2025-11-26'], ['Sunday', '2025-11-30']]);
  });
});

describe('dates: what is put off is put off to a time ahead', () => {
  it('reads a month or a season after "a delay until", "postponed … to" as the one ahead, whatever the tense of the putting off', () => {
    // a Wednesday in December
    assert.deepEqual(values('Members agreed a delay until the spring for the closure of the library.', '2026-12-02'), [['the spring', '2027-SP']]);
    assert.deepEqual(values('The council approved a delay until the fall for the new parking rules.', '2026-12-02'), [['the fall', '2027-FA']]);
    assert.deepEqual(values('The vote was postponed to March after two members fell ill.', '2026-12-02'), [['March', '2027-03']]);
    assert.deepEqual(values("Brandt's lawyers had asked for a delay until the fall.", '2026-12-05'), [['the fall', '2027-FA']]);
  });
});

describe('dates: a weekday with a past verb of its own after a day ahead', () => {
  it('keeps the weekday of a past clause after a day ahead in the same sentence in the past', () => {
    // a Monday: the alert runs to Wednesday ahead; the temperatures climbed on the Sunday gone
    assert.deepEqual(values('The agency extended its heat alert through Wednesday as temperatures climbed to 38 degrees on Sunday.', '2026-07-20'),
      [['Wednesday', '2026-07-22'], ['Sunday', '2026-07-19']]);
    // (no verb of its own, or a plan's participle: the week's plan told in one sentence runs on)
    assert.deepEqual(values('Play resumes on Friday, with a rest day scheduled for Sunday.', '2026-07-20'),
      [['Friday', '2026-07-24'], ['Sunday', '2026-07-26']]);
  });
});

describe('dates: "agreed to the date on Tuesday"', () => {
  it('reads "agreed to" before a determiner as no plan to do something, and its day as the one gone', () => {
    // a Wednesday: the derby is ahead, the police agreed on the Tuesday gone
    assert.deepEqual(values('The Kelso derby will be played on Boxing Day after police agreed to the date on Tuesday.', '2026-12-16'),
      [['Boxing Day', '2026-12-26'], ['Tuesday', '2026-12-15']]);
    // (what was agreed to be done is still ahead of the agreeing)
    assert.deepEqual(values('The two sides agreed to meet again on Tuesday.', '2026-12-16'), [['Tuesday', '2026-12-22']]);
  });
});

describe('dates: months named alone before a month that names its year', () => {
  it('gives them that year ("January and February of last year")', () => {
    // a Thursday in May 2026
    assert.deepEqual(values('The waiting list rose in January and February of last year because of strikes.', '2026-05-14'),
      [['January', '2025-01'], ['February of last year', '2025-02']]);
    assert.deepEqual(values('Sales fell in March, April and May 2025, and in December and January 2025.', '2026-05-14').map(v => v[1]),
      ['2025-03', '2025-04', '2025-05', '2024-12', '2025-01']);
  });
});

describe('dates: "a year earlier" after a span of time or the three months to a month', () => {
  it('reads the period the figures are for, not the span between', () => {
    // a Thursday in May 2026: March's figures, compared with March 2025's
    assert.deepEqual(values('The list fell to 6.1 million in March. About 38 percent had waited more than 18 weeks, compared with 41 percent a year earlier.', '2026-05-14'),
      [['March', '2026-03'], ['more than 18 weeks', 'P18W'], ['a year earlier', '2025-03']]);
    // the quarter to June, a year before
    assert.deepEqual(values('Kestrel sold 14 million phones in the three months to June, up 6 percent from a year earlier.', '2026-09-08'),
      [['the three months', 'P3M'], ['June', '2026-06'], ['a year earlier', '2025-Q2']]);
  });
});

describe('dates: a record set by a month', () => {
  it('reads the month of "the coldest February in a decade" as one gone, whatever the clause after it says', () => {
    // a Wednesday in March 2027
    assert.deepEqual(values('After the coldest February in a decade, the region can expect a mild spell.', '2027-03-03')[0], ['February', '2027-02']);
    // (a record still to be set is ahead)
    assert.deepEqual(values('Forecasters said it could be the wettest June on record.', '2027-03-03'), [['June', '2027-06']]);
  });
});
