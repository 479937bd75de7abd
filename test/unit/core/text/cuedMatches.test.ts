import assert from 'node:assert/strict';
import fc from 'fast-check';
import { matchesInCuedLines, matchesStartingAt } from '../../../../src/core/text/cuedMatches';

const spans = (matches: Iterable<RegExpExecArray>) => [...matches].map(m => [m.index, m[0], ...m.slice(1)]);
// texts of the characters these patterns care about, so that matches, near misses and overlaps are common
const text = (chars: string[]) => fc.array(fc.constantFrom(...chars), { maxLength: 60 }).map(cs => cs.join(''));

describe('matches tried only where a cue says one may begin', () => {
  it('finds what matchAll finds for a pattern that opens with a look-behind, overlapping runs of marks included', () => {
    const everywhere = /(?<![a-z])[*_]{1,3}(?=[a-z])|(?<=[a-z.])[*_]{1,3}(?![a-z])/g;
    const here = new RegExp(everywhere.source, 'y');
    assert.deepEqual(spans(matchesStartingAt('****a b**** _x_.', /[*_]/g, here)), [[1, '***'], [7, '***'], [12, '_'], [14, '_']]);
    fc.assert(fc.property(text(['*', '_', 'a', 'b', ' ', '.']), t =>
      assert.deepEqual(spans(matchesStartingAt(t, /[*_]/g, here)), spans(t.matchAll(everywhere)))));
  });

  it('finds what matchAll finds, groups included, for a pattern that only matches at a word', () => {
    const everywhere = /\bfisc(al)? ye?ar/gi;
    const here = new RegExp(everywhere.source, 'iy');
    fc.assert(fc.property(text(['fisc', 'al', ' ', 'year', 'yar', 'X']), t =>
      assert.deepEqual(spans(matchesStartingAt(t, /\bfisc/gi, here)), spans(t.matchAll(everywhere)))));
  });
});

describe('matches searched only in the lines a cue is in', () => {
  it('finds what matchAll finds, with the article\'s offsets, when no match crosses a line', () => {
    const everywhere = /[A-Z][a-z]* \d \(([A-Z][a-z]* \d)\)/g;
    const t = 'Kor 2 (Ost 12)\nno score here\nAB 1 (Cd 4) and Ef 3 (Gh 5)\n(Ij 6)';
    assert.deepEqual(spans(matchesInCuedLines(t, /\d \(/g, everywhere)), [[30, 'B 1 (Cd 4)', 'Cd 4'], [45, 'Ef 3 (Gh 5)', 'Gh 5']]);
    fc.assert(fc.property(text(['Ab', 'c', ' ', '1', '2', '(', ')', '\n']), t =>
      assert.deepEqual(spans(matchesInCuedLines(t, /\d \(/g, everywhere)), spans(t.matchAll(everywhere)))));
  });
});
