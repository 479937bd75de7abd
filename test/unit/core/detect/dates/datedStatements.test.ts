import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';
import { datedStatements } from '../../../../../src/core/detect/dates/datedStatements';

// Statements a fact-check quotes after the day they were made, as a ruling's list or a post's check gives them (all
// made up, in the pattern read on real pages): what the statement says of "this fall" it says of its own day.
const values = (text: string, day: string) => detectDates(text, day).map(d => [d.text, d.value]);

describe('dates: statements quoted with the day they were made', () => {
  it('reads a quoted statement\'s relative dates against the day given before it', () => {
    assert.deepEqual(values('Mara Quint stated on April 8, 2019 in an email to supporters: "The new trams, due in Eastmoor this fall, will run all night."', '2026-12-01'),
      [['April 8, 2019', '2019-04-08'], ['this fall', '2019-FA']]);
    assert.deepEqual(values('Owen Tarr stated on June 16, 2013 in a radio interview: Says "we cut the deficit by half since I ran for mayor four years ago."', '2026-12-01'),
      [['June 16, 2013', '2013-06-16'], ['four years ago', '2009']]);
    assert.deepEqual(values('The post from the parody account, shared on Sept. 3, 2023, states, “I will leave this site today at noon.”', '2026-12-01'),
      [['Sept. 3, 2023', '2023-09-03'], ['today', '2023-09-03'], ['noon', '2023-09-03T12:00']]);
  });

  it('leaves the article\'s own dates and statements without a quotation or a year alone', () => {
    // (the quotation must open in the sentence that gives the day)
    assert.deepEqual(datedStatements('The mayor said on May 2, 2021 that buses would run. "We will fix it this year," a driver said.'), []);
    assert.deepEqual(datedStatements('The mayor said on Monday: "We will fix it this year."'), []);
    assert.deepEqual(values('Ada Kerr stated on May 8, 2013: On the coal plant. Ben Hale said last year was hard.', '2026-12-01'),
      [['May 8, 2013', '2013-05-08'], ['last year', '2025']]);
    // (nor a day that does not exist)
    assert.deepEqual(datedStatements('Ada Kerr stated on February 30, 2013: "We won last year."'), []);
  });
});
