// "Have we checked this before?" at desk scale: `factcheck similar` as one new process for 200 articles against a
// folder of 10,000 reviewed articles (reading and anchoring every sidecar included), and in process the hover's
// question, one claim against the prepared index of those 10,000 verdicts (warm). The text comes from ../shared
// (./news.ts). Run through `npm run bench`; prints Markdown. Figures only: it never fails on time.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { earlierVerdictsOf } from '../../src/core/match/fromSidecar';
import { matchArticle } from '../../src/core/match/matchArticle';
import { prepareMatchIndex } from '../../src/core/match/matchIndex';
import { anchorClaims, serializeSidecar } from '../../src/core/sidecar';
import { createAnchor } from '../../src/core/sidecar/anchoring';
import { splitSentences } from '../../src/core/text/sentences';
import { newsDocuments } from './news';

const root = path.resolve(__dirname, '../..');
const work = path.join(root, '.test-output/bench-similar');
const VERDICTS = 10_000;
const QUERIES = 200;
const STATUSES = ['verified', 'disputed', 'false', 'unverifiable'];

const docs = newsDocuments().filter(doc => doc.length > 80);
const sentencesOf = (text: string) => splitSentences(text).map(s => text.slice(s.start, s.end)).filter(s => s.length > 30);
const pool = docs.flatMap(sentencesOf);

fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(path.join(work, 'desk'), { recursive: true });
fs.mkdirSync(path.join(work, 'new'));
for (let i = 0; i < VERDICTS; i++) {
  const claim = pool[(i * 7) % pool.length];
  const text = `# Story ${i}\n\n${pool[(i * 7 + 1) % pool.length]} ${claim}\n\n${pool[(i * 7 + 2) % pool.length]}\n`;
  const start = text.indexOf(claim);
  const folder = path.join(work, 'desk', `d${i % 50}`);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, `story-${i}.md`), text);
  fs.writeFileSync(path.join(folder, `story-${i}.md.factcheck.yaml`), serializeSidecar({ version: 2, article: `story-${i}.md`, claims: [
    { id: `c${i}`, status: STATUSES[i % STATUSES.length], origin: 'detected', reviewer: 'Bench', updated: '2026-03-03T10:00:00Z', anchor: createAnchor(text, start, start + claim.length) },
  ] }));
}
const queryFiles: string[] = [];
for (let i = 0; i < QUERIES; i++) {
  const file = path.join(work, 'new', `q${i}.md`);
  fs.writeFileSync(file, Array.from({ length: 12 }, (_, k) => pool[(i * 31 + k * 5) % pool.length]).join(' ').replace(/((?:[^.]*\.){3})/g, '$1\n\n'));
  queryFiles.push(file);
}

const cli = path.join(root, 'dist/cli.js');
if (!fs.existsSync(cli)) spawnSync(process.execPath, [path.join(root, 'build.mjs')], { stdio: 'inherit', cwd: root });

/** CPU seconds (user + system) of this process's finished children, from /proc (Linux); undefined elsewhere. */
function childrenCpu(): number | undefined {
  try {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100; // cutime, cstime in clock ticks (100 a second on Linux)
  } catch {
    return undefined;
  }
}

function run(args: string[]): { wall: number; cpu: number | undefined } {
  const cpu0 = childrenCpu();
  const t0 = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [cli, 'similar', '--json', '--in', path.join(work, 'desk'), ...args, ...queryFiles], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (result.status !== 0) throw new Error(`similar exited with ${result.status}: ${result.stderr}`);
  const cpu1 = childrenCpu();
  return { wall, cpu: cpu0 === undefined || cpu1 === undefined ? undefined : cpu1 - cpu0 };
}

console.log(`${QUERIES} articles against ${VERDICTS.toLocaleString('en')} verdicts, one process each (target: under 10 s)\n`);
console.log('| run | wall | CPU (user + system) |\n|---|---|---|');
for (const [label, args] of [['detected claims', []], ['--all-sentences', ['--all-sentences']]] as const) {
  const { wall, cpu } = run([...args]);
  console.log(`| similar (${label}) | ${(wall / 1000).toFixed(2)} s | ${cpu === undefined ? '–' : `${cpu.toFixed(2)} s`} |`);
}

// the hover: the index prepared once from the same sidecars, then one claim at a time
const verdicts = [];
for (let i = 0; i < VERDICTS; i++) {
  const file = path.join(work, 'desk', `d${i % 50}`, `story-${i}.md`);
  const text = fs.readFileSync(file, 'utf8');
  const claims = [{ id: `c${i}`, status: STATUSES[i % STATUSES.length], origin: 'detected' as const, anchor: createAnchor(text, text.indexOf(pool[(i * 7) % pool.length]), text.indexOf(pool[(i * 7) % pool.length]) + pool[(i * 7) % pool.length].length) }];
  verdicts.push(...earlierVerdictsOf(file, text, anchorClaims(text, claims)));
}
let t0 = process.hrtime.bigint();
const index = prepareMatchIndex(verdicts);
const prepareMs = Number(process.hrtime.bigint() - t0) / 1e6;
const times: number[] = [];
for (let i = 0; i < 300; i++) {
  const text = fs.readFileSync(queryFiles[i % QUERIES], 'utf8');
  const sentence = splitSentences(text)[i % 4];
  t0 = process.hrtime.bigint();
  matchArticle(index, text, [sentence], { top: 3 });
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
times.sort((a, b) => a - b);
console.log(`\nHover: one claim against the warm index of ${VERDICTS.toLocaleString('en')} verdicts (target: within 50 ms)\n`);
console.log('| step | time |\n|---|---|');
console.log(`| prepare the index (once) | ${prepareMs.toFixed(0)} ms |`);
console.log(`| one claim, median | ${times[times.length >> 1].toFixed(2)} ms |`);
console.log(`| one claim, 95th percentile | ${times[Math.floor(times.length * 0.95)].toFixed(2)} ms |`);
console.log(`| one claim, slowest of ${times.length} | ${times[times.length - 1].toFixed(2)} ms |`);
fs.rmSync(work, { recursive: true, force: true });
