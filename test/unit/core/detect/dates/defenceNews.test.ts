import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up defence and launch news: programme names, army-style datelines, captions and sailing timetables.
const values = (text: string, day: string) => detectDates(text, day).map(d => [d.text, d.value]);

describe('dates: defence and launch news', () => {
  it('a programme\'s capitalised name is no date ("the Future Years Defense Program"); the plain words still are', () => {
    assert.deepEqual(values('The plan funds ten boats over the Future Years Defense Program, the admiral said.', '2026-03-02'), []);
    assert.deepEqual(values('Costs will rise in future years, the admiral said.', '2026-03-02'), [['future years', 'FUTURE_REF']]);
  });

  it('a full month stopped like a short one, a day, a comma and a year after ("May. 9, 2019")', () => {
    assert.deepEqual(values('(Fort Tarrow, Ohio, May. 9, 2019) Cadets marched.', '2026-03-02'), [['May. 9, 2019', '2019-05-09']]);
    assert.deepEqual(values('The drill ended in May. 12 cadets were hurt.', '2026-03-02').map(([t]) => t), ['May']);
  });

  it('a caption\'s later sentence that sets a launch ahead keeps it ahead', () => {
    const text = 'PICTURE: The rocket rolls out to its pad at 7:25 a.m. today. The launch is set for Saturday.';
    assert.deepEqual(values(text, '2011-09-16').find(([t]) => t === 'Saturday'), ['Saturday', '2011-09-17']);
  });

  it('a clock time of a ship\'s timetable after the day named in the sentence before ("is scheduled to pass … at 9.40am")', () => {
    const text = 'The destroyer is due to leave harbour tomorrow morning. She is scheduled to pass the fort at 9.40am.';
    assert.deepEqual(values(text, '2025-04-08').find(([t]) => t === '9.40am'), ['9.40am', '2025-04-09T09:40']);
  });
});
