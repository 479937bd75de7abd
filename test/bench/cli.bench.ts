// Whole-process figures, what a CI gate or a folder scan actually waits for: the extension packaged as `npm run package`
// does (its .vsix size), and the CLI from that package started as a new process each time: `scan` of an empty file
// against a bare `node -e 0`, and `scan` of 1 MB of news in 20 files against compromise + compromise-dates on the same
// text in this same run (the baseline of detection.bench.ts). The news text comes from ../shared (./news.ts).
// Run through `npm run bench`; prints Markdown. Figures only: it never fails on time.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { packageExtension } from '../integration/vsix/package';
import { loadCompromise, newsDocuments, runCompromise, textOf } from './news';

const root = path.resolve(__dirname, '../..');
const work = path.join(root, '.test-output/bench-cli');
const MB = 1024 * 1024;
const fmt = (x: number, digits = 1) => x.toFixed(digits);
const KB = (bytes: number) => `${fmt(bytes / 1024)} KB`;

/** A preloaded script that reports the process's own CPU time (user + system, from its start) when it exits. */
const cpuReporter = path.join(work, 'report-cpu.js');
const CPU_REPORT = "process.on('exit', () => { const u = process.cpuUsage(); require('fs').writeSync(2, `@@cpu ${u.user + u.system}\\n`); });\n";

interface ProcessTime { wall: number; cpu: number }

/** The CLI's V8 code cache (src/node/codeCache.ts): the bench's own, which no other run of the machine replaces. */
const codeCache = path.join(work, 'code-cache');
/** The CLI without its code cache, for the rows that show what the cache saves. */
const NO_CODE_CACHE = 'FACTCHECK_CODE_CACHE=off';

/**
 * Wall milliseconds from spawn to exit, and the CPU milliseconds the process used; its output is thrown away. A first
 * argument NO_CODE_CACHE runs the rest with the code cache off.
 */
function processTime(command: string[]): ProcessTime {
  const devNull = fs.openSync('/dev/null', 'w'); // a file, so the CLI's writes are synchronous as they are to a file in CI
  const uncached = command[0] === NO_CODE_CACHE;
  const args = uncached ? command.slice(1) : command;
  try {
    const t0 = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ['--require', cpuReporter, ...args],
      { stdio: ['ignore', devNull, 'pipe'], encoding: 'utf8', env: { ...process.env, FACTCHECK_CODE_CACHE: uncached ? 'off' : codeCache } });
    const wall = Number(process.hrtime.bigint() - t0) / 1e6;
    const cpu = /@@cpu (\d+)/.exec(result.stderr);
    if (result.status !== 0 || !cpu) throw new Error(`node ${args.join(' ')} exited with ${result.status}: ${result.stderr}`);
    return { wall, cpu: Number(cpu[1]) / 1000 };
  } finally {
    fs.closeSync(devNull);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Median wall and CPU time of `runs` runs of each command, taken in turn so that a busy moment of the machine hits
 * all alike. CPU time is the steadier figure on a shared machine; each process pays the same small preload for it.
 */
function interleavedMedians(runs: number, commands: string[][]): ProcessTime[] {
  for (const args of commands) processTime(args); // warm the file cache
  const times = commands.map(() => [] as ProcessTime[]);
  for (let i = 0; i < runs; i++) commands.forEach((args, k) => times[k].push(processTime(args)));
  return times.map(list => ({ wall: median(list.map(t => t.wall)), cpu: median(list.map(t => t.cpu)) }));
}

/** `text` cut into `count` files of about equal size, at paragraph breaks. */
function writeFiles(dir: string, text: string, count: number): string[] {
  const paragraphs = text.split(/\n\n/);
  const files: string[] = [];
  let part: string[] = [], size = 0;
  for (const paragraph of paragraphs) {
    part.push(paragraph);
    size += paragraph.length + 2;
    if (size >= text.length / count && files.length < count - 1) flush();
  }
  flush();
  return files;
  function flush(): void {
    const file = path.join(dir, `news-${String(files.length + 1).padStart(2, '0')}.txt`);
    fs.writeFileSync(file, part.join('\n\n'));
    files.push(file);
    part = [];
    size = 0;
  }
}

async function main(): Promise<void> {
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  const { vsix, copy } = packageExtension(work);
  const cli = path.join(copy, 'dist/cli.js');
  console.log(`Node ${process.version}; the CLI of the packaged extension (production build); medians of separate ` +
    `processes, wall clock from spawn to exit and the process's CPU time in brackets (the machine may be shared)\n`);

  console.log('| shipped | size |\n|---|---|');
  console.log(`| .vsix | ${KB(fs.statSync(vsix).size)} |`);
  for (const file of fs.readdirSync(path.join(copy, 'dist')).sort()) {
    console.log(`| dist/${file} | ${KB(fs.statSync(path.join(copy, 'dist', file)).size)} |`);
  }

  fs.writeFileSync(cpuReporter, CPU_REPORT);
  const empty = path.join(work, 'empty.md');
  fs.writeFileSync(empty, '');
  // one sentence: every detector builds its tables and the claim model is read, which an empty file never needs
  const sentence = path.join(work, 'sentence.md');
  fs.writeFileSync(sentence, 'Mayor Anna Berg said on Monday that 40 percent of the budget went to roads.\n');
  const runs = 21;
  // the first run of each command (interleavedMedians warms up) writes its code cache, which the measured runs read:
  // the one-sentence scan first, so that the scans' cache holds the detectors (an empty file compiles none of them)
  const [bare, help, sentenceScan, emptyScan, emptyUncached] = interleavedMedians(runs,
    [['-e', '0'], [cli, '--help'], [cli, 'scan', '--date', '2025-01-01', sentence], [cli, 'scan', empty], [NO_CODE_CACHE, cli, 'scan', empty]]);
  const row = (what: string, t: ProcessTime, digits = 1) =>
    `| ${what} | ${fmt(t.wall, digits)} ms [${fmt(t.cpu, digits)} ms CPU] | ${fmt(t.wall / bare.wall, 2)}× [${fmt(t.cpu / bare.cpu, 2)}× CPU] |`;
  console.log(`\n| process (${runs} runs each; 1 MB: 5) | time | ÷ bare Node |\n|---|---|---|`);
  console.log(row('`node -e 0`', bare));
  console.log(row('`factcheck --help`', help));
  console.log(row('`factcheck scan` of an empty file', emptyScan));
  console.log(row('`factcheck scan` of a one-sentence article', sentenceScan));
  console.log(row('`factcheck scan` of an empty file without the code cache', emptyUncached));

  const news = textOf(newsDocuments(), MB);
  const newsDir = path.join(work, 'news');
  fs.mkdirSync(newsDir);
  const files = writeFiles(newsDir, news, 20);
  const scan1MB = [cli, 'scan', '--json', '--date', '2025-01-01', ...files];
  const [ours, uncached] = interleavedMedians(5, [scan1MB, [NO_CODE_CACHE, ...scan1MB]]);
  console.log(row(`\`factcheck scan --json\` of 1 MB of news in ${files.length} files`, ours, 0) +
    ` ${fmt(news.length / MB / (ours.wall / 1000))} MB/s`);
  console.log(row('the same without the code cache', uncached, 0));

  const nlp = await loadCompromise();
  if (!nlp) {
    console.log('\ncompromise + compromise-dates: not installed, no baseline');
  } else {
    runCompromise(nlp, 'Warm up on Monday, Anna Berg said.');
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    runCompromise(nlp, news);
    const cpu = process.cpuUsage(c0);
    const theirs: ProcessTime = { wall: Number(process.hrtime.bigint() - t0) / 1e6, cpu: (cpu.user + cpu.system) / 1000 };
    console.log(`\ncompromise + compromise-dates on the same 1 MB, in this process after a warm-up: ${fmt(theirs.wall, 0)} ms ` +
      `[${fmt(theirs.cpu, 0)} ms CPU]. \`factcheck scan\` of it as a whole process is **${fmt(theirs.wall / ours.wall, 0)}×** faster ` +
      `[${fmt(theirs.cpu / ours.cpu, 0)}× in CPU time].`);
  }
  fs.rmSync(work, { recursive: true, force: true });
}

main().catch(err => {
  console.error(err);
  process.exitCode = 1;
});
