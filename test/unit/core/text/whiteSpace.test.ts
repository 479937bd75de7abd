import assert from 'node:assert/strict';
import { isPatternSpace } from '../../../../src/core/text/whiteSpace';

describe('isPatternSpace', () => {
  it('says of every UTF-16 code unit what a pattern\'s \\s says', () => {
    const differing: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isPatternSpace(c) !== /\s/.test(String.fromCharCode(c))) differing.push(c.toString(16));
    assert.deepEqual(differing, []);
  });
});
