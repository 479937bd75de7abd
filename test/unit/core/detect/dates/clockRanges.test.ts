import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// The hours of a listing (issue 14, listings pass): a range's bare start, a start read alone, the hours of a list
// before one with its p.m. Made-up listings.
const values = (text: string, day: string) => detectDates(text, day).map(d => [d.text, d.value]);

describe('dates: the hours of a listing', () => {
  it('finds the bare start of a range, in its close\'s half of the day and on its day', () => {
    assert.deepEqual(values('Bake sale, 2 to 7 p.m. Friday, March 6, at the Elm Street church.', '2026-03-02'),
      [['2', '2026-03-06T14:00'], ['7 p.m. Friday, March 6', '2026-03-06T19:00']]);
    // ("11 to 1 p.m." opens before noon; "12:30-4 p.m." at half past noon)
    assert.deepEqual(values('Lunch talk, 11 to 1 p.m.; quilting, 12:30-4 p.m.', '2026-03-02').map(([, v]) => v),
      ['2026-03-02T11:00', '2026-03-02T13:00', '2026-03-02T12:30', '2026-03-02T16:00']);
  });

  it('puts a start read alone on its close\'s day (the day before when it is later in the day)', () => {
    assert.deepEqual(values('The choir sings from 5:30 to 7:30 p.m. Thursday, March 5.', '2026-03-02')[0], ['5:30', '2026-03-05T17:30']);
    assert.deepEqual(values('The ramp is closed from 9 p.m. to 5 a.m. Saturday.', '2026-03-02').slice(0, 2),
      [['9 p.m.', '2026-03-06T21:00'], ['5 a.m. Saturday', '2026-03-07T05:00']]);
  });

  it('gives the hours listed before one with its p.m. the afternoon', () => {
    assert.deepEqual(values('Shows on March 9 at 6:00, 7:00 & 8:00 p.m.', '2026-03-02').slice(1).map(([, v]) => v),
      ['2026-03-09T18:00', '2026-03-09T19:00', '2026-03-09T20:00']);
  });

  it('leaves figures, prices and ages before a range alone', () => {
    assert.deepEqual(values('Tickets $5-7 at the door; ages 6-12 welcome; scores rose 4.5 to 6 points.', '2026-03-02'), []);
  });
});
