import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// A day of a month without its year after the story has given that month its year, or written that day already. Each
// sentence is made up; the reference date is given (its weekday in the comment).
const values = (text: string, ref: string) => detectDates(text, ref).map(d => [d.text, d.value]);
const valueOf = (text: string, ref: string, written: string) => values(text, ref).find(([t]) => t === written)?.[1];

describe('dates: a day of a month the story has just named with its year', () => {
  it('puts a later day of that month in the year written with it, in the same sentence or the next', () => {
    // a Saturday in December, years after: the motion passed in the February of the meeting's year
    const text = 'Meetings move to the evening from the next scheduled meeting, March 12, 2019.\n\nThe board voted on March 4 to change the hour.';
    assert.equal(valueOf(text, '2026-12-05', 'March 4'), '2019-03-04');
    // a Friday in June, the year before the fair: the days in brackets are of the fair's month
    const fair = 'The city hosts the month-long fair June 1–30, 2027 (most events will be held June 20–27).';
    assert.equal(valueOf(fair, '2026-06-12', 'June 20–27'), '2027-06-20');
  });

  it('keeps another year where the day named would cross the article\'s date', () => {
    // a Tuesday in September: the review ahead is this year's, whatever year the policy was adopted in
    const text = 'The rule, adopted on March 1, 2026, will be reviewed on March 15.';
    assert.equal(valueOf(text, '2026-09-15', 'March 15'), '2027-03-15');
    // a day counted from ("since") sets no year for the next
    const since = 'Fares have been frozen since May 2, 2021, and the board met on May 9 to keep them so.';
    assert.equal(valueOf(since, '2026-09-15', 'May 9'), '2026-05-09');
  });

  it('gives the same day written again the value it had', () => {
    // a Saturday in December: the budget of its Feb. 12 meeting is the same budget a sentence later
    const text = 'The board approved the plan at its Feb. 12 meeting. New money means needs beyond the Feb. 12 plan can be met.';
    const found = values(text, '2026-12-05').filter(([t]) => t === 'Feb. 12').map(([, v]) => v);
    assert.deepEqual(found, ['2026-02-12', '2026-02-12']);
    // "next" says another one
    assert.equal(values('The fair opened on Aug. 3 and will open again next Aug. 3.', '2026-12-05')[0][1], '2026-08-03');
  });

  it('lets a headline\'s bare day take its value from the story, not give the story one', () => {
    // a Friday in August
    const text = 'Runway closed Sept 21-26 for repairs\n\nThe airport will be closed from September 21 to 26, the agency said on Friday.';
    assert.equal(valueOf(text, '2026-08-28', 'September 21'), '2026-09-21');
  });
});

describe('dates: the same day again after it was named with its weekday', () => {
  it('gives the day written again the year its weekday gave it', () => {
    // a Sunday in December, years after: Thursday 9 March fell in 2023
    const text = 'The funeral was held on Thursday 9 March at the abbey. Mourners unable to attend on 9 March watched online.';
    assert.equal(valueOf(text, '2026-12-06', '9 March'), '2023-03-09');
  });

  it('takes no year a weekday sent years ahead of the article\'s', () => {
    // a Sunday in December 2026: "Tuesday, May 29" is next met in 2029, a year the story never gave; the weekday's day is
    // now read back in 2018 (grammar.ts), and the day written again follows it
    const text = 'The next meeting is Tuesday, May 29. The meeting on May 29 starts at 8pm.';
    assert.equal(valueOf(text, '2026-12-06', 'May 29'), '2018-05-29');
  });
});
