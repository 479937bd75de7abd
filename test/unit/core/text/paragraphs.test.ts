import assert from 'node:assert/strict';
import { paragraphAround } from '../../../../src/core/match/matchArticle';
import { paragraphBreaks, paragraphOf } from '../../../../src/core/text/paragraphs';

const TEXT = '# Title\n\nFirst sentence. Second sentence.\r\n  \r\nThird one\nwraps here.\n\n\n\nLast paragraph, no newline';

describe('paragraphs', () => {
  it('finds the paragraph around a span, as matching reads it', () => {
    const breaks = paragraphBreaks(TEXT);
    const at = (words: string) => {
      const start = TEXT.indexOf(words);
      const { from, to } = paragraphOf(breaks, TEXT.length, start, start + words.length);
      return TEXT.slice(from, to);
    };
    assert.equal(at('Second sentence.'), 'First sentence. Second sentence.');
    assert.equal(at('wraps'), 'Third one\nwraps here.');
    assert.equal(at('Title'), '# Title');
    assert.equal(at('no newline'), 'Last paragraph, no newline');
    // a span across a blank line takes both paragraphs
    assert.equal(at('Second sentence.\r\n  \r\nThird'), 'First sentence. Second sentence.\r\n  \r\nThird one\nwraps here.');
  });

  it('agrees with matching\'s own reading of every span (trimmed)', () => {
    const breaks = paragraphBreaks(TEXT);
    for (let start = 0; start < TEXT.length; start += 3) {
      for (const length of [1, 5, 17]) {
        const end = Math.min(start + length, TEXT.length);
        const { from, to } = paragraphOf(breaks, TEXT.length, start, end);
        assert.equal(TEXT.slice(from, to).trim(), paragraphAround(TEXT, start, end), `${start}-${end}`);
      }
    }
  });

  it('has no breaks in a text of one paragraph', () => {
    assert.deepEqual(paragraphBreaks('One line.\nAnother line.'), []);
    assert.deepEqual(paragraphOf([], 10, 2, 4), { from: 0, to: 10 });
  });
});
