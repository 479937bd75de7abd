// The workspace index at scale: a folder of N articles (default 10,000, about 50 MB; INDEX_BENCH_ARTICLES=1000 for a
// quicker run) built at run time from the news texts in ../shared/eval (never copied into the project).
//
// It runs the extension host's side of the index as src/review/workspaceIndex.ts does it, minus VS Code: each file read
// asynchronously, hashed, compared with the index, analysed on the real worker thread (dist/cli.js as the worker, from
// `npm run build`) into a compact analysis (no words), and stored in the core ArticleIndex; meanwhile, every 500 ms, the
// Claims view's refresh as the provider does it (the changed articles' entries made again from their summaries, the
// model with its rows, badge and Overview figures worked out a slice at a time, the first page of root rows handed
// over). Its slices are timed between the times it gives way. An event-loop delay monitor measures the longest time this thread was
// blocked — the figure the extension host cares about — over the cold pass, the stored index's write and its reading
// back; an idle process beside it measures the same on a machine shared with other work. Then a warm reopen (the
// summary line read and the full view built from it, the analyses read in slices, every file read and hashed), one
// changed article (read, analysed, its entry and the view's model made again), one article expanded, the index's
// memory against the text, and `factcheck report` over 1,000 of the articles as a whole process (dist/cli.js). Prints
// Markdown. Figures only: it never fails on time.
import '../sourceDetectorFiles';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { combineReview, type ArticleReview } from '../../src/core/review/reviewClaims';
import { overviewHtml } from '../../src/core/present/deskOverview';
import { contentHash } from '../../src/core/text/hash';
import { ArticleIndex } from '../../src/core/workspace/articleIndex';
import { detectedSummary, type ArticleSummary, type LazyReview } from '../../src/core/workspace/articleSummary';
import type { CompactAnalysis } from '../../src/core/workspace/compactAnalysis';
import { ANALYSIS_LANES, drainKeyed } from '../../src/core/workspace/keyedQueue';
import { nextTurn } from '../../src/core/workspace/slices';
import { encodeLines, readLines } from '../../src/core/workspace/storedLines';
import { ArticleEntries } from '../../src/claimsView/articleEntries';
import { NO_FILTER } from '../../src/claimsView/filters';
import { ClaimsTreeModel, DigestCache, pageOf, PAGE_ROWS, type ArticleEntry, type ClaimsNode } from '../../src/claimsView/grouping';
import { BackgroundAnalysis } from '../../src/node/backgroundAnalysis';
import { detection } from '../../src/core/detect/detection';

const root = path.resolve(__dirname, '../..');
const evalDir = path.resolve(root, '../shared/eval');
const ARTICLES = Number(process.env.INDEX_BENCH_ARTICLES) || 10_000;
const REPORT_ARTICLES = Math.min(ARTICLES, 1000);
const TARGET_CHARS = 5000;
const DETECTOR = 'bench';
const workerScript = path.join(root, 'dist/factcheck.js'); // the Node bundle, also the analysis worker (src/factcheck.ts)
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
    console.log('dist/factcheck.js is not built (run `npm run build`): nothing to measure.');
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-index-bench-'));
  try {
    await measure(dir, texts);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The longest event-loop block of this thread while `work` runs, in ms. */
async function blocked<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const result = await work();
  delay.disable();
  return { result, ms: delay.max / 1e6 };
}

/** An idle Node process measuring its own longest event-loop block: what the shared machine alone costs. Resolves
 *  once it is running (and this thread has settled after starting it), with a function that stops it. */
async function idleWitness(): Promise<{ stop: () => Promise<number> }> {
  const child = spawn(process.execPath, ['-e', `
    const { monitorEventLoopDelay } = require('node:perf_hooks');
    const d = monitorEventLoopDelay({ resolution: 1 }); d.enable();
    const keep = setInterval(() => {}, 1000);
    process.send('ready');
    process.on('message', () => { d.disable(); process.send(d.max / 1e6); clearInterval(keep); process.disconnect(); });
  `], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  await new Promise(resolve => child.once('message', resolve));
  await new Promise(resolve => setTimeout(resolve, 100));
  global.gc?.();
  return {
    stop: () => new Promise(resolve => {
      child.once('message', ms => resolve(Number(ms)));
      child.send('stop');
    }),
  };
}

/** The longest the view's refresh held the thread between two times it gave way (its slices run back to back in the
 *  bench; in the extension other work runs between them). */
let sliceStart = 0;
let sliceCpu = process.cpuUsage();
let longestSlice = 0;
/** The same in CPU time (the process's: the worker thread is idle meanwhile), which a loaded machine does not stretch. */
let longestSliceCpu = 0;
const startSlice = () => {
  sliceStart = performance.now();
  sliceCpu = process.cpuUsage();
};
const endSlice = () => {
  longestSlice = Math.max(longestSlice, performance.now() - sliceStart);
  const { user, system } = process.cpuUsage(sliceCpu);
  longestSliceCpu = Math.max(longestSliceCpu, (user + system) / 1000);
};
const giveWay = async (): Promise<void> => {
  endSlice();
  await nextTurn();
  startSlice();
};

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
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  console.log(`${ARTICLES} articles, ${mb(totalBytes)} MB of text, from ${texts.length} news texts of ../shared/eval\n`);

  // keepAlive: nothing else keeps this process running while it waits for the worker (the extension host is kept alive)
  const background = new BackgroundAnalysis(workerScript, { keepAlive: true, detection: () => detection });
  let index = new ArticleIndex();

  // the host's side of one article, as WorkspaceIndex.analyse does it
  let hostMs = 0;
  let hostLongest = 0;
  const indexOne = async (file: string): Promise<boolean> => {
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
    return !fresh;
  };

  // the Claims view as the provider keeps it: entries made again only for changed articles, an unopened article by its
  // summary (WorkspaceIndex.lazyReviewOf), its review only when expanded (its claims' words read from the article, as
  // WorkspaceIndex.loadUnreviewed does); the model, root rows, badge and Overview
  const reviews = new WeakMap<CompactAnalysis, ArticleReview>();
  const digests = new DigestCache();
  // one object per article with its methods on the prototype, as WorkspaceIndex's IndexedReview
  class IndexedReview implements LazyReview {
    constructor(readonly summary: ArticleSummary, private readonly file: string) {}
    review(): ArticleReview | undefined {
      const analysis = index.entry(this.file)?.analysis;
      return analysis && reviews.get(analysis);
    }
    async load(): Promise<ArticleReview | undefined> {
      const text = await fs.promises.readFile(this.file, 'utf8');
      const analysis = index.entry(this.file)?.analysis;
      const claims = index.claimsIn(this.file, text);
      if (!analysis || !claims) return undefined;
      let review = reviews.get(analysis);
      if (!review) reviews.set(analysis, review = combineReview(claims, [], { kind: 'none' }));
      return review;
    }
  }
  const entryOf = (file: string): ArticleEntry => {
    const base = { uri: file, name: path.basename(file), path: path.relative(dir, file) };
    const entry = index.entry(file);
    return entry ? { ...base, review: undefined, lazy: new IndexedReview(detectedSummary(entry.claims), file) } : { ...base, review: undefined };
  };
  let list = new ArticleEntries<string>({ articles: () => files, key: file => file, entry: entryOf, giveWay });
  let viewLongest = 0;
  let viewLongestSlice = 0;
  let viewLongestCpu = 0;
  let viewLongestSliceCpu = 0;
  const viewRefresh = async (): Promise<{ ms: number; cpuMs: number; sliceMs: number; sliceCpuMs: number; claims: number; model: ClaimsTreeModel; roots: ClaimsNode[]; shown: number }> => {
    const t = performance.now();
    const cpu = process.cpuUsage();
    startSlice();
    longestSlice = 0;
    longestSliceCpu = 0;
    const { entries } = await list.update();
    const model = new ClaimsTreeModel(entries, 'article', NO_FILTER, digests);
    await model.prepare(giveWay);
    const roots = model.roots();
    // what VS Code is handed at once: the first page of rows
    const shown = pageOf(roots, PAGE_ROWS, '').length;
    model.attentionCount();
    overviewHtml(model.overview());
    endSlice();
    const spent = performance.now() - t;
    // the whole process's CPU: the worker thread is idle meanwhile (the bench analyses one article at a time)
    const { user, system } = process.cpuUsage(cpu);
    const cpuMs = (user + system) / 1000;
    viewLongest = Math.max(viewLongest, spent);
    viewLongestCpu = Math.max(viewLongestCpu, cpuMs);
    viewLongestSlice = Math.max(viewLongestSlice, longestSlice);
    viewLongestSliceCpu = Math.max(viewLongestSliceCpu, longestSliceCpu);
    return { ms: spent, cpuMs, sliceCpuMs: longestSliceCpu, sliceMs: longestSlice, claims: roots.reduce((n, r) => n + (r.kind === 'article' ? r.total : 0), 0), model, roots, shown };
  };

  // cold: everything analysed and the view refreshed every 500 ms with what changed, the event loop watched meanwhile
  global.gc?.();
  // the JS heap and the typed arrays' buffers, which live outside it
  const memory = () => {
    const { heapUsed, arrayBuffers } = process.memoryUsage();
    return { heap: heapUsed, buffers: arrayBuffers };
  };
  const before = memory();
  let witness = await idleWitness();
  let t = performance.now();
  let refreshes = 0;
  const cold = await blocked(async () => {
    let lastRefresh = performance.now();
    // as WorkspaceIndex.drain works through its queue (INDEX_BENCH_LANES=1: one article at a time, as before 5 December)
    await drainKeyed(new Map(files.map(file => [file, file])), Number(process.env.INDEX_BENCH_LANES) || ANALYSIS_LANES, async file => {
      if (await indexOne(file)) list.changed(file);
      if (performance.now() - lastRefresh >= 500) {
        lastRefresh = performance.now();
        await viewRefresh();
        refreshes++;
      }
    });
    return viewRefresh();
  });
  const coldMs = performance.now() - t;
  const coldIdle = await witness.stop();
  global.gc?.();
  const afterCold = memory();

  // the stored index written as WorkspaceIndex.save does it, a slice at a time
  const summaryFile = path.join(dir, 'index-summary.json');
  const analysesFile = path.join(dir, 'index-analyses.jsonl');
  witness = await idleWitness();
  t = performance.now();
  const save = await blocked(async () => {
    const stored = index.stored();
    const summary = await encodeLines(stored.summary, giveWay);
    const bytes = await encodeLines(stored.analyses, giveWay);
    await fs.promises.writeFile(analysesFile, bytes);
    await fs.promises.writeFile(summaryFile, summary);
    return { analyses: bytes.length, summary: summary.length };
  });
  const saveMs = performance.now() - t;
  const saveIdle = await witness.stop();

  // warm reopen, as WorkspaceIndex.readStored and the view do it: the summary line read and the full view shown from it;
  // then the analyses read a slice at a time; then every file read and hashed in the background (nothing analysed)
  witness = await idleWitness();
  t = performance.now();
  const warm = await blocked(async () => {
    const reader = ArticleIndex.summaryReader();
    await readLines(await fs.promises.readFile(summaryFile), 0, reader.read, giveWay);
    index = reader.index;
    const parseMs = performance.now() - t;
    list = new ArticleEntries<string>({ articles: () => files, key: file => file, entry: entryOf, giveWay });
    const view = await viewRefresh();
    const shownMs = performance.now() - t;
    const t2 = performance.now();
    const reopened = index;
    await readLines(await fs.promises.readFile(analysesFile), 0, text => reopened.readStoredAnalysis(text) || true, giveWay);
    reopened.dropUnread();
    const analysesMs = performance.now() - t2;
    return { parseMs, shownMs, view, analysesMs };
  });
  const warmIdle = await witness.stop();
  t = performance.now();
  let stale = 0;
  for (const file of files) if (!index.fresh(file, contentHash(await fs.promises.readFile(file, 'utf8')), DETECTOR)) stale++;
  const warmReadMs = performance.now() - t;
  const warmAgain = await viewRefresh();

  // one article changed outside the editor: read, hashed, analysed on the worker, its entry and the view made again
  const changed = files[Math.floor(ARTICLES / 2)];
  fs.appendFileSync(changed, '\nThe council said on Monday that spending rose 12 percent last year.\n');
  t = performance.now();
  await indexOne(changed);
  const oneIndexMs = performance.now() - t;
  list.changed(changed);
  const oneView = await viewRefresh();
  const oneMs = performance.now() - t;

  // one article expanded: its text read, its review made from the index and its claim rows
  t = performance.now();
  const article = oneView.roots.find(r => r.kind === 'article' && r.uri === changed)!;
  await oneView.model.loadClaims(changed);
  const claimRows = oneView.model.children(article).length;
  const expandMs = performance.now() - t;
  background.dispose();

  global.gc?.();
  const atEnd = memory();
  const growth = (now: { heap: number; buffers: number }) =>
    `${mb(now.heap + now.buffers - before.heap - before.buffers)} MB (heap ${mb(now.heap - before.heap)} MB, array buffers ${mb(now.buffers - before.buffers)} MB)`;

  // factcheck report as a whole process
  let reportLine = '`dist/cli.js` not built (run `npm run build`): not measured';
  if (fs.existsSync(cli)) {
    t = performance.now();
    const result = spawnSync(process.execPath, [cli, 'report', '--format', 'json', '--out', path.join(os.tmpdir(), `factcheck-bench-${process.pid}.json`),
      ...(REPORT_ARTICLES === ARTICLES ? [dir] : files.slice(0, REPORT_ARTICLES))], { encoding: 'utf8' });
    reportLine = `${((performance.now() - t) / 1000).toFixed(1)} s for ${REPORT_ARTICLES} articles (exit ${result.status}, ${os.availableParallelism()} cores)`;
    fs.rmSync(path.join(os.tmpdir(), `factcheck-bench-${process.pid}.json`), { force: true });
  }

  console.log(`load average at the end: ${os.loadavg().map(l => l.toFixed(1)).join(', ')} (${os.availableParallelism()} cores)\n`);
  console.log('| measure | figure |');
  console.log('|---|---|');
  console.log(`| cold: whole index built (the worker analyses one at a time; the host hands over ${Number(process.env.INDEX_BENCH_LANES) || ANALYSIS_LANES} at once) | ${(coldMs / 1000).toFixed(1)} s, ${cold.result.claims} claims |`);
  console.log(`| cold: host thread per article (hash, compare, store the worker's compact analysis) | ${(hostMs / ARTICLES).toFixed(2)} ms average, ${hostLongest.toFixed(1)} ms longest |`);
  console.log(`| cold: the view's refresh with what changed (${refreshes} refreshes; entries, model, roots, badge, Overview) | ${ms(viewLongest)} longest (${ms(viewLongestCpu)} CPU), in slices of at most ${ms(viewLongestSlice)} (${ms(viewLongestSliceCpu)} CPU); ${ARTICLES} articles' rows, ${cold.result.shown} handed to VS Code at once |`);
  console.log(`| cold: longest the host thread was blocked (event-loop delay, all of the above) | ${ms(cold.ms)} (an idle process meanwhile: ${ms(coldIdle)}) |`);
  console.log(`| stored index written in slices (summary ${mb(save.result.summary)} MB, analyses ${mb(save.result.analyses)} MB) | ${ms(saveMs)}, longest block ${ms(save.ms)} (idle process: ${ms(saveIdle)}) |`);
  console.log(`| warm reopen: full Claims view shown (summary line read, every article's row, badge, Overview) | ${ms(warm.result.shownMs)} (summary ${ms(warm.result.parseMs)}, view ${ms(warm.result.view.ms)}, ${ms(warm.result.view.cpuMs)} CPU, longest slice ${ms(warm.result.view.sliceMs)}, ${ms(warm.result.view.sliceCpuMs)} CPU), ${warm.result.view.claims} claims |`);
  console.log(`| warm reopen: then the analyses read in slices | ${ms(warm.result.analysesMs)}; longest block over the reopen ${ms(warm.ms)} (idle process: ${ms(warmIdle)}) |`);
  console.log(`| warm reopen: then every article read and hashed in the background, ${stale} stale | ${ms(warmReadMs)} |`);
  console.log(`| a later refresh of the view, nothing changed | ${ms(warmAgain.ms)} (${ms(warmAgain.cpuMs)} CPU) |`);
  console.log(`| one changed article: read, hashed, analysed | ${ms(oneIndexMs)} |`);
  console.log(`| one changed article: and its entry, the model, rows, badge and Overview made again | ${ms(oneMs)} (view ${ms(oneView.ms)}, ${ms(oneView.cpuMs)} CPU; the extension adds its 20 ms gathering of a burst) |`);
  console.log(`| one article expanded: its text read, its review made and its ${claimRows} claim rows | ${expandMs.toFixed(1)} ms |`);
  console.log(`| index in memory after the cold pass (growth, with the view's summaries) | ${growth(afterCold)} for ${mb(totalBytes)} MB of text (${mb(totalChars * 2)} MB as JS strings) |`);
  console.log(`| everything at the end (growth: index, view, the expanded article) | ${growth(atEnd)} |`);
  console.log(`| \`factcheck report --format json\`, whole process | ${reportLine} |`);
}

void main();
