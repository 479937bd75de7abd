import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// A listing's pair or list of weekdays opening on the article's own day (issue 14, listings pass). Made-up notices.
const values = (text: string, day: string) => detectDates(text, day).map(d => [d.text, d.value]);

describe('dates: weekdays listed from the article\'s own day', () => {
  it('runs a pair or a list told ahead, or with no verb, forward from that day', () => {
    // written on Monday 9 March 2026
    assert.deepEqual(values('Warming rooms will be open 8 a.m. to 6 p.m. Monday and Tuesday.', '2026-03-09').slice(-1), [['Tuesday', '2026-03-10']]);
    assert.deepEqual(values('Elm Hall, 4 Oak St.; open noon to 5 p.m. Monday and Wednesday; call 555-0100.', '2026-03-09').slice(-1),
      [['Wednesday', '2026-03-11']]);
    assert.deepEqual(values('The bridge will be closed from 9 p.m. to midnight Monday, Tuesday and Wednesday.', '2026-03-09').slice(-2),
      [['Tuesday', '2026-03-10'], ['Wednesday', '2026-03-11']]);
  });

  it('leaves a pair told in the past on the days gone', () => {
    assert.deepEqual(values('Gusts reached 60 mph on Monday and Tuesday, the weather office said.', '2026-03-09'),
      [['Monday', '2026-03-09'], ['Tuesday', '2026-03-03']]);
  });
});
