import assert from 'node:assert/strict';
import { asciiWordBeforeSpace } from '../../../../../src/core/detect/people/words';

describe('people: the word before a name, read cheaply', () => {
  it('gives the letters before the closing spaces, as written', () => {
    assert.equal(asciiWordBeforeSpace('aboard the locomotive ', 3), 'locomotive');
    assert.equal(asciiWordBeforeSpace('flights out Of  ', 2), 'Of');
    assert.equal(asciiWordBeforeSpace('motive ', 1), 'motive');
  });

  it('gives nothing without a closing space, or with more spaces than allowed', () => {
    assert.equal(asciiWordBeforeSpace('the locomotive', 3), '');
    assert.equal(asciiWordBeforeSpace('landed at   ', 2), '');
    assert.equal(asciiWordBeforeSpace('', 3), '');
  });

  it('stops at a character that is no letter A-Z: a digit, an accent, punctuation', () => {
    assert.equal(asciiWordBeforeSpace('the 4x4 ', 1), '');
    assert.equal(asciiWordBeforeSpace('route 66a ', 1), 'a');
    assert.equal(asciiWordBeforeSpace('un café ', 1), '');
    assert.equal(asciiWordBeforeSpace('its rival, ', 1), '');
    assert.equal(asciiWordBeforeSpace('line\ninto\n', 1), 'into');
  });
});
