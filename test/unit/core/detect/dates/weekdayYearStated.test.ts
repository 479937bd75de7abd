import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up pages in the styles of Indonesian and Nigerian news (issue 14, world English pass): a day written with its
// weekday and no year, on a page that states the year of its events.
const found = (text: string, ref: string) => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

describe('dates: a weekday\'s day without its year on a page that states the year', () => {
  it('takes the year of a full date of the same month written with its weekday', () => {
    assert.deepEqual(found('The chief reached the palace on Monday, October 21, 2019. The cabinet is named on Wednesday, October 23.', '2026-12-06'),
      ['Monday, October 21, 2019=2019-10-21', 'Wednesday, October 23=2019-10-23']);
    // (the writer's weekday slip: the page's year, not the next year the weekday fits)
    assert.deepEqual(found('The burial is on Saturday, May 24, 2023, after a vigil on Friday, May 23rd at the hall.', '2023-05-18'),
      ['Saturday, May 24, 2023=2023-05-24', 'Friday, May 23rd=2023-05-23']);
  });

  it('reads no year from a full date without its weekday, as a birth date in an obituary is', () => {
    assert.deepEqual(found('Mr. Obi died Monday, Nov. 15, at a hospital. He was born Nov. 5, 1937, in Jos.', '2021-11-20'),
      ['Monday, Nov. 15=2021-11-15', 'Nov. 5, 1937=1937-11-05']);
  });
});
