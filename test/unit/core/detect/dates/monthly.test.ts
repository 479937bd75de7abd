import assert from 'node:assert/strict';
import { scanDates } from '../../../../../src/core/detect/dates/scan';
import { parseDay } from '../../../../../src/core/detect/dates/calendar';
import { displayDate } from '../../../../../src/core/detect/dates/display';

// Run unguarded (scanDates, not detectDates) so that a grammar bug fails the test instead of finding nothing.
const values = (text: string, day: string) => scanDates(text, parseDay(day)).map(d => [d.text, d.value]);

describe('a day of the month alone ("on the 14th")', () => {
  // 10 March 2026 is a Tuesday
  it('is in the article\'s month, unless the tense puts it in the month before or after', () => {
    assert.deepEqual(values('The Brenna council will vote on the 14th, a spokesman said.', '2026-03-10'), [['the 14th', '2026-03-14']]);
    assert.deepEqual(values('Talks in Osk ended on the 3rd.', '2026-03-10'), [['the 3rd', '2026-03-03']]);
    // a day still ahead this month, in the past: last month's
    assert.deepEqual(values('The Tarn mill closed on the 12th.', '2026-03-10'), [['the 12th', '2026-02-12']]);
    // a day gone by this month, ahead: next month's
    assert.deepEqual(values('The toll bridge will reopen on the 2nd.', '2026-03-10'), [['the 2nd', '2026-04-02']]);
    assert.deepEqual(values('Claims are due by the 28th.', '2026-03-10'), [['the 28th', '2026-03-28']]);
  });

  it('takes the month named before it, in its sentence or (a whole month) in the one before', () => {
    assert.deepEqual(values('In February, the Velk works cut 40 jobs. The last shift ended on the 9th.', '2026-03-10'),
      [['February', '2026-02'], ['the 9th', '2026-02-09']]);
    assert.deepEqual(values('Talks began on January 20 and broke down on the 27th.', '2026-03-10'),
      [['January 20', '2026-01-20'], ['the 27th', '2026-01-27']]);
    // the dateline names the article's own day, not a month the story speaks of
    assert.deepEqual(values('ORLEN, March 10 - The Tarn mill closed on the 12th.', '2026-03-10'),
      [['March 10', '2026-03-10'], ['the 12th', '2026-02-12']]);
  });

  it('is shown as a full date', () => {
    const [d] = scanDates('The Brenna council will vote on the 14th.', parseDay('2026-03-10'));
    assert.equal(displayDate(d), 'Saturday 14 March 2026');
  });

  it('leaves an ordinal before a noun or a list of ordinals alone', () => {
    for (const text of ['She sank a putt on the 12th hole.', 'He served with the 5th Battalion.', 'They met by the 14th-century abbey.',
      'Birdies came on the 15th and 17th holes.', 'He finished on the 3rd floor.', 'Rain fell after the 2nd of the month came and went.']) {
      assert.deepEqual(values(text, '2026-03-10').filter(([t]) => /^the \d+(?:st|nd|rd|th)$/.test(t!)), [], text);
    }
  });
});

describe('"the month" in a story of monthly figures', () => {
  it('is the month the figures are for, named before it or later in its own sentence', () => {
    assert.deepEqual(values('Unemployment in Corla rose in April, the statistics office said. Payrolls fell by 12,000 over the month.', '2026-05-14'),
      [['April', '2026-04'], ['the month', '2026-04']]);
    assert.deepEqual(values('Jobless claims in Corla rose by 3,000 over the month, figures for April showed.', '2026-05-14'),
      [['the month', '2026-04'], ['April', '2026-04']]);
    assert.deepEqual(values('Prices rose last month, the Corla office said. Rents rose 1 percent in the month.', '2026-05-14'),
      [['last month', '2026-04'], ['the month', '2026-04']]);
  });

  it('has no value when no month is named, rather than the article\'s own, which is not over', () => {
    assert.deepEqual(values('Payrolls in Corla fell by 12,000 over the month, the office said on Thursday.', '2026-05-14'),
      [['the month', undefined], ['Thursday', '2026-05-14']]);
  });

  it('has no value after a range of months, of which it may be any', () => {
    assert.deepEqual(values('He made 40 transfers between March 2019 and June 2021, most on the last day of the month.', '2026-05-14'),
      [['March 2019', '2019-03'], ['June 2021', '2021-06'], ['the last day', undefined], ['the month', undefined]]);
  });
});

describe('days and quarters told by their neighbours', () => {
  it('reads "the day" set off after a date as that date, and "the week before the vote" as no week of the article\'s', () => {
    assert.deepEqual(values('The Tarn mill closed on May 3, the day before the ferry strike.', '2026-10-30'),
      [['May 3', '2026-05-03'], ['the day', '2026-05-03']]);
    assert.deepEqual(values('Polls may not be published in the week before the vote.', '2026-05-04'), [['the week', undefined]]);
    // counted from the article's day, "the week before last" still is
    assert.deepEqual(values('The week before last was wet.', '2026-05-04'), [['The week before last', '2026-W17']]);
  });

  it('puts a past "overnight" on the night before, and a forecast\'s on the night ahead', () => {
    assert.deepEqual(values('OSK, March 22 - The truce held overnight, officials said on Sunday.', '2026-03-22'),
      [['March 22', '2026-03-22'], ['overnight', '2026-03-21TNI'], ['Sunday', '2026-03-22']]);
    assert.deepEqual(values('Storms will sweep the coast overnight.', '2026-03-22'), [['overnight', '2026-03-22TNI']]);
  });

  it('reads a weekday by what is said of it: compared with, in force until, agreed to, pictured', () => {
    // 30 November 2026 is a Monday
    assert.deepEqual(values('The firm expects $2 billion, up from its August forecast.', '2026-11-30'), [['August', '2026-08']]);
    assert.deepEqual(values('Forecasters warned of rain, with warnings in place until Wednesday.', '2026-11-30'), [['Wednesday', '2026-12-02']]);
    assert.deepEqual(values('Forecasters said warnings were in place until Wednesday.', '2026-11-30'), [['Wednesday', '2026-11-25']]);
    assert.deepEqual(values('The envoys said both sides had agreed to meet again on Thursday.', '2026-11-29'), [['Thursday', '2026-12-03']]);
    assert.deepEqual(values('(Photo: Flooded fields near Brask on Sunday.)', '2026-11-30'), [['Sunday', '2026-11-29']]);
    // a state the perfect says holds now lasts till the day; told in the past it ended then
    assert.deepEqual(values('Libraries have closed until Thursday.', '2026-11-30'), [['Thursday', '2026-12-03']]);
    assert.deepEqual(values('Pools have been shut until Friday, the council said.', '2026-11-30'), [['Friday', '2026-12-04']]);
    assert.deepEqual(values('The libraries stayed closed until Thursday.', '2026-11-30'), [['Thursday', '2026-11-26']]);
  });

  it('reads a timetable\'s "finishes", "premieres", "kicks off" before a weekday as ahead, after a numbered subject too', () => {
    // 30 November 2026 is a Monday
    assert.deepEqual(values('Stage 12 finishes on Friday, and the series premieres on Sunday.', '2026-11-30'),
      [['Friday', '2026-12-04'], ['Sunday', '2026-12-06']]);
    assert.deepEqual(values('Stage 12 finished on Friday.', '2026-11-30'), [['Friday', '2026-11-27']]);
  });

  it('reads a weekday in a relative clause by its own verb, and one with no verb after a day ahead as ahead too', () => {
    // 30 November 2026 is a Monday
    assert.deepEqual(values('The festival, which opens on Friday, has sold out.', '2026-11-30'), [['Friday', '2026-12-04']]);
    assert.deepEqual(values('The festival, which opens on Friday, sold out at once.', '2026-11-30'), [['Friday', '2026-12-04']]);
    assert.deepEqual(values('The festival, which opened on Friday, drew crowds.', '2026-11-30'), [['Friday', '2026-11-27']]);
    assert.deepEqual(values('Racing resumes on Thursday, with a rest day on Saturday.', '2026-11-30'),
      [['Thursday', '2026-12-03'], ['Saturday', '2026-12-05']]);
    assert.deepEqual(values('Racing resumed on Thursday, with a rest day on Saturday.', '2026-11-30'),
      [['Thursday', '2026-11-26'], ['Saturday', '2026-11-28']]);
  });

  it('puts a clock time on the eve of an event on no day named before it', () => {
    assert.deepEqual(values('Campaigning opens on Wednesday and ends at midnight on the eve of the vote.', '2026-05-04'),
      [['Wednesday', '2026-05-06'], ['midnight', 'T24:00']]);
  });
});
