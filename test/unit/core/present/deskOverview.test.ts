import assert from 'node:assert/strict';
import { deskOverview, deskOverviewHtml, deskOverviewOf } from '../../../../src/core/present/deskOverview';
import type { ReportRow } from '../../../../src/core/present/report';

function row(article: string, status: string, extra: Partial<ReportRow> = {}): ReportRow {
  return { article, claim: `${status} claim`, status, orphaned: false, untouched: status === 'unverified', changed: false, sources: [], ...extra };
}

const ROWS: ReportRow[] = [
  row('desk/a.md', 'verified'), row('desk/a.md', 'verified'), row('desk/a.md', 'unverified'),
  row('desk/b.md', 'unverified'), row('desk/b.md', 'unverified'),
  row('desk/c.md', 'disputed'), row('desk/c.md', 'verified', { changed: true }), row('desk/c.md', 'false', { orphaned: true }),
];

describe('deskOverview (the Overview view’s figures)', () => {
  it('counts claims per status, what needs attention and what is reviewed', () => {
    const overview = deskOverview(ROWS);
    assert.equal(overview.total, 8);
    assert.equal(overview.attention, 3, 'disputed, changed since review, detached');
    assert.equal(overview.reviewed, 3, 'the two verified claims of a.md and the disputed one of c.md');
    assert.deepEqual(Object.fromEntries(overview.counts), { verified: 2, unverified: 3, disputed: 1, changed: 1, orphaned: 1 });
  });

  it('lists the articles that need attention first, then those with most left to review', () => {
    assert.deepEqual(deskOverview(ROWS).articles.map(a => [a.article, a.attention, a.reviewed, a.total]),
      [['desk/c.md', 3, 1, 3], ['desk/b.md', 0, 0, 2], ['desk/a.md', 0, 2, 3]]);
  });
});

describe('deskOverviewHtml', () => {
  it('opens with the summary and one bar over every claim, then a bar per article', () => {
    const html = deskOverviewHtml(ROWS);
    assert.match(html, /3 articles · 8 claims/);
    assert.match(html, /3 need attention<\/span> · 37% reviewed/);
    assert.equal((html.match(/<svg class="bar"/g) ?? []).length, 4);
    const first = html.indexOf('<svg class="bar"');
    assert.match(html.slice(first, html.indexOf('</svg>', first)), /aria-label="1 disputed, 1 changed since review, 1 detached, 3 unverified, 2 verified"/);
    assert.ok(html.indexOf('c.md') < html.indexOf('b.md') && html.indexOf('b.md') < html.indexOf('a.md'));
    assert.match(html, /2\/3 reviewed/);
  });

  it('draws each status as its share of the bar', () => {
    const html = deskOverviewHtml([row('a.md', 'verified'), row('a.md', 'unverified'), row('a.md', 'unverified'), row('a.md', 'unverified')]);
    assert.match(html, /<rect class="k-unverified" x="0.00" y="0" width="75.00"/);
    assert.match(html, /<rect class="k-verified" x="75.00" y="0" width="25.00"/);
  });

  it('escapes article names and shows only so many articles', () => {
    const rows = Array.from({ length: 5 }, (_, i) => row(`desk/<b>${i}".md`, 'unverified'));
    const html = deskOverviewHtml(rows, 2);
    assert.ok(!html.includes('<b>'), html);
    assert.match(html, /&lt;b&gt;0&quot;\.md/);
    assert.equal((html.match(/<li /g) ?? []).length, 2);
    assert.match(html, /…and 3 more articles/);
  });

  it('says when there is nothing yet', () => {
    assert.match(deskOverviewHtml([]), /No claims yet/);
  });
});

describe('deskOverviewOf (the Overview view’s figures from article summaries)', () => {
  it('gives the same figures as the rows counted one by one', () => {
    const kinds = (article: string) => {
      const counts: Record<string, number> = {};
      for (const r of ROWS.filter(r => r.article === article)) {
        const kind = r.orphaned ? 'orphaned' : r.changed ? 'changed' : r.status;
        counts[kind] = (counts[kind] ?? 0) + 1;
      }
      return counts;
    };
    const fromSummaries = deskOverviewOf(['desk/a.md', 'desk/b.md', 'desk/c.md', 'desk/empty.md'].map(article => ({ article, kinds: kinds(article) })));
    assert.deepEqual(fromSummaries, deskOverview(ROWS));
    assert.ok(!fromSummaries.articles.some(a => a.article === 'desk/empty.md'), 'an article without claims is left out');
    const firstTwo = deskOverviewOf(['desk/b.md', 'desk/empty.md', 'desk/a.md', 'desk/c.md'].map(article => ({ article, kinds: kinds(article) })), 2);
    assert.deepEqual(firstTwo.articles, fromSummaries.articles.slice(0, 2), 'the first ones kept, in order');
    assert.equal(firstTwo.articleCount, 3);
    assert.equal(firstTwo.total, fromSummaries.total);
  });
});
