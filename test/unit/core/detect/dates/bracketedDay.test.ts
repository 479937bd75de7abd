import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up sentences: a day named by its relation to the article's, then given in brackets, is the bracket's day.
const found = (text: string, ref = '2026-06-22') => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

describe('dates: a relative day given in brackets', () => {
  it('takes the bracketed day ("next Friday (June 26)", "today (Monday 5th May)")', () => {
    // written on a Monday, "next Friday" alone would be read as the coming one, June 26; the bracket says July 3
    assert.deepEqual(found('The label said the single will be out next Friday (July 3).'), ['next Friday=2026-07-03', 'July 3=2026-07-03']);
    assert.deepEqual(found('The museum reopened today (Monday 5th May 2025) after repairs.'),
      ['today=2025-05-05', 'Monday 5th May 2025=2025-05-05']);
    assert.deepEqual(found('Acme Corp. today (Jun. 13, 2017) announced new jobs.'), ['today=2017-06-13', 'Jun. 13, 2017=2017-06-13']);
  });

  it('keeps its own value with no bracket, or a bracket that holds more than the day', () => {
    assert.deepEqual(found('The single will be out next Friday, the label said.'), ['next Friday=2026-06-26']);
    assert.deepEqual(found('They met today (a month after June 1, as agreed).').slice(0, 1), ['today=2026-06-22']);
  });

  it('gives a weekday in brackets after a full date that date ("May 5, 2026 (Tuesday)"), where it falls on it', () => {
    assert.deepEqual(found('Claims close: May 5, 2026 (Tuesday)'), ['May 5, 2026=2026-05-05', 'Tuesday=2026-05-05']);
    // (a weekday the date does not fall on is left as read)
    assert.deepEqual(found('Claims close: May 6, 2026 (Tuesday)'), ['May 6, 2026=2026-05-06', 'Tuesday=2026-06-16']);
  });

  it('gives two weekdays the two days bracketed after them ("Friday and Sunday (July 10 - 12)")', () => {
    assert.deepEqual(found('Rain is likely between Friday and Sunday (July 10 - 12) in the hills.'),
      ['Friday=2026-07-10', 'Sunday=2026-07-12', 'July 10=2026-07-10', '12=2026-07-12']);
  });
});
