import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up sentences: words shaped like a time that, read in their place, name none.
const values = (text: string) => detectDates(text, '2026-02-13').map(d => `${d.text}=${d.value}`);

describe('a money market\'s "overnight"', () => {
  it('names no night before deposits, funds or a rate', () => {
    assert.deepEqual(values('Lenders earn 4% on overnight deposits with the Reserve Bank.'), []);
    assert.deepEqual(values('The bank left the overnight rate unchanged.'), []);
    assert.deepEqual(values('Dealers paid more for overnight funds.'), []);
  });

  it('keeps the night a thing happened in', () => {
    assert.deepEqual(values('The river rose two metres overnight.'), ['overnight=2026-02-12TNI']);
  });
});

describe('a round of a tournament called "the quarter"', () => {
  it('is no quarter of a year in a story of quarter-finals', () => {
    assert.deepEqual(values('Tamsin Orrel advanced to the quarter with a win in straight sets. It is her first quarter-final since 2019.'), ['2019=2019']);
  });

  it('stays a quarter of a year where its sentence speaks of money, or no quarter-final is named', () => {
    assert.deepEqual(values('The club reached the quarter-finals. Its revenue rose in the quarter.'), ['the quarter=2025-Q4']);
    assert.deepEqual(values('Orders rose in the quarter.'), ['the quarter=2025-Q4']);
  });
});

describe('a month and an ordinal before "quarter" or "half"', () => {
  it('names the part of the year, no day of that month', () => {
    assert.deepEqual(values('Output rose in the July-through-September third quarter.'), ['July=2025-07', 'September=2025-09', 'third quarter=2025-Q3']);
  });

  it('keeps a day written as an ordinal word', () => {
    assert.deepEqual(values('The vote is on March third.'), ['March third=2026-03-03']);
  });
});

describe('the side of the article\'s day a month or a day is on', () => {
  const at = (text: string, ref: string) => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

  it('keeps a signing "on Saturday, effective immediately" in the past', () => {
    assert.deepEqual(at('The mayor signed the ordinance into law on Saturday, effective immediately.', '2026-12-06'), ['Saturday=2026-12-05']);
  });

  it('puts a deadline a bill is needed before ahead', () => {
    assert.deepEqual(at('Councillors passed the budget needed before Christmas Eve to keep the libraries open.', '2026-12-06'), ['Christmas Eve=2026-12-24']);
  });

  it('reads no tense for the month from the clause its evidence shows', () => {
    assert.deepEqual(at('Minutes of the board\'s June meeting show that members expect to raise rates.', '2023-07-26'), ['June=2023-06']);
  });

  it('puts a month whose chances are weighed ahead, however the weighing is told', () => {
    assert.deepEqual(at('Traders doubled the chances of a November rate cut.', '2015-10-28'), ['November=2015-11']);
    assert.deepEqual(at('Traders raised their bets on a December hike.', '2015-10-28'), ['December=2015-12']);
  });
});

describe('"the following week" after a week spoken of', () => {
  it('is the week after that week, not after the article\'s', () => {
    assert.deepEqual(values('The fair was held last week. A dinner for its stewards was held the following week.'),
      ['last week=2026-W06', 'the following week=2026-W07']);
  });
});

describe('a number after a name and a hyphen, among designations', () => {
  it('is a model\'s designation where others so made carry no year', () => {
    assert.deepEqual(values('The fly-past had Harrier-7, Kestrel-2000 and Falcon-12 jets.'), []);
  });

  it('stays a year alone', () => {
    assert.deepEqual(values('The navy hosted the REGATTA-2022 exercise.'), ['2022=2022']);
  });
});

describe('the day a release is moved from', () => {
  it('is the nearest such day, whatever the present tense', () => {
    assert.deepEqual(detectDates('The survey is delayed from Feb. 3 to Feb. 20.', '2026-02-13').map(d => `${d.text}=${d.value}`),
      ['Feb. 3=2026-02-03', 'Feb. 20=2026-02-20']);
  });
});

describe('a link to the printed edition', () => {
  it('names no day in capitals', () => {
    assert.deepEqual(values("Menu TODAY'S PAPER Sections"), []);
    assert.deepEqual(values("Subscribe | Today's Paper | Sign in"), []);
  });

  it('keeps today\'s paper of a sentence', () => {
    assert.deepEqual(values("Today's paper reports a fall in sales."), ["Today=2026-02-13"]);
  });
});
