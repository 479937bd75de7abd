import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Holidays and festivals, fiscal and school periods, decades, anniversaries and the days around them, as news of many
// desks writes them. Each sentence is made up; each value is what a careful editor reads against the reference date
// given (its weekday in the comment).
const values = (text: string, ref: string) => detectDates(text, ref).map(d => [d.text, d.value]);

describe('dates: a weekday in the noun phrase that opens its clause', () => {
  it('reads the day ahead before a modal or a prospect of its clause ("Highs on Saturday could reach 30C")', () => {
    // a Wednesday
    assert.deepEqual(values('Highs on Saturday could reach 31C in the south.', '2026-07-08'), [['Saturday', '2026-07-11']]);
    assert.deepEqual(values('The rally on Sunday is expected to draw 20,000 people.', '2026-07-08'), [['Sunday', '2026-07-12']]);
    assert.deepEqual(values('Party leaders said the ballot on Friday is the moment members finally decide.', '2026-07-08'),
      [['Friday', '2026-07-10']]);
    // (a past form in the phrase tells of the day: the rain fell on the Saturday gone; "could not" is no prospect)
    assert.deepEqual(values('Rain that fell on Saturday could cause more flooding.', '2026-07-08'), [['Saturday', '2026-07-04']]);
    assert.deepEqual(values('Shares on Monday could not hold their gains.', '2026-07-08'), [['Monday', '2026-07-06']]);
    // (nor does a present copula before a noun of no occasion: "the attack on Monday is the third this month")
    assert.deepEqual(values('The attack on Monday is the third on the line.', '2026-07-08'), [['Monday', '2026-07-06']]);
  });

  it('reads the day of an event called for or declared as ahead of the calling', () => {
    // a Tuesday
    assert.deepEqual(values('Farmers called for a nationwide strike on Thursday.', '2026-03-10'), [['Thursday', '2026-03-12']]);
    assert.deepEqual(values('The cabinet declared a four-day holiday from Friday to Monday.', '2026-03-10'),
      [['four-day', 'P4D'], ['Friday', '2026-03-13'], ['Monday', '2026-03-16']]);
    // (a call for no event is made on the day: "called for calm on Sunday")
    assert.deepEqual(values('The bishop called for calm on Sunday.', '2026-03-10'), [['Sunday', '2026-03-08']]);
  });
});

describe('dates: a forecast\'s days', () => {
  it('runs a warning from a clock time on one weekday until a clock time on a later one forward', () => {
    // a Thursday: the warning ends on the Sunday ahead, not the one gone
    assert.deepEqual(values('An amber warning is in force from 6 a.m. on Saturday until 11 p.m. on Monday.', '2026-08-13'),
      [['6 a.m.', '2026-08-15T06:00'], ['Saturday', '2026-08-15'], ['11 p.m.', '2026-08-17T23:00'], ['Monday', '2026-08-17']]);
  });

  it('reads a weekday joined to "tonight" as a night still to come ("expected tonight and on Wednesday night")', () => {
    // a Monday
    assert.deepEqual(values('Ground frost is likely tonight and on Thursday night.', '2026-02-09'),
      [['tonight', '2026-02-09TNI'], ['Thursday night', '2026-02-12TNI']]);
  });

  it('reads a participle\'s phrase after a clause ruled by "will" in its tense ("will arrive, bringing rain on Thursday")', () => {
    // a Monday
    assert.deepEqual(values('A warm front will move in from the west, bringing showers on Friday.', '2026-02-09'), [['Friday', '2026-02-13']]);
  });

  it('reads a headline\'s "overnight" after "to" and its verb, on the first line, as the night ahead', () => {
    // a Monday: the article's own night, not the one before
    assert.deepEqual(values('Snow and ice to disrupt roads overnight\n\nDrivers are urged to take care.', '2026-02-09'),
      [['overnight', '2026-02-09TNI']]);
  });
});

describe('dates: the school year and what was said of it', () => {
  it('reads a season before a term\'s noun as the subject of "would" ("said the autumn term would start")', () => {
    // a Monday in March: the autumn and September ahead, not those gone
    assert.deepEqual(values('The head teacher said the summer term would end on July 17.', '2026-03-09'),
      [['the summer', '2026-SU'], ['July 17', '2026-07-17']]);
    assert.deepEqual(values('Governors said the autumn term would begin in early September.', '2026-03-09'),
      [['the autumn', '2026-FA'], ['early September', '2026-09']]);
  });

  it('reads a month in a clause of its own after "after", with a past verb, as gone ("after snow forced closures in January")', () => {
    // a Monday in March
    assert.deepEqual(values('Pupils will sit the tests a week late after flooding forced closures in January.', '2026-03-09'),
      [['January', '2026-01']]);
    // (a passive's participle after its auxiliary is no such verb: "when the levy is introduced in April")
    assert.deepEqual(values('Fees will rise when the levy is introduced in April.', '2026-03-09'), [['April', '2026-04']]);
  });

  it('reads "and that" as opening a second reported clause, whose "would" tells nothing of the first', () => {
    // a Thursday in January
    assert.deepEqual(values('The trust said it had made a fresh offer in November and that wards would publish rotas within the next week.', '2026-01-22'),
      [['November', '2025-11'], ['the next week', '2026-W05']]);
  });
});

describe('dates: a day counted from a time spoken of that is a year or a month', () => {
  it('leaves "the previous day" after a span of years without a date, not the day before the article\'s', () => {
    // a Thursday
    assert.deepEqual(values('Exports grew every year from 2017 until 2021. The previous day, the minister had resigned.', '2026-05-14'),
      [['every year', 'P1Y'], ['2017', '2017'], ['2021', '2021'], ['The previous day', undefined]]);
    // (a day the story names before the span is counted from: the hearing on Tuesday)
    assert.deepEqual(values('The hearing was on Tuesday. The charity ran the scheme from 2015 to 2019. The previous day, the trustees had met.', '2026-05-14'),
      [['Tuesday', '2026-05-12'], ['2015', '2015'], ['2019', '2019'], ['The previous day', '2026-05-11']]);
  });
});
