import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// A place's opening hours: weekdays of every week, not of the page's week (issue 14, listings pass). Made-up notices.
const values = (text: string, day: string) => detectDates(text, day).map(d => [d.text, d.type, d.value]);

describe('dates: opening hours', () => {
  it('reads the weekdays of an hours line as each week\'s, and its clock times as of no one day', () => {
    assert.deepEqual(values('Hours: Tuesday-Friday 10am-6pm | Sunday 1pm-4pm', '2026-03-09'), [
      ['Tuesday', 'SET', 'XXXX-WXX-2'], ['Friday', 'SET', 'XXXX-WXX-5'], ['10am', 'TIME', 'T10:00'], ['6pm', 'TIME', 'T18:00'],
      ['Sunday', 'SET', 'XXXX-WXX-7'], ['1pm', 'TIME', 'T13:00'], ['4pm', 'TIME', 'T16:00']]);
  });

  it('does so under a heading of hours, for each line of its list', () => {
    const text = 'Visitor Centre Hours\nOpen 9:00 AM to 3:00 PM Thursday and Friday.\nOpen 10:00 AM to 2:00 PM Sunday.';
    assert.deepEqual(values(text, '2026-03-09').filter(([, type]) => type !== 'TIME'), [['Friday', 'SET', 'XXXX-WXX-5']]);
    assert.ok(values(text, '2026-03-09').every(([, type, value]) => type === 'SET' || /^T\d\d:\d\d$/.test(value ?? '')));
  });

  it('leaves the days of one week\'s notice, and an hours line that names its day of the month', () => {
    assert.deepEqual(values('Cooling rooms will be open 9 a.m. to 5 p.m. Monday and Tuesday.', '2026-03-09').slice(-1)[0], ['Tuesday', 'DATE', '2026-03-10']);
    assert.equal(values('Hours: Saturday, March 14, 9am-1pm', '2026-03-09')[0][1], 'DATE');
  });
});
