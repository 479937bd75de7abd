import assert from 'node:assert/strict';
import { matchArticle, paragraphAround } from '../../../../src/core/match/matchArticle';
import { prepareMatchIndex } from '../../../../src/core/match/matchIndex';

describe('matchArticle', () => {
  it('finds the paragraph around a span between blank lines', () => {
    const text = 'Title\n\nFirst one. Two.\r\n\r\nSecond here.\nstill\n\nThird.';
    const at = (word: string) => paragraphAround(text, text.indexOf(word), text.indexOf(word) + word.length);
    assert.equal(at('Two'), 'First one. Two.');
    assert.equal(at('still'), 'Second here.\nstill');
    assert.equal(at('Third'), 'Third.');
    assert.equal(at('Title'), 'Title');
  });

  it('matches each span of an article with its text and offsets', () => {
    const index = prepareMatchIndex([{ article: 'old.md', id: 'c1', status: 'false', quote: 'The harbour bridge collapsed in 1998.' }]);
    const text = 'Nothing here.\n\nThe harbour bridge collapsed in 1998, residents said.';
    const start = text.indexOf('The harbour');
    const [first, second] = matchArticle(index, text, [{ start: 0, end: 13 }, { start, end: text.length }]);
    assert.deepEqual(first.matches, []);
    assert.equal(second.text, 'The harbour bridge collapsed in 1998, residents said.');
    assert.equal(second.matches[0].verdict.id, 'c1');
    assert.deepEqual(second.matches[0].explanation.sameYears, [1998]);
    assert.deepEqual(matchArticle(index, text, [{ start, end: text.length }], { excludeArticle: 'old.md' })[0].matches, []);
  });
});
