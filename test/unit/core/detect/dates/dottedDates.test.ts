import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up pages with days written in figures parted by dots and a year in two figures, in either order.
const found = (text: string, ref = '2026-12-06') => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

describe('dates: a dotted day with a two-figure year', () => {
  it('is read day first where a date on the page has a first number no month could be', () => {
    assert.deepEqual(found('Year ended 30.03.19 (£m) 04.04.20 (£m)\nRevenue 1,204.5 1,311.0'),
      ['30.03.19=2019-03-30', '04.04.20=2020-04-04']);
  });

  it('is read month first where one has a second number no month could be', () => {
    assert.deepEqual(found('Council Meeting 4.16.19\n\nThe item was first heard at the 3.5.19 meeting.'),
      ['4.16.19=2019-04-16', '3.5.19=2019-03-05']);
  });

  it('is the day the page writes in full elsewhere, a full stop after it', () => {
    assert.deepEqual(found('Morning Forum - October 8, 2017\n\n"10.08.17."\n\nHOST: Good morning.', '2017-10-08'),
      ['October 8, 2017=2017-10-08', '10.08.17=2017-10-08']);
    assert.deepEqual(found('Harbour Weekly, 8 October 2017 08.10.17 Vote count begins', '2017-10-08'),
      ['8 October 2017=2017-10-08', '08.10.17=2017-10-08']);
  });

  it('is left unread where the page does not settle the order, and a version or a clock time is no day', () => {
    assert.deepEqual(found('The show of 04.06.17 was repeated.'), []);
    assert.deepEqual(found('Install version 2.4.19 first. Shot at 9.14.52 AM.'), []);
    assert.deepEqual(found('The 30.03.19 accounts and build 2.4.19 were filed.'), ['30.03.19=2019-03-30']);
  });
});
