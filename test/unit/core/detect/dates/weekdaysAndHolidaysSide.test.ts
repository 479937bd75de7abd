import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up weather, politics, box-office and accident notes (issue 14, dates on real news): a weekend, a deadline's
// weekday or a holiday put on the right side of the article's date by the words around it.
const values = (text: string, ref: string) => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

// Monday 7 December 2026: the weekend gone is 5-6 December (2026-W49), the coming one 12-13 December (2026-W50)
const MONDAY = '2026-12-07';
// Sunday 6 December 2026: the coming Tuesday is 8 December
const SUNDAY = '2026-12-06';

describe('weekdays, weekends and holidays on the side of the article\'s date their words tell', () => {
  it('reads a weekend told in the perfect as the one gone', () => {
    assert.deepEqual(values('Aides say there has been steady progress over the weekend.', MONDAY), ['the weekend=2026-W49-WE']);
    assert.deepEqual(values('Crews have cleared most of the roads over the weekend.', MONDAY), ['the weekend=2026-W49-WE']);
    // (a perfect that warns of what is to come keeps the coming one)
    assert.deepEqual(values('Police have warned drivers to expect delays over the weekend.', MONDAY), ['the weekend=2026-W50-WE']);
  });

  it('reads "this weekend" and "of the weekend" told in the past as the weekend gone', () => {
    assert.deepEqual(values('The comedy slipped 4 percent to $8.1 million this weekend.', MONDAY), ['this weekend=2026-W49-WE']);
    assert.deepEqual(values('That left the headline fixture of the weekend.', MONDAY), ['the weekend=2026-W49-WE']);
    // (the future keeps the coming one)
    assert.deepEqual(values('The comedy will open in 300 more theaters this weekend.', MONDAY), ['this weekend=2026-W50-WE']);
  });

  it('reads a warning issued in the perfect until a weekday as in force till the coming one', () => {
    assert.deepEqual(values('A wind advisory has been issued for much of the Upper Marren Valley forecast zone until Tuesday morning.', SUNDAY),
      ['Tuesday morning=2026-12-08TMO']);
    // (a span from a day gone keeps its past)
    assert.deepEqual(values('The suspect has been questioned by detectives from Friday until Saturday night.', SUNDAY).slice(-1),
      ['Saturday night=2026-12-05TNI']);
  });

  it('gives a holiday named alone the year the story writes with it', () => {
    const story = 'Halloween turned frightening for two hikers lost on the ridge. They had set out on Halloween 2019 at dawn.';
    assert.deepEqual(values(story, SUNDAY), ['Halloween=2019-10-31', 'Halloween 2019=2019-10-31']);
    // (not one placed by "this" or "next", nor where the story dates it to two years)
    assert.deepEqual(values('This Halloween will be quieter than Halloween 2019 was.', SUNDAY)[0], 'Halloween=2027-10-31');
    const two = 'Halloween 2018 and Halloween 2019 were both wet, and Halloween is often wet here.';
    assert.deepEqual(values(two, SUNDAY).slice(-1), ['Halloween=2026-10-31']);
  });

  it('gives a holiday the year written after its weekend or break', () => {
    assert.deepEqual(values('The sequel took $30 million over a four-day Easter weekend in 2012.', SUNDAY)[1], 'Easter=2012-04-08');
    assert.deepEqual(values('Sales over the Christmas period of 2015 were weak.', SUNDAY)[0], 'Christmas=2015-12-25');
  });
});
