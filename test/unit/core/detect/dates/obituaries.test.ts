import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';
import { statedDate } from '../../../../../src/core/detect/reference';

// Made-up obituaries and page stamps: decades, stamps and "last" days as family notices write them.
const found = (text: string, ref = '2026-03-14') => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

describe('dates: obituaries and page stamps', () => {
  it('reads a decade written with an apostrophe after "the" ("the 1970’s", "the late 1990\'s")', () => {
    assert.deepEqual(found('They retired to Arizona in the 1970’s and toured in the late 1990\'s.'), ['the 1970’s=197', "the late 1990's=199"]);
    // with no "the" before it, the year's possessive
    assert.deepEqual(found('In 1970’s final they lost.'), ['1970=1970']);
  });

  it('reads a year glued to a month\'s comma ("24 August,2018", "June 3,2020")', () => {
    assert.deepEqual(found('Updated on: 24 August,2018 at noon.').slice(0, 1), ['24 August,2018=2018-08-24']);
    assert.deepEqual(found('Posted June 3,2020.'), ['June 3,2020=2020-06-03']);
    // a figure's comma is no year's
    assert.deepEqual(found('Sales reached 3,2019 units.'), []);
  });

  it('puts a day named without its year after "last" before the page\'s date, and after "next" ahead of it', () => {
    assert.deepEqual(found('Married. Hal Brisco, 58, racing driver; and Nell Tandy, 40; last June 9.'), ['June 9=2025-06-09']);
    assert.deepEqual(found('Their wedding is set for next June 9.'), ['June 9=2026-06-09']);
  });
});

describe('dates: an obituary\'s life span is no stamp of the page', () => {
  it('takes no day of "(May 2, 1931 – June 9, 2024)" after a name, or of such a span alone on its line, as the page\'s date', () => {
    assert.equal(statedDate('Ada Quist (May 2, 1931 – June 9, 2024) was a Welsh harpist. Quist played for 60 years.'), undefined);
    assert.equal(statedDate('Ada Quist\n\nMay 2, 1931 - June 9, 2024\n\nHarpist who played for 60 years.'), undefined);
    // a day and its clock time after a dash stay a stamp
    assert.equal(statedDate('Town Hall\n\nAired February 18, 2016 - 23:00   ET\n\nThe host spoke.')?.date, '2016-02-18');
  });
});
