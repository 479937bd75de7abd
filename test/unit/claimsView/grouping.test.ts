import assert from 'node:assert/strict';
import type { ArticleReview, ReviewClaim } from '../../../src/core/review/reviewClaims';
import { describeFilter, filterFromStored, filterToStored, isFiltered, NO_FILTER, type ClaimFilter } from '../../../src/claimsView/filters';
import { ClaimsTreeModel, sortEntries, type ArticleEntry, type ArticleNode, type ClaimNode, type ClaimsNode } from '../../../src/claimsView/grouping';
import { claimDescription, claimTooltipMarkdown, countsDescription, shortText, STATUS_NAME } from '../../../src/claimsView/labels';

let offset = 0;
function claim(text: string, status: string, over: Partial<ReviewClaim> = {}, reviewer?: string, note?: string): ReviewClaim {
  const start = offset;
  offset += text.length + 1;
  const annotated = status !== 'unverified' || reviewer !== undefined || note !== undefined || over.dismissed;
  return {
    key: annotated ? `c-${start}` : `detected:${start}`, start, end: start + text.length, text, status, origin: 'detected',
    orphaned: false, dismissed: false,
    annotation: annotated ? { id: `c-${start}`, status, origin: 'detected', reviewer, note, anchor: { start, end: start + text.length, quote: text, prefix: '', suffix: '' } } : undefined,
    ...over,
  };
}

function entry(path: string, review: ArticleReview | undefined): ArticleEntry {
  return { uri: `file:///desk/${path}`, name: path.split('/').pop()!, path, review };
}

function workspace(): ArticleEntry[] {
  return sortEntries([
    entry('sport/stadium.md', { sidecar: { kind: 'ok' }, claims: [
      claim('The stadium holds 41,000 fans.', 'verified', {}, 'Lee'),
      claim('Ticket prices rose 12 percent.', 'unverified'),
    ] }),
    entry('city/page 10.md', { sidecar: { kind: 'ok' }, claims: [claim('The tram line cost 90 million.', 'unverified')] }),
    entry('city/page 2.md', { sidecar: { kind: 'ok' }, claims: [
      claim('Rents doubled since 2015, the agency said.', 'disputed', {}, 'Ana', 'Agency data shows +70%.'),
      claim('Unemployment fell to 4 percent.', 'unverified'),
      claim('The mayor was born in 1970.', 'false', { orphaned: true, start: undefined, end: undefined }),
      claim('Residents love the new park.', 'unverified', { dismissed: true }),
      claim('Waiting lists reached 3,000 families.', 'needs-legal'),
    ] }),
    entry('city/broken.md', { sidecar: { kind: 'invalid', problems: [
      { message: 'Unknown status', line: 3, column: 5, severity: 'warning' },
      { message: 'Expected a mapping', line: 9, column: 3 },
    ] }, claims: [] }),
    entry('city/empty.md', { sidecar: { kind: 'none' }, claims: [] }),
  ]);
}

const WORKSPACE = workspace();
const model = (grouping: 'article' | 'status' = 'article', filter: ClaimFilter = NO_FILTER) => new ClaimsTreeModel(WORKSPACE, grouping, filter);
const page2Claims = () => WORKSPACE.find(e => e.name === 'page 2.md')!.review!.claims;
const articles = (nodes: ClaimsNode[]) => nodes.filter((n): n is ArticleNode => n.kind === 'article');
const claimTexts = (nodes: ClaimsNode[]) => nodes.filter((n): n is ClaimNode => n.kind === 'claim').map(n => n.claim.text);

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
    assert.equal(countsDescription(page2.counts), '2 unverified · 1 disputed · 1 to re-attach');
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

describe('Claims view filters', () => {
  it('shows only the picked statuses, dismissed ones when asked', () => {
    const m = model('article', { statuses: new Set(['dismissed', 'verified']), text: '' });
    assert.deepEqual(articles(m.roots()).map(a => [a.name, a.total]), [['broken.md', 0], ['page 2.md', 1], ['stadium.md', 1]]);
    assert.deepEqual(claimTexts(m.children(articles(m.roots())[1])), ['Residents love the new park.']);
  });

  it('matches words in the text, note and reviewer, ignoring case', () => {
    const texts = (text: string) => { const m = model('article', { ...NO_FILTER, text }); return articles(m.roots()).flatMap(a => claimTexts(m.children(a))); };
    assert.deepEqual(texts('TRAM'), ['The tram line cost 90 million.']);
    assert.deepEqual(texts('+70%'), ['Rents doubled since 2015, the agency said.']);
    assert.deepEqual(texts('lee'), ['The stadium holds 41,000 fans.']);
    assert.deepEqual(texts('nothing like this'), []);
  });

  it('round-trips through workspace state and drops unknown statuses', () => {
    const filter: ClaimFilter = { statuses: new Set(['disputed', 'false']), text: 'mayor' };
    const back = filterFromStored(JSON.parse(JSON.stringify(filterToStored(filter))));
    assert.deepEqual([...back.statuses].sort(), ['disputed', 'false']);
    assert.equal(back.text, 'mayor');
    assert.deepEqual([...filterFromStored({ statuses: ['made-up'] }).statuses], [...NO_FILTER.statuses]);
    assert.deepEqual(filterFromStored(undefined), { statuses: NO_FILTER.statuses, text: '' });
    // a filter stored before `changed` existed never hides changed claims; one stored since keeps its choice
    assert.ok(filterFromStored({ statuses: ['verified'] }).statuses.has('changed'));
    assert.ok(!filterFromStored({ statuses: ['verified'], knowsChanged: true }).statuses.has('changed'));
  });

  it('describes an active filter and nothing otherwise', () => {
    assert.equal(isFiltered(NO_FILTER), false);
    assert.equal(describeFilter(NO_FILTER, s => STATUS_NAME[s]), undefined);
    assert.equal(describeFilter({ statuses: new Set(['verified', 'disputed']), text: ' mayor ' }, s => STATUS_NAME[s]), 'Filtered: disputed, verified · “mayor”');
    assert.equal(describeFilter({ ...NO_FILTER, text: 'x' }, s => STATUS_NAME[s]), 'Filtered: “x”');
  });
});

describe('Claims view labels', () => {
  it('shortens claims to one line', () => {
    assert.equal(shortText('  A claim\nover   two lines. '), 'A claim over two lines.');
    const long = shortText('word '.repeat(100));
    assert.equal(long.length, 80);
    assert.ok(long.endsWith('…'));
  });

  it('describes a claim as "status · reviewer", with a team status by its own name', () => {
    assert.equal(claimDescription(claim('x', 'disputed', {}, 'Ana'), 'disputed'), 'Disputed · Ana');
    assert.equal(claimDescription(claim('x', 'needs-legal'), 'unverified'), 'needs-legal');
    assert.equal(claimDescription(claim('x', 'false', { orphaned: true }), 'orphaned'), 'Orphaned');
  });

  it('builds tooltips from escaped text only', () => {
    const hostile = claim('Click [here](command:evil) $(alert) <b>now</b>', 'verified', {}, '*Ana*', '![x](http://t/p.png)');
    hostile.annotation!.sources = ['javascript:alert(1)', 'https://example.org/a'];
    const md = claimTooltipMarkdown(hostile, 'verified');
    assert.ok(!md.includes('[here](command:evil)'));
    assert.ok(!md.includes('$(alert)'));
    assert.ok(!md.includes('<b>'));
    assert.ok(!md.includes('![x]'));
    assert.ok(!md.includes('](javascript:'));
    assert.ok(md.includes('](https://example.org/a)'));
    assert.ok(md.startsWith('$(check) **Verified · \\*Ana\\***'), md);
  });
});
