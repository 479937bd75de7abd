import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../../src/cli';
import type { CliIO } from '../../../src/cli/io';
import { detection } from '../../../src/core/detect/detection';
import { copyDetectorFiles } from '../../sourceDetectorFiles';
import { buildNodeBundle } from './nodeBundle';

const ARTICLE = [
  'Dockworkers end strike after pay deal',
  '',
  'PORTVALE, May 9 (Harbour Wire) - Dockworkers in Portvale returned to work on Friday after union leader Mara Quist',
  'said members had accepted a 7 percent pay rise, the largest in a decade.',
  '',
  'Is the dispute over? Quist said it was.',
].join('\n');

/** A CliIO over an in-memory file system that records what the command prints. */
function fakeIO(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    out: text => { out.push(text); },
    err: text => { err.push(text); },
    readFile: file => {
      if (!(file in files)) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
      return files[file];
    },
    readBytes: file => new TextEncoder().encode(io.readFile(file)),
    detection: () => detection,
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout.split('\n').filter(Boolean).map(line => JSON.parse(line));
}

function assertScanShape(line: Record<string, unknown>, text: string): void {
  assert.deepEqual(Object.keys(line), ['file', 'reference', 'people', 'dates', 'claims']);
  const reference = line.reference as Record<string, unknown>;
  assert.deepEqual(Object.keys(reference), ['date', 'from']);
  assert.match(reference.date as string, /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(['front matter', 'dateline', 'file date', 'option', 'today'].includes(reference.from as string));
  for (const p of line.people as Record<string, unknown>[]) assert.deepEqual(Object.keys(p), ['start', 'end', 'text', 'entity']);
  for (const d of line.dates as Record<string, unknown>[]) {
    assert.ok(['start,end,text,type,display', 'start,end,text,type,value,display'].includes(Object.keys(d).join(',')));
    assert.ok(typeof d.display === 'string' && d.display.length > 0);
    assert.ok(['DATE', 'TIME', 'DURATION', 'SET'].includes(d.type as string));
  }
  for (const c of line.claims as Record<string, unknown>[]) {
    assert.deepEqual(Object.keys(c), ['start', 'end', 'text', 'score', 'cues']);
    assert.ok(typeof c.score === 'number' && c.score >= 0 && c.score <= 1);
    assert.ok(Array.isArray(c.cues));
  }
  for (const list of [line.people, line.dates, line.claims] as { start: number; end: number; text: string }[][]) {
    for (const s of list) assert.equal(text.slice(s.start, s.end), s.text);
  }
}

describe('factcheck scan (main with a fake IO)', () => {
  it('prints one JSON object a line per file, in the documented shape', async () => {
    const { io, stdout, stderr } = fakeIO({ 'a.txt': ARTICLE, 'b.md': '# Empty day\n' });
    const code = await main(['scan', '--json', '--date', '2025-05-09', 'a.txt', 'b.md'], io);
    assert.equal(code, 0);
    assert.equal(stderr(), '');
    const lines = jsonLines(stdout());
    assert.deepEqual(lines.map(l => l.file), ['a.txt', 'b.md']);
    assertScanShape(lines[0], ARTICLE);
    const claims = lines[0].claims as { text: string; cues: string[] }[];
    const payClaim = claims.find(c => c.text.includes('7 percent pay rise'));
    assert.ok(payClaim, 'the pay-rise sentence is a claim');
    assert.ok(payClaim.cues.includes('number'));
    assert.ok(!claims.some(c => c.text === 'Is the dispute over?'));
    assert.deepEqual(lines[1].claims, []);
  });

  it('prints a readable summary by default', async () => {
    const { io, stdout } = fakeIO({ 'a.txt': ARTICLE });
    assert.equal(await main(['scan', 'a.txt'], io), 0);
    assert.match(stdout(), /^a\.txt\n {2}reference date: \d{4}-\d{2}-\d{2} \(dateline\)\n {2}people \(\d+\): .*\n {2}dates \(\d+\): .*\n {2}claims \(\d+\):\n {4}\d\.\d\d {2}Dockworkers end strike after pay deal .*\n {4}\d\.\d\d {2}Dockworkers in Portvale returned .*\(number, /);
  });

  it('reports an unreadable file, still scans the others and exits 2', async () => {
    const { io, stdout, stderr } = fakeIO({ 'a.txt': ARTICLE });
    const code = await main(['scan', '--json', 'missing.txt', 'a.txt'], io);
    assert.equal(code, 2);
    assert.equal(stderr(), 'factcheck scan: cannot read missing.txt: no such file (ENOENT)\n');
    assert.deepEqual(jsonLines(stdout()).map(l => l.file), ['a.txt']);
  });

  it('reports bad options on stderr with exit code 2', async () => {
    for (const args of [['--date', '2025-13-40'], ['--date'], ['--threshold', 'high'], ['--threshold', '1.5'], ['--colour']]) {
      const { io, stdout, stderr } = fakeIO({ 'a.txt': ARTICLE });
      const code = await main(['scan', '--json', ...args, 'a.txt'], io);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr(), /^factcheck scan: (--date needs a date as YYYY-MM-DD|--threshold needs a number between 0 and 1|unknown option '--colour')/);
      assert.equal(jsonLines(stdout()).length, args[0] === '--date' && args.length === 1 ? 0 : 1, 'the file is still scanned');
    }
  });

  it('needs at least one file, and knows its commands', async () => {
    const none = fakeIO({});
    assert.equal(await main(['scan', '--json'], none.io), 2);
    assert.match(none.stderr(), /no files given\nusage: factcheck scan/);
    const unknown = fakeIO({});
    assert.equal(await main(['scna'], unknown.io), 2);
    assert.match(unknown.stderr(), /unknown command 'scna'/);
    const help = fakeIO({});
    assert.equal(await main(['scan', '--help'], help.io), 0);
    assert.match(help.stdout(), /--threshold N/);
  });

  describe('reference date and readable dates', () => {
    const DATELINED = 'Business Desk — Friday, October 31, 2025\n\nThe council voted on Thursday to build the line, the mayor said.\n';
    const UNDATED = 'The council voted on Thursday to build the line, the mayor said.\n';
    const FRONT = '---\ntitle: Tram\ndate: 2025-01-15\n---\n\nThe council voted on Thursday to build the line.\n';

    async function scanOne(files: Record<string, string>, args: string[], modified?: Record<string, string>) {
      const fake = fakeIO(files);
      if (modified) fake.io.modifiedDate = file => modified[file];
      assert.equal(await main(['scan', '--json', ...args], fake.io), 0, fake.stderr());
      return jsonLines(fake.stdout());
    }
    const thursday = (line: Record<string, unknown>) => (line.dates as Record<string, unknown>[]).find(d => d.text === 'Thursday');

    it('takes the date from the dateline, and adds a readable display to each date', async () => {
      const [line] = await scanOne({ 'a.md': DATELINED }, ['a.md'], { 'a.md': '2026-11-20' });
      assert.deepEqual(line.reference, { date: '2025-10-31', from: 'dateline' });
      const start = DATELINED.indexOf('Thursday');
      assert.deepEqual(thursday(line), { start, end: start + 8, text: 'Thursday', type: 'DATE', value: '2025-10-30', display: 'Thursday 30 October 2025' });
      assert.ok(!(line.claims as { text: string }[]).some(c => c.text.includes('Business Desk')), 'the dateline is no claim');
    });

    it('--date overrides the dateline and the file date, but not the front matter', async () => {
      const [dated] = await scanOne({ 'a.md': DATELINED }, ['--date', '2025-11-10', 'a.md']);
      assert.deepEqual(dated.reference, { date: '2025-11-10', from: 'option' });
      assert.equal(thursday(dated)?.value, '2025-11-06');
      const [front] = await scanOne({ 'f.md': FRONT }, ['--date', '2025-11-10', 'f.md']);
      assert.deepEqual(front.reference, { date: '2025-01-15', from: 'front matter' });
      assert.equal(thursday(front)?.display, 'Thursday 9 January 2025');
    });

    it('takes the year of a dateline without one from the full byline date below it', async () => {
      const text = 'Council weighs bridge repairs\n\nNORTHFIELD, March 4 — The council met on Monday night.\n\nBy Dana Reyes\nTuesday, March 4, 2025\n\nThe council voted on Thursday to spend $4 million, the mayor said.\n';
      const [line] = await scanOne({ 'n.md': text }, ['n.md'], { 'n.md': '2026-06-01' });
      assert.deepEqual(line.reference, { date: '2025-03-04', from: 'dateline' });
      assert.equal(thursday(line)?.value, '2025-02-27');
      assert.equal((line.dates as Record<string, unknown>[]).find(d => d.text === 'March 4')?.value, '2025-03-04');
    });

    it('falls back to the file date, then to today', async () => {
      const [filed] = await scanOne({ 'u.txt': UNDATED }, ['u.txt'], { 'u.txt': '2025-06-06' });
      assert.deepEqual(filed.reference, { date: '2025-06-06', from: 'file date' });
      assert.equal(thursday(filed)?.value, '2025-06-05');
      const [today] = await scanOne({ 'u.txt': UNDATED }, ['u.txt']);
      assert.equal((today.reference as { from: string }).from, 'today');
    });

    it('prints the reference date and readable dates in the summary', async () => {
      const fake = fakeIO({ 'a.md': DATELINED });
      await main(['scan', 'a.md'], fake.io);
      assert.match(fake.stdout(), /reference date: 2025-10-31 \(dateline\)/);
      assert.match(fake.stdout(), /Thursday \[DATE 2025-10-30: Thursday 30 October 2025\]/);
    });
  });

  it('applies --threshold', async () => {
    const all = fakeIO({ 'a.txt': ARTICLE });
    await main(['scan', '--json', '--threshold', '0', 'a.txt'], all.io);
    const strict = fakeIO({ 'a.txt': ARTICLE });
    await main(['scan', '--json', '--threshold=0.999', 'a.txt'], strict.io);
    const count = (s: string) => (jsonLines(s)[0].claims as unknown[]).length;
    assert.ok(count(all.stdout()) > count(strict.stdout()));
  });
});

describe('factcheck scan (the bundled program)', function () {
  this.timeout(60000);
  let dir = '';
  let cli = '';
  let cliWithoutModel = '';
  let cliWithoutWordLists = '';

  before(async () => {
    // bundle like build.mjs does, but into a temporary folder so dist/ of a concurrent build is left alone
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-cli-'));
    cli = path.join(dir, 'cli.js');
    await buildNodeBundle(cli);
    copyDetectorFiles(dir); // as build.mjs puts them beside the bundles
    // each folder holds the bundle, its detection script and every detector file but one
    const without = (file: string) => {
      const folder = path.join(dir, `without-${file}`);
      fs.mkdirSync(folder);
      copyDetectorFiles(folder);
      fs.rmSync(path.join(folder, file));
      fs.copyFileSync(cli, path.join(folder, 'cli.js'));
      fs.cpSync(path.join(dir, 'web'), path.join(folder, 'web'), { recursive: true }); // the detection script
      return path.join(folder, 'cli.js');
    };
    cliWithoutModel = without('claim-model.bin');
    cliWithoutWordLists = without('word-lists.txt');
    fs.writeFileSync(path.join(dir, 'article.txt'), ARTICLE.replace(/\n/g, '\r\n'));
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('scans real files, writes JSON lines to stdout and errors to stderr, exit code 2', () => {
    const article = path.join(dir, 'article.txt');
    const result = spawnSync(process.execPath, [cli, 'scan', '--json', '--date', '2025-05-09', article, path.join(dir, 'nope.txt')], { encoding: 'utf8' });
    assert.equal(result.status, 2);
    const lines = jsonLines(result.stdout);
    assert.equal(lines.length, 1);
    assert.equal(lines[0].file, article);
    assertScanShape(lines[0], ARTICLE.replace(/\n/g, '\r\n'));
    assert.match(result.stderr, /cannot read .*nope\.txt: no such file \(ENOENT\)/);
  });

  it("scans a folder's articles as check and report walk them: sub-folders, not sidecars, images or node_modules", () => {
    const desk = path.join(dir, 'desk');
    fs.mkdirSync(path.join(desk, 'city'), { recursive: true });
    fs.mkdirSync(path.join(desk, 'node_modules'));
    fs.writeFileSync(path.join(desk, 'a.md'), ARTICLE);
    fs.writeFileSync(path.join(desk, 'city', 'b.txt'), 'The council voted on Thursday to build the line.\n');
    fs.writeFileSync(path.join(desk, 'a.md.factcheck.yaml'), 'version: 2\narticle: a.md\nclaims: []\n');
    fs.writeFileSync(path.join(desk, 'photo.jpg'), 'not text');
    fs.writeFileSync(path.join(desk, 'node_modules', 'c.md'), ARTICLE);
    const result = spawnSync(process.execPath, [cli, 'scan', '--json', '--date', '2025-05-09', desk], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(jsonLines(result.stdout).map(line => path.relative(desk, String(line.file))).sort(), ['a.md', path.join('city', 'b.txt')]);
    assert.equal(result.stderr, '');
  });

  it('uses the real file modification date when the article states none', () => {
    const file = path.join(dir, 'undated.txt');
    fs.writeFileSync(file, 'The council voted on Thursday to build the line.\n');
    const when = new Date(2025, 5, 6, 12, 0, 0); // Friday 6 June 2025, local time
    fs.utimesSync(file, when, when);
    const result = spawnSync(process.execPath, [cli, 'scan', '--json', file], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    const [line] = jsonLines(result.stdout);
    assert.deepEqual(line.reference, { date: '2025-06-06', from: 'file date' });
    assert.equal((line.dates as { value: string }[])[0].value, '2025-06-05');
  });

  it('exits 0 when every file was read', () => {
    const result = spawnSync(process.execPath, [cli, 'scan', path.join(dir, 'article.txt')], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /claims \(\d+\):/);
  });

  it('says so and exits 3 when the claim model file is missing, rather than finding no claims', () => {
    const result = spawnSync(process.execPath, [cliWithoutModel, 'scan', '--json', path.join(dir, 'article.txt')], { encoding: 'utf8' });
    assert.equal(result.status, 3);
    assert.match(result.stderr, /article\.txt: claims detection failed: cannot read the claim model .*claim-model\.bin: ENOENT/);
    const [line] = jsonLines(result.stdout);
    assert.deepEqual(line.claims, []);
    assert.ok((line.people as unknown[]).length > 0, 'what the other detectors found is still printed');
  });

  it('says so and exits 3 when the word lists file is missing, rather than finding no people', () => {
    const result = spawnSync(process.execPath, [cliWithoutWordLists, 'scan', '--json', path.join(dir, 'article.txt')], { encoding: 'utf8' });
    assert.equal(result.status, 3);
    assert.match(result.stderr, /article\.txt: people detection failed: cannot read the word lists .*word-lists\.txt: ENOENT/);
    const [line] = jsonLines(result.stdout);
    assert.deepEqual(line.people, []);
    assert.ok((line.claims as unknown[]).length > 0 && (line.dates as unknown[]).length > 0, 'what the other detectors found is still printed');
  });

  it('names the detection script and exits 3 when it is missing; an empty file needs none', () => {
    const folder = path.join(dir, 'without-script');
    fs.mkdirSync(folder);
    copyDetectorFiles(folder);
    fs.copyFileSync(cli, path.join(folder, 'cli.js'));
    const result = spawnSync(process.execPath, [path.join(folder, 'cli.js'), 'scan', '--json', path.join(dir, 'article.txt')], { encoding: 'utf8' });
    assert.equal(result.status, 3);
    assert.match(result.stderr, /cannot read the detection script .*without-script\/web\/analysisWorker\.js: ENOENT/);
    fs.writeFileSync(path.join(dir, 'blank.md'), '\n');
    const blank = spawnSync(process.execPath, [path.join(folder, 'cli.js'), 'scan', '--json', path.join(dir, 'blank.md')], { encoding: 'utf8' });
    assert.equal(blank.status, 0, blank.stderr);
  });

  it('reads no claim model and no word lists for an empty file (nothing to detect)', () => {
    fs.writeFileSync(path.join(dir, 'empty.md'), '');
    for (const program of [cliWithoutModel, cliWithoutWordLists]) {
      const result = spawnSync(process.execPath, [program, 'scan', '--json', path.join(dir, 'empty.md')], { encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
      assert.deepEqual(jsonLines(result.stdout)[0].claims, []);
    }
  });
});
