import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up accident reports and wire copy (issue 14, dates left over): a four-figure time of the 24-hour clock written
// without its zone ("Around 1300,", "until 1540 when …") on a page that writes such times with a zone elsewhere, or with
// a leading zero, is a time of day on the day the report tells of, not a year; a year or a count stays what it is.
const values = (text: string, ref: string) => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

const REF = '2026-12-06';

describe('four-figure clock times without a zone', () => {
  const report = 'On June 9, 2011, at 1612 Mountain daylight time, a Piper PA-28 struck a fence near Dorrance, Kansas.\n\n'
    + 'Around 1030, the pilot fueled the airplane and flew to Lyle. Around 1400, he departed for home. '
    + 'He held short of the runway until 1545 when the controller cleared him.';

  it('reads them as times of day where the page writes such times with a zone', () => {
    // (which day a time in a later paragraph is on is clockDays.ts's question, as for "10:30 a.m.")
    assert.deepEqual(values(report, REF).map(v => v.replace(/=\d{4}-\d\d-\d\dT/, '=T')), ['June 9, 2011=2011-06-09',
      '1612 Mountain daylight time=T16:12', 'Around 1030=T10:30', 'Around 1400=T14:00', '1545=T15:45']);
  });

  it('reads a zone named in words with "daylight" or "standard" as part of the time', () => {
    assert.deepEqual(values('The tower lost contact at 0742 Pacific standard time on Monday.', REF),
      ['0742 Pacific standard time=2026-11-30T07:42', 'Monday=2026-11-30']);
  });

  it('takes a leading zero as enough: no year is written so', () => {
    assert.deepEqual(values('The crew left the hangar around 0915, the operator said.', REF).map(v => v.replace(/=.*T/, '=T')),
      ['around 0915=T09:15']);
  });

  it('keeps years and counts where the page writes no such times, or a noun follows the figure', () => {
    assert.deepEqual(values('Around 1300, the monks built a chapel. The town stayed walled until 1540 when the duke fell.', REF),
      ['Around 1300=1300', '1540=1540']);
    const counts = report + ' Around 1900 people lived in the town then.';
    assert.equal(values(counts, REF).some(v => v.startsWith('Around 1900')), false);
  });

  it('keeps a modern year after "by", "until", "before" or "after" even on such a page', () => {
    const wire = 'Copper rose 1% by 1410 GMT. The miner expects output to double by 2030, the firm said.';
    assert.deepEqual(values(wire, REF).slice(-1), ['2030=2030']);
  });
});
