import assert from 'node:assert/strict';
import { wordList, wordSet } from '../../../../src/core/text/wordList';

describe('word lists written as one string', () => {
  it('give the words in order, each as written, and as a set', () => {
    assert.deepEqual(wordList("was were 'll ’ll e.g $"), ['was', 'were', "'ll", '’ll', 'e.g', '$']);
    assert.deepEqual(wordList('alone'), ['alone']);
    assert.deepEqual([...wordSet('may might' + ' may could')], ['may', 'might', 'could']);
  });

  it('refuse words not separated by single spaces, which would hold empty or glued words', () => {
    for (const words of ['a  b', ' a b', 'a b ', 'a\nb', 'a\n  b', 'a\tb']) assert.throws(() => wordList(words), /single spaces/, words);
  });
});
