import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Crime and court reports (issue 14, crime pass): ages, holidays told with their year, a day written again, and a
// film's title. Each sentence is made up; each value is what an editor reads against the reference date given.
const values = (text: string, ref: string) => detectDates(text, ref).map(d => [d.text, d.value]);

describe('dates: crime and court reports', () => {
  it('reads the last of several ages after "aged" as an age, no length of time', () => {
    assert.deepEqual(values('The men, aged 34 and 31 years, were walking home on Friday.', '2026-03-09'), [['Friday', '2026-03-06']]);
    assert.deepEqual(values('The children, aged 6, 9 and 12 years, were unhurt.', '2026-03-09'), []);
    // (a prison term after the ages is still a length)
    assert.deepEqual(values('He was jailed for 12 years.', '2026-03-09'), [['12 years', 'P12Y']]);
  });

  it('gives a holiday the year written after its party or right after "in"', () => {
    assert.deepEqual(values('He was killed at a Fourth of July party back in 2009.', '2026-03-09'),
      [['Fourth of July', '2009-07-04'], ['2009', '2009']]);
    assert.deepEqual(values('She died on Christmas Day in 2011.', '2026-03-09'), [['Christmas Day', '2011-12-25'], ['2011', '2011']]);
  });

  it('gives a bare day the year of the same day written with its weekday before it', () => {
    const text = 'Police launched an appeal after a stabbing on Friday, June 15. Call 101 quoting incident 1239 of June 15.';
    assert.deepEqual(values(text, '2026-03-09'), [['Friday, June 15', '2018-06-15'], ['June 15', '2018-06-15']]);
  });

  it('reads "Midnight" before a title\'s next capitalised word as no time ("Midnight on Tuesday" is one)', () => {
    assert.deepEqual(values('The crew was filming a biopic called "Midnight Rider" when the train hit.', '2026-03-09'), []);
    assert.deepEqual(values('Talks failed. Midnight on Tuesday marked a week of the shutdown.', '2026-03-09').map(v => v[0]),
      ['Midnight', 'Tuesday', 'a week']);
  });
});
