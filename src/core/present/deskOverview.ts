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
  articles: OverviewArticle[];
  counts: Map<OverviewKind, number>;
  total: number;
  attention: number;
  /** Claims with a verdict (disputed and false too) on the words there now: not unverified, changed or detached. */
  reviewed: number;
}

function tally(rows: readonly ReportRow[]): Omit<OverviewArticle, 'article'> {
  const counts = new Map<OverviewKind, number>();
  let attention = 0;
  let reviewed = 0;
  for (const row of rows) {
    const kind = overviewKind(row);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    if (ATTENTION.has(kind)) attention++;
    if (!UNREVIEWED.has(kind)) reviewed++;
  }
  return { counts, total: rows.length, attention, reviewed };
}

/** The overview's figures; articles ordered by what needs attention, then by what is left to review, then by path. */
export function deskOverview(rows: readonly ReportRow[]): DeskOverview {
  const articles = [...groupByArticle(rows)].map(([article, list]) => ({ article, ...tally(list) }));
  articles.sort((a, b) => b.attention - a.attention || (b.total - b.reviewed) - (a.total - a.reviewed)
    || a.article.localeCompare(b.article, undefined, { numeric: true }));
  return { articles, ...tally(rows) };
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
export function deskOverviewHtml(rows: readonly ReportRow[], maxArticles = 25): string {
  const overview = deskOverview(rows);
  if (!overview.total) return '<p class="empty">No claims yet: open an article, or add Markdown or text files to the workspace.</p>';
  const percent = Math.floor((overview.reviewed / overview.total) * 100);
  const out = [
    `<p class="summary"><strong>${plural(overview.articles.length, 'article')} · ${plural(overview.total, 'claim')}</strong><br>`
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
  const more = overview.articles.length - maxArticles;
  if (more > 0) out.push(`<p class="more">…and ${plural(more, 'more article')}: the Claims view lists them all.</p>`);
  return out.join('\n');
}
