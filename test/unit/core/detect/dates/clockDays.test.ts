import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// The day of a clock time in listings and agendas (issue 14, listing times pass). Made-up listings.
const values = (text: string, day: string) => detectDates(text, day).map(d => [d.text, d.value]);
const clocks = (text: string, day: string) => values(text, day).filter(([, v]) => /T\d\d:\d\d$/.test(v ?? ''));

describe('dates: clock times of listings and agendas', () => {
  it('puts a listing\'s times on the one day ahead the story named, not on the article\'s day', () => {
    const text = 'The harbour festival returns on Saturday, May 16, organisers said.\nPROGRAMME\n'
      + '- Elm Quay: Boats leave the slip at 9.30am, followed by a race at 11am.\nDawn swim @ 5.45am, North Beach\n';
    assert.deepEqual(clocks(text, '2026-05-12').map(([, v]) => v), ['2026-05-16T09:30', '2026-05-16T11:00', '2026-05-16T05:45']);
    // (a story that names today too, or a second day ahead, leaves them on the article's day)
    assert.deepEqual(clocks(text.replace('organisers said', 'organisers said today'), '2026-05-12').map(([, v]) => String(v).slice(0, 10)),
      ['2026-05-12', '2026-05-12', '2026-05-12']);
    assert.deepEqual(clocks(text.replace('said.', 'said. Tickets go on sale on Thursday. Stalls open all weekend. Parking is free.'), '2026-05-12')
      .map(([, v]) => String(v).slice(0, 10)), ['2026-05-12', '2026-05-12', '2026-05-12']);
    // (a paragraph of prose is no listing)
    assert.deepEqual(clocks('The harbour festival returns on Saturday, May 16. It began in 1990. It has grown.\n\nThe mayor will speak at 9.30am.\n', '2026-05-12'),
      [['9.30am', '2026-05-12T09:30']]);
  });

  it('keeps an agenda\'s morning hour after a later one on its day (an evening\'s, then a morning\'s, is the next day)', () => {
    const text = 'Wednesday\'s agenda: the chamber sits.\n\nAt 10:50 AM, a briefing will be held.\n\nAt 10:00 AM, the session will open.';
    assert.deepEqual(clocks(text, '2026-05-13').map(([, v]) => v), ['2026-05-13T10:50', '2026-05-13T10:00']);
    assert.deepEqual(clocks('Counting began on Friday after 10.30pm. A recount would start no earlier than 4am.', '2026-05-18').map(([, v]) => v),
      ['2026-05-15T22:30', '2026-05-16T04:00']);
  });

  it('takes no day from a range\'s bounds in the sentence before', () => {
    const text = 'The bill moves the deadline from July 1, 2026, to February 1, 2028.\n\nAt 12:00 PM, MPs will vote on it.';
    assert.deepEqual(clocks(text, '2026-05-13'), [['12:00 PM', '2026-05-13T12:00']]);
  });

  it('takes no day of history for a time told in the present', () => {
    assert.deepEqual(clocks('Veterans gather today. A service marking the landing on April 25, 1915 is held at the beach from 5am.', '2026-04-25'),
      [['5am', '2026-04-25T05:00']]);
  });

  it('reads "proceed" as no past form', () => {
    assert.deepEqual(values('The parade will proceed on Sunday.', '2021-04-22'), [['Sunday', '2021-04-25']]);
  });
});

describe('dates: a deadline foreseen after a day gone by', () => {
  // Written on a Friday (2021-06-04), after storms on Thursday.
  const text = 'Storms that tore through on Thursday left thousands of homes dark.\n\n'
    + 'The utility anticipates that power should be back to the last homes by midnight. '
    + 'A second firm estimates its lines to be repaired by 9 p.m.';
  it('keeps the deadline on the page\'s day, not on the day of the storms', () => {
    assert.deepEqual(values(text, '2021-06-04'), [['Thursday', '2021-06-03'], ['midnight', '2021-06-04T24:00'], ['9 p.m.', '2021-06-04T21:00']]);
  });

  it('leaves a deadline told as done on the day gone by', () => {
    const done = 'Storms tore through on Thursday.\n\nCrews had power back to the last homes by 9 p.m.';
    assert.deepEqual(values(done, '2021-06-04'), [['Thursday', '2021-06-03'], ['9 p.m.', '2021-06-03T21:00']]);
  });
});
