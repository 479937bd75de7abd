import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// The rules of the second pass on real sports pages (6 December), on made-up text of the same shapes.
const values = (text: string) => detectDates(text, '2026-02-13').map(d => `${d.text}=${d.value}`);

describe('dates: sports pages, second pass (6 December)', () => {
  it('keeps a stamp\'s clock time on the stamp\'s day, not on a heading\'s day after a blank line', () => {
    assert.deepEqual(values('Rink Notes\n\n02/12/2026 at 6:45am EST\n\nWEDNESDAY\'S RESULTS\nHarwick 3, Tolver 2'),
      ['02/12/2026=2026-02-12', '6:45am EST=2026-02-12T06:45', 'WEDNESDAY=2026-02-11']);
    // (a day right after the time, on its line, is still its day)
    assert.deepEqual(values('The vote opened at 9 a.m. Wednesday.'), ['9 a.m. Wednesday=2026-02-11T09:00']);
  });
});
