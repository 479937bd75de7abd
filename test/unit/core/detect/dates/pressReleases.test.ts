import assert from 'node:assert/strict';
import { pairs } from './dateFixtures';

// Made-up releases (press pass): a firm named after a century.
describe('dates in press releases', () => {
  it('reads "22nd Century" without its article as a firm\'s name, not a century', () => {
    const text = 'HOLTON, Ore., September 7, 2022 -- 23rd Century Labs (Nasdaq: XXIII) today named a new chief. '
      + '23rd Century is expanding sales, and 23rd Century\'s tobacco unit grew.\n';
    assert.deepEqual(pairs(text).filter(p => /Century/.test(p[0]!)), []);
    // (a century named with its article keeps its reading, capital or not)
    assert.deepEqual(pairs('In the 19th Century the port grew. By the early 20th Century it had a mill.\n').map(p => p[1]), ['18', '19']);
  });
});
