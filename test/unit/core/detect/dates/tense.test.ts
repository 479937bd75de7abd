import assert from 'node:assert/strict';
import { parseDay } from '../../../../../src/core/detect/dates/calendar';
import { tenseAround, valueForTense } from '../../../../../src/core/detect/dates/tense';

const tenseOf = (text: string, date: string, reach = 6) => {
  const start = text.indexOf(date);
  return tenseAround(text, start, start + date.length, reach);
};

describe('tense around a date', () => {
  it('reads the nearest tense word of the same sentence', () => {
    assert.equal(tenseOf('The board will meet on Thursday to vote.', 'Thursday'), 'future');
    assert.equal(tenseOf('The board was told on Thursday that it had lost.', 'Thursday'), 'past');
    assert.equal(tenseOf('The mayor said on Thursday that the line will open.', 'Thursday'), 'past');
    assert.equal(tenseOf('The line opens on Thursday.', 'Thursday'), 'unknown');
    assert.equal(tenseOf('The board met. It will meet again on Thursday.', 'Thursday'), 'future');
  });

  it('does not read a reporting verb far away or a deadline as the tense of the date', () => {
    assert.equal(tenseOf('They said they expect the sale to be completed by March 3.', 'March 3'), 'unknown');
    assert.equal(tenseOf('The offer was extended to March 3.', 'March 3'), 'unknown');
    assert.equal(tenseOf('Shares issued July 1, which will be listed later, fell.', 'July 1'), 'unknown');
  });

  it('moves a guessed week or year to the side of the reference the tense speaks of', () => {
    const ref = parseDay('2025-10-31')!; // a Friday
    assert.equal(valueForTense('2025-10-30', 'week', 'future', ref), '2025-11-06');
    assert.equal(valueForTense('2025-11-06', 'week', 'past', ref), '2025-10-30');
    assert.equal(valueForTense('2025-10-30T15:00', 'week', 'future', ref), '2025-11-06T15:00');
    assert.equal(valueForTense('2026-01-10', 'year', 'past', ref), '2025-01-10');
    assert.equal(valueForTense('2025-09-10', 'year', 'future', ref), '2026-09-10');
    assert.equal(valueForTense('2026-02', 'year', 'past', ref), '2025-02');
    assert.equal(valueForTense('2025-09-10', 'year', 'unknown', ref), '2025-09-10');
  });

  it('never makes a day the calendar lacks', () => {
    const ref = parseDay('2025-10-31')!;
    assert.equal(valueForTense('2028-02-29', 'year', 'past', ref), '2024-02-29');
  });
});
