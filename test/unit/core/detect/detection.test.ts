// Detection is bundled once, in the detection script (core/detect/detectionScript.ts, dist/web/analysisWorker.js): the
// browser's worker runs it, and every host evaluates it as its own detection, the browser's extension and, in Node,
// the extension, its worker thread and the command line (src/node/detectionScript.ts). Bundled here as build.mjs
// bundles them.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { analyze } from '../../../../src/core/detect/analyze';
import { detection } from '../../../../src/core/detect/detection';
import { detectionOfScript, DETECTION_SCRIPT_GLOBAL } from '../../../../src/core/detect/detectionScript';
import type { CliIO } from '../../../../src/cli/io';
import { loadDetectionScript } from '../../../../src/node/detectionScript';

const root = path.resolve(__dirname, '../../../..');
const ARTICLE = fs.readFileSync(path.join(root, 'samples/harbour-bridge-funding.md'), 'utf8');

/** The bundle's source files and its code. */
function bundle(entry: string, platform: 'node' | 'browser', extra: esbuild.BuildOptions = {}) {
  const result = esbuild.buildSync({ entryPoints: [path.join(root, entry)], bundle: true, platform, format: 'cjs', write: false,
    metafile: true, outdir: 'out', external: ['vscode', './web/extension.js'], logLevel: 'error', define: platform === 'browser' ? { global: 'globalThis' } : {}, ...extra });
  return { inputs: Object.keys(result.metafile!.inputs), code: result.outputFiles![0].text };
}

/** Source files of the detectors themselves (not the value types or the date display the views use). */
const detectors = (inputs: string[]) => inputs.filter(f => /^src\/core\/detect\/(analyze\.ts|(people|dates|claims)\.ts|(people|lexicon)\/)/.test(f));
const DETECTORS = ['src/core/detect/analyze.ts', 'src/core/detect/people.ts', 'src/core/detect/dates.ts', 'src/core/detect/claims.ts'];

/** The detection script as build.mjs builds it. */
const detectionScript = () => bundle('src/web/analysisWorker.ts', 'browser', { format: 'iife', globalName: DETECTION_SCRIPT_GLOBAL, external: [] }).code;

describe('detection, bundled once', function () {
  this.timeout(60000);

  it('in the detection script, which holds every detector; neither extension bundle holds one', () => {
    assert.deepEqual(detectors(bundle('src/browser.ts', 'browser').inputs), []);
    assert.deepEqual(detectors(bundle('src/factcheck.ts', 'node').inputs), []);
    const found = detectors(bundle('src/web/analysisWorker.ts', 'browser').inputs);
    for (const file of DETECTORS) assert.ok(found.includes(file), file);
  });

  it('the Node bundle is the extension, the command line and the worker, and runs as the command line without vscode', async () => {
    const { inputs, code } = bundle('src/factcheck.ts', 'node');
    for (const file of ['src/main.ts', 'src/cli.ts', 'src/analysisWorker.ts']) assert.ok(inputs.includes(file), file);
    // the extension's code is the browser's bundle, which src/main.ts requires (web/extension.js): in the .vsix once
    for (const file of ['src/extension.ts', 'src/review/reviewStore.ts', 'src/editor/hovers.ts']) assert.ok(!inputs.includes(file), file);
    assert.match(code, /require\("\.\/web\/extension\.js"\)/);
    assert.ok(bundle('src/browser.ts', 'browser').inputs.includes('src/extension.ts'));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-bundle-'));
    try {
      fs.writeFileSync(path.join(dir, 'factcheck.js'), code);
      // no `vscode` module here: requiring it would throw, so this proves the command line never loads the extension
      const loaded = require(path.join(dir, 'factcheck.js')) as typeof import('../../../../src/factcheck'); // eslint-disable-line @typescript-eslint/no-require-imports -- the bundle just built
      assert.equal(typeof loaded.activate, 'function');
      let out = '';
      const none = () => { throw new Error('no file is read and nothing detected for --help'); };
      const io: CliIO = { out: text => { out += text; }, err: () => undefined, readFile: none, readBytes: none, detection: none };
      assert.equal(await loaded.main(['--help'], io), 0);
      assert.match(out, /usage: factcheck/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the detection script, evaluated as the web host does, is the same detection and starts no worker loop', () => {
    const build = fs.readFileSync(path.join(root, 'build.mjs'), 'utf8');
    assert.ok(build.includes(`globalName: '${DETECTION_SCRIPT_GLOBAL}'`), 'build.mjs names the exports as the hosts read them');
    const code = detectionScript();
    const self = { onmessage: null };
    const global = globalThis as { self?: unknown };
    const before = global.self;
    global.self = self;
    try {
      const evaluated = detectionOfScript(code);
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

  it('the detection script, loaded as Node loads it (no `self` there), is the same detection and starts no worker loop', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-script-'));
    try {
      const file = path.join(dir, 'analysisWorker.js');
      fs.writeFileSync(file, detectionScript());
      const loaded = loadDetectionScript(file);
      assert.notEqual(loaded, detection, 'a copy of its own');
      const files = detection.allDetectorFileBytes();
      loaded.provideDetectorFiles(name => files[name]);
      assert.deepEqual(loaded.analyze(ARTICLE, { claimThreshold: 0.5 }), analyze(ARTICLE, { claimThreshold: 0.5 }));
      assert.throws(() => loadDetectionScript(path.join(dir, 'gone.js')), /cannot read the detection script .*gone\.js: ENOENT/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
