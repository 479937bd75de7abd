// The desk's overview at a glance, for the Overview view above the Claims view: how many articles and claims, how many
// need attention, how far the review is, and one small bar per article (claims per status, in the order of the HTML
// report's picture), the articles that need attention first. Pure: HTML fragments with class names per status, which
// the view colours with the theme's chart colours; every word from an article path is escaped.
import { escapeHtml, groupByArticle, OVERVIEW_KINDS, OVERVIEW_LABELS, overviewKind, type OverviewKind, type ReportRow } from './report';

/** Kinds that need someone's attention (the Claims view's badge counts the same). */
const ATTENTION: ReadonlySet<OverviewKind> = new Set(['false', 'disputed', 'changed', 'orphaned']);
/** Kinds whose words still wait for a verdict: never reviewed, changed since, or lost. */
const UNREVIEWED: ReadonlySet<OverviewKind> = new Set(['unverified', 'changed', 'orphaned']);

export interface OverviewArticle {
  article: string;
  counts: Map<OverviewKind, number>;
  total: number;
  attention: number;
  reviewed: number;
}

export interface DeskOverview {
  /** The articles with claims, in order (only the first ones when asked for fewer). */
  articles: OverviewArticle[];
  /** How many articles have claims. */
  articleCount: number;
  counts: Map<OverviewKind, number>;
  total: number;
  attention: number;
  /** Claims with a verdict (disputed and false too) on the words there now: not unverified, changed or detached. */
  reviewed: number;
}

/** One article's claims by kind, e.g. from its summary (core/workspace/articleSummary.ts). */
export interface ArticleKinds {
  article: string;
  kinds: Readonly<Partial<Record<OverviewKind, number>>>;
}

function tally(counts: Map<OverviewKind, number>): Omit<OverviewArticle, 'article'> {
  let total = 0;
  let attention = 0;
  let reviewed = 0;
  for (const [kind, n] of counts) {
    total += n;
    if (ATTENTION.has(kind)) attention += n;
    if (!UNREVIEWED.has(kind)) reviewed += n;
  }
  return { counts, total, attention, reviewed };
}

const byPath = new Intl.Collator(undefined, { numeric: true });

/** What needs attention first, then what is left to review, then by path. */
function ordered(a: OverviewArticle, b: OverviewArticle): number {
  return b.attention - a.attention || (b.total - b.reviewed) - (a.total - a.reviewed) || byPath.compare(a.article, b.article);
}

/** The overview's figures from each article's counts, one article at a time (an archive's are worked out a slice at a
 *  time); articles without claims are left out, the others ordered by what needs attention, then by what is left to
 *  review, then by path. `limit`: only the first so many articles are kept in `articles` (an archive's overview shows
 *  a few; `articleCount` still counts them all). */
export class DeskOverviewTally {
  private readonly all = new Map<OverviewKind, number>();
  private readonly top: OverviewArticle[] = [];
  private articleCount = 0;

  constructor(private readonly limit = Infinity) {}

  add({ article, kinds }: ArticleKinds): void {
    const { all, top, limit } = this;
    // figures first, the kinds' map only for an article kept (an archive has thousands)
    let total = 0;
    let attention = 0;
    let reviewed = 0;
    for (const kind of OVERVIEW_KINDS) {
      const n = kinds[kind] ?? 0;
      if (!n) continue;
      total += n;
      if (ATTENTION.has(kind)) attention += n;
      if (!UNREVIEWED.has(kind)) reviewed += n;
      all.set(kind, (all.get(kind) ?? 0) + n);
    }
    if (!total) return;
    this.articleCount++;
    const figures: OverviewArticle = { article, counts: new Map(), total, attention, reviewed };
    if (limit !== Infinity && top.length >= limit && ordered(figures, top[top.length - 1]) >= 0) return;
    for (const kind of OVERVIEW_KINDS) if (kinds[kind]) figures.counts.set(kind, kinds[kind]!);
    if (limit === Infinity) {
      top.push(figures);
      return;
    }
    // the few kept stay in order: insert in place, drop the last beyond the limit
    let at = top.length;
    while (at > 0 && ordered(figures, top[at - 1]) < 0) at--;
    top.splice(at, 0, figures);
    if (top.length > limit) top.pop();
  }

  /** The figures of the articles added so far. */
  result(): DeskOverview {
    const articles = this.limit === Infinity ? [...this.top].sort(ordered) : [...this.top];
    return { articles, articleCount: this.articleCount, ...tally(new Map(this.all)) };
  }
}

/** The overview's figures from each article's counts (DeskOverviewTally, all at once). */
export function deskOverviewOf(articles: readonly ArticleKinds[], limit = Infinity): DeskOverview {
  const overview = new DeskOverviewTally(limit);
  for (const article of articles) overview.add(article);
  return overview.result();
}

/** The overview's figures of report rows. */
export function deskOverview(rows: readonly ReportRow[]): DeskOverview {
  return deskOverviewOf([...groupByArticle(rows)].map(([article, list]) => {
    const kinds: Partial<Record<OverviewKind, number>> = {};
    for (const row of list) kinds[overviewKind(row)] = (kinds[overviewKind(row)] ?? 0) + 1;
    return { article, kinds };
  }));
}

/** A bar as wide as its box: one rectangle per status, as wide as its share of the claims. */
function bar(counts: Map<OverviewKind, number>, total: number): string {
  let x = 0;
  const parts: string[] = [];
  const said: string[] = [];
  for (const kind of OVERVIEW_KINDS) {
    const n = counts.get(kind) ?? 0;
    if (!n) continue;
    const width = (n / total) * 100;
    parts.push(`<rect class="k-${kind}" x="${x.toFixed(2)}" y="0" width="${width.toFixed(2)}" height="6"><title>${n} ${OVERVIEW_LABELS[kind]}</title></rect>`);
    said.push(`${n} ${OVERVIEW_LABELS[kind]}`);
    x += width;
  }
  return `<svg class="bar" viewBox="0 0 100 6" preserveAspectRatio="none" role="img" aria-label="${said.join(', ')}">${parts.join('')}</svg>`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The overview as an HTML fragment: a summary, the bar of every claim with its legend, then up to `maxArticles`
 *  articles with their bars. Empty rows: a line saying there is nothing yet. */
/** How many articles the overview shows with their bars. */
export const OVERVIEW_ARTICLES = 25;

export function deskOverviewHtml(rows: readonly ReportRow[], maxArticles = OVERVIEW_ARTICLES): string {
  return overviewHtml(deskOverview(rows), maxArticles);
}

/** The HTML fragment of deskOverviewHtml for figures already worked out (the Overview view's, from summaries). */
export function overviewHtml(overview: DeskOverview, maxArticles = OVERVIEW_ARTICLES): string {
  if (!overview.total) return '<p class="empty">No claims yet: open an article, or add Markdown or text files to the workspace.</p>';
  const percent = Math.floor((overview.reviewed / overview.total) * 100);
  const out = [
    `<p class="summary"><strong>${plural(overview.articleCount, 'article')} · ${plural(overview.total, 'claim')}</strong><br>`
      + `${overview.attention ? `<span class="attention">${overview.attention} need${overview.attention === 1 ? 's' : ''} attention</span> · ` : ''}`
      + `${percent}% reviewed</p>`,
    bar(overview.counts, overview.total),
    `<p class="legend">${OVERVIEW_KINDS.filter(kind => overview.counts.has(kind))
      .map(kind => `<span><svg class="swatch" viewBox="0 0 1 1" aria-hidden="true"><rect class="k-${kind}" width="1" height="1"/></svg>${overview.counts.get(kind)} ${OVERVIEW_LABELS[kind]}</span>`)
      .join(' ')}</p>`,
    '<ul class="articles">',
  ];
  for (const article of overview.articles.slice(0, maxArticles)) {
    const name = article.article.slice(article.article.lastIndexOf('/') + 1);
    const state = article.attention ? `<span class="attention">${article.attention} need${article.attention === 1 ? 's' : ''} attention</span>`
      : `${article.reviewed}/${article.total} reviewed`;
    out.push(`<li title="${escapeHtml(article.article)}"><div class="row"><span class="name">${escapeHtml(name)}</span><span class="state">${state}</span></div>${bar(article.counts, article.total)}</li>`);
  }
  out.push('</ul>');
  const more = overview.articleCount - maxArticles;
  if (more > 0) out.push(`<p class="more">…and ${plural(more, 'more article')}: the Claims view lists them all.</p>`);
  return out.join('\n');
}
