// The workspace index at scale: a folder of N articles (default 10,000, about 50 MB; INDEX_BENCH_ARTICLES=1000 for a
// quicker run) built at run time from the news texts in ../shared/eval (never copied into the project).
//
// It runs the extension host's side of the index as src/review/workspaceIndex.ts does it, minus VS Code: each file read
// asynchronously, hashed, compared with the index, analysed on the real worker thread (dist/cli.js as the worker, from
// `npm run build`) into a compact analysis, and stored in the core ArticleIndex; then the Claims view's model built from
// it (reviews of every article, sorted, root nodes, badge) as one refresh does. While the cold pass runs, an event-loop
// delay monitor measures the longest time this thread was blocked — the figure the extension host cares about. Then a
// warm reopen (stored index parsed, every file read and hashed, the view built), one changed article (read, analysed,
// the view rebuilt), the index's memory against the text, and `factcheck report` over 1,000 of the articles as a whole
// process (dist/cli.js). Prints Markdown. Figures only: it never fails on time.
import '../sourceClaimModel';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { combineReview } from '../../src/core/review/reviewClaims';
import { contentHash } from '../../src/core/text/hash';
import { ArticleIndex } from '../../src/core/workspace/articleIndex';
import { NO_FILTER } from '../../src/claimsView/filters';
import { ClaimsTreeModel, sortEntries, type ArticleEntry, type DigestCache } from '../../src/claimsView/grouping';
import type { ArticleReview } from '../../src/core/review/reviewClaims';
import { compactClaims, type CompactAnalysis } from '../../src/core/workspace/compactAnalysis';
import { BackgroundAnalysis } from '../../src/node/backgroundAnalysis';

const root = path.resolve(__dirname, '../..');
const evalDir = path.resolve(root, '../shared/eval');
const ARTICLES = Number(process.env.INDEX_BENCH_ARTICLES) || 10_000;
const REPORT_ARTICLES = Math.min(ARTICLES, 1000);
const TARGET_CHARS = 5000;
const DETECTOR = 'bench';
const workerScript = path.join(root, 'dist/cli.js'); // also the analysis worker (src/cli.ts)
const cli = path.join(root, 'dist/cli.js');

function newsTexts(): string[] {
  const texts: string[] = [];
  for (const file of ['dates-timebank-datelined.jsonl', 'people-conll-dev.jsonl']) {
    const full = path.join(evalDir, file);
    if (!fs.existsSync(full)) continue;
    for (const line of fs.readFileSync(full, 'utf8').split('\n')) if (line.trim()) texts.push(String(JSON.parse(line).text));
  }
  return texts;
}

async function main(): Promise<void> {
  const texts = newsTexts();
  if (!texts.length) {
    console.log('../shared/eval is not there: nothing to measure.');
    return;
  }
  if (!fs.existsSync(workerScript)) {
    console.log('dist/cli.js is not built (run `npm run build`): nothing to measure.');
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-index-bench-'));
  try {
    await measure(dir, texts);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function measure(dir: string, texts: string[]): Promise<void> {
  let totalChars = 0;
  let totalBytes = 0;
  const files: string[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    let body = `Story ${i}\n\n`;
    for (let j = i; body.length < TARGET_CHARS; j++) body += `${texts[j % texts.length]}\n\n`;
    const file = path.join(dir, `desk-${i % 20}`, `story-${i}.md`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, body);
    totalChars += body.length;
    totalBytes += Buffer.byteLength(body);
    files.push(file);
  }
  const mb = (n: number) => (n / 2 ** 20).toFixed(1);
  console.log(`${ARTICLES} articles, ${mb(totalBytes)} MB of text, from ${texts.length} news texts of ../shared/eval\n`);

  // keepAlive: nothing else keeps this process running while it waits for the worker (the extension host is kept alive)
  const background = new BackgroundAnalysis(workerScript, { keepAlive: true });
  const index = new ArticleIndex();

  // the host's side of one article, as WorkspaceIndex.analyse does it
  let hostMs = 0;
  let hostLongest = 0;
  const indexOne = async (file: string): Promise<void> => {
    const text = await fs.promises.readFile(file, 'utf8');
    let t = performance.now();
    const hash = contentHash(text);
    const fresh = index.fresh(file, hash, DETECTOR);
    let spent = performance.now() - t;
    if (!fresh) {
      const analysis = await background.analyzeCompact(text, {});
      t = performance.now();
      index.set(file, { hash, detector: DETECTOR, analysis });
      spent += performance.now() - t;
    }
    hostMs += spent;
    hostLongest = Math.max(hostLongest, spent);
  };

  // the Claims view's refresh: every article's review (what WorkspaceIndex.unreviewedOf gives for an unopened article:
  // made once per analysis), sorted, its root nodes and the badge, with the provider's digests kept across refreshes
  const reviews = new WeakMap<CompactAnalysis, ArticleReview>();
  const digests: DigestCache = new WeakMap();
  const viewRefresh = (from: ArticleIndex): { ms: number; claims: number; model: ClaimsTreeModel } => {
    const t = performance.now();
    const entries: ArticleEntry[] = files.map(file => {
      const analysis = from.entry(file)?.analysis;
      let review = analysis && reviews.get(analysis);
      if (analysis && !review) reviews.set(analysis, review = combineReview(compactClaims(analysis), [], { kind: 'none' }));
      return { uri: `file://${file}`, name: path.basename(file), path: path.relative(dir, file), review };
    });
    const model = new ClaimsTreeModel(sortEntries(entries), 'article', NO_FILTER, digests);
    const roots = model.roots();
    model.attentionCount();
    return { ms: performance.now() - t, claims: roots.reduce((n, r) => n + (r.kind === 'article' ? r.total : 0), 0), model };
  };

  // cold: everything analysed, the event loop watched meanwhile
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  let t = performance.now();
  for (const file of files) await indexOne(file);
  const coldMs = performance.now() - t;
  delay.disable();
  global.gc?.();
  const heapIndex = process.memoryUsage().heapUsed - heapBefore;
  const blockedMs = delay.max / 1e6;

  // the view keeps its model (every article's review) until the next refresh
  const cold = viewRefresh(index);
  global.gc?.();
  const viewHeap = process.memoryUsage().heapUsed - heapBefore - heapIndex;
  cold.model.roots();

  const stored = JSON.stringify(index.toStored());

  // warm reopen: the stored index parsed and the view built from it (what the editor shows first; WorkspaceIndex
  // lists the files with findFiles meanwhile), then every file read and hashed in the background (nothing analysed)
  t = performance.now();
  const reopened = ArticleIndex.fromStored(JSON.parse(stored));
  const parseMs = performance.now() - t;
  const warmView = viewRefresh(reopened);
  const shownMs = performance.now() - t;
  t = performance.now();
  let stale = 0;
  for (const file of files) if (!reopened.fresh(file, contentHash(await fs.promises.readFile(file, 'utf8')), DETECTOR)) stale++;
  const warmReadMs = performance.now() - t;
  const warmAgain = viewRefresh(reopened);

  // one article changed outside the editor: read, hashed, analysed on the worker, the view rebuilt
  const changed = files[Math.floor(ARTICLES / 2)];
  fs.appendFileSync(changed, '\nThe council said on Monday that spending rose 12 percent last year.\n');
  t = performance.now();
  await indexOne(changed);
  const oneIndexMs = performance.now() - t;
  const oneView = viewRefresh(index);
  const oneMs = performance.now() - t;
  background.dispose();

  // factcheck report as a whole process
  let reportLine = '`dist/cli.js` not built (run `npm run build`): not measured';
  if (fs.existsSync(cli)) {
    t = performance.now();
    const result = spawnSync(process.execPath, [cli, 'report', '--format', 'json', '--out', path.join(os.tmpdir(), `factcheck-bench-${process.pid}.json`),
      ...(REPORT_ARTICLES === ARTICLES ? [dir] : files.slice(0, REPORT_ARTICLES))], { encoding: 'utf8' });
    reportLine = `${((performance.now() - t) / 1000).toFixed(1)} s for ${REPORT_ARTICLES} articles (exit ${result.status}, ${os.availableParallelism()} cores)`;
    fs.rmSync(path.join(os.tmpdir(), `factcheck-bench-${process.pid}.json`), { force: true });
  }

  console.log('| measure | figure |');
  console.log('|---|---|');
  console.log(`| cold: whole index built (worker analyses, one at a time) | ${(coldMs / 1000).toFixed(1)} s, ${cold.claims} claims |`);
  console.log(`| cold: host thread per article (hash, compare, store the worker's compact analysis) | ${(hostMs / ARTICLES).toFixed(2)} ms average, ${hostLongest.toFixed(1)} ms longest |`);
  console.log(`| cold: longest the host thread was blocked (event-loop delay, all of the above) | ${blockedMs.toFixed(0)} ms |`);
  console.log(`| Claims view built over every article (reviews, sort, roots, badge), first time | ${cold.ms.toFixed(0)} ms |`);
  console.log(`| warm reopen: full Claims view shown (stored index parsed, ${mb(stored.length)} MB JSON, and the view built) | ${shownMs.toFixed(0)} ms (parse ${parseMs.toFixed(0)} ms, view ${warmView.ms.toFixed(0)} ms) |`);
  console.log(`| warm reopen: then every article read and hashed in the background, ${stale} stale | ${warmReadMs.toFixed(0)} ms |`);
  console.log(`| a later refresh of the view, nothing changed | ${warmAgain.ms.toFixed(0)} ms |`);
  console.log(`| one changed article: read, hashed, analysed | ${oneIndexMs.toFixed(0)} ms |`);
  console.log(`| one changed article: and shown (view rebuilt) | ${oneMs.toFixed(0)} ms (view ${oneView.ms.toFixed(0)} ms) |`);
  console.log(`| index in memory (heap growth) | ${mb(heapIndex)} MB for ${mb(totalBytes)} MB of text (${mb(totalChars * 2)} MB as JS strings) |`);
  console.log(`| the Claims view's model of every claim (heap growth) | ${mb(viewHeap)} MB |`);
  console.log(`| \`factcheck report --format json\`, whole process | ${reportLine} |`);
}

void main();
