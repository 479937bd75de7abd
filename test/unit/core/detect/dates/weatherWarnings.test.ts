import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up weather warnings: the hours a warning holds for are ahead of the warning, and what people have just been
// told to do until a day lasts until one ahead.
const values = (text: string, ref: string) => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

// Friday 9 October 2026
describe('the days a weather warning holds for', () => {
  it('reads a weekday a warning is valid, in place or lasting until (or from) as the coming one', () => {
    assert.deepEqual(values('A yellow rain warning is valid from 4am on Monday and lasts for six hours.', '2026-10-09'),
      ['4am=2026-10-12T04:00', 'Monday=2026-10-12', 'six hours=PT6H']);
    assert.deepEqual(values('Wind warning in place for the islands, lasting until 2pm on Sunday.', '2026-10-09'),
      ['2pm=2026-10-11T14:00', 'Sunday=2026-10-11']);
    assert.deepEqual(values('Gales will ease by Saturday, with a second alert in force for the coast between midnight and 6am on Monday.', '2026-10-09'),
      ['Saturday=2026-10-10', 'midnight=2026-10-12T24:00', '6am=2026-10-12T06:00', 'Monday=2026-10-12']);
  });

  it('keeps a warning told as gone, and a weekday a warning was only issued on', () => {
    assert.deepEqual(values('A frost warning was in place until 9am on Monday.', '2026-10-09'), ['9am=2026-10-05T09:00', 'Monday=2026-10-05']);
    assert.deepEqual(values('The forecaster issued an alert on Tuesday.', '2026-10-09'), ['Tuesday=2026-10-06']);
  });

  it('reads a weekday people have just been told to wait until as the coming one', () => {
    assert.deepEqual(values('Ferry crews have been told not to sail until Sunday.', '2026-10-09'), ['Sunday=2026-10-11']);
    assert.deepEqual(values('Pupils have been asked to stay at home until 10am on Monday.', '2026-10-09'),
      ['10am=2026-10-12T10:00', 'Monday=2026-10-12']);
    // (not an instruction told in the past tense, which may be one gone)
    assert.deepEqual(values('Crews were told to wait until Monday.', '2026-10-09'), ['Monday=2026-10-05']);
  });
});
