// The workspace index at scale: a folder of N articles (default 1,000; INDEX_BENCH_ARTICLES=10000 for the archive
// case) built at run time from the news texts in ../shared/eval (never copied into the project). Times what the
// extension host does per article (read, hash, compare: the worker does the analysis), the analysis itself (on the
// worker in VS Code), a warm reopen (stored index read back, every file read and hashed), one changed article, the
// index's memory against the text size, and `factcheck report` over the folder as a whole process (dist/cli.js).
// Run through `npm run bench`; prints Markdown. Figures only: it never fails on time.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../../src/core/detect/analyze';
import { contentHash } from '../../src/core/text/hash';
import { ArticleIndex } from '../../src/core/workspace/articleIndex';

const root = path.resolve(__dirname, '../..');
const evalDir = path.resolve(root, '../shared/eval');
const ARTICLES = Number(process.env.INDEX_BENCH_ARTICLES) || 1000;
const TARGET_CHARS = 5000;
const DETECTOR = 'bench';

function newsTexts(): string[] {
  const texts: string[] = [];
  for (const file of ['dates-timebank-datelined.jsonl', 'people-conll-dev.jsonl']) {
    const full = path.join(evalDir, file);
    if (!fs.existsSync(full)) continue;
    for (const line of fs.readFileSync(full, 'utf8').split('\n')) if (line.trim()) texts.push(String(JSON.parse(line).text));
  }
  return texts;
}

const texts = newsTexts();
if (!texts.length) {
  console.log('../shared/eval is not there: nothing to measure.');
  process.exit(0);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-index-bench-'));
let totalChars = 0;
const files: string[] = [];
for (let i = 0; i < ARTICLES; i++) {
  let body = `Story ${i}\n\n`;
  for (let j = i; body.length < TARGET_CHARS; j++) body += `${texts[j % texts.length]}\n\n`;
  const file = path.join(dir, `desk-${i % 20}`, `story-${i}.md`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, body);
  totalChars += body.length;
  files.push(file);
}
const mb = (n: number) => (n / 2 ** 20).toFixed(1);
console.log(`${ARTICLES} articles, ${mb(totalChars)} M characters, from ${texts.length} news texts of ../shared/eval\n`);

// cold: what the host does per article (read, hash), and the analysis the worker does
global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const index = new ArticleIndex();
let hostMs = 0;
let hostMax = 0;
let analyseMs = 0;
for (const file of files) {
  const t0 = performance.now();
  const text = fs.readFileSync(file, 'utf8');
  const hash = contentHash(text);
  const fresh = index.fresh(file, hash, DETECTOR);
  const t1 = performance.now();
  hostMs += t1 - t0;
  hostMax = Math.max(hostMax, t1 - t0);
  if (!fresh) {
    const analysis = analyze(text);
    analyseMs += performance.now() - t1;
    index.set(file, { hash, detector: DETECTOR, analysis });
  }
}
global.gc?.();
const heapIndex = process.memoryUsage().heapUsed - heapBefore;
const stored = JSON.stringify(index.toStored());

// warm reopen: the stored index parsed, then every file read and hashed (nothing analysed)
let t = performance.now();
const reopened = ArticleIndex.fromStored(JSON.parse(stored));
const parseMs = performance.now() - t;
t = performance.now();
let stale = 0;
for (const file of files) if (!reopened.fresh(file, contentHash(fs.readFileSync(file, 'utf8')), DETECTOR)) stale++;
const warmMs = performance.now() - t;

// one article changed
const changed = files[Math.floor(ARTICLES / 2)];
fs.appendFileSync(changed, '\nThe council said on Monday that spending rose 12 percent last year.\n');
t = performance.now();
const text = fs.readFileSync(changed, 'utf8');
reopened.set(changed, { hash: contentHash(text), detector: DETECTOR, analysis: analyze(text) });
const oneMs = performance.now() - t;

// factcheck report as a whole process
const cli = path.join(root, 'dist/cli.js');
let reportLine = '`dist/cli.js` not built (run `npm run build`): not measured';
if (fs.existsSync(cli)) {
  const reportFiles = Math.min(ARTICLES, 1000);
  t = performance.now();
  const result = spawnSync(process.execPath, [cli, 'report', '--format', 'json', '--out', path.join(os.tmpdir(), `factcheck-bench-${process.pid}.json`),
    ...(reportFiles === ARTICLES ? [dir] : files.slice(0, reportFiles))], { encoding: 'utf8' });
  reportLine = `${(performance.now() - t).toFixed(0)} ms for ${reportFiles} articles (exit ${result.status})`;
}

console.log('| measure | figure |');
console.log('|---|---|');
console.log(`| host thread per article (read + hash + compare), cold | ${(hostMs / ARTICLES).toFixed(2)} ms average, ${hostMax.toFixed(1)} ms longest |`);
console.log(`| analysis (worker thread in VS Code), cold | ${(analyseMs / 1000).toFixed(1)} s in all, ${(analyseMs / ARTICLES).toFixed(1)} ms per article |`);
console.log(`| warm reopen: stored index parsed | ${parseMs.toFixed(0)} ms (${mb(stored.length)} MB JSON) |`);
console.log(`| warm reopen: every article read and hashed, ${stale} stale | ${warmMs.toFixed(0)} ms |`);
console.log(`| one changed article read, hashed and analysed | ${oneMs.toFixed(0)} ms |`);
console.log(`| index in memory (heap growth) vs text | ${mb(heapIndex)} MB vs ${mb(totalChars * 2)} MB of text (UTF-16) |`);
console.log(`| \`factcheck report --format json\`, whole process | ${reportLine} |`);
fs.rmSync(dir, { recursive: true, force: true });
