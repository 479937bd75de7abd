import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';
import { statedDate } from '../../../../../src/core/detect/reference';

// Made-up pages of an agency's briefing transcripts (health pass): the title's date, and the recording's timecodes.
const values = (text: string, ref: string) => detectDates(text, ref).map(d => [d.text, d.value]);

describe('dates: a briefing transcript', () => {
  it('dates the page by its title\'s date after a dash', () => {
    const text = 'Outbreaks and other health issues: press briefing transcript - 9 March 2024\n\nGood morning. Today we '
      + 'publish new guidance.\n';
    assert.equal(statedDate(text)?.date, '2024-03-09');
    // a sentence's date, and a title's date with no year, date no page
    assert.equal(statedDate('The agency will publish the guidance on - 9 March 2024.\n\nIt said so today.\n'), undefined);
    assert.equal(statedDate('Outbreaks and other health issues: press briefing - 9 March\n\nToday we publish it.\n'), undefined);
  });

  it('reads hours, minutes and seconds alone on a line as a timecode, no time', () => {
    assert.deepEqual(values('00:00:00\n\nAL   Hello and welcome to the briefing.\n\n00:01:12\n\nTS   Thank you.\n', '2024-03-09'), []);
    // a clock time with its seconds in a sentence stays, seconds and all, on the day the sentence gives it
    assert.deepEqual(values('The alert went out at 10:15:30 on Tuesday.\n', '2024-03-09'),
      [['10:15:30', '2024-03-05T10:15:30'], ['Tuesday', '2024-03-05']]);
  });
});
