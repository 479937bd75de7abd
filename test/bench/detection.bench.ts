// Speed and memory of detection: analyze() on a 5 KB article and on 1 MB of news text, side by side with compromise
// (+ compromise-dates) on the same text in the same run, and analyze() at 0.1, 1 and 10 MB to show the cost is linear.
// The news text is assembled at run time from ../shared (./news.ts); none of it is kept in the repo.
// Run through `npm run bench` (node --expose-gc --import tsx); prints Markdown. Figures only: it never fails on time.
import { spawnSync } from 'node:child_process';
import v8 from 'node:v8';
import { analyze } from '../../src/core/detect/analyze';
import { scoreClaims } from '../../src/core/detect/claims';
import { detectDates } from '../../src/core/detect/dates';
import { detectPeople } from '../../src/core/detect/people';
import { splitSentences } from '../../src/core/text/sentences';
import { ADVERSARIAL_PEOPLE_INPUTS } from '../fixtures/adversarialText';
import { loadCompromise, newsDocuments, runCompromise, textOf } from './news';
import '../sourceDetectorFiles';

const MB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** Median milliseconds of `runs` calls, after one warm-up call. */
function time(runs: number, fn: () => void): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

const mbPerSecond = (chars: number, ms: number) => chars / MB / (ms / 1000);
const fmt = (x: number, digits = 1) => x.toFixed(digits);

/**
 * Memory one call needs above the baseline, measured in a fresh child process per engine (maxRSS only ever grows,
 * so engines measured in one process would hide each other): growth of the resident set's peak and of the V8 heap.
 */
interface ChildRun { rssMB: number; heapMB: number; ms: number; cpuMs: number; found: string }

function memoryInChild(engine: 'factcheck' | 'compromise'): ChildRun | undefined {
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', __filename, '--memory-of', engine], { encoding: 'utf8' });
  try {
    return JSON.parse(child.stdout.trim().split('\n').pop() ?? '');
  } catch {
    return undefined;
  }
}

async function measureMemory(engine: string): Promise<void> {
  const news1m = textOf(newsDocuments(), MB);
  const nlp = engine === 'compromise' ? await loadCompromise() : undefined;
  const run = () => (nlp ? runCompromise(nlp, news1m) : analyze(news1m));
  if (nlp) runCompromise(nlp, 'Warm up on Monday, Anna Berg said.'); else analyze('Warm up on Monday, Anna Berg said.');
  gc();
  const rssBefore = Math.max(process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  const heapBefore = v8.getHeapStatistics().total_heap_size;
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const result = run();
  const cpu = process.cpuUsage(c0);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const heapAfter = v8.getHeapStatistics().total_heap_size;
  const rssAfter = process.resourceUsage().maxRSS * 1024;
  const found = 'failures' in result
    ? `${result.people} people, ${result.dates} dates${result.failures ? `, ${result.failures} paragraphs threw` : ''}`
    : `${result.people.length} people, ${result.dates.length} dates, ${result.claims.length} claims`;
  const run1: ChildRun = { rssMB: Math.max(0, rssAfter - rssBefore) / MB, heapMB: Math.max(0, heapAfter - heapBefore) / MB, ms, cpuMs: (cpu.user + cpu.system) / 1000, found };
  console.log(JSON.stringify(run1));
}

/** CPU milliseconds of one call (user + system): fair on a machine shared with other work. */
function cpuTime(fn: () => unknown): number {
  const t0 = process.cpuUsage();
  fn();
  const used = process.cpuUsage(t0);
  return (used.user + used.system) / 1000;
}

async function main(): Promise<void> {
  const docs = newsDocuments();
  const article5k = textOf(docs, 5 * 1024);
  const news1m = textOf(docs, MB);

  console.log(`text: ${docs.length} documents from ../shared (samples, eval), assembled to size; Node ${process.version}; ` +
    `wall-clock medians, CPU time in brackets (the machine may be shared)\n`);

  const ours = memoryInChild('factcheck');
  const found = analyze(news1m);
  const ours5k = time(50, () => analyze(article5k));
  const ours5kCpu = cpuTime(() => { for (let i = 0; i < 50; i++) analyze(article5k); }) / 50;
  const ours1m = time(5, () => analyze(news1m));
  const oursCpu = cpuTime(() => analyze(news1m));
  const mem = (m?: ChildRun) => (m ? `${fmt(m.rssMB)} MB RSS, ${fmt(m.heapMB)} MB heap` : 'n/a');

  console.log('| engine | 5 KB article | 1 MB news | found in 1 MB | memory above baseline, 1 MB |');
  console.log('|---|---|---|---|---|');
  console.log(`| factcheck analyze() | ${fmt(ours5k, 2)} ms [${fmt(ours5kCpu, 2)} ms CPU] (${fmt(mbPerSecond(article5k.length, ours5k))} MB/s) | ` +
    `${fmt(ours1m, 0)} ms [${fmt(oursCpu, 0)} ms CPU] (${fmt(mbPerSecond(news1m.length, ours1m))} MB/s) | ` +
    `${found.people.length} people, ${found.dates.length} dates, ${found.claims.length} claims | ${mem(ours)} |`);

  const nlp = await loadCompromise();
  if (nlp) {
    // one run on 1 MB (it takes minutes), in the child that also measures its memory
    const theirs = memoryInChild('compromise');
    const their5k = time(2, () => runCompromise(nlp, article5k));
    const their1m = theirs ? `${fmt(theirs.ms, 0)} ms [${fmt(theirs.cpuMs, 0)} ms CPU] (${fmt(mbPerSecond(news1m.length, theirs.ms), 2)} MB/s)` : 'failed';
    console.log(`| compromise + compromise-dates | ${fmt(their5k, 1)} ms (${fmt(mbPerSecond(article5k.length, their5k), 2)} MB/s) | ` +
      `${their1m} | ${theirs?.found ?? ''} | ${mem(theirs)} |`);
    if (theirs) console.log(`\nanalyze() is ${fmt(theirs.ms / ours1m, 0)}× faster than compromise + compromise-dates on the same 1 MB ` +
      `(${fmt(theirs.cpuMs / oursCpu, 0)}× in CPU time).`);
  } else {
    console.log('| compromise + compromise-dates | not installed | | | |');
  }

  // where the time goes: each stage of analyze() alone on the same 1 MB
  const sentences = splitSentences(news1m);
  const people = detectPeople(news1m);
  const dates = detectDates(news1m, '2025-01-01');
  const stages: [string, () => unknown][] = [
    ['people (detect/people)', () => detectPeople(news1m)],
    ['dates (detect/dates)', () => detectDates(news1m, '2025-01-01')],
    ['sentences (text/sentences)', () => splitSentences(news1m)],
    ['claims (detect/claims)', () => scoreClaims(sentences, people, dates, news1m)],
  ];
  console.log('\n| stage on 1 MB | CPU time | throughput |\n|---|---|---|');
  for (const [name, fn] of stages) {
    // (V8 needs five to seven runs of a detector before its code is optimised: fewer measured its warm-up)
    for (let i = 0; i < 6; i++) fn();
    const ms = Math.min(...Array.from({ length: 5 }, () => cpuTime(fn)));
    console.log(`| ${name} | ${fmt(ms, 0)} ms | ${fmt(mbPerSecond(news1m.length, ms))} MB/s |`);
  }

  console.log('\n| text size | analyze() time | CPU time | throughput | time per MB |');
  console.log('|---|---|---|---|---|');
  for (const size of [0.1, 1, 10]) {
    const text = textOf(docs, Math.round(size * MB));
    const ms = time(size >= 10 ? 1 : 3, () => analyze(text));
    const cpu = cpuTime(() => analyze(text));
    console.log(`| ${size} MB | ${fmt(ms, 0)} ms | ${fmt(cpu, 0)} ms | ${fmt(mbPerSecond(text.length, ms))} MB/s | ${fmt(ms / (text.length / MB), 0)} ms |`);
  }

  // text made to be slow (test/fixtures/adversarialText.ts): linear cost doubles with the text, quadratic quadruples
  console.log('\n| people on adversarial text | CPU time | twice as long | ratio |\n|---|---|---|---|');
  for (const input of ADVERSARIAL_PEOPLE_INPUTS) {
    const [once, twice] = [1, 2].map(scale => {
      const text = input.text(scale);
      return Math.min(...Array.from({ length: 3 }, () => cpuTime(() => detectPeople(text))));
    });
    console.log(`| ${input.name} | ${fmt(once, 0)} ms | ${fmt(twice, 0)} ms | ${fmt(twice / once, 2)} |`);
  }
}

const memoryOf = process.argv.indexOf('--memory-of');
(memoryOf > 0 ? measureMemory(process.argv[memoryOf + 1]) : main()).catch(err => {
  console.error(err);
  process.exitCode = 1;
});
