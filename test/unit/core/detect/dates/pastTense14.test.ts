import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Yearless days told in the past or ahead (issue 14, tense pass): what governs the day decides its side of the
// reference date. Each sentence is made up; each value is what an editor reads against the reference given.
const values = (text: string, ref: string) => detectDates(text, ref).map(d => [d.text, d.value]);

describe('dates: the tense that governs a yearless day', () => {
  it('reads a day that "was due" right on it as the one gone', () => {
    assert.deepEqual(values('The porters say their bonus was due on 1 March.', '2026-11-20'), [['1 March', '2026-03-01']]);
    // (still ahead where it is due now)
    assert.deepEqual(values('The porters say their bonus is due on 1 March.', '2026-11-20'), [['1 March', '2027-03-01']]);
  });

  it('reads a past verb before "between" as the verb of the months it spans', () => {
    assert.deepEqual(values('Bed numbers dropped between February and May, the trust said.', '2026-11-20'),
      [['February', '2026-02'], ['May', '2026-05']]);
  });

  it('reads "can" before the day\'s verb as a possibility ahead', () => {
    assert.deepEqual(values('The first ferry can sail on Friday, the tribunal has ruled.', '2026-11-18'), [['Friday', '2026-11-20']]);
  });

  it('reads what "was not" done "until" a month as done in the one gone', () => {
    assert.deepEqual(values('Profits were lower because the merger was not completed until February.', '2026-11-20'),
      [['February', '2026-02']]);
    // (not what was only expected then)
    assert.deepEqual(values('A ruling was not expected until February.', '2026-11-20'), [['February', '2027-02']]);
  });

  it('reads "back in" a month as the one gone, but not a return', () => {
    assert.deepEqual(values('Keepers first noticed the sick trees back in January.', '2026-11-20'), [['January', '2026-01']]);
    assert.deepEqual(values('The choir will be back in January.', '2026-11-20'), [['January', '2027-01']]);
  });

  it('reads "due to" and a cause as no arrangement: a plan told from the past that was delayed is for the day gone', () => {
    assert.deepEqual(values('The flight, grounded in May due to the strike, had originally been scheduled for June 12 but was delayed.', '2026-11-20'),
      [['May', '2026-05'], ['June 12', '2026-06-12']]);
  });

  it('reads a spell a future auxiliary gives "through" a month as lasting to the coming one', () => {
    assert.deepEqual(values('The night market will continue each Friday (except in Lent) through September.', '2026-11-20'),
      [['each Friday', 'XXXX-WXX-5'], ['September', '2027-09']]);
  });

  it('reads "as planned" before a weekday as no plan, and a figure "up 3% from" a month\'s forecast as one gone', () => {
    assert.deepEqual(values('The probe lifted off as planned Friday.', '2026-11-18'), [['Friday', '2026-11-13']]);
    assert.deepEqual(values('The crop was up 4% from the February estimate.', '2026-11-18'), [['February', '2026-02']]);
  });

  it('reads "to be" after a verb of saying or seeming as the past it tells, unless a prospect follows', () => {
    assert.deepEqual(values('The tremor was reported to be felt in the hills on March 2.', '2026-11-20'), [['March 2', '2026-03-02']]);
    assert.deepEqual(values('The fee was said to be due on March 2.', '2026-11-20'), [['March 2', '2027-03-02']]);
  });

  it('reads a weekday after a past deed as gone, whatever a relative clause or a consequence after it says ahead', () => {
    assert.deepEqual(values('The committee approved legislation Wednesday that would fund 400 homes.', '2026-12-06'),
      [['Wednesday', '2026-12-02']]);
    assert.deepEqual(values('Council members argued over the plan Tuesday night that will let the town rezone lots.', '2026-12-06'),
      [['Tuesday night', '2026-12-01TNI']]);
    assert.deepEqual(values('The Senate passed the stopgap bill on Thursday night, ensuring there will be no shutdown.', '2026-12-06'),
      [['Thursday night', '2026-12-03TNI']]);
    // (a plan's day after "will" keeps its side)
    assert.deepEqual(values('The committee will vote Wednesday on a bill that would fund 400 homes.', '2026-12-06'),
      [['Wednesday', '2026-12-09']]);
  });

  it('reads a deadline imposed, or that would have been, as after the imposing', () => {
    assert.deepEqual(values('The amendment would have imposed a deadline of 27th February for a vote on the deal.', '2019-02-14'),
      [['27th February', '2019-02-27']]);
    assert.deepEqual(values('The court imposed a deadline of March 3 for the filings.', '2026-02-20'), [['March 3', '2026-03-03']]);
  });

  it('reads a weekday after "follows" or "comes … after" as the one gone, not a timetable\'s', () => {
    assert.deepEqual(values('The deal follows a similar one on Monday by a rival bank.', '2026-12-06'), [['Monday', '2026-11-30']]);
    assert.deepEqual(values('The cut comes days after a vote on Monday.', '2026-12-06'), [['Monday', '2026-11-30']]);
    // (a timetable in the present, and what comes ahead of a day, stay ahead)
    assert.deepEqual(values('The council votes on Monday.', '2026-12-06'), [['Monday', '2026-12-07']]);
    assert.deepEqual(values('The vote comes ahead of a debate on Monday.', '2026-12-06'), [['Monday', '2026-12-07']]);
  });
});

