import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Date errors other passes left (issue 14, second leftovers pass). Made-up sentences.
const values = (text: string, day: string) => detectDates(text, day).map(d => [d.text, d.value]);

describe('dates: leftovers, second pass', () => {
  it('reads a spoken day after "the" and the month ("November the 29th") as that day, not the month alone', () => {
    assert.deepEqual(values('The earliest the hall can open is March the 14th, the warden said.', '2024-02-01'),
      [['March the 14th', '2024-03-14']]);
    assert.deepEqual(values('This Friday, May the 3rd, the ferry resumes.', '2024-04-29'), [['This Friday, May the 3rd', '2024-05-03']]);
    // (an ordinal word after "the" is the next noun's: "in June the first ship arrived")
    assert.deepEqual(values('In June the first ship arrived.', '2024-08-01'), [['June', '2024-06']]);
  });

  it('takes a year capitalised with "Committee" after it for a body named by its number, no year', () => {
    assert.deepEqual(values('The 1958 Committee of back-bench members met this evening.', '2024-02-01'), [['this evening', '2024-02-01TEV']]);
    assert.deepEqual(values('The 1958 committee report was shelved.', '2024-02-01'), [['1958', '1958']]);
  });

  it('puts a day named as "today, September 23" on or before the article\'s date, never a year ahead', () => {
    assert.deepEqual(values('We will bring you live updates on the march for today, March 9.', '2024-05-20').at(-1), ['March 9', '2024-03-09']);
    assert.deepEqual(values('The body is scheduled to arrive this morning, April 2, with the burial at noon.', '2024-05-20')[1], ['April 2', '2024-04-02']);
  });

  it('reads "stayed" and "remained" before an adjective as past verbs: the month is the one gone', () => {
    assert.deepEqual(values('Retail sales stayed flat in February despite hopes that they would grow.', '2024-03-12'),
      [['February', '2024-02']]);
  });
});
