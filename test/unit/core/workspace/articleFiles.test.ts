import assert from 'node:assert/strict';
import { ARTICLE_EXTENSIONS, DEFAULT_EXCLUDE, extensionsOf, globMatcher, isArticleFile } from '../../../../src/core/workspace/articleFiles';

describe('articleFiles: which files are articles', () => {
  it('takes .md, .markdown and .txt, in any case, and nothing else', () => {
    assert.deepEqual([...ARTICLE_EXTENSIONS].sort(), ['markdown', 'md', 'txt']);
    for (const yes of ['a.md', 'news/b.MARKDOWN', 'c.d/e.txt']) assert.ok(isArticleFile(yes), yes);
    for (const no of ['a.md.factcheck.yaml', 'x.ts', 'notes', 'dir.md/readme', '.md.bak']) assert.ok(!isArticleFile(no), no);
  });

  it('maps the factcheck.languages ids to extensions', () => {
    assert.deepEqual(extensionsOf(['markdown']), ['md', 'markdown']);
    assert.deepEqual(extensionsOf(['plaintext', 'python']), ['txt']);
  });
});

describe('articleFiles: globs', () => {
  const excluded = globMatcher(DEFAULT_EXCLUDE);

  it('excludes node_modules, .git, dist and out at any depth', () => {
    for (const path of ['node_modules/x.md', 'a/node_modules/b/c.md', '.git/x.txt', 'dist/a.md', 'site/out/a.md']) assert.ok(excluded(path), path);
  });

  it('keeps folders that merely start like one', () => {
    for (const path of ['news/a.md', 'outlook/a.md', 'distant/b.md', 'a/node_modules_x/c.md', 'out.md']) assert.ok(!excluded(path), path);
  });

  it('understands *, ? and {a,b}', () => {
    const match = globMatcher(['drafts/*.md', '**/tmp?/**', '**/*.{bak,old}.txt']);
    assert.ok(match('drafts/a.md'));
    assert.ok(!match('drafts/sub/a.md'), '* stays within one folder');
    assert.ok(match('x/tmp1/y.md'));
    assert.ok(match('a/b.old.txt') && match('b.bak.txt'));
    assert.ok(!match('a/b.new.txt'));
  });

  it('escapes regular-expression characters in names', () => {
    const match = globMatcher(['a+b/(c).md']);
    assert.ok(match('a+b/(c).md'));
    assert.ok(!match('aab/(c)xmd'));
  });
});
