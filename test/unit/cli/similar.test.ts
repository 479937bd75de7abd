import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runSimilar } from '../../../src/cli/similar';
import { serializeSidecar } from '../../../src/core/sidecar';
import { captureIO } from './captureIO';
import { claimOn } from './fixtures';

const BUDGET = '# Council budget\n\nThe council approved a budget of 12 million euros for the new tram line on Tuesday.\n\nThe mayor thanked the staff.\n';
const JOBS = 'Unemployment in the region fell to 3.1 percent last year, the statistics office said.\n';
const NEW = 'The council approved a budget of 15 million euros for the new tram line, officials said.\n\nThe weather was fine.\n';

describe('factcheck similar', () => {
  let dir: string;
  const write = (name: string, text: string, claims: ReturnType<typeof claimOn>[] = []) => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
    if (claims.length) fs.writeFileSync(path.join(dir, `${name}.factcheck.yaml`), serializeSidecar({ version: 2, article: path.basename(name), claims }));
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-similar-'));
    write('desk/budget.md', BUDGET, [
      claimOn(BUDGET, 'c-budget', 'The council approved a budget of 12 million euros for the new tram line on Tuesday.', 'disputed', { reviewer: 'Ana' }),
      claimOn(BUDGET, 'c-mayor', 'The mayor thanked the staff.', 'unverified'),
    ]);
    write('desk/jobs.txt', JOBS, [claimOn(JOBS, 'c-jobs', 'Unemployment in the region fell to 3.1 percent last year, the statistics office said.', 'verified')]);
    write('desk/node_modules/pkg/budget.md', BUDGET, [claimOn(BUDGET, 'c-hidden', 'The mayor thanked the staff.', 'verified')]);
    write('new.md', NEW, [claimOn(NEW, 'c-own', 'The weather was fine.', 'verified')]);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = async (...args: string[]) => {
    const capture = captureIO();
    const code = await runSimilar(args, capture.io);
    return { code, out: capture.stdout(), err: capture.stderr() };
  };

  it('prints one JSON object a line per file: each sentence with the earlier verdicts that may apply, best first', async () => {
    const { code, out, err } = await run('--json', '--in', path.join(dir, 'desk'), '--all-sentences', path.join(dir, 'new.md'));
    assert.equal(code, 0, err);
    const lines = out.trim().split('\n');
    assert.equal(lines.length, 1);
    const result = JSON.parse(lines[0]);
    assert.equal(result.file, path.join(dir, 'new.md'));
    assert.deepEqual(result.claims.map((c: { start: number; end: number; text: string }) => NEW.slice(c.start, c.end) === c.text), [true, true]);
    const [first, second] = result.claims;
    assert.equal(first.text, 'The council approved a budget of 15 million euros for the new tram line, officials said.');
    const best = first.matches[0];
    assert.equal(best.article, path.join(dir, 'desk', 'budget.md'));
    assert.equal(best.id, 'c-budget');
    assert.equal(best.status, 'disputed');
    assert.equal(best.quote, 'The council approved a budget of 12 million euros for the new tram line on Tuesday.');
    assert.ok(best.score > 0 && best.score <= 1);
    assert.equal(best.line, 3);
    assert.match(best.why, /^different figure: 15 million euros, earlier 12 million euros/);
    // the unverified claim, the file's own verdict and the folder under node_modules never match
    assert.deepEqual(second.matches, []);
    for (const claim of result.claims) for (const match of claim.matches) assert.ok(!['c-mayor', 'c-own', 'c-hidden'].includes(match.id));
  });

  it('leaves FILE\'s own verdicts out when FILE is under DIR, and keeps to --top', async () => {
    const { out } = await run('--json', '--in', path.join(dir, 'desk'), '--top', '1', '--all-sentences', path.join(dir, 'desk', 'budget.md'), path.join(dir, 'desk', 'jobs.txt'));
    const [budget, jobs] = out.trim().split('\n').map(line => JSON.parse(line));
    for (const claim of budget.claims) assert.ok(claim.matches.every((m: { id: string }) => m.id !== 'c-budget'));
    assert.ok(jobs.claims.every((claim: { matches: unknown[] }) => claim.matches.length <= 1));
    assert.ok(jobs.claims.every((claim: { matches: Array<{ id: string }> }) => claim.matches.every(m => m.id !== 'c-jobs')));
  });

  it('reads the current folder by default and, without --all-sentences, only the detected claims', async () => {
    const cwd = process.cwd();
    process.chdir(path.join(dir, 'desk'));
    try {
      const { code, out } = await run('--json', path.join(dir, 'new.md'));
      assert.equal(code, 0);
      const result = JSON.parse(out);
      assert.deepEqual(result.claims.map((c: { text: string }) => c.text), ['The council approved a budget of 15 million euros for the new tram line, officials said.']);
      assert.equal(result.claims[0].matches[0].article, 'budget.md');
    } finally {
      process.chdir(cwd);
    }
  });

  it('prints a readable list: the claim at file:line:col, then each match with score, status, place and why', async () => {
    const { out } = await run('--in', path.join(dir, 'desk'), path.join(dir, 'new.md'));
    const lines = out.trim().split('\n');
    assert.equal(lines[0], `${path.join(dir, 'new.md')}:1:1: "The council approved a budget of 15 million euros for the new tram line…"`);
    assert.match(lines[1], new RegExp(`^  0\\.\\d\\d  disputed  ${path.join(dir, 'desk', 'budget.md').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3  "The council approved`));
    assert.match(lines[1], / — different figure: 15 million euros, earlier 12 million euros/);
  });

  it('reports a malformed sidecar under DIR and still matches the rest; a missing FILE or DIR exits 2', async () => {
    fs.writeFileSync(path.join(dir, 'desk', 'jobs.txt.factcheck.yaml'), 'version: 2\nclaims: [\n');
    const { code, out, err } = await run('--json', '--in', path.join(dir, 'desk'), '--all-sentences', path.join(dir, 'new.md'));
    assert.equal(code, 0);
    assert.match(err, /jobs\.txt\.factcheck\.yaml:\d+:\d+: /);
    assert.equal(JSON.parse(out).claims[0].matches[0].id, 'c-budget');
    const missing = await run('--json', '--in', path.join(dir, 'nowhere'), path.join(dir, 'new.md'), path.join(dir, 'gone.md'));
    assert.equal(missing.code, 2);
    assert.match(missing.err, /nowhere: no such file or folder/);
    assert.match(missing.err, /cannot read .*gone\.md/);
    assert.equal(missing.out.trim().split('\n').length, 1);
  });

  it('refuses bad options with the usage', async () => {
    for (const args of [['--top', '0', 'x.md'], ['--top', 'many', 'x.md'], ['--in'], ['--bogus', 'x.md'], ['--json']]) {
      const { code, err } = await run(...args);
      assert.equal(code, 2, args.join(' '));
      assert.match(err, /usage: factcheck similar/);
    }
  });
});
