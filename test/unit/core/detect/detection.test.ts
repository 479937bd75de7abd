// Detection is bundled once per platform (core/detect/detection.ts). In Node one bundle is the extension, the command
// line and the analysis worker (src/factcheck.ts); in the browser the extension holds no detector and evaluates its
// worker's script as its own. Bundled here as build.mjs bundles them.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { analyze } from '../../../../src/core/detect/analyze';
import { detection } from '../../../../src/core/detect/detection';
import { detectionOfWorkerScript, WORKER_SCRIPT_GLOBAL } from '../../../../src/web/detectionScript';
import type { CliIO } from '../../../../src/cli/io';

const root = path.resolve(__dirname, '../../../..');
const ARTICLE = fs.readFileSync(path.join(root, 'samples/harbour-bridge-funding.md'), 'utf8');

/** The bundle's source files and its code. */
function bundle(entry: string, platform: 'node' | 'browser', extra: esbuild.BuildOptions = {}) {
  const result = esbuild.buildSync({ entryPoints: [path.join(root, entry)], bundle: true, platform, format: 'cjs', write: false,
    metafile: true, outdir: 'out', external: ['vscode'], logLevel: 'error', define: platform === 'browser' ? { global: 'globalThis' } : {}, ...extra });
  return { inputs: Object.keys(result.metafile!.inputs), code: result.outputFiles![0].text };
}

/** Source files of the detectors themselves (not the value types or the date display the views use). */
const detectors = (inputs: string[]) => inputs.filter(f => /^src\/core\/detect\/(analyze\.ts|(people|dates|claims)\.ts|(people|lexicon)\/)/.test(f));
const DETECTORS = ['src/core/detect/analyze.ts', 'src/core/detect/people.ts', 'src/core/detect/dates.ts', 'src/core/detect/claims.ts'];

describe('detection, bundled once per platform', function () {
  this.timeout(60000);

  it('the browser\'s extension holds no detector; its worker\'s script holds them all', () => {
    assert.deepEqual(detectors(bundle('src/browser.ts', 'browser').inputs), []);
    const found = detectors(bundle('src/web/analysisWorker.ts', 'browser').inputs);
    for (const file of DETECTORS) assert.ok(found.includes(file), file);
  });

  it('the Node bundle is the extension, the command line and the worker, and runs as the command line without vscode', async () => {
    const { inputs, code } = bundle('src/factcheck.ts', 'node');
    for (const file of ['src/main.ts', 'src/extension.ts', 'src/cli.ts', 'src/analysisWorker.ts', ...DETECTORS]) assert.ok(inputs.includes(file), file);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-bundle-'));
    try {
      fs.writeFileSync(path.join(dir, 'factcheck.js'), code);
      // no `vscode` module here: requiring it would throw, so this proves the command line never loads the extension
      const loaded = require(path.join(dir, 'factcheck.js')) as typeof import('../../../../src/factcheck'); // eslint-disable-line @typescript-eslint/no-require-imports -- the bundle just built
      assert.equal(typeof loaded.activate, 'function');
      let out = '';
      const none = () => { throw new Error('no file is read for --help'); };
      const io: CliIO = { out: text => { out += text; }, err: () => undefined, readFile: none, readBytes: none };
      assert.equal(await loaded.main(['--help'], io), 0);
      assert.match(out, /usage: factcheck/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the browser worker script, evaluated as the web host does, is the same detection and starts no worker loop', () => {
    const build = fs.readFileSync(path.join(root, 'build.mjs'), 'utf8');
    assert.ok(build.includes(`globalName: '${WORKER_SCRIPT_GLOBAL}'`), 'build.mjs names the exports as the host reads them');
    const { code } = bundle('src/web/analysisWorker.ts', 'browser', { format: 'iife', globalName: WORKER_SCRIPT_GLOBAL, external: [] });
    const self = { onmessage: null };
    const global = globalThis as { self?: unknown };
    const before = global.self;
    global.self = self;
    try {
      const evaluated = detectionOfWorkerScript(code);
      assert.notEqual(evaluated, detection, 'a copy of its own');
      const files = detection.allDetectorFileBytes();
      evaluated.provideDetectorFiles(file => files[file]);
      const analysis = evaluated.analyze(ARTICLE, { claimThreshold: 0.5 });
      assert.deepEqual(analysis, analyze(ARTICLE, { claimThreshold: 0.5 }));
      assert.ok(analysis.claims.length > 0 && analysis.people.length > 0 && analysis.dates.length > 0);
      assert.equal(self.onmessage, null, 'no message loop in the host');
    } finally {
      global.self = before;
    }
  });
});
