// The cost of one change to a large sidecar (issue 13, case 15): reading it, and writing one status change the way
// the editor does (read-modify-write: plan against the last read text, parse what is written). Figures in CPU ms,
// median of a few runs; the yaml library's share is counted in characters it parsed.
// Run: node --import tsx test/bench/sidecarWrite.bench.ts [claims…]
import { cpus, loadavg } from 'node:os';
import { parseSidecar, planSidecarWrite, serializeSidecar, updateSidecarText } from '../../src/core/sidecar';
import * as update from '../../src/core/sidecar/update';
import type { ClaimAnnotation } from '../../src/core/sidecar/model';

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

function claimNumber(i: number): ClaimAnnotation {
  return {
    id: `c-${i.toString(36).padStart(6, '0')}`, status: i % 4 ? 'unverified' : 'verified', origin: 'detected',
    ...(i % 3 ? {} : { note: `Checked with the press office, call ${i}.`, reviewer: 'Dana Reyes', updated: '2026-03-03T10:05:00Z' }),
    anchor: { quote: `The council approved ${i} new flats on Tuesday, the housing office said.`, prefix: 'figures from last year. ', suffix: ' The mayor welcomed the', start: i * 120, end: i * 120 + 70 },
  };
}

/** A large sidecar is built by repeating entries (serialising 100,000 claims one by one would itself take minutes). */
function sidecarOf(count: number): string {
  const head = serializeSidecar({ version: 1, article: 'bench.md', claims: [claimNumber(0)] });
  const cut = head.indexOf('  - id:');
  const parts = [head.slice(0, cut)];
  for (let i = 0; i < count; i++) {
    const one = serializeSidecar({ version: 1, article: 'bench.md', claims: [claimNumber(i % 50)] }).slice(cut);
    parts.push(one.replace(/c-[0-9a-z]{6}/, claimNumber(i).id).replace(/start: \d+\n(\s+)end: \d+/, `start: ${i * 120}\n$1end: ${i * 120 + 70}`));
  }
  return parts.join('');
}

/** 100,000 claims take about 30 MB, above the default 10,000,000-character limit: raised here to measure them. */
const options = { maxLength: 64_000_000 };
const counts = process.argv.slice(2).map(Number).filter(n => n > 0);
console.log('| claims | sidecar | read (fast reader) | one status change: updateSidecarText | yaml parsed for it | as the editor writes it (plan + parse written) |');
console.log('|---|---|---|---|---|---|');
for (const count of counts.length ? counts : [1_000, 10_000, 100_000]) {
  const text = sidecarOf(count);
  const runs = count >= 100_000 ? 3 : 7;
  const reads: number[] = [];
  const writes: number[] = [];
  const editor: number[] = [];
  let parsedChars = 0;
  for (let run = 0; run < runs; run++) {
    const t0 = cpuMs();
    const parsed = parseSidecar(text, options);
    reads.push(cpuMs() - t0);
    if (!parsed.ok) throw new Error(`bench sidecar does not parse: ${parsed.problems[0].message}`);
    const claims = parsed.sidecar.claims;
    const middle = Math.floor(claims.length / 2);
    const wanted = claims.map((c, i) => (i === middle ? { ...c, status: run % 2 ? 'disputed' : 'false', updated: '2026-05-01T10:00:00Z' } : c));
    const counter = (update as { fullParseWork?: { characters: number } }).fullParseWork;
    if (counter) counter.characters = 0;
    const t1 = cpuMs();
    const result = updateSidecarText(text, wanted, options);
    writes.push(cpuMs() - t1);
    parsedChars = counter?.characters ?? Number.NaN;
    if (!result.ok || !result.changed) throw new Error('bench write failed');
    // the editor: plan against the text it last read (the disk is unchanged), then parse what it writes
    const t2 = cpuMs();
    const plan = planSidecarWrite({ base: text, disk: text, claims: wanted, articleName: 'bench.md', options });
    if (plan.action !== 'write' || !parseSidecar(plan.text, options).ok) throw new Error('bench plan failed');
    editor.push(cpuMs() - t2);
  }
  const ms = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(0)} ms`);
  console.log(`| ${count.toLocaleString('en')} | ${(text.length / 1e6).toFixed(1)} MB | ${ms(median(reads))} | ${ms(median(writes))} | ${Number.isNaN(parsedChars) ? '(not counted)' : `${parsedChars.toLocaleString('en')} characters`} | ${ms(median(editor))} |`);
}
console.log(`\n(load average during the run: ${loadavg().map(n => n.toFixed(1)).join(' ')} on ${cpus().length} cores)`);
