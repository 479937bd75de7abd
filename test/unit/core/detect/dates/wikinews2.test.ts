import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Sentences in the manner of Wikinews stories (made up: places, firms and people invented), each read against the day
// it is written on, where a careful TimeML annotator's span or value was not the one the detector gave.
const values = (text: string, day: string) => detectDates(text, day).map(d => [d.text, d.value]);

describe('dates of Wikinews stories (second pass)', () => {
  it('counts "the following decade" from the year the story spoke of ("ended in 1945. In the following decade …")', () => {
    assert.deepEqual(values('The war ended in 1945. In the following decade he wrote four novels.', '2021-08-14'),
      [['1945', '1945'], ['the following decade', '195']]);
    // told in the past, "the next decade" too
    assert.deepEqual(values('The plant opened in 1971. Over the next decade it doubled its output.', '2021-08-14'),
      [['1971', '1971'], ['the next decade', '198']]);
    // one ahead is the article's next
    assert.deepEqual(values('The plant opened in 1971. The firm will grow in the next decade.', '2021-08-14'),
      [['1971', '1971'], ['the next decade', '203']]);
  });
});
