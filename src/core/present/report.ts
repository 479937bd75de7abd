// The review report editors send to a desk outside VS Code: every claim of one article or the whole workspace, with
// its status, note, sources, reviewer, time, article and line, as Markdown, HTML, CSV or JSON.
// Notes, sources and quotes come from sidecar files anyone can commit, so every format treats them as untrusted text:
// escaped for Markdown and HTML, quoted for CSV, and never turned into a formula by a spreadsheet.
import type { ReviewClaim } from '../review/reviewClaims';
import { escapeReadable, webUrl } from './markdownText';
import { readableTimestamp } from './dateText';
import { DETACHED } from './statusLook';
import { lineAt, lineStarts } from '../text/lines';

export { lineAt, lineStarts };

export const REPORT_FORMATS = ['markdown', 'html', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_EXTENSION: Record<ReportFormat, string> = { markdown: 'md', html: 'html', csv: 'csv', json: 'json' };

/** One article as the report sees it: a display path, its text (for line numbers; absent when it cannot be read) and
 *  its claims. */
export interface ReportArticle {
  article: string;
  text?: string;
  claims: readonly ReviewClaim[];
}

/** One line of the report. `line` is 1-based; absent when the claim is orphaned (or the article text is unknown). */
export interface ReportRow {
  article: string;
  /** The sidecar entry's id; undefined for a detected claim nobody has reviewed yet. */
  id?: string;
  line?: number;
  claim: string;
  status: string;
  orphaned: boolean;
  /** A detected claim nobody has reviewed yet (no sidecar entry): it counts as unverified. */
  untouched: boolean;
  /** The text changed after the verdict was given (see ReviewClaim.changed). */
  changed: boolean;
  /** The words the verdict was given on, when they differ from `claim` (the words now). */
  reviewed?: string;
  note?: string;
  sources: string[];
  reviewer?: string;
  updated?: string;
}

export interface ReportMeta {
  /** ISO time the report was made (passed in so the formatting stays pure and testable). */
  generated: string;
  /** What the report covers, e.g. "workspace news-desk" or "harbour-bridge.md". */
  scope: string;
}

/** The scope of a report over a whole workspace (or a folder the CLI was given): the same words in both. */
export function workspaceScope(name: string | undefined): string {
  return `workspace ${name ?? ''}`.trim();
}

/** Report articles in the order reports list them: by path, numbers in names compared as numbers. */
export function byArticlePath(a: ReportArticle, b: ReportArticle): number {
  return a.article.localeCompare(b.article, undefined, { numeric: true });
}

/** The report's rows, article by article in the given order, claims in article order. Dismissed claims ("not a claim")
 *  are left out: the desk asks about claims. */
export function reportRows(articles: readonly ReportArticle[]): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const article of articles) {
    const starts = article.text === undefined ? undefined : lineStarts(article.text);
    for (const claim of article.claims) {
      if (claim.dismissed) continue;
      const annotation = claim.annotation;
      const placed = !claim.orphaned && claim.start !== undefined && starts !== undefined;
      rows.push({
        article: article.article,
        id: annotation?.id,
        line: placed ? lineAt(starts!, claim.start!) : undefined,
        claim: claim.text,
        status: claim.status,
        orphaned: claim.orphaned,
        untouched: !annotation,
        changed: claim.changed ?? false,
        reviewed: claim.changed ? claim.reviewedText : undefined,
        note: annotation?.note || undefined,
        sources: annotation?.sources ?? [],
        reviewer: annotation?.reviewer || undefined,
        updated: annotation?.updated || undefined,
      });
    }
  }
  return rows;
}

export function formatReport(rows: readonly ReportRow[], format: ReportFormat, meta: ReportMeta): string {
  switch (format) {
    case 'markdown': return markdownReport(rows, meta);
    case 'html': return htmlReport(rows, meta);
    case 'csv': return csvReport(rows);
    case 'json': return jsonReport(rows, meta);
  }
}

/** Status as people read it: a detached claim keeps its verdict ("disputed · detached"); a changed one was given on
 *  other words. */
function statusText(row: ReportRow): string {
  if (row.orphaned) return `${row.status} · ${DETACHED}`;
  return row.changed ? `${row.status} (changed since review; reviewed: “${row.reviewed ?? ''}”)` : row.status;
}

/** "12 claims: 3 verified, 1 disputed, 8 unverified", statuses in order of first appearance. */
export function reportSummary(rows: readonly ReportRow[]): string {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
  const orphaned = rows.filter(r => r.orphaned).length;
  const changed = rows.filter(r => r.changed).length;
  const parts = [...counts].map(([status, n]) => `${n} ${status}`);
  if (changed) parts.push(`${changed} changed since review`);
  if (orphaned) parts.push(`${orphaned} ${DETACHED}`);
  return `${rows.length} ${rows.length === 1 ? 'claim' : 'claims'}${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

export function groupByArticle(rows: readonly ReportRow[]): Map<string, ReportRow[]> {
  const groups = new Map<string, ReportRow[]>();
  for (const row of rows) {
    const group = groups.get(row.article);
    if (group) group.push(row);
    else groups.set(row.article, [row]);
  }
  return groups;
}

// --- Markdown ---------------------------------------------------------------------------------------------------

/** A table cell: escaped where Markdown would misread it (no links, HTML or emphasis from the file; `|` cannot end
 *  the cell), readable as plain text, on one line. */
const markdownCell = (text: string | undefined) => (text ? escapeReadable(text) : '');

/** Times as people read them everywhere ("2026-03-03 10:05 UTC", as in hovers); CSV and JSON keep the ISO value. */
const readableTime = (iso: string | undefined) => (iso ? readableTimestamp(iso) ?? iso : undefined);

/** http(s) sources become links (escaped text, percent-encoded target); anything else stays text. */
function markdownSource(source: string): string {
  const url = webUrl(source);
  if (!url) return escapeReadable(source);
  return `[${escapeReadable(source)}](<${url.href.replace(/[<>\s]/g, c => encodeURIComponent(c))}>)`;
}

function markdownReport(rows: readonly ReportRow[], meta: ReportMeta): string {
  const lines = [
    '# Fact-check report',
    '',
    `${markdownCell(meta.scope)} · generated ${markdownCell(readableTime(meta.generated))} · ${markdownCell(reportSummary(rows))}`,
  ];
  for (const [article, group] of groupByArticle(rows)) {
    lines.push('', `## ${markdownCell(article)}`, '',
      '| Line | Claim | Status | Note | Sources | Reviewer | Updated |',
      '| ---: | --- | --- | --- | --- | --- | --- |');
    for (const row of group) {
      lines.push(`| ${row.line ?? ''} | ${markdownCell(row.claim)} | ${markdownCell(statusText(row))} | ${markdownCell(row.note)} | ${row.sources.map(markdownSource).join('<br>')} | ${markdownCell(row.reviewer)} | ${markdownCell(readableTime(row.updated))} |`);
    }
  }
  return lines.join('\n') + '\n';
}

// --- HTML -------------------------------------------------------------------------------------------------------

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => HTML_ESCAPES[c]);
}

/** Escaped text with the author's line breaks kept. */
const htmlText = (text: string | undefined) => (text ? escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>') : '');

function htmlSource(source: string): string {
  const url = webUrl(source);
  return url ? `<a href="${escapeHtml(url.href)}" rel="noopener noreferrer">${escapeHtml(source)}</a>` : htmlText(source);
}

/** What a row counts as in the overview's bars: a claim that lost its place or changed since review first, then its
 *  status (a team's own statuses together as `other`). */
export const OVERVIEW_KINDS = ['false', 'disputed', 'changed', 'orphaned', 'unverified', 'unverifiable', 'verified', 'other'] as const;
export type OverviewKind = (typeof OVERVIEW_KINDS)[number];
const OVERVIEW_COLOURS: Record<OverviewKind, string> = {
  false: '#c62828', disputed: '#ef6c00', changed: '#1565c0', orphaned: '#6d4c41',
  unverified: '#bdbdbd', unverifiable: '#8e24aa', verified: '#2e7d32', other: '#757575',
};
export const OVERVIEW_LABELS: Record<OverviewKind, string> = {
  false: 'false', disputed: 'disputed', changed: 'changed since review', orphaned: 'detached',
  unverified: 'unverified', unverifiable: 'unverifiable', verified: 'verified', other: 'other',
};

export function overviewKind(row: Pick<ReportRow, 'orphaned' | 'status'> & { changed?: boolean }): OverviewKind {
  if (row.orphaned) return 'orphaned';
  if (row.changed) return 'changed';
  return (OVERVIEW_KINDS as readonly string[]).includes(row.status) ? row.status as OverviewKind : 'other';
}

const BAR_WIDTH = 320;
const LABEL_WIDTH = 260;
const ROW_HEIGHT = 18;

/** One stacked bar: a rectangle per kind, as wide as its share of `total` claims, with a tooltip. */
function svgBar(counts: Map<OverviewKind, number>, total: number, y: number, scale: number): string {
  let x = LABEL_WIDTH;
  const parts: string[] = [];
  for (const kind of OVERVIEW_KINDS) {
    const n = counts.get(kind) ?? 0;
    if (!n) continue;
    const width = (n / total) * BAR_WIDTH * scale;
    parts.push(`<rect x="${x.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="${ROW_HEIGHT - 4}" fill="${OVERVIEW_COLOURS[kind]}"><title>${n} ${OVERVIEW_LABELS[kind]}</title></rect>`);
    x += width;
  }
  return parts.join('');
}

/**
 * The picture the HTML report opens with: claims per status over everything, then one bar per article (as long as
 * its share of the largest article's claims), so a desk editor sees at a glance which stories still hold disputed,
 * false or unreviewed claims. Inline SVG: the report loads nothing.
 */
export function overviewSvg(rows: readonly ReportRow[]): string {
  if (!rows.length) return '';
  const groups = [...groupByArticle(rows)];
  const countsOf = (list: readonly ReportRow[]) => {
    const counts = new Map<OverviewKind, number>();
    for (const row of list) counts.set(overviewKind(row), (counts.get(overviewKind(row)) ?? 0) + 1);
    return counts;
  };
  const largest = Math.max(...groups.map(([, list]) => list.length));
  const lines: string[] = [];
  const label = (y: number, text: string) => `<text x="0" y="${y + ROW_HEIGHT - 6}">${escapeHtml(text.length > 40 ? `…${text.slice(-39)}` : text)}</text>`;
  const all = countsOf(rows);
  lines.push(label(0, `All ${rows.length} claims`), svgBar(all, rows.length, 0, 1));
  groups.forEach(([article, list], i) => {
    const y = (i + 2) * ROW_HEIGHT;
    lines.push(label(y, article), svgBar(countsOf(list), list.length, y, list.length / largest));
  });
  const legend = OVERVIEW_KINDS.filter(kind => all.has(kind)).map(kind =>
    `<span><svg width="10" height="10" aria-hidden="true"><rect width="10" height="10" fill="${OVERVIEW_COLOURS[kind]}"/></svg> ${OVERVIEW_LABELS[kind]} ${all.get(kind)}</span>`);
  const height = (groups.length + 2) * ROW_HEIGHT;
  return `<figure class="overview"><svg role="img" aria-label="Claims per status, in all and per article" width="${LABEL_WIDTH + BAR_WIDTH}" height="${height}" font-size="12">`
    + `${lines.join('')}</svg><figcaption>${legend.join(' ')}</figcaption></figure>`;
}

function htmlReport(rows: readonly ReportRow[], meta: ReportMeta): string {
  const out = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    // the report is opened from disk by people who did not write every note in it: no scripts, no remote loads
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">',
    '<title>Fact-check report</title>',
    '<style>body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse;width:100%;margin-bottom:2em}'
      + 'th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}th{background:#f3f3f3}'
      + 'td.line{text-align:right}</style>',
    '</head>',
    '<body>',
    '<h1>Fact-check report</h1>',
    `<p>${escapeHtml(meta.scope)} · generated ${escapeHtml(readableTime(meta.generated)!)} · ${escapeHtml(reportSummary(rows))}</p>`,
    overviewSvg(rows),
  ];
  for (const [article, group] of groupByArticle(rows)) {
    out.push(`<h2>${escapeHtml(article)}</h2>`, '<table>',
      '<thead><tr><th>Line</th><th>Claim</th><th>Status</th><th>Note</th><th>Sources</th><th>Reviewer</th><th>Updated</th></tr></thead>',
      '<tbody>');
    for (const row of group) {
      out.push(`<tr><td class="line">${row.line ?? ''}</td><td>${htmlText(row.claim)}</td><td>${htmlText(statusText(row))}</td>`
        + `<td>${htmlText(row.note)}</td><td>${row.sources.map(htmlSource).join('<br>')}</td>`
        + `<td>${htmlText(row.reviewer)}</td><td>${htmlText(readableTime(row.updated))}</td></tr>`);
    }
    out.push('</tbody>', '</table>');
  }
  out.push('</body>', '</html>');
  return out.join('\n') + '\n';
}

// --- CSV (RFC 4180) ---------------------------------------------------------------------------------------------

export const CSV_COLUMNS = ['article', 'line', 'claim', 'status', 'note', 'sources', 'reviewer', 'updated'] as const;

/** A spreadsheet runs a cell starting with one of these as a formula; a leading apostrophe keeps it text. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: defused if it would be a formula, then quoted (quotes doubled) when it holds a comma, quote or
 *  line break. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvReport(rows: readonly ReportRow[]): string {
  const records = [CSV_COLUMNS.join(',')];
  for (const row of rows) {
    const fields = [row.article, row.line === undefined ? '' : String(row.line), row.claim, statusText(row),
      row.note ?? '', row.sources.join('\n'), row.reviewer ?? '', row.updated ?? ''];
    records.push(fields.map(csvField).join(','));
  }
  // RFC 4180: records end with CRLF
  return records.join('\r\n') + '\r\n';
}

// --- JSON -------------------------------------------------------------------------------------------------------

function jsonReport(rows: readonly ReportRow[], meta: ReportMeta): string {
  const claims = rows.map(row => ({
    article: row.article,
    line: row.line ?? null,
    id: row.id ?? null,
    claim: row.claim,
    status: row.status,
    untouched: row.untouched,
    orphaned: row.orphaned,
    changed: row.changed,
    reviewed: row.reviewed ?? null,
    note: row.note ?? null,
    sources: row.sources,
    reviewer: row.reviewer ?? null,
    updated: row.updated ?? null,
  }));
  return JSON.stringify({ generated: meta.generated, scope: meta.scope, claims }, null, 2) + '\n';
}
