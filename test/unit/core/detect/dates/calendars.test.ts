import assert from 'node:assert/strict';
import { fixture, found, pairs, shown } from './dateFixtures';
import { analyze } from '../../../../../src/core/detect/analyze';
import { detectDates } from '../../../../../src/core/detect/dates';

// Eight made-up stories (test/fixtures/dates) of kinds the others are not: a by-election night with its opening and
// closing hours, a school board's calendar for the next academic year, a cup draw with its fixture list, a flood's
// fiftieth anniversary, a screening programme's ages and durations, a trial adjourned, a firm's half-year results with
// no year given, and a wiki news site's report under its dateline line. Every time expression in them, with its
// value, read by hand against the story's own date (none is given: each is dated by its front matter, dateline or
// stamp); where a value is still wrong it is asserted as it is and said so. Towns, firms and people are made up.
const claimsOf = (text: string) => analyze(text, { referenceDate: found(text).date }).claims.map(c => c.text);
const noFurnitureClaimed = (text: string, furniture: readonly string[], facts: readonly string[]) => {
  const claims = claimsOf(text);
  for (const line of furniture) assert.ok(!claims.some(c => c.includes(line)), `furniture flagged: ${line}`);
  for (const fact of facts) assert.ok(claims.some(c => c.startsWith(fact)), `fact missed: ${fact}`);
};

describe('dates in made-up election, school, sport, anniversary, health, court, results and wiki stories', () => {
  it('a by-election night in front matter: polls open and close on the day, a count into the next morning', () => {
    const text = fixture('by-election.md');
    assert.equal(found(text).date, '2026-11-05');
    assert.deepEqual(pairs(text), [
      ['2026-11-05', '2026-11-05'], ['7am', '2026-11-05T07:00'], ['Thursday', '2026-11-05'], ['10pm', '2026-11-05T22:00'],
      ['Friday', '2026-11-06'],
      // "Turnout by 6pm was 31%" after "the early hours of Friday": told as done, so on polling day, not on Friday
      ['6pm', '2026-11-05T18:00'], ['2024', '2024'], ['5pm', '2026-11-05T17:00'], ['10.30pm', '2026-11-05T22:30'],
      // "would start no earlier than 4am" after counting began at 10.30pm: the next morning
      ['4am', '2026-11-06T04:00'], ['5pm Eastern Time', '2026-11-05T17:00'], ['10pm GMT', '2026-11-05T22:00'],
      ['August', '2026-08'], ['19 years', 'P19Y'], ['six weeks', 'P6W'], ['next Monday', '2026-11-09'],
      ['Christmas', '2026-12-25'],
    ]);
    assert.equal(shown(text, '4am'), 'Friday 6 November 2026, 04:00');
    assert.equal(shown(text, '6pm'), 'Thursday 5 November 2026, 18:00');
    noFurnitureClaimed(text, ['By Priya Castellane', 'Photo: Ballot boxes', 'Credit: Tom Reyes'],
      ['Polls in the Marrowby by-election opened', 'Turnout by 6pm was 31%', 'The seat fell vacant in August']);
  });

  it('a school calendar under a dateline line: the terms of the academic year named, the current school year', () => {
    const text = fixture('school-calendar.md');
    assert.equal(found(text).date, '2026-01-21');
    assert.deepEqual(pairs(text), [
      // the headline's "2026-27": a bare span after "for" stays a range, its two ends tagged
      ['2026', '2026'], ['27', '2027'], ['Wednesday, January 21, 2026', '2026-01-21'], ['Tuesday', '2026-01-20'],
      ['the 2026-27 academic year', '2027'],
      // the spring term and the October half-term of that academic year, not this spring or last October
      ['the spring', '2027-SP'], ['a week', 'P1W'], ['October', '2026-10'], ['the autumn', '2026-FA'],
      ['Thursday 3 September', '2026-09-03'], ['18 December', '2026-12-18'], ['The spring', '2027-SP'],
      ['5 January', '2027-01-05'], ['26 March', '2027-03-26'], ['the summer', '2027-SU'], ['13 April', '2027-04-13'],
      ['21 July', '2027-07-21'], ['last year', '2025'], ['the current school year', '2026'],
      // "Pupils lost five teaching days in the autumn": no term in the sentence, the autumn gone by
      ['the autumn', '2025-FA'], ['the first two weeks', 'P2W'], ['June', '2026-06'], ['one year', 'P1Y'],
      ['the 2027-28 year', '2028'], ['next month', '2026-02'],
      // "closes at the end of the spring term": after "the current school year", left to its tense: this spring
      ['the end of the spring', '2026-SP'],
    ]);
    // a school year named as the current one anchors nothing: the autumn term after it is the coming one
    assert.deepEqual(detectDates('The current academic year ends in July, and the autumn term starts on 7 September.',
      '2026-01-21').map(d => [d.text, d.value]),
    [['The current academic year', '2026'], ['July', '2026-07'], ['the autumn', '2026-FA'], ['7 September', '2026-09-07']]);
    assert.equal(shown(text, 'the current school year'), 'the 2025–26 school year');
    assert.equal(shown(text, '26 March'), 'Friday 26 March 2027');
    noFurnitureClaimed(text, ['Wednesday, January 21, 2026', 'Sources'],
      ['The Ashgrove education board on Tuesday approved', 'The spring term will run from 5 January']);
  });

  it('a cup draw under a "Published" stamp: legs on days named, a fixture list, a draw that takes place ahead', () => {
    const text = fixture('cup-draw.md');
    assert.equal(found(text).date, '2026-02-12');
    assert.deepEqual(pairs(text), [
      ['12 February 2026', '2026-02-12'], ['3 March', '2026-03-03'], ['14 March', '2026-03-14'], ['three days', 'P3D'],
      ['Saturday 21 February', '2026-02-21'], ['3pm', '2026-02-21T15:00'], ['Tuesday 24 February', '2026-02-24'],
      ['7.45pm', '2026-02-24T19:45'], ['Tuesday 3 March', '2026-03-03'], ['8pm', '2026-03-03T20:00'],
      ['Saturday 14 March', '2026-03-14'], ['5.30pm', '2026-03-14T17:30'], ['2019', '2019'], ['16 May', '2026-05-16'],
      // "The draw for the semi-finals takes place on Monday": the coming Monday
      ['Monday', '2026-02-16'],
      // a sport's season, which may straddle two years: found, with no value
      ['this season', undefined],
    ]);
    assert.equal(shown(text, 'this season'), 'this season');
    // a fixture list's lines are a timetable, not claims; the story's sentences about the same matches are
    noFurnitureClaimed(text, ['Published 12 February 2026', 'Eastmoor v Harlow Town (3pm)', 'Esk Rovers v Eastmoor',
      'Eastmoor v Lindqvist United, first leg', 'Lindqvist United v Eastmoor, second leg'],
    ['Eastmoor will face Lindqvist United', 'Eastmoor last reached the semi-finals in 2019']);
  });

  it('an anniversary feature: fifty years ago this week, the summer of \'76 and of \'69, a decade before that', () => {
    const text = fixture('sea-wall.md');
    assert.equal(found(text).date, '2026-09-16');
    assert.deepEqual(pairs(text), [
      ['Fifty years', 'P50Y'], ['2026-09-16', '2026-09-16'], ['Fifty years', 'P50Y'],
      ['50 years ago this week', '1976-W38'], ['14 September 1976', '1976-09-14'], ['three days', 'P3D'],
      // "By the following morning the harbour was under two metres of water": the morning after that night
      ['the following morning', '1976-09-15TMO'], ['a month', 'P1M'], ['the summer of \'76', '1976-SU'],
      // "We had no rain from May until the end of August," in the quotation after "the summer of '76": that summer's
      ['May', '1976-05'], ['the end of August', '1976-08'],
      ['the early 1980s', '198'], ['2001', '2001'], ['Sunday', '2026-09-20'], ['the end of October', '2026-10'],
      ['the summer of \'69', '1969-SU'],
      // "after a smaller flood a decade earlier": a decade before the summer of '69
      ['a decade earlier', '1959'], ['a century', 'P100Y'],
    ]);
    assert.equal(shown(text, '50 years ago this week'), 'the week of 13 September 1976');
    assert.equal(shown(text, 'the summer of \'76'), 'summer 1976');
    assert.equal(shown(text, 'the end of August'), 'the end of August 1976');
    noFurnitureClaimed(text, ['title:', 'date:'], ['It was 50 years ago this week', 'The town built a new wall']);
  });

  it('a screening programme under a body\'s dateline: ages that are no dates, courses, working days, the first year', () => {
    const text = fixture('heart-checks.md');
    assert.equal(found(text).date, '2026-03-09');
    assert.deepEqual(pairs(text), [
      ['Monday 9 March 2026', '2026-03-09'], ['every five years', 'P5Y'], ['next month', '2026-04'],
      ['about 20 minutes', 'PT20M'], ['12-week', 'P12W'], ['at least six months', 'P6M'], ['last year', '2025'],
      ['nine months', 'P9M'], ['two weeks', 'P2W'], ['daily', 'P1D'], ['48 hours', 'PT48H'],
      ['10 working days', 'P10D'],
      // "screen 60,000 people in the first year": the programme's first year, no calendar year
      ['the first year', undefined], ['2031', '2031'], ['8am', 'T08:00'], ['6pm', 'T18:00'], ['weekdays', 'P1D'],
    ]);
    assert.equal(shown(text, '10 working days'), 'ten working days');
    assert.equal(shown(text, 'the first year'), 'the first year');
    // with what it is the first year of said, no more a calendar year than without
    assert.deepEqual(detectDates('Profit doubled in the first year of the scheme.', '2026-03-09').map(d => [d.text, d.value]),
      [['the first year', undefined]]);
    noFurnitureClaimed(text, ['NEW SCREENING PROGRAMME', 'Corvale Health Board, Monday 9 March 2026'],
      ['A pilot in two towns last year screened 8,400 people', 'The board expects to screen 60,000 people']);
  });

  it('a trial adjourned under a dateline line: until next Tuesday, by June 30, within 28 days, last winter', () => {
    const text = fixture('landlord.md');
    assert.equal(found(text).date, '2026-06-16');
    assert.deepEqual(pairs(text), [
      ['Tuesday, June 16, 2026', '2026-06-16'], ['Monday', '2026-06-15'], ['next Tuesday', '2026-06-23'],
      ['November', '2025-11'], ['January', '2026-01'], ['June 30', '2026-06-30'], ['the autumn', '2026-FA'],
      ['seven days', 'P7D'], ['28 days', 'P28D'], ['years', 'PXY'], ['2019', '2019'], ['a fortnight', 'P2W'],
      ['last winter', '2025-WI'], ['up to six months', 'P6M'], ['four days', 'P4D'],
    ]);
    assert.equal(shown(text, 'next Tuesday'), 'Tuesday 23 June 2026');
    noFurnitureClaimed(text, ['LANDLORD\'S CASE ADJOURNED', 'Tuesday, June 16, 2026'],
      ['A trial of a landlord accused of ignoring 14 safety notices was adjourned', 'She gave the defence seven days']);
  });

  it('half-year results with no year given: the halves and quarters the tense places, never a match\'s half', () => {
    const text = fixture('half-year.md');
    assert.equal(found(text).date, '2026-03-10');
    assert.deepEqual(pairs(text), [
      // the headline's present takes the half the story places: the first half reported in March is last year's
      ['first half', '2025-H1'], ['Tuesday, March 10, 2026', '2026-03-10'], ['Tuesday', '2026-03-10'],
      ['the first half', '2025-H1'], ['the second half', '2025-H2'],
      // "expects growth to return in the first quarter": the quarter running; "said the second half would be
      // tougher": the half ahead
      ['the first quarter', '2026-Q1'], ['the second half', '2026-H2'], ['the first half of the year', '2026-H1'],
      ['last week', '2026-W10'], ['May 14', '2026-05-14'], ['first-half', '2025-H1'], ['last month', '2026-02'],
      // "In the second half of the match on Saturday": the match's half is no date
      ['the end of the year', '2026'], ['Saturday', '2026-03-07'],
    ]);
    assert.equal(shown(text, 'the first half'), 'the first half of 2025');
    assert.equal(shown(text, 'the second half', 1), 'the second half of 2026');
    noFurnitureClaimed(text, ['Tuesday, March 10, 2026'],
      ['Corrin Tools said on Tuesday that pre-tax profit rose 14%', 'Sales in the second half were flat']);
  });

  it('a wiki news report under its dateline line: yesterday, earlier this month, two years ago, this season', () => {
    const text = fixture('ferry-fine.md');
    assert.equal(found(text).date, '2025-03-04');
    assert.deepEqual(pairs(text), [
      ['Tuesday, March 4, 2025', '2025-03-04'], ['Monday', '2025-03-03'], ['last week', '2025-W09'],
      ['yesterday morning', '2025-03-03TMO'], ['Earlier this month', '2025-03'], ['two years ago', '2023'],
      ['next year', '2026'], ['the 1990s', '199'], ['this season', undefined], ['the autumn', '2025-FA'],
      ['20 minutes', 'PT20M'], ['Sunday', '2025-03-02'], ['Thursday', '2025-03-06'], ['April 2', '2025-04-02'],
    ]);
    assert.equal(shown(text, 'yesterday morning'), 'Monday 3 March 2025, morning');
    assert.equal(shown(text, 'last week'), 'the week of 24 February 2025');
    noFurnitureClaimed(text, ['Tuesday, March 4, 2025', 'Sources'],
      ['The Calderport harbour authority on Monday fined', 'The route, which first opened in the 1990s']);
  });
});
