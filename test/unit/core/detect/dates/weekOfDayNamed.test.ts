import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up market and court notes (issue 14, dates left over): a paragraph that opens on a day written with its weekday
// and its date tells of that day's week, so a weekday alone later in the paragraph is near that day, not in the week of
// the article's own date.
const values = (text: string, ref: string) => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

// Sunday 6 December 2026; Thursday 8 October 2026 is weeks before it
const REF = '2026-12-06';

describe('weekdays near a day written with its weekday and date', () => {
  it('puts a weekday alone in the paragraph in the named day\'s week', () => {
    const note = 'Thursday, October 8th saw copper open at $4.10, a cent above Wednesday\'s settlement. '
      + 'After Tuesday\'s slide, buyers returned.';
    assert.deepEqual(values(note, REF), ['Thursday, October 8th=2026-10-08', 'Wednesday=2026-10-07', 'Tuesday=2026-10-06']);
  });

  it('leans back in the past and forward ahead', () => {
    // Monday is four days before Friday and three after; a sentence in the past takes the earlier one
    const past = 'The hearing is set for Friday, October 9, after the judge postponed Monday\'s session.';
    assert.deepEqual(values(past, REF).slice(-1), ['Monday=2026-10-05']);
    const ahead = 'The hearing opened Friday, October 9, and the jury will return on Monday.';
    assert.deepEqual(values(ahead, REF).slice(-1), ['Monday=2026-10-12']);
  });

  it('leaves weekdays in another paragraph, or after another date, where they were', () => {
    const other = 'Thursday, October 8th saw copper open at $4.10.\n\nTraders said on Friday that stocks were ample.';
    assert.deepEqual(values(other, REF).slice(-1), ['Friday=2026-12-04']);
  });
});

// Issue 14, picture galleries: a caption closed by its credit tells of its picture's day, in the present tense.
describe('dates: a weekday in a caption dated with its year', () => {
  it('is the day of that name near the caption\'s day, where a credit in brackets closes the caption', () => {
    assert.deepEqual(values('A deputy takes pictures in the capital, March 5, 2010. The session opened on Friday. [Ana Ruiz/Agency]', REF),
      ['March 5, 2010=2010-03-05', 'Friday=2010-03-05']);
    assert.deepEqual(values('Singer Mara Quill waves in Porto, December 30, 2003. She left on Monday. (AP Photo/Ivo Brant)', REF),
      ['December 30, 2003=2003-12-30', 'Monday=2003-12-29']);
  });

  it('stays in the page\'s week without a credit closing the paragraph', () => {
    assert.deepEqual(values('A deputy takes pictures in the capital, March 5, 2010. The session opened on Friday.', REF),
      ['March 5, 2010=2010-03-05', 'Friday=2026-12-04']);
  });
});
