import assert from 'node:assert/strict';
import { wordDiff, wordDiffMarkdown, wordDiffText } from '../../../../src/core/present/wordDiff';

describe('wordDiff', () => {
  it('shows the words removed and added, a replaced word as "old new"', () => {
    assert.equal(wordDiffText('The grant was approved.', 'The grant was not approved.'), 'The grant was {+not+} approved.');
    assert.equal(wordDiffText('Prices rose by four percent in April.', 'Prices fell by five percent in June.'),
      'Prices [-rose-] {+fell+} by [-four-] {+five+} percent in [-April.-] {+June.+}');
  });

  it('formatting is not a change: spacing, line wraps, curly quotes', () => {
    assert.deepEqual(wordDiff('He said \u201cno\u201d  today.', 'He said "no"\ntoday.').map(p => p.kind), ['same']);
  });

  it('as Markdown: struck through and bold, every word escaped', () => {
    assert.equal(wordDiffMarkdown('cost 4 [m](x)', 'cost *5* [m](x)'), 'cost ~~4~~ **\\*5\\*** \\[m\\]\\(x\\)');
  });

  it('very long texts are not compared word by word (bounded work)', () => {
    const long = 'word '.repeat(500);
    const parts = wordDiff(long, `${long} more`);
    assert.deepEqual(parts.map(p => p.kind), ['removed', 'added']);
  });
});
