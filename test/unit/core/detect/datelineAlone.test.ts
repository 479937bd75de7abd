import assert from 'node:assert/strict';
import { statedDate } from '../../../../src/core/detect/reference';

// Made-up posts dated as a dispatch: the date on a line of its own with the place after it.
describe('reference: a line of the date and the place alone', () => {
  it('dates the page, a short weekday before the date or not', () => {
    assert.equal(statedDate('Tue., 5/14/09, Dalton, GA.\nToday the jury found for our client.\n')?.date, '2009-05-14');
    assert.equal(statedDate('5/14/09, Dalton\nToday the jury found for our client.\n')?.date, '2009-05-14');
  });

  it('leaves a date that a sentence runs on from', () => {
    assert.equal(statedDate('On 5/14/09, Dalton voters chose a new mayor and then went home.\n'), undefined);
  });
});
