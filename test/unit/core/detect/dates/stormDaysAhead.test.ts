import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up storm stories: a weekday that a possibility or a standing instruction looks ahead to is the coming one, not
// the one gone. Written on Wednesday 14 October 2026.
const REF = '2026-10-14';
const values = (text: string) => detectDates(text, REF).map(d => `${d.text}=${d.value}`);

describe('weekdays ahead in storm stories', () => {
  it('reads a day after "could", "may" or "might" and its verb as ahead, over a long object and its place', () => {
    assert.deepEqual(values('Storm Petra could bring gales and heavy rain to the harbour towns on Sunday.'), ['Sunday=2026-10-18']);
    assert.deepEqual(values('Forecasters said the low may deepen into a hurricane over the warm southern waters of the gulf by Monday.'),
      ['Monday=2026-10-19']);
    assert.deepEqual(values('Heavy rain could cause risky driving conditions and delay rail and ferry services in North Wales on Tuesday.'),
      ['Tuesday=2026-10-20']);
  });

  it('reads a day after a prospect in the present ("are likely", "are possible") as ahead', () => {
    assert.deepEqual(values('Squalls are likely along the rocky northern shore and across the outer islands on Friday.'), ['Friday=2026-10-16']);
    assert.deepEqual(values('Storm conditions are possible to begin on Friday.'), ['Friday=2026-10-16']);
    // (one told in the past stays gone)
    assert.deepEqual(values('Squalls were likely along the rocky northern shore and across the outer islands on Friday.'), ['Friday=2026-10-09']);
  });

  it('keeps a day gone after "could not", "might have", a relative clause or a writer\'s "we could"', () => {
    assert.deepEqual(values('Crews could not reach the farm on Sunday.'), ['Sunday=2026-10-11']);
    assert.deepEqual(values('The gust may have toppled the mast on Sunday.'), ['Sunday=2026-10-11']);
    assert.deepEqual(values('More rain could fall on fields that flooded on Sunday.'), ['Sunday=2026-10-11']);
    assert.deepEqual(values('We could call the presentation of the top prize Sunday night an upset.'), ['Sunday night=2026-10-11TNI']);
  });

  it('reads a day after a present perfect or present instruction as the day of what is to be done', () => {
    assert.deepEqual(values('Coastal towns have been told to brace for stronger winds than first thought on Sunday.'), ['Sunday=2026-10-18']);
    assert.deepEqual(values('Drivers are being urged to avoid the moor road on Monday.'), ['Monday=2026-10-19']);
    // (an instruction told in the past may be given on the day: left as it was)
    assert.deepEqual(values('Drivers were urged to avoid the moor road on Monday.'), ['Monday=2026-10-12']);
  });
  it('lets a future auxiliary reach over a list of places joined by commas and "and"', () => {
    assert.deepEqual(values('It will then head to the north, the Midlands and the east of England on Friday.'), ['Friday=2026-10-16']);
    assert.deepEqual(values('The storm will then bring gales and rain to Cork, Kerry, Clare and the west coast of Galway on Friday.'),
      ['Friday=2026-10-16']);
    // (not over a clause of its own after the comma or "and", nor one told in the past)
    assert.deepEqual(values('It will hit Leeds, and it hit York on Friday.'), ['Friday=2026-10-09']);
    assert.deepEqual(values('He will speak tomorrow, officials and aides confirmed on Friday.'), ['tomorrow=2026-10-15', 'Friday=2026-10-09']);
    assert.deepEqual(values('The storm brought rain to Cork, Kerry and Galway on Friday.'), ['Friday=2026-10-09']);
  });
});
