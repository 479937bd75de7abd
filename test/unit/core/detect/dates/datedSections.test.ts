import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// A page of several stories, each under its own date line (a site's teasers, a blog's archive): each story's relative
// days are read against its own date line (issue 14, Wikinews pass). Made-up stories.
const values = (text: string, day: string) => detectDates(text, day).map(d => [d.text, d.value]);

describe('dates: a page of stories each under its date line', () => {
  it('reads a story\'s "Thursday" and "today" against the date line over it, not the page\'s first', () => {
    const page = 'Monday, December 3, 2007 The harbour board said on Friday it would sell the ferry. […]\nRead More\n'
      + 'Sunday, February 7, 2021 The council on Thursday announced a new holiday. […]\nRead More\n'
      + 'Wednesday, February 12, 2014\n\nThe rover was declared lost today.';
    assert.deepEqual(values(page, '2007-12-03'), [
      ['Monday, December 3, 2007', '2007-12-03'], ['Friday', '2007-11-30'],
      ['Sunday, February 7, 2021', '2021-02-07'], ['Thursday', '2021-02-04'],
      ['Wednesday, February 12, 2014', '2014-02-12'], ['today', '2014-02-12'],
    ]);
  });

  it('leaves a page with one date line, or lines that only open with a weekday, to its reference date', () => {
    assert.deepEqual(values('Monday, December 3, 2007\n\nThe board met on Friday.', '2007-12-03'),
      [['Monday, December 3, 2007', '2007-12-03'], ['Friday', '2007-11-30']]);
    // "Tuesday, March 4, 2008 was cold" goes on in small letters: no date line
    assert.deepEqual(values('Tuesday, March 4, 2008 was cold.\nFriday, March 7, 2008 was colder.\nThe board met on Friday.', '2008-03-10'),
      [['Tuesday, March 4, 2008', '2008-03-04'], ['Friday, March 7, 2008', '2008-03-07'], ['Friday', '2008-03-07']]);
  });
  it('reads the times under a calendar\'s day headings, written without a year, on each heading\'s day (listings pass)', () => {
    const page = 'Town calendar\nThursday, Nov. 6\nQuilting circle, 1 to 3 p.m., Elm Hall, 12 Birch St.\n'
      + 'SATURDAY, NOV. 8\nCraft fair, 9 a.m. to 2 p.m., Grange Hall.\nOrgan recital at 4 p.m. this Saturday.\n'
      + 'Sunday, Nov. 9:\nPancake breakfast, 8 a.m., Fire Station 2.';
    const times = values(page, '2025-11-05').filter(([, v]) => /T/.test(v ?? ''));
    assert.deepEqual(times, [['1', '2025-11-06T13:00'], ['3 p.m.', '2025-11-06T15:00'], ['9 a.m.', '2025-11-08T09:00'], ['2 p.m.', '2025-11-08T14:00'],
      ['4 p.m.', '2025-11-08T16:00'], ['8 a.m.', '2025-11-09T08:00']]);
    assert.ok(values(page, '2025-11-05').some(([t, v]) => t === 'this Saturday' && v === '2025-11-08'));
  });

  it('reads a live blog\'s entries under day headings written without a weekday on each heading\'s day', () => {
    const page = 'LIVE: Flooding in the valley\nJune 2, 2023 9:05am\n\nJune 5, 2023\n\n4:15 p.m. The dam at Orley held overnight.\n\n'
      + '8 a.m. Crews said the road reopened this morning.\n\n4 June 2023\n\n10:30 p.m. The river peaked near Falk.';
    assert.deepEqual(values(page, '2023-06-02').filter(([, v]) => /T\d\d:/.test(v ?? '')), [
      ['June 2, 2023 9:05am', '2023-06-02T09:05'], ['4:15 p.m.', '2023-06-05T16:15'], ['8 a.m.', '2023-06-05T08:00'],
      ['10:30 p.m.', '2023-06-04T22:30'],
    ]);
    // one such line alone divides nothing
    assert.deepEqual(values('June 5, 2023\n\n8 a.m. The road reopened.', '2023-06-02').at(-1), ['8 a.m.', '2023-06-02T08:00']);
  });

  it('takes a list of days, one a line with nothing under each, for no headings', () => {
    const page = 'Offices will be closed on the following days:\n\nFriday, Dec. 26\n\nMonday, Dec. 29\n\n'
      + 'The town hall will open its doors to visitors on Saturday.';
    assert.deepEqual(values(page, '2025-12-18').at(-1), ['Saturday', '2025-12-20']);
  });
});
