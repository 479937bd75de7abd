import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// A pass over university, student-paper and foundation news (issue 14): each sentence is made up; each value is what a
// careful editor reads, against the reference date given.
const values = (text: string, ref: string) => detectDates(text, ref).map(d => [d.text, d.value]);

describe('dates: campus pages', () => {
  it('reads "the spring 2031 semester" and "the fall semester of 2030" as that season of the year written', () => {
    assert.deepEqual(values('Okafor will teach the seminar during the spring 2031 semester.', '2030-11-02'), [['the spring 2031', '2031-SP']]);
    assert.deepEqual(values('Brandt taught it during the fall 2029 term.', '2030-11-02'), [['the fall 2029', '2029-FA']]);
    assert.deepEqual(values('The lab reopens in the fall semester of 2032.', '2030-11-02'), [['the fall semester of 2032', '2032-FA']]);
    // (the season alone stays the coming one; "the fall" in prices stays no season)
    assert.deepEqual(values('The lab reopens in the spring.', '2030-11-02'), [['the spring', '2031-SP']]);
    assert.deepEqual(values('Shares recovered after the fall in prices.', '2030-11-02'), []);
  });

  it('gives the first of two months an issue is dated by the year after the second', () => {
    assert.deepEqual(values('Class Notes: January/February 2031', '2033-05-01'), [['January', '2031-01'], ['February 2031', '2031-02']]);
    assert.deepEqual(values('Issue of May-June 2030', '2033-05-01'), [['May', '2030-05'], ['June 2030', '2030-06']]);
    assert.deepEqual(values('Alumni Magazine Mar/Apr 2029', '2033-05-01'), [['Mar', '2029-03'], ['Apr 2029', '2029-04']]);
    // (an issue that spans the new year: the December before)
    assert.deepEqual(values('Winter issue, December/January 2031', '2033-05-01')[0], ['December', '2030-12']);
  });

  it('reads a dotted day month first where the second figure is no month', () => {
    assert.deepEqual(values('Posted by Lena on 04.23.2030 at 9:12 am', '2033-05-01').slice(0, 1), [['04.23.2030', '2030-04-23']]);
    // (day first, as before, where either could be the month)
    assert.deepEqual(values('Posted on 04.11.2030', '2033-05-01'), [['04.11.2030', '2030-11-04']]);
  });

  it('reads a blog\'s zero date, "November 30, -0001", as no date', () => {
    assert.deepEqual(values('Last Updated: November 30, -0001 at 12:00 am', '2033-05-01').filter(d => d[0] === 'November 30'), []);
  });

  it('reads "Twenty-First Century" as the century, not "First Century"', () => {
    assert.deepEqual(values('The Twenty-First Century Fund gave grants.', '2033-05-01'), [['The Twenty-First Century', '20']]);
    assert.deepEqual(values('In the twenty-second century, tides will rise.', '2033-05-01'), [['the twenty-second century', '21']]);
    // (a school's own first century stays a hundred years)
    assert.deepEqual(values('The college marked its first century.', '2033-05-01'), [['first century', 'P100Y']]);
  });
});
