import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runReport } from '../../../src/cli/report';
import { captureIO } from './captureIO';
import { analyze } from '../../../src/core/detect/analyze';
import { serializeSidecar } from '../../../src/core/sidecar';
import { createAnchor } from '../../../src/core/sidecar/anchoring';

const TRAM = [
  'Tram line approved',
  '',
  'The city will build a 9 km tram line, the transport office said on Monday.',
  'Opponents claim the line will cost twice the official estimate of $300 million.',
].join('\n');
const BUDGET = 'The council approved a budget of $4.2 million on Tuesday, officials said.\n\nUnemployment fell to 3.1 percent last year, according to the statistics office.\n';
const DISPUTED = 'Opponents claim the line will cost twice the official estimate of $300 million.';

const NOW = () => new Date('2026-03-12T09:30:00Z');

describe('factcheck report', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-report-'));
    fs.writeFileSync(path.join(dir, 'tram.md'), TRAM);
    const start = TRAM.indexOf(DISPUTED);
    fs.writeFileSync(path.join(dir, 'tram.md.factcheck.yaml'), serializeSidecar({ version: 1, article: 'tram.md', claims: [
      { id: 'c1', status: 'disputed', origin: 'detected', note: 'Council says less', reviewer: 'Ana', updated: '2026-03-10T08:00:00Z',
        anchor: createAnchor(TRAM, start, start + DISPUTED.length) },
    ] }));
    fs.mkdirSync(path.join(dir, 'desk', 'node_modules', 'pkg'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'dist'));
    fs.writeFileSync(path.join(dir, 'desk', 'budget.txt'), BUDGET);
    fs.writeFileSync(path.join(dir, 'desk', 'second.markdown'), BUDGET);
    fs.writeFileSync(path.join(dir, 'desk', 'node_modules', 'pkg', 'README.md'), BUDGET);
    fs.writeFileSync(path.join(dir, 'dist', 'copy.md'), BUDGET);
    fs.writeFileSync(path.join(dir, 'desk', 'code.ts'), 'export const a = 1;\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lists every article under the folder, reviewed or not, relative to it, and skips node_modules and dist', async () => {
    const { io, stdout, stderr } = captureIO();
    assert.equal(await runReport(['--format', 'json', dir], io, NOW), 0, stderr());
    const report = JSON.parse(stdout());
    assert.equal(report.generated, '2026-03-12T09:30:00.000Z');
    assert.equal(report.scope, `workspace ${path.basename(dir)}`);
    assert.deepEqual([...new Set(report.claims.map((c: { article: string }) => c.article))], ['desk/budget.txt', 'desk/second.markdown', 'tram.md']);

    const budgetClaims = analyze(BUDGET).claims.length;
    assert.ok(budgetClaims > 0);
    const budget = report.claims.filter((c: { article: string }) => c.article === 'desk/budget.txt');
    assert.equal(budget.length, budgetClaims, 'every detected claim is listed');
    assert.ok(budget.every((c: { untouched: boolean; id: null; status: string }) => c.untouched && c.id === null && c.status === 'unverified'));

    const reviewed = report.claims.find((c: { id: string | null }) => c.id === 'c1');
    assert.deepEqual(reviewed, {
      article: 'tram.md', line: 4, id: 'c1', claim: DISPUTED, status: 'disputed', untouched: false, changed: false, reviewed: null, orphaned: false,
      note: 'Council says less', sources: [], reviewer: 'Ana', updated: '2026-03-10T08:00:00Z',
    });
    const tram = report.claims.filter((c: { article: string }) => c.article === 'tram.md');
    assert.equal(tram.filter((c: { claim: string }) => c.claim === DISPUTED).length, 1, 'the verdict takes the detection’s place');
  });

  it('writes the other formats, to a file with --out', async () => {
    const { io, stdout } = captureIO();
    const out = path.join(dir, 'report.html');
    assert.equal(await runReport(['--format=html', '--out', out, path.join(dir, 'tram.md')], io, NOW), 0);
    assert.equal(stdout(), '');
    const html = fs.readFileSync(out, 'utf8');
    assert.match(html, /<h2>tram\.md<\/h2>/);
    assert.match(html, /Council says less/);

    const csv = captureIO();
    assert.equal(await runReport(['--format', 'csv', dir], csv.io, NOW), 0);
    assert.match(csv.stdout(), /^article,line,claim,status/);
    const markdown = captureIO();
    assert.equal(await runReport([dir], markdown.io, NOW), 0);
    assert.match(markdown.stdout(), /^# Fact-check report/);
  });

  it('still reports the detected claims of an article whose sidecar is malformed, and exits 2', async () => {
    fs.writeFileSync(path.join(dir, 'tram.md.factcheck.yaml'), 'version: 1\nclaims: [unclosed\n');
    const { io, stdout, stderr } = captureIO();
    assert.equal(await runReport(['--format', 'json', dir], io, NOW), 2);
    assert.match(stderr(), /tram\.md\.factcheck\.yaml:\d+:\d+: /);
    const tram = JSON.parse(stdout()).claims.filter((c: { article: string }) => c.article === 'tram.md');
    assert.equal(tram.length, analyze(TRAM).claims.length);
    assert.ok(tram.every((c: { untouched: boolean }) => c.untouched));
  });

  it('rejects a bad format and a missing path with exit 2', async () => {
    const bad = captureIO();
    assert.equal(await runReport(['--format', 'pdf', dir], bad.io, NOW), 2);
    assert.match(bad.stderr(), /--format must be one of markdown, html, csv, json/);
    const missing = captureIO();
    assert.equal(await runReport(['--format', 'json', path.join(dir, 'nope'), dir], missing.io, NOW), 2);
    assert.match(missing.stderr(), /nope: no such file or folder/);
    assert.ok(JSON.parse(missing.stdout()).claims.length > 0, 'the paths that exist are still reported');
  });
});
