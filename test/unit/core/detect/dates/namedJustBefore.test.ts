import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up sentences: the day of an event named with its year ("the 2015 Masters on April 12") is in that year.
const values = (text: string) => detectDates(text, '2026-02-13').map(d => `${d.text}=${d.value}`);

describe('the day of an event named with its year', () => {
  it('is in the event\'s year, wherever the event stands in the sentence', () => {
    assert.deepEqual(values('Orrin Vale won the 2015 Harbour Classic on April 12 in Lisbon.'), ['2015=2015', 'April 12=2015-04-12']);
    assert.deepEqual(values('Tarvia lost the 2022 Coastal Cup final on December 18.'), ['2022=2022', 'December 18=2022-12-18']);
  });

  it('is not where the year names something else before the day', () => {
    assert.deepEqual(values('The firm, part of the 2019 Open Market scheme since, said on July 21 it would grow.'),
      ['2019=2019', 'July 21=2025-07-21']);
  });
});
