// How fast the Claims view opens on a big workspace: 1,000 articles with 50 claims each (target: root and first level
// in ≤ 1 s). Times the view's own logic in Node — sorting the articles, the root nodes with their counts and
// descriptions, and the first level of children with their labels — for both groupings and with a text filter.
// The reviews are generated here (no files); VS Code's own rendering is not included.
// Run through `npm run bench` (node --expose-gc --import tsx); prints Markdown. Figures only: it never fails on time.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import type { ArticleReview, ReviewClaim } from '../../src/core/review/reviewClaims';
import { NO_FILTER, type ClaimFilter } from '../../src/claimsView/filters';
import { ClaimsTreeModel, sortEntries, type ArticleEntry, type ClaimsNode, type Grouping } from '../../src/claimsView/grouping';
import { articleTooltipMarkdown, claimDescription, claimTooltipMarkdown, countsDescription, shortText, statusGroupLabel } from '../../src/claimsView/labels';

const ARTICLES = 1000;
const CLAIMS = 50;
const RUNS = 7;
const STATUSES = ['unverified', 'unverified', 'unverified', 'verified', 'disputed', 'false', 'unverifiable'];

function review(article: number): ArticleReview {
  const claims: ReviewClaim[] = [];
  for (let i = 0; i < CLAIMS; i++) {
    const status = STATUSES[(article + i) % STATUSES.length];
    const annotated = status !== 'unverified';
    const text = `The council of district ${article} said spending on item ${i} rose by ${(i * 7) % 90} percent in the year to March, according to figures published this week.`;
    claims.push({
      key: annotated ? `c-${article}-${i}` : `detected:${i * 200}`, start: i * 200, end: i * 200 + text.length, text, status,
      origin: 'detected', orphaned: i === CLAIMS - 1 && article % 10 === 0, dismissed: i === 7,
      annotation: annotated ? {
        id: `c-${article}-${i}`, status, origin: 'detected', reviewer: 'Night desk', updated: '2026-03-12T09:00:00Z',
        note: 'Checked against the published budget.', sources: ['https://example.org/budget'],
        anchor: { start: i * 200, end: i * 200 + text.length, quote: text, prefix: '', suffix: '' },
      } : undefined,
    });
  }
  return { claims, sidecar: { kind: 'ok' } };
}

function entries(): ArticleEntry[] {
  const list: ArticleEntry[] = [];
  for (let a = ARTICLES - 1; a >= 0; a--) {
    const path = `desk-${a % 7}/article-${a}.md`;
    list.push({ uri: `file:///news/${path}`, name: `article-${a}.md`, path, review: review(a) });
  }
  return list;
}

/** What the provider does for one node: the node and the words of its TreeItem (label, description, tooltip). */
function present(node: ClaimsNode): number {
  switch (node.kind) {
    case 'article': return countsDescription(node.counts).length + articleTooltipMarkdown(node.path, node.counts, node.error).length;
    case 'status': return statusGroupLabel(node.status).length;
    case 'claim': return shortText(node.claim.text).length + claimDescription(node.claim, node.status).length;
    default: return 1;
  }
}

/** Opening the view: the root nodes with their counts, and the badge (what VS Code asks for first); then every root
 *  node's children, as when everything is expanded one level (the worst case: VS Code asks per expanded node). */
interface Timing {
  rootMs: number;
  rootCpuMs: number;
  ms: number;
  cpuMs: number;
  roots: number;
  children: number;
}

/** CPU time of this process in ms: on a machine shared with other work, wall time measures the neighbours too. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function openView(list: ArticleEntry[], grouping: Grouping, filter: ClaimFilter): Timing {
  const started = performance.now();
  const cpuStarted = cpuMs();
  const model = new ClaimsTreeModel(sortEntries(list.slice()), grouping, filter);
  const roots = model.roots();
  let size = 0;
  for (const root of roots) size += present(root);
  model.unreviewedCount();
  const rootMs = performance.now() - started;
  const rootCpuMs = cpuMs() - cpuStarted;
  let children = 0;
  for (const root of roots) {
    for (const child of model.children(root)) {
      size += present(child);
      children++;
    }
  }
  if (size === 0) throw new Error('nothing presented');
  return { rootMs, rootCpuMs, ms: performance.now() - started, cpuMs: cpuMs() - cpuStarted, roots: roots.length, children };
}

/** A claim's tooltip is built only when hovered; timed apart, for one article's claims. */
function tooltips(list: ArticleEntry[]): number {
  const started = performance.now();
  for (const claim of list[0].review!.claims) claimTooltipMarkdown(claim, 'verified');
  return performance.now() - started;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const median = (values: number[]) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (ms: number) => ms.toFixed(ms < 10 ? 1 : 0);

const list = entries();
console.log(`${ARTICLES} articles × ${CLAIMS} claims (${ARTICLES * CLAIMS} claims), Node ${process.version}, ` +
  `${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)}; ` +
  `wall time (CPU time of this process in brackets), first run (cold) and median of ${RUNS} runs. ` +
  'Target: root + first level ≤ 1000 ms.\n');
console.log('| case | root nodes | root: first run | root: median | first-level children | root + all first level: first run | median |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
const both = (wall: number, cpu: number) => `${fmt(wall)} ms (${fmt(cpu)})`;
const cases: [string, Grouping, ClaimFilter][] = [
  ['by article', 'article', NO_FILTER],
  ['by status', 'status', NO_FILTER],
  ['by article, text filter "item 4"', 'article', { ...NO_FILTER, text: 'item 4' }],
  ['by article, only disputed', 'article', { statuses: new Set(['disputed']), text: '' }],
];
for (const [name, grouping, filter] of cases) {
  const runs = Array.from({ length: RUNS }, () => (gc(), openView(list, grouping, filter)));
  const first = runs[0];
  console.log(`| ${name} | ${first.roots} | ${both(first.rootMs, first.rootCpuMs)} | ` +
    `${both(median(runs.map(r => r.rootMs)), median(runs.map(r => r.rootCpuMs)))} | ${first.children} | ` +
    `${both(first.ms, first.cpuMs)} | ${both(median(runs.map(r => r.ms)), median(runs.map(r => r.cpuMs)))} |`);
}
console.log(`\nTooltips of one article's ${CLAIMS} claims (built on hover): ${fmt(tooltips(list))} ms.`);
