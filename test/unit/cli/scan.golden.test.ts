// What `factcheck scan` prints for the project's own articles, compared with a recorded copy (test/fixtures/scan/):
// every sentence's claim score (--threshold 0) as JSON lines, and the readable listing at the default threshold.
// Recorded by the code that still embedded the claim model as a JSON string in each bundle (main, detection as of the
// merge), so it proves the move to the binary model file changed no decision and no score. A deliberate change to
// detection re-records it:
//   UPDATE_SCAN_GOLDEN=1 npm run test:unit
// and the diff of the recorded files is then part of the change's review.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { main } from '../../../src/cli';
import type { CliIO } from '../../../src/cli/io';
import { detection } from '../../../src/core/detect/detection';
import { copyDetectorFiles } from '../../sourceDetectorFiles';
import { buildNodeBundle, NODE_BUILD } from './nodeBundle';

const root = path.resolve(__dirname, '../../..');
const recorded = path.join(root, 'test/fixtures/scan');
const ARTICLES = [
  'samples/harbour-bridge-funding.md',
  'test/fixtures/scan/varied-news.md',
  'test/fixtures/workspace/harbour-bridge.md',
  'test/fixtures/workspace/market-hall.md',
  'test/fixtures/workspace/river-ferry.md',
  'test/fixtures/workspace/notes.txt',
  'test/fixtures/workspace/claims-view/council-budget.md',
  'test/fixtures/workspace/claims-view/school-survey.md',
];
// relative dates resolve against this day, so the output does not depend on when the test runs
const DATE = '2025-06-02';

async function scan(options: string[]): Promise<string> {
  const out: string[] = [];
  const io: CliIO = {
    out: text => { out.push(text); },
    err: text => { throw new Error(`unexpected stderr: ${text}`); },
    readFile: file => fs.readFileSync(path.join(root, file), 'utf8'),
    readBytes: file => fs.readFileSync(path.join(root, file)),
    detection: () => detection,
  };
  assert.equal(await main(['scan', '--date', DATE, ...options, ...ARTICLES], io), 0);
  return out.join('');
}

function matchesRecording(name: string, actual: string): void {
  const file = path.join(recorded, name);
  if (process.env.UPDATE_SCAN_GOLDEN) fs.writeFileSync(file, actual);
  const expected = fs.readFileSync(file, 'utf8');
  const actualLines = actual.split('\n'), expectedLines = expected.split('\n');
  const first = actualLines.findIndex((line, i) => line !== expectedLines[i]);
  assert.ok(actual === expected, `${name} differs from the recording at line ${first + 1}:\n` +
    `  recorded: ${expectedLines[first]?.slice(0, 400)}\n  now:      ${actualLines[first]?.slice(0, 400)}`);
}

describe('factcheck scan output on the project\'s articles (recorded)', () => {
  it('scores every sentence as recorded (JSON, --threshold 0)', async () => {
    const output = await scan(['--json', '--threshold', '0']);
    const lines = output.trim().split('\n').map(line => JSON.parse(line) as { claims: unknown[] });
    assert.equal(lines.length, ARTICLES.length);
    assert.ok(lines.reduce((n, line) => n + line.claims.length, 0) > 60, 'enough sentences to mean something');
    matchesRecording('scan.jsonl', output);
  });

  it('lists the claims at the default threshold as recorded (readable output)', async () => {
    matchesRecording('scan.txt', await scan([]));
  });

  it('is what the bundled program prints as a process of its own, where it tunes V8 for a short run, with and without its code cache', async function () {
    this.timeout(60000);
    // bundled like build.mjs does, into a temporary folder so dist/ of a concurrent build is left alone: dist/cli.js
    // starts dist/factcheck.js from V8's code cache, which the first run writes and the second reads
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-golden-'));
    try {
      await esbuild.build({ ...NODE_BUILD, entryPoints: [path.join(root, 'src/cli/launch.ts')], outfile: path.join(dir, 'cli.js') });
      await buildNodeBundle(path.join(dir, 'factcheck.js'));
      copyDetectorFiles(dir); // as build.mjs puts them beside the bundles
      const cache = path.join(dir, 'code-cache');
      for (const run of ['first (cache written)', 'second (cache read)']) {
        const result = spawnSync(process.execPath, [path.join(dir, 'cli.js'), 'scan', '--date', DATE, '--json', '--threshold', '0', ...ARTICLES],
          { cwd: root, encoding: 'utf8', env: { ...process.env, FACTCHECK_CODE_CACHE: cache } });
        assert.equal(result.status, 0, `${run}: ${result.stderr}`);
        matchesRecording('scan.jsonl', result.stdout);
        // one cache for the bundle, one for the detection script it loads
        for (const script of ['factcheck', 'analysisWorker']) {
          assert.equal(fs.readdirSync(cache).filter(name => name.startsWith(`${script}-batch-scan-`)).length, 1, `${run}: ${script}`);
        }
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
