import assert from 'node:assert/strict';
import { matchesInCuedLines, matchesStartingAt } from '../../../../src/core/text/cuedMatches';
import { lazyPattern, testShaped } from '../../../../src/core/text/lazyPattern';

describe('a pattern made on its first use', () => {
  it('is made once, on the first call, and is the same object after', () => {
    let made = 0;
    const pattern = lazyPattern(() => (made++, /\p{Lu}\p{Ll}+/gu));
    assert.equal(made, 0);
    const first = pattern();
    assert.equal(pattern(), first);
    assert.equal(made, 1);
    // a global pattern keeps its lastIndex between calls, as a module-level literal did
    assert.equal(first.exec('x Ann Bo')?.[0], 'Ann');
    assert.equal(pattern().exec('x Ann Bo')?.[0], 'Bo');
  });

  it('is not made by cued matching when no cue matches, and matches as the pattern itself when one does', () => {
    let made = 0;
    const line = lazyPattern(() => (made++, /^\p{Lu}\p{Ll}+ \d+$/gmu));
    assert.deepEqual([...matchesInCuedLines('no figures here\nnone', /\d/g, line)], []);
    const here = lazyPattern(() => (made++, /\p{Lu}\p{Ll}+/uy));
    assert.deepEqual([...matchesStartingAt('lower only', /[A-Z]/g, here)], []);
    assert.equal(made, 0);
    assert.deepEqual([...matchesInCuedLines('Ann 12\nbo 3\nCy 4', /\d/g, line)].map(m => [m.index, m[0]]), [[0, 'Ann 12'], [12, 'Cy 4']]);
    assert.deepEqual([...matchesStartingAt('an Ann Bo', /[A-Z]/g, here)].map(m => [m.index, m[0]]), [[3, 'Ann'], [7, 'Bo']]);
    assert.equal(made, 2);
  });

  it('is not made by a shaped test when its shape fails, and decides as the pattern itself when the shape passes', () => {
    let made = 0;
    const pattern = lazyPattern(() => (made++, /(?:^|[^\p{L}])Lord[ \t]+of[ \t]+$/u));
    const shape = /(?:^|[^A-Za-z])Lord[ \t]+of[ \t]+$/;
    assert.equal(testShaped(shape, pattern, 'the lord of '), false);
    assert.equal(made, 0);
    assert.equal(testShaped(shape, pattern, 'the Lord of '), true);
    // ("éLord of ": the shape passes, as "é" is no ASCII letter; the pattern, which knows it for a letter, refuses)
    assert.equal(testShaped(shape, pattern, 'éLord of '), false);
    assert.equal(made, 1);
  });
});
