import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// A holiday's name inside an event's, a show's or a campaign's name (issue 14, listings pass). Made-up notices.
const values = (text: string, day: string) => detectDates(text, day).map(d => [d.text, d.value]);

describe('dates: a holiday inside a name', () => {
  it('reads no day in a holiday written before another capitalised word of a name', () => {
    assert.ok(!values('The Rotary Club will hold its Seniors’ Easter Luncheon at noon Friday, March 20.', '2026-03-09').some(([t]) => t === 'Easter'));
    assert.ok(!values('Project Halloween Lantern asks neighbours to leave a light on; sign up by Oct. 2.', '2026-09-01').some(([t]) => t === 'Halloween'));
    assert.ok(!values('Tickets for ‘A Thanksgiving Tale, the Play’: 7 p.m.; Town Hall, 12 Elm St.', '2026-11-02').some(([t]) => t === 'Thanksgiving'));
  });

  it('takes a listing\'s clock time from its day, not the holiday in the event\'s name', () => {
    const text = 'Thursday, Dec. 3\n\nChess Club: 4 p.m.; Elm Library.\n\nFriday, Dec. 4\n\nHoliday Craft Night: 6 p.m.; Elm Library.\n\nAnnual Christmas Pie Sale: 9 a.m.; Grange Hall, 3 Pine Rd. Call 555-0100.';
    assert.deepEqual(values(text, '2026-11-30').filter(([t]) => /a\.m\.|Christmas/.test(t ?? '')), [['9 a.m.', '2026-12-04T09:00']]);
  });

  it('keeps the day before a word of the day itself, and in a headline written in title case', () => {
    assert.deepEqual(values('The office will be closed Christmas Morning and reopen after.', '2026-12-01')[0], ['Christmas', '2026-12-25']);
    assert.deepEqual(values('Long Queues Expected at Borders Over Thanksgiving Weekend', '2026-11-20')[0]?.[0], 'Thanksgiving');
    assert.ok(values('Snow Could Snarl Thanksgiving Travel Across the Plains', '2026-11-20').some(([t]) => t === 'Thanksgiving'));
  });
});

describe('dates: a day\'s word inside a place\'s name', () => {
  it('reads no day in "Today" between two capitalised words of a sentence in lower case', () => {
    assert.ok(!values('Bring the kids to the spring game at Sunny Today Field, 18 Elm Rd.', '2026-03-09').some(([t]) => t === 'Today'));
    assert.deepEqual(values('Mayor Ruiz Today Signs Budget Into Law', '2026-03-09'), [['Today', '2026-03-09']]);
    assert.deepEqual(values('The mayor said Today that the park would open.', '2026-03-09'), [['Today', '2026-03-09']]);
  });
});
