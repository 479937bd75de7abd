import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Days and months without their year in obituaries, war reports and election stories, read against the article's date
// (made-up text).
const values = (text: string, ref: string) => detectDates(text, ref).map(d => [d.text, d.value]);

describe('days and months of a story told in the past', () => {
  it('reads "passed away on 12 May" as gone: a particle after the past form', () => {
    assert.deepEqual(values('Her father passed away on 12 May.', '2026-12-06'), [['12 May', '2026-05-12']]);
    // (a plan ahead keeps its tense)
    assert.deepEqual(values('The band will move away on 12 May.', '2026-12-06'), [['12 May', '2027-05-12']]);
  });

  it('reads a day that opens its sentence as the day of the saying after it, not of what the saying reports ahead', () => {
    assert.deepEqual(values('On 17 September, the members of the Kell committee said that they would continue.', '2026-09-18'),
      [['17 September', '2026-09-17']]);
    // (said in the present, the plan ahead is its own)
    assert.deepEqual(values('On 17 September, the members of the Kell committee will vote.', '2026-09-18'),
      [['17 September', '2027-09-17']]);
  });

  it('reads the day of a saying after a quotation as gone', () => {
    assert.deepEqual(values('"We cannot wait," said the mayor of Orbury in Lyme on 10 March.', '2026-12-06'),
      [['10 March', '2026-03-10']]);
  });

  it('reads an opening month with a "when" clause told in the past, or a day with a pluperfect after it, as gone', () => {
    assert.deepEqual(values('In January, when the old mill finally closed, Tom spoke at the meeting.', '2026-12-06'),
      [['January', '2026-01']]);
    assert.deepEqual(values('By May 27, the board had finished counting the ballots.', '2026-12-06'), [['May 27', '2026-05-27']]);
    // (a "when" clause of what is to come, and a deadline ahead, stay ahead)
    assert.deepEqual(values('In January, when the new mill opens, Tom will speak.', '2026-12-06'), [['January', '2027-01']]);
    assert.deepEqual(values('By May 27, the board must finish counting the ballots.', '2026-12-06'), [['May 27', '2027-05-27']]);
  });

  it('puts a day of a later month in the year of a history\'s opening month, across lines a long line only wraps', () => {
    const text = 'In November 2023, a truce agreed by the two neighbouring states of Kell and\n'
      + 'Orbia halted the shelling, leading to the release of some 40\nprisoners. However, the truce collapsed on December 1, and\n'
      + 'the shelling resumed.';
    assert.deepEqual(values(text, '2026-12-06'), [['November 2023', '2023-11'], ['December 1', '2023-12-01']]);
    // (a month named in passing sets no history)
    assert.deepEqual(values('The lake froze in November 2023. It thawed on December 1.', '2026-12-06'),
      [['November 2023', '2023-11'], ['December 1', '2026-12-01']]);
  });

  it('dates "the Sept. 11 attacks" to 2001, not a Sept. 11 of other attacks', () => {
    assert.deepEqual(values('He warned of the danger years ahead of the Sept. 11 attacks.', '2019-05-02'), [['Sept. 11', '2001-09-11']]);
    assert.deepEqual(values('Rebels staged Sept. 11 attacks on two towns in Kell province.', '2019-10-02'), [['Sept. 11', '2019-09-11']]);
  });

  it('puts a range\'s end, and a transcript\'s line-opening stamps within the range, on the day its heading names', () => {
    const text = 'Town Forum  KTV  March 11, 2014 9:00pm-11:01pm EDT\n\n9:00 pm\nwell, the mayor spoke first.\n9:01 pm\nthen the clerk.';
    assert.deepEqual(values(text, '2026-12-06').slice(1), [['9:00pm', '2014-03-11T21:00'], ['11:01pm EDT', '2014-03-11T23:01'],
      ['9:00 pm', '2014-03-11T21:00'], ['9:01 pm', '2014-03-11T21:01']]);
    // (a stamp outside the hours stays on the page's day)
    assert.deepEqual(values('Town Forum  March 11, 2014 9:00pm-11:01pm EDT\n\n7:15 am\nwell.', '2026-12-06').at(-1), ['7:15 am', '2026-12-06T07:15']);
  });

  it('puts a later day opening its sentence "On" in the year of a day that opened one "On" earlier in the paragraph', () => {
    const text = 'On June 4, 2011, the board of Kell ordered a recount of 9,000 ballots. It also ordered that 200 votes be added. '
      + 'The board noted that the mayor disputed the count. It told the clerk to settle that. The board held that recounts '
      + 'must run in every ward. It ordered them to begin at once. The mayor asked for a stay. On June 9, the court granted the stay.';
    assert.deepEqual(values(text, '2026-12-06'), [['June 4, 2011', '2011-06-04'], ['June 9', '2011-06-09']]);
    // (told in passing so far on, or in a paragraph of its own, the day is left to the article's date)
    assert.deepEqual(values(text.replace('On June 9, the court granted', 'The court granted it on June 9 and'), '2026-12-06')[1],
      ['June 9', '2026-06-09']);
    assert.deepEqual(values(text.replace('stay. On June 9', 'stay.\n\nOn June 9'), '2026-12-06')[1], ['June 9', '2026-06-09']);
  });
});
