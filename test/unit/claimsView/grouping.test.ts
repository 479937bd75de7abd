import assert from 'node:assert/strict';
import { NO_FILTER } from '../../../src/claimsView/filters';
import { ClaimsTreeModel, DigestCache, pageOf, PAGE_ROWS, type ArticleEntry, type ClaimNode } from '../../../src/claimsView/grouping';
import { detectedSummary } from '../../../src/core/workspace/articleSummary';
import { countsDescription } from '../../../src/claimsView/labels';
import { articles, claim, claimTexts, entry, model, page2Claims } from './fixtures';

describe('Claims view model: by article', () => {
  it('lists articles by path, numbers in numeric order, leaving out articles with nothing to show', () => {
    assert.deepEqual(model().roots().map(n => n.kind === 'article' && n.path), ['city/broken.md', 'city/page 2.md', 'city/page 10.md', 'sport/stadium.md']);
  });

  it('counts visible claims by status; a team status counts as unverified; dismissed claims are hidden', () => {
    const page2 = articles(model().roots()).find(n => n.name === 'page 2.md')!;
    assert.equal(page2.total, 4);
    assert.deepEqual(
      { unverified: page2.counts.unverified, disputed: page2.counts.disputed, orphaned: page2.counts.orphaned, dismissed: page2.counts.dismissed },
      { unverified: 2, disputed: 1, orphaned: 1, dismissed: 0 });
    assert.equal(countsDescription(page2.counts), '2 unverified · 1 disputed · 1 detached');
  });

  it('puts placed claims in article order, then orphaned claims in their own group', () => {
    const m = model();
    const page2 = articles(m.roots()).find(n => n.name === 'page 2.md')!;
    const children = m.children(page2);
    assert.deepEqual(children.map(n => n.kind), ['claim', 'claim', 'claim', 'orphans']);
    assert.deepEqual(claimTexts(children), ['Rents doubled since 2015, the agency said.', 'Unemployment fell to 4 percent.', 'Waiting lists reached 3,000 families.']);
    const orphans = children[3];
    assert.equal(orphans.kind === 'orphans' && orphans.count, 1);
    assert.deepEqual(claimTexts(m.children(orphans)), ['The mayor was born in 1970.']);
    for (const child of children) assert.equal(child.parent, page2, 'children know their parent (for reveal)');
  });

  it('gives claim nodes the { uri, key } the editor commands take, and unique ids', () => {
    const m = model();
    const nodes = articles(m.roots()).flatMap(a => m.children(a));
    const first = nodes.find((n): n is ClaimNode => n.kind === 'claim')!;
    assert.equal(first.uri, 'file:///desk/city/page 2.md');
    assert.equal(first.key, first.claim.key);
    const ids = nodes.map(n => n.id);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('keeps ids unique even when two claims share a key', () => {
    const twin = claim('Twice the same key.', 'verified');
    const m = new ClaimsTreeModel([entry('a.md', { sidecar: { kind: 'ok' }, claims: [twin, { ...twin }] })], 'article', NO_FILTER);
    const ids = m.children(m.roots()[0]).map(n => n.id);
    assert.equal(ids.length, 2);
    assert.notEqual(ids[0], ids[1]);
  });

  it('shows an unreadable sidecar as an error child with its first blocking problem', () => {
    const m = model();
    const broken = articles(m.roots()).find(n => n.name === 'broken.md')!;
    assert.equal(broken.error, 'Expected a mapping (line 9, column 3)');
    const [error] = m.children(broken);
    assert.equal(error.kind, 'error');
    assert.equal(error.kind === 'error' && error.message, 'Expected a mapping (line 9, column 3)');
  });

  it('counts the unreviewed claims of the whole workspace for the badge, whatever the filter', () => {
    assert.equal(model().unreviewedCount(), 4);
    assert.equal(model('article', { statuses: new Set(['verified']), text: '' }).unreviewedCount(), 4);
  });
});

describe('Claims view model: by status', () => {
  it('puts unreadable sidecars first, then a group per status with claims, in working order', () => {
    const roots = model('status').roots();
    assert.deepEqual(roots.map(n => (n.kind === 'status' ? `${n.status}:${n.count}` : n.kind)),
      ['error', 'unverified:4', 'disputed:1', 'verified:1', 'orphaned:1']);
  });

  it('lists the articles of a status with their count, and under each the claims of that status', () => {
    const m = model('status');
    const unverified = m.roots().find(n => n.kind === 'status' && n.status === 'unverified')!;
    const byArticle = articles(m.children(unverified));
    assert.deepEqual(byArticle.map(a => [a.name, a.total]), [['page 2.md', 2], ['page 10.md', 1], ['stadium.md', 1]]);
    assert.deepEqual(claimTexts(m.children(byArticle[0])), ['Unemployment fell to 4 percent.', 'Waiting lists reached 3,000 families.']);
  });

  it('finds the way to a claim in either grouping', () => {
    const uri = 'file:///desk/city/page 2.md';
    const orphan = page2Claims().find(c => c.orphaned)!;
    assert.deepEqual(model('article').containersOfClaim(uri, orphan.key), [`a:${uri}`, `a:${uri}/orphans`]);
    assert.deepEqual(model('status').containersOfClaim(uri, orphan.key), ['s:orphaned', `s:orphaned/a:${uri}`]);
    const dismissed = page2Claims().find(c => c.dismissed)!;
    assert.equal(model().containersOfClaim(uri, dismissed.key), undefined, 'hidden by the default filter');
  });
});

describe('Claims view model: articles made on demand (the workspace index’s unopened articles)', () => {
  const claims = [claim('Taxes rose 3 percent.', 'unverified'), claim('The bridge cost 40 million.', 'unverified'), claim('Crime fell by half.', 'unverified')];
  /** Its review is there once loaded (its words read from the article), as the workspace index makes it. */
  function lazyEntry(path: string) {
    const asked = { reviews: 0, loads: 0 };
    const review = { sidecar: { kind: 'none' as const }, claims };
    let loaded = false;
    const made: ArticleEntry = {
      ...entry(path, undefined), lazy: {
        summary: detectedSummary(claims.length),
        review: () => (loaded ? (asked.reviews++, review) : undefined),
        load: async () => {
          asked.loads++;
          loaded = true;
          return review;
        },
      },
    };
    return { made, asked };
  }

  it('lists the article with its counts from its summary, without making its claims', () => {
    const { made, asked } = lazyEntry('archive/old.md');
    const m = new ClaimsTreeModel([made], 'article', NO_FILTER);
    const [row] = articles(m.roots());
    assert.deepEqual([row.total, row.counts.unverified], [3, 3]);
    assert.equal(m.attentionCount(), 0);
    assert.equal(m.unreviewedCount(), 3);
    const [status] = new ClaimsTreeModel([made], 'status', NO_FILTER).roots();
    assert.deepEqual(status.kind === 'status' && [status.status, status.count], ['unverified', 3]);
    assert.deepEqual(asked, { reviews: 0, loads: 0 }, 'no claim made for rows, counts or badge');
  });

  it('makes its claims when expanded, the same as an eager entry of the same review', async () => {
    const { made, asked } = lazyEntry('archive/old.md');
    const lazy = new ClaimsTreeModel([made], 'article', NO_FILTER);
    const eager = new ClaimsTreeModel([entry('archive/old.md', { sidecar: { kind: 'none' }, claims })], 'article', NO_FILTER);
    assert.deepEqual(lazy.children(lazy.roots()[0]), [], 'nothing to show before its words are read');
    await lazy.loadClaims(made.uri);
    assert.equal(asked.loads, 1);
    assert.deepEqual(claimTexts(lazy.children(lazy.roots()[0])), claimTexts(eager.children(eager.roots()[0])));
    assert.equal(asked.reviews, 1, 'its review taken once it is there, then kept');
    assert.deepEqual(lazy.containersOfClaim(made.uri, claims[1].key), ['a:file:///desk/archive/old.md']);
  });

  it('leaves the article out when the status filter hides its claims, and looks into its claims for words', async () => {
    const { made, asked } = lazyEntry('archive/old.md');
    assert.deepEqual(new ClaimsTreeModel([made], 'article', { statuses: new Set(['verified']), text: '' }).roots(), []);
    assert.equal(asked.reviews, 0);
    const words = { ...NO_FILTER, text: 'bridge' };
    const cache = new DigestCache();
    assert.deepEqual(new ClaimsTreeModel([made], 'article', words, cache).roots(), [], 'its words not read yet');
    await made.lazy!.load();
    const [row] = articles(new ClaimsTreeModel([made], 'article', words, cache).roots());
    assert.equal(row?.total, 1, 'looked at again once read, though the cache saw it before');
    assert.ok(asked.reviews > 0, 'a word filter reads the claims');
  });
});

describe('Claims view model: a workspace of thousands of articles', () => {
  const many = (n: number): ArticleEntry[] => Array.from({ length: n }, (_, i) => ({
    uri: `file:///desk/story-${String(i).padStart(4, '0')}.md`, name: `story-${i}.md`, path: `story-${String(i).padStart(4, '0')}.md`,
    review: undefined, lazy: { summary: detectedSummary(1 + (i % 3)), review: () => undefined, load: async () => undefined },
  }));

  it('works out its rows and figures a slice at a time to the same result as all at once', async () => {
    const entries = many(500);
    const atOnce = new ClaimsTreeModel(entries, 'article', NO_FILTER);
    const sliced = new ClaimsTreeModel(entries, 'article', NO_FILTER);
    await sliced.prepare(async () => undefined);
    assert.deepEqual(sliced.roots(), atOnce.roots());
    assert.equal(sliced.roots().length, 500);
    assert.equal(sliced.unreviewedCount(), entries.reduce((n, e) => n + e.lazy!.summary.statuses.unverified, 0));
    assert.equal(sliced.attentionCount(), atOnce.attentionCount());
    assert.deepEqual(sliced.overview(), atOnce.overview());
    assert.equal(sliced.overview().articleCount, 500);
    assert.equal(sliced.overview().articles.length, 25, 'the Overview keeps its first articles only');
  });

  it('hands a long list over a page at a time, with a row for the rest', () => {
    const roots = new ClaimsTreeModel(many(450), 'article', NO_FILTER).roots();
    const first = pageOf(roots, PAGE_ROWS, '');
    assert.equal(first.length, PAGE_ROWS + 1);
    assert.deepEqual(first.slice(0, PAGE_ROWS), roots.slice(0, PAGE_ROWS));
    const more = first[PAGE_ROWS];
    assert.deepEqual(more.kind === 'more' && [more.id, more.list, more.shown, more.hidden], ['/more', '', 200, 250]);
    const second = pageOf(roots, PAGE_ROWS + 1, '');
    assert.equal(second.length, 2 * PAGE_ROWS + 1, 'a row beyond the page shows the whole page it is on');
    assert.deepEqual(pageOf(roots, 3 * PAGE_ROWS, ''), roots, 'all of them: no row for the rest');
    assert.deepEqual(pageOf(roots.slice(0, PAGE_ROWS), PAGE_ROWS, ''), roots.slice(0, PAGE_ROWS));
    const status = new ClaimsTreeModel(many(450), 'status', NO_FILTER);
    const [group] = status.roots();
    const under = pageOf(status.children(group), PAGE_ROWS, group.id, group);
    const last = under[under.length - 1];
    assert.deepEqual(last.kind === 'more' && [last.id, last.list, last.parent, last.hidden], [`${group.id}/more`, group.id, group, 250]);
    assert.deepEqual(status.children(last), [], 'nothing under it');
  });
});
