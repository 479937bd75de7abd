import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';
import { analyze } from '../../../../../src/core/detect/analyze';

// Made-up citations and names of court pages (issue 14, law pass): four figures that are a law report's page, a part of a
// docket's code or a case's number over its year are no year; a date's word inside a person's name is the name's.
const found = (text: string, ref = '2026-12-06') => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

describe('dates: case numbers and law reports', () => {
  it('reads no year in a report\'s page, a docket\'s code or a case number over its year', () => {
    assert.deepEqual(found('See Orr v. Lane, 431 U.S. 651, 97 S. Ct. 2034, 52 L. Ed. 2d 651 (1977).'), ['1977=1977']);
    assert.deepEqual(found('Cited as Vane v. Holt, 633 F.2d 1844 (9th Cir. 1980).'), ['1980=1980']);
    assert.deepEqual(found('State v. Orr, Docket No. A-2067-05T4, was decided on August 4, 2008.'), ['August 4, 2008=2008-08-04']);
    assert.deepEqual(found('The plea, Bail Appln. 1903/2025, was filed in December 2024.'), ['December 2024=2024-12']);
  });

  it('keeps a year after a month\'s short form, a season written with a slash and a year after a hyphen', () => {
    assert.deepEqual(found('It opened on 5 Jan. 2024 in the 2019/2020 season, with mid-2023 results.'),
      ['5 Jan. 2024=2024-01-05', 'the 2019/2020 season=2020', 'mid-2023=2023']);
  });

  it('reads a date\'s word inside a person\'s name as the name\'s', () => {
    const a = analyze('Ruth Vane and Lucinda Soon consider the exceptions. The hearing is on May 4, 2027.', { referenceDate: '2026-12-06' });
    assert.deepEqual(a.people.map(p => p.text), ['Ruth Vane', 'Lucinda Soon']);
    assert.deepEqual(a.dates.map(d => d.text), ['May 4, 2027']);
  });

  it('reads a day that something told in the past was done before as gone, and a plan\'s as ahead', () => {
    assert.deepEqual(found('The boy died in his home shortly before Christmas, the inquest heard.'), ['Christmas=2025-12-25']);
    assert.deepEqual(found('The deal closed before June.'), ['June=2026-06']);
    assert.deepEqual(found('He would leave before Christmas.'), ['Christmas=2026-12-25']);
    assert.deepEqual(found('She promised a ruling before Christmas.'), ['Christmas=2026-12-25']);
  });
});
