import assert from 'node:assert/strict';
import { comparePaths } from '../../../../src/core/text/pathOrder';

describe('text: path order', () => {
  const sorted = (paths: string[]) => [...paths].sort(comparePaths);

  it('reads numbers in names as numbers', () => {
    assert.deepEqual(sorted(['10.md', '2.md', '1.md', '100.md', '20.md']), ['1.md', '2.md', '10.md', '20.md', '100.md']);
    assert.deepEqual(sorted(['page 10.md', 'page 9.md', 'page 9b.md']), ['page 9.md', 'page 9b.md', 'page 10.md']);
  });

  it('lists a folder\'s subfolders before its files, folder by folder', () => {
    assert.deepEqual(sorted(['a/z.md', 'a/b/c.md', 'a.md', 'b/1.md']), ['a/b/c.md', 'a/z.md', 'b/1.md', 'a.md']);
    assert.deepEqual(sorted(['news\\10.md', 'news\\9.md']), ['news\\9.md', 'news\\10.md']);
  });

  it('sets case aside but never calls two different paths equal', () => {
    assert.ok(comparePaths('apple.md', 'Banana.md') < 0);
    assert.notEqual(comparePaths('Notes.md', 'notes.md'), 0);
    assert.equal(Math.sign(comparePaths('Notes.md', 'notes.md')), -Math.sign(comparePaths('notes.md', 'Notes.md')));
    assert.equal(comparePaths('x/1.md', 'x/1.md'), 0);
  });
});
