import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up lines of election coverage (elections pass).
const found = (text: string, ref = '2026-06-22') => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

describe('dates: election coverage', () => {
  it('reads a clock time with its seconds as one time', () => {
    assert.deepEqual(found('Published On: 1/3/2008 9:03:25 PM'), ['1/3/2008 9:03:25 PM=2008-01-03T21:03:25']);
  });

  it('reads no time in a recording\'s timecodes with their seconds', () => {
    assert.deepEqual(found('Neutral\n00:00:00-00:00:05 (6 sec)\n"[The count resumes]"\n'), []);
    assert.deepEqual(found('Transcript\n\n0:00:37 > 0:00:39This morning, I met the returning officer.\n'), []);
  });

  it('reads "about" before a day named in words as a preposition', () => {
    assert.deepEqual(found('Voters were asked to think about Election Day.', '2026-10-01'), ['Election Day=2026-11-03']);
    assert.deepEqual(found('The polls close at about 8 p.m.'), ['about 8 p.m.=2026-06-22T20:00']);
  });
});
