import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';
import { displayDate } from '../../../../../src/core/detect/dates/display';

// A helper's pass over real farming, mining and commodity news. Each sentence is made up; each value is what a careful
// editor reads, against the reference date given.
const values = (text: string, ref: string) => detectDates(text, ref).map(d => [d.text, d.value]);

describe('dates: farming, mining and commodity news', () => {
  it('reads a round hundred before 2000 as its century, and keeps its part in the display', () => {
    assert.deepEqual(values('The station was settled in the late 1800s.', '2026-12-05'), [['the late 1800s', '18']]);
    assert.deepEqual(values('Two brothers came over in the 1700s.', '2026-12-05'), [['the 1700s', '17']]);
    assert.equal(displayDate(detectDates('The station was settled in the late 1800s.', '2026-12-05')[0]), 'the late 19th century');
    // a decade stays a decade, and so do the 2000s
    assert.deepEqual(values('The orchard doubled in the 1990s and shrank in the 2000s.', '2026-12-05'), [['the 1990s', '199'], ['the 2000s', '200']]);
  });

  it('reads "the year to 30 June" as "the year ended 30 June": a year measured up to a day', () => {
    assert.deepEqual(values('The co-operative made a loss in the year to 30 June 2017.', '2026-12-05'),
      [['the year', 'P1Y'], ['30 June 2017', '2017-06-30']]);
    assert.deepEqual(values('The co-operative made a loss in the year ended 30 June 2017.', '2026-12-05'),
      [['the year', 'P1Y'], ['30 June 2017', '2017-06-30']]);
    // "the year to come" is no such year
    assert.equal(values('Growers expect a better harvest in the year to come.', '2026-12-05').some(v => v[1] === 'P1Y'), false);
  });

  it('counts "two days earlier" back from a weekday named with its part of the day', () => {
    assert.deepEqual(values('A truck struck his tractor on Wednesday afternoon. Two days earlier, a farmer died in a silo.', '2026-12-07'),
      [['Wednesday afternoon', '2026-12-02TAF'], ['Two days earlier', '2026-11-30']]);
  });

  it('reads "the 2021 quarter" as the same quarter of 2021 as the one the story reports', () => {
    assert.deepEqual(values('Output was 45,939 ounces in the third quarter, down from 58,777 ounces in the 2021 quarter.', '2022-12-07'),
      [['the third quarter', '2022-Q3'], ['the 2021 quarter', '2021-Q3']]);
  });
});
