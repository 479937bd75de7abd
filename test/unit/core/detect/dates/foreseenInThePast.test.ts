import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up stories: a weekday foreseen in a story told in the past.
const values = (text: string, ref: string) => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

describe('a weekday foreseen in a story told in the past', () => {
  it('is the nearest such day to the article\'s, not the one a week ahead', () => {
    // Saturday 14 March 2026
    assert.deepEqual(values('The ferry was expected to reach the harbour Friday evening or Saturday morning.', '2026-03-14'),
      ['Friday evening=2026-03-13TEV', 'Saturday morning=2026-03-14TMO']);
    // Monday 9 March 2026: the day after stays the day after
    assert.deepEqual(values('Winds were expected to ease by Tuesday.', '2026-03-09'), ['Tuesday=2026-03-10']);
  });

  it('leaves a weekday ahead in the future tense where it was', () => {
    assert.deepEqual(values('The ferry will reach the harbour on Friday.', '2026-03-14'), ['Friday=2026-03-20']);
  });
});
