// The command line against hostile input (issue 13): FIFOs and devices, symlinked and conflicting sidecars, merge
// conflicts, unreadable folders, bytes that are not UTF-8, escape sequences in sidecar text, a closed output pipe.
// Each case runs the bundled CLI as a real process, as CI runs it.
import assert from 'node:assert/strict';
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serializeSidecar } from '../../../src/core/sidecar';
import { copyDetectorFiles } from '../../sourceDetectorFiles';
import { claimOn } from './fixtures';
import { buildNodeBundle } from './nodeBundle';

const STORY = [
  'Tram line approved',
  '',
  'The city will build a 9 km tram line, the transport office said on Monday.',
  'Opponents claim the line will cost twice the official estimate.',
].join('\n');

const DISPUTED = serializeSidecar({ version: 1, article: 'tram.md', claims: [
  claimOn(STORY, 'c-cost', 'Opponents claim the line will cost twice the official estimate.', 'disputed'),
  claimOn(STORY, 'c-length', 'The city will build a 9 km tram line', 'false'),
] });
const CLEAN = serializeSidecar({ version: 1, article: 'tram.md', claims: [
  claimOn(STORY, 'c-length', 'The city will build a 9 km tram line', 'verified'),
] });

describe('factcheck CLI hardening (bundled, as a real process)', function () {
  this.timeout(60000);
  let root: string;
  let cli: string;
  /** Runs the CLI; a hang is cut off after 20 s and shows as `signal` set (the tests require none). */
  const run = (args: string[], options: SpawnSyncOptions = {}) => {
    const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 20000, maxBuffer: 64 * 1024 * 1024, ...options });
    return { status: result.status, signal: result.signal, stdout: String(result.stdout), stderr: String(result.stderr) };
  };
  let dir: string;

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-harden-'));
    cli = path.join(root, 'cli.js');
    await buildNodeBundle(cli);
    copyDetectorFiles(root); // as build.mjs puts them beside the bundles
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(root, 'case-'));
  });

  function story(folder: string, name = 'tram.md', sidecar: string | null = DISPUTED): string {
    fs.mkdirSync(folder, { recursive: true });
    const article = path.join(folder, name);
    fs.writeFileSync(article, STORY);
    if (sidecar !== null) fs.writeFileSync(`${article}.factcheck.yaml`, sidecar.replace('tram.md', name));
    return article;
  }

  it('a FIFO or a symlink to /dev/zero among the arguments: a message, exit 2, and the other files are still processed', () => {
    const article = story(dir);
    const fifo = path.join(dir, 'pipe.md');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
    const zero = path.join(dir, 'zero.md');
    fs.symlinkSync('/dev/zero', zero);
    for (const command of ['scan', 'status', 'check']) {
      const result = run([command, fifo, zero, article]);
      assert.equal(result.signal, null, `${command} must not hang or grow without bound`);
      assert.equal(result.status, 2, `${command}: ${result.stderr}`);
      assert.match(result.stderr, /pipe\.md: not a regular file/, command);
      assert.match(result.stderr, /zero\.md: not a regular file/, command);
      assert.match(result.stdout, command === 'check' ? /checked 1 sidecar, 2 claims/ : /tram\.md/, `${command} still processes the article`);
    }
    // a FIFO or device named like a sidecar is refused the same way
    const fifoSidecar = path.join(dir, 'other.md.factcheck.yaml');
    assert.equal(spawnSync('mkfifo', [fifoSidecar]).status, 0);
    fs.writeFileSync(path.join(dir, 'other.md'), STORY);
    const result = run(['check', dir]);
    assert.equal(result.signal, null);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /other\.md\.factcheck\.yaml: not a regular file/);
  });

  it('a file above the size limit is refused with a message, the rest is processed', () => {
    const article = story(dir);
    const huge = path.join(dir, 'huge.md');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, 300 * 1024 * 1024); // sparse: costs no disk
    const result = run(['scan', huge, article]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /huge\.md: too large \(300 MB; the limit is \d+ MB\)/);
    assert.match(result.stdout, /tram\.md/);
  });

  it('check DIR follows a symlinked sidecar whose target is inside DIR and gates it', () => {
    const desk = path.join(dir, 'desk');
    story(desk, 'tram.md', null);
    fs.mkdirSync(path.join(desk, 'shared'));
    fs.writeFileSync(path.join(desk, 'shared', 'tram-verdicts.yaml'), DISPUTED);
    fs.symlinkSync(path.join('shared', 'tram-verdicts.yaml'), path.join(desk, 'tram.md.factcheck.yaml'));
    const result = run(['check', desk]);
    assert.equal(result.status, 1, result.stdout + result.stderr);
    assert.match(result.stdout, /disputed: Opponents claim/);
    assert.match(result.stdout, /false: The city will build/);
    assert.match(result.stdout, /checked 1 sidecar, 2 claims/);
  });

  it('check DIR with a symlinked sidecar that points outside DIR: exit 2 with a message', () => {
    const outside = path.join(dir, 'elsewhere');
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(outside, 'verdicts.yaml'), DISPUTED);
    const desk = path.join(dir, 'desk');
    story(desk, 'tram.md', null);
    fs.symlinkSync(path.join(outside, 'verdicts.yaml'), path.join(desk, 'tram.md.factcheck.yaml'));
    const result = run(['check', desk]);
    assert.equal(result.status, 2, result.stdout + result.stderr);
    assert.match(result.stderr, /tram\.md\.factcheck\.yaml: a symbolic link to .*verdicts\.yaml, outside/);
    // a dangling link is an error too, never silently skipped
    fs.symlinkSync(path.join(dir, 'missing.yaml'), path.join(desk, 'gone.md.factcheck.yaml'));
    const dangling = run(['check', desk]);
    assert.equal(dangling.status, 2);
    assert.match(dangling.stderr, /gone\.md\.factcheck\.yaml/);
  });

  it('an article with sidecars in both layouts: the conflict is reported, exit 2, from check and status', () => {
    const article = story(dir, 'tram.md', CLEAN);
    fs.mkdirSync(path.join(dir, '.factcheck'));
    fs.writeFileSync(path.join(dir, '.factcheck', 'tram.md.factcheck.yaml'), DISPUTED);
    for (const args of [['check', dir], ['check', article], ['status', article]]) {
      const result = run(args);
      assert.equal(result.status, 2, `${args.join(' ')}: ${result.stdout}${result.stderr}`);
      assert.match(result.stderr, /two fact-check files for tram\.md/);
      assert.match(result.stderr, /\.factcheck[/\\]tram\.md\.factcheck\.yaml/);
    }
  });

  it('an unresolved merge conflict in a sidecar: exit 2, "merge conflict" with its lines, the file untouched', () => {
    const article = story(dir);
    const sidecar = `${article}.factcheck.yaml`;
    const lines = DISPUTED.split('\n');
    const at = lines.findIndex(l => l.includes('status: disputed'));
    lines.splice(at, 1, '<<<<<<< HEAD', '    status: disputed', '=======', '    status: verified', '>>>>>>> theirs');
    const conflicted = lines.join('\n');
    fs.writeFileSync(sidecar, conflicted);
    for (const command of ['check', 'status']) {
      const result = run([command, article]);
      assert.equal(result.status, 2);
      assert.match(result.stderr, new RegExp(`tram\\.md\\.factcheck\\.yaml:${at + 1}:1: unresolved merge conflict, lines ${at + 1}–${at + 5}: keep one side`));
      assert.equal(result.stderr.trim().split('\n').length, 1, 'one problem, not a cascade');
    }
    assert.equal(fs.readFileSync(sidecar, 'utf8'), conflicted);
  });

  it('check DIR with an unreadable subfolder: a message, exit 2, and everything else is checked', function () {
    const locked = path.join(dir, 'locked');
    story(locked);
    story(path.join(dir, 'open'));
    fs.chmodSync(locked, 0o000);
    // as root, permissions do not stop reads: run the CLI as an unprivileged user then
    const asUser: SpawnSyncOptions = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    if (asUser.uid !== undefined) for (const p of [root, dir]) fs.chmodSync(p, 0o755);
    try {
      const result = run(['check', dir], asUser);
      assert.equal(result.status, 2, result.stdout + result.stderr);
      assert.match(result.stderr, /cannot read .*locked: permission denied/);
      assert.doesNotMatch(result.stderr, /internal error|at .*\.js:\d+/);
      assert.match(result.stdout, /checked 1 sidecar, 2 claims/);
    } finally {
      fs.chmodSync(locked, 0o755);
    }
  });

  it('status on a missing file exits 2 with a message; on a folder it walks it as check does', () => {
    const missing = run(['status', path.join(dir, 'nope.md')]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /nope\.md: no such file/);
    story(path.join(dir, 'a'));
    story(path.join(dir, 'b', 'deeper'), 'ferry.md', CLEAN);
    const walked = run(['status', dir]);
    assert.equal(walked.status, 0, walked.stderr);
    assert.match(walked.stdout, /a[/\\]tram\.md .*: 2 claims/);
    assert.match(walked.stdout, /deeper[/\\]ferry\.md .*: 1 claim/);
    assert.doesNotMatch(walked.stdout, /no annotations/);
  });

  it('a sidecar that is not UTF-8: refused with file:line:col, exit 2', () => {
    const article = story(dir);
    const sidecar = `${article}.factcheck.yaml`;
    const text = DISPUTED.replace('status: disputed', 'status: disputed\n    note: caf\u0000');
    const bytes = Buffer.from(text, 'utf8');
    bytes[bytes.indexOf(0)] = 0xe9; // Latin-1 é
    fs.writeFileSync(sidecar, bytes);
    const line = text.slice(0, text.indexOf('\u0000')).split('\n').length;
    for (const command of ['status', 'check']) {
      const result = run([command, article]);
      assert.equal(result.status, 2, command);
      assert.match(result.stderr, new RegExp(`tram\\.md\\.factcheck\\.yaml:${line}:14: not valid UTF-8`));
      assert.doesNotMatch(result.stdout, /\uFFFD/);
    }
  });

  it('escape sequences and other control characters from a sidecar reach the terminal escaped', () => {
    const article = story(dir, 'tram.md', null);
    const sneaky = serializeSidecar({ version: 1, article: 'tram.md', claims: [
      { ...claimOn(STORY, 'c-cost', 'Opponents claim the line will cost twice the official estimate.', 'disputed'), anchor: {
        ...claimOn(STORY, 'c-cost', 'Opponents claim the line will cost twice the official estimate.', 'disputed').anchor,
        quote: 'Opponents \u001b[2K\u001b[1Aclaim \u001b]52;c;ZWNobyBvd25lZA==\u0007the \u009b8m\u202eline',
      } },
      claimOn(STORY, 'c-length', 'The city will build a 9 km tram line', 'verified\u001b[8m'),
    ] });
    fs.writeFileSync(`${article}.factcheck.yaml`, sneaky);
    for (const args of [['status', article], ['check', '--fail-on', 'disputed,orphaned', article], ['check', '--fail-on', 'x\u001b[31m', article]]) {
      const result = run(args);
      const all = result.stdout + result.stderr;
      assert.doesNotMatch(all, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/, `${args[0]}: raw control characters in ${JSON.stringify(all)}`);
      assert.match(all, /\\x1b|\\u001b|\\e/i, `${args[0]} shows them escaped`);
    }
    const scanned = path.join(dir, 'sneaky.md');
    fs.writeFileSync(scanned, 'The mayor \u001b[2Ksaid on Monday that 4,000 \u202eflats will be built by 2030.\n');
    const scan = run(['scan', scanned]);
    assert.doesNotMatch(scan.stdout + scan.stderr, /[\u001b\u009b\u202e]/);
  });

  it('a closed output pipe (`scan --json … | head`) ends the command quietly', async () => {
    const files: string[] = [];
    for (let i = 0; i < 40; i++) files.push(story(path.join(dir, `s${i}`), 'tram.md', null));
    const child = spawn(process.execPath, [cli, 'scan', '--json', ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', chunk => { stderr += chunk; });
    child.stdout.once('data', () => child.stdout.destroy()); // like `head -1` exiting after the first line
    const code = await new Promise<number | null>(resolve => child.on('close', resolve));
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });
});
