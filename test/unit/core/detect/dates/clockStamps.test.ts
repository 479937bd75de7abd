import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up stamps: a page's day and clock time written side by side are one time of that day; a day and a clock joined
// by "at", a weekday without its date, and a clock that opens a listing's range stay apart.
// (a weekday and its clock are read apart too, as the Wikinews reading holds them)
const found = (text: string, ref = '2026-12-06') => detectDates(text, ref).map(d => `${d.text}=${d.type}=${d.value}`);

describe('dates: a day and its clock written as one stamp', () => {
  it('joins a date and the clock time after it, with a comma, a space or a bar between', () => {
    assert.deepEqual(found('Posted March 3, 2021 04:15 pm | Updated later\nThe mill closed.'), ['March 3, 2021 04:15 pm=TIME=2021-03-03T16:15']);
    assert.deepEqual(found('By Lee Park, Wednesday, 9 June, 2021 11:05 GMT\nThe mill closed.')[0], 'Wednesday, 9 June, 2021 11:05 GMT=TIME=2021-06-09T11:05');
  });

  it('joins a clock time written before its date, a zone between', () => {
    assert.deepEqual(found('DESK NEWS 7:45 AM. CDT June 2, 2019\nThe mill closed.')[0], '7:45 AM. CDT June 2, 2019=TIME=2019-06-02T07:45');
  });

  it('takes a 24-hour clock left bare after its date', () => {
    assert.deepEqual(found('Filed: March 12, 2015 00:00:00\nThe mill closed.')[0], 'March 12, 2015 00:00:00=TIME=2015-03-12T00:00:00');
  });

  it('leaves a day and a clock joined by "at", a weekday alone, and a listing\'s hours apart', () => {
    assert.deepEqual(found('The sale opens on March 3, 2021 at 4 p.m. in the hall.'), ['March 3, 2021=DATE=2021-03-03', '4 p.m.=TIME=2021-03-03T16:00']);
    assert.deepEqual(found('Trains ran again Friday 2245 GMT, the operator said.', '2026-12-07').map(d => d.split('=')[0]), ['Friday', '2245 GMT']);
    assert.equal(found('The fair runs Saturday, May 8, 2021, 10 a.m. to 2 p.m. at the hall.').some(d => d.startsWith('May 8, 2021, 10 a.m.')), false);
  });
});
