import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runStatus } from '../../../src/cli/status';
import { runCheck } from '../../../src/cli/check';
import { captureIO } from './captureIO';
import { serializeSidecar } from '../../../src/core/sidecar';
import type { ClaimAnnotation } from '../../../src/core/sidecar/model';
import { claimOn } from './fixtures';
import { buildNodeBundle } from './nodeBundle';

const STORY = [
  'Tram line approved',
  '',
  'The city will build a 9 km tram line, the transport office said on Monday.',
  'Work starts in April and should take three years.',
  'Opponents claim the line will cost twice the official estimate.',
].join('\n');

describe('factcheck status / check', () => {
  let dir: string;
  let story: string;
  let sidecar: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-status-'));
    story = path.join(dir, 'tram.md');
    sidecar = `${story}.factcheck.yaml`;
    fs.writeFileSync(story, STORY);
    fs.writeFileSync(sidecar, serializeSidecar({ version: 1, article: 'tram.md', claims: [
      claimOn(STORY, 'c-length', 'The city will build a 9 km tram line', 'verified', { note: 'Plan, page 2.' }),
      claimOn(STORY, 'c-cost', 'Opponents claim the line will cost twice the official estimate.', 'disputed'),
      claimOn(STORY, 'c-start', 'Work starts in April', 'unverified'),
    ] }));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('status --json: each claim with its status and where it is anchored now, after an edit elsewhere', async () => {
    fs.writeFileSync(story, 'UPDATED 14:00\n' + STORY.replace('Work starts in April and should take three years.\n', ''));
    const { io, stdout, stderr } = captureIO();
    assert.equal(await runStatus(['--json', story], io), 0);
    assert.equal(stderr(), '');
    const [line] = stdout().trim().split('\n').map(l => JSON.parse(l));
    assert.equal(line.file, story);
    assert.equal(line.sidecar, sidecar);
    const byId = Object.fromEntries(line.claims.map((c: { id: string }) => [c.id, c]));
    assert.equal(byId['c-length'].status, 'verified');
    assert.equal(byId['c-length'].orphaned, false);
    assert.deepEqual([byId['c-length'].line, byId['c-length'].column], [4, 1]);
    assert.equal(byId['c-length'].note, 'Plan, page 2.');
    assert.equal(byId['c-cost'].line, 5);
    assert.equal(byId['c-start'].orphaned, true);
    assert.ok(byId['c-start'].reason);
  });

  it('status, readable: one line per claim, orphans marked; an article without sidecar says so', async () => {
    const bare = path.join(dir, 'bare.md');
    fs.writeFileSync(bare, 'Nothing annotated.');
    const { io, stdout } = captureIO();
    assert.equal(await runStatus([story, bare], io), 0);
    assert.match(stdout(), /tram\.md .*: 3 claims\n/);
    assert.match(stdout(), /^ {2}3:1 +verified +The city will build a 9 km tram line {2}\[c-length\]$/m);
    assert.match(stdout(), /bare\.md: no annotations/);
  });

  it('a malformed sidecar: exit 2, file:line:col on stderr, file unchanged', async () => {
    const broken = fs.readFileSync(sidecar, 'utf8').replace('status: verified', 'status: [verified');
    fs.writeFileSync(sidecar, broken);
    let captured = captureIO();
    for (const run of [() => runStatus([story], captured.io), () => runCheck([dir], captured.io)]) {
      captured = captureIO();
      assert.equal(await run(), 2);
      assert.match(captured.stderr(), new RegExp(`^${sidecar.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: `, 'm'));
      assert.equal(fs.readFileSync(sidecar, 'utf8'), broken);
    }
  });

  it('check: default gate fails on disputed claims (exit 1) and prints where', async () => {
    const { io, stdout } = captureIO();
    assert.equal(await runCheck([dir], io), 1);
    assert.match(stdout(), new RegExp(`tram\\.md:5:1: disputed: Opponents claim`));
    assert.match(stdout(), /checked 1 sidecar, 3 claims \(.*1 disputed.*\): FAIL/);
  });

  it('check --fail-on chooses the failing statuses; orphaned counts when asked for', async () => {
    let run = captureIO();
    assert.equal(await runCheck(['--fail-on', 'false', story], run.io), 0);
    assert.match(run.stdout(), /: OK\n$/);
    fs.writeFileSync(story, STORY.replace('Work starts in April', 'Work begins later'));
    run = captureIO();
    assert.equal(await runCheck(['--fail-on=orphaned', story], run.io), 1);
    // people's word in the lines a person reads; `orphaned` stays the option's name
    assert.match(run.stdout(), /: detached: Work starts in April \[c-start\]/);
    assert.match(run.stdout(), /1 detached\b.*FAIL \(1 claim detached\)/);
    run = captureIO();
    assert.equal(await runCheck(['--fail-on', 'unverified,orphaned', sidecar], run.io), 1);
  });

  it('check: dismissed claims never fail; a folder layout sidecar is found; a missing path is an error', async () => {
    const folder = path.join(dir, 'desk');
    fs.mkdirSync(path.join(folder, '.factcheck'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'note.md'), STORY);
    fs.writeFileSync(path.join(folder, '.factcheck', 'note.md.factcheck.yaml'), serializeSidecar({ version: 1, article: 'note.md', claims: [
      claimOn(STORY, 'c-x', 'Opponents claim the line will cost twice the official estimate.', 'false', { dismissed: true }),
    ] }));
    let run = captureIO();
    assert.equal(await runCheck([folder], run.io), 0);
    assert.match(run.stdout(), /checked 1 sidecar, 1 claim \(1 dismissed\): OK/);
    run = captureIO();
    assert.equal(await runCheck([path.join(dir, 'nope')], run.io), 2);
  });

  it('runs as a real process from the bundled CLI', async function () {
    this.timeout(60000);
    // bundle like build.mjs does, but into this test's folder so a concurrent build's dist/ is left alone
    const cli = path.join(dir, 'cli.js');
    await buildNodeBundle(cli);
    const status = spawnSync(process.execPath, [cli, 'status', '--json', story], { encoding: 'utf8' });
    assert.equal(status.status, 0, status.stderr);
    assert.equal(JSON.parse(status.stdout).claims.length, 3);
    const check = spawnSync(process.execPath, [cli, 'check', '--fail-on', 'disputed', dir], { encoding: 'utf8' });
    assert.equal(check.status, 1, check.stderr);
    assert.match(check.stdout, /FAIL/);
    fs.writeFileSync(sidecar, 'version: 3\narticle: tram.md\nclaims: []\n');
    const broken = spawnSync(process.execPath, [cli, 'check', dir], { encoding: 'utf8' });
    assert.equal(broken.status, 2);
    assert.match(broken.stderr, /tram\.md\.factcheck\.yaml:1:10: unsupported sidecar version 3/);
  });
});

describe('factcheck status / check: a verdict belongs to the words that were reviewed', () => {
  const LEAD = 'Talks in Geneva\n\nDiplomats met for a third day on Thursday, officials said.';
  const TAIL = 'A further round of talks is planned for the autumn.';
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-changed-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** An article whose `sentence` is verified (in a version 2 sidecar, or a version 1 one), then edited outside. */
  function reviewedArticle(text: string, sentence: string, extra: Partial<ClaimAnnotation> = {}, version: 1 | 2 = 2): string {
    const article = path.join(dir, 'talks.md');
    fs.writeFileSync(article, text);
    const claim = claimOn(text, 'c-1', sentence, 'verified', { reviewer: 'Dana', updated: '2026-03-03T10:05:00Z', ...extra });
    if (version === 2) claim.reviewed ??= { quote: sentence, reviewer: 'Dana', time: '2026-03-03T10:05:00Z' };
    const written = serializeSidecar({ version: 2, article: 'talks.md', claims: [claim] });
    fs.writeFileSync(`${article}.factcheck.yaml`, version === 1 ? written.replace('version: 2', 'version: 1').replace(/\n {4}reviewed:\n( {6}.*\n)+/, '\n') : written);
    return article;
  }

  async function statusOf(article: string): Promise<Record<string, unknown>> {
    const { io, stdout, stderr } = captureIO();
    assert.equal(await runStatus(['--json', article], io), 0, stderr());
    return JSON.parse(stdout()).claims[0];
  }

  async function gate(args: string[]): Promise<{ code: number; out: string }> {
    const { io, stdout } = captureIO();
    const code = await runCheck(args, io);
    return { code, out: stdout() };
  }

  const SENTENCE = 'The spokesman said Russia would retreat from its military objectives by 4 April.';
  const EDITS: Array<[string, string]> = [
    ['a negation', SENTENCE.replace('would retreat', 'would not retreat')],
    ['another number', SENTENCE.replace('by 4 April', 'by 14 April')],
    ['another month', SENTENCE.replace('April', 'June')],
  ];
  for (const [what, edited] of EDITS) {
    it(`an outside edit with ${what}: changed: true with the new text, and check exits 1`, async () => {
      const article = reviewedArticle(`${LEAD}\n\n${SENTENCE}\n\n${TAIL}\n`, SENTENCE);
      fs.writeFileSync(article, `${LEAD}\n\n${edited}\n\n${TAIL}\n`);
      const claim = await statusOf(article);
      assert.equal(claim.changed, true);
      assert.equal(claim.quote, SENTENCE);
      assert.equal(claim.text, edited);
      assert.equal(claim.status, 'verified');
      assert.equal(claim.orphaned, false);
      const result = await gate([dir]);
      assert.equal(result.code, 1);
      assert.match(result.out, /talks\.md:5:1: changed since verified: .*\[c-1\] \(reviewed: The spokesman said/);
      assert.match(result.out, /1 changed.*: FAIL/);
      const human = captureIO();
      await runStatus([article], human.io);
      assert.match(human.stdout(), /verified CHANGED/);
      assert.match(human.stdout(), /changed since review: .*\[-.*-\] .*\{\+.*\+\}|changed since review: .*\{\+not\+\}/);
    });
  }

  it('a deleted verified sentence next to its negated twin is not reported verified-and-unchanged there; check fails', async () => {
    const twin = 'The minister said the grant for the bridge was not approved.';
    const original = 'The minister said the grant for the bridge was approved.';
    const article = reviewedArticle(`${LEAD}\n\n${original} ${twin}\n\n${TAIL}\n`, original);
    fs.writeFileSync(article, `${LEAD}\n\n${twin}\n\n${TAIL}\n`);
    const claim = await statusOf(article);
    assert.ok(claim.orphaned === true || claim.changed === true, JSON.stringify(claim));
    assert.equal(claim.orphaned, true);
    assert.equal(claim.text, null);
    const result = await gate([dir]);
    assert.equal(result.code, 1);
    assert.match(result.out, /detached: The minister said the grant for the bridge was approved\. \[c-1\]/);
  });

  it('a paragraph inserted above and the line re-wrapped: changed: false, and check passes', async () => {
    const article = reviewedArticle(`${LEAD}\n\n${SENTENCE}\n\n${TAIL}\n`, SENTENCE);
    const rewrapped = SENTENCE.replace(' from its', '\nfrom its').replace('’', "'");
    fs.writeFileSync(article, `${LEAD}\n\nAn inserted paragraph with background on the talks.\n\n${rewrapped}\n\n${TAIL}\n`);
    const claim = await statusOf(article);
    assert.equal(claim.changed, false);
    assert.equal(claim.orphaned, false);
    assert.equal(claim.text, rewrapped);
    const result = await gate([dir]);
    assert.equal(result.code, 0, result.out);
    assert.match(result.out, /1 claim \(1 verified\): OK/);
  });

  it('--fail-on without `changed` lets a changed claim pass; an unverified or dismissed claim is never changed', async () => {
    const article = reviewedArticle(`${LEAD}\n\n${SENTENCE}\n\n${TAIL}\n`, SENTENCE);
    fs.writeFileSync(article, `${LEAD}\n\n${EDITS[0][1]}\n\n${TAIL}\n`);
    assert.equal((await gate(['--fail-on', 'disputed,false,orphaned', dir])).code, 0);
    assert.equal((await gate(['--fail-on', 'changed', dir])).code, 1);
    for (const extra of [{ status: 'unverified' }, { dismissed: true }]) {
      const again = reviewedArticle(`${LEAD}\n\n${SENTENCE}\n\n${TAIL}\n`, SENTENCE, extra);
      fs.writeFileSync(again, `${LEAD}\n\n${EDITS[0][1]}\n\n${TAIL}\n`);
      assert.equal((await statusOf(again)).changed, false);
      assert.equal((await gate([dir])).code, 0);
    }
  });

  it('status --json gives the history; a version 1 sidecar is read with its quote as the reviewed words', async () => {
    const history = [{ status: 'disputed', reviewer: 'Lee', time: '2026-03-01T09:00:00Z', quote: 'An older wording.' }];
    let article = reviewedArticle(`${LEAD}\n\n${SENTENCE}\n\n${TAIL}\n`, SENTENCE, { history });
    assert.deepEqual((await statusOf(article)).history, history);
    article = reviewedArticle(`${LEAD}\n\n${SENTENCE}\n\n${TAIL}\n`, SENTENCE, {}, 1);
    assert.match(fs.readFileSync(`${article}.factcheck.yaml`, 'utf8'), /^version: 1$/m);
    fs.writeFileSync(article, `${LEAD}\n\n${EDITS[2][1]}\n\n${TAIL}\n`);
    const claim = await statusOf(article);
    assert.equal(claim.quote, SENTENCE);
    assert.equal(claim.changed, true);
    assert.deepEqual(claim.history, []);
    assert.equal((await gate([dir])).code, 1);
  });
});
