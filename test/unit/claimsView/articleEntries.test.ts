import assert from 'node:assert/strict';
import { ArticleEntries } from '../../../src/claimsView/articleEntries';
import type { ArticleEntry } from '../../../src/claimsView/grouping';

/** A store of articles whose entries count how often they were made. */
function store(paths: string[]) {
  const made: string[] = [];
  const source = {
    paths,
    articles: () => source.paths,
    key: (path: string) => `file:///desk/${path}`,
    entry: (path: string): ArticleEntry => {
      made.push(path);
      return { uri: `file:///desk/${path}`, name: path, path, review: undefined };
    },
  };
  return { source, made, entries: new ArticleEntries(source) };
}

describe('Claims view entries (made again only for what changed)', () => {
  it('makes every entry once, sorted by path, numbers in numeric order', async () => {
    const { entries, made } = store(['page 10.md', 'page 2.md', 'a.md']);
    const first = await entries.update();
    assert.deepEqual(first.entries.map(e => e.path), ['a.md', 'page 2.md', 'page 10.md']);
    assert.equal(first.changed, undefined, 'the list itself was made');
    assert.equal(made.length, 3);
  });

  it('makes again only the entry of a changed article, in its place', async () => {
    const { entries, made } = store(['a.md', 'b.md', 'c.md']);
    const before = (await entries.update()).entries;
    made.length = 0;
    entries.changed('file:///desk/b.md');
    const after = await entries.update();
    assert.deepEqual(made, ['b.md']);
    assert.deepEqual(after.changed, ['file:///desk/b.md']);
    assert.equal(after.entries[0], before[0], 'unchanged entries are kept');
    assert.notEqual(after.entries[1], before[1]);
    assert.deepEqual(after.entries.map(e => e.path), ['a.md', 'b.md', 'c.md']);
    assert.deepEqual((await entries.update()).changed, [], 'nothing new');
  });

  it('lists again when articles come or go, keeping unchanged entries', async () => {
    const { source, entries, made } = store(['a.md', 'c.md']);
    const before = (await entries.update()).entries;
    made.length = 0;
    source.paths = ['c.md', 'b.md'];
    entries.listChanged();
    const after = await entries.update();
    assert.equal(after.changed, undefined);
    assert.deepEqual(after.entries.map(e => e.path), ['b.md', 'c.md']);
    assert.deepEqual(made, ['b.md']);
    assert.equal(after.entries[1], before[1]);
  });

  it('takes a change to an article it does not list as news for the list', async () => {
    const { source, entries } = store(['a.md']);
    await entries.update();
    source.paths = ['a.md', 'new.md'];
    entries.changed('file:///desk/new.md');
    const after = await entries.update();
    assert.equal(after.changed, undefined);
    assert.deepEqual(after.entries.map(e => e.path), ['a.md', 'new.md']);
  });

  it('makes every entry again on reload', async () => {
    const { entries, made } = store(['a.md', 'b.md']);
    await entries.update();
    made.length = 0;
    entries.reload();
    await entries.update();
    assert.deepEqual(made.sort(), ['a.md', 'b.md']);
  });
});
