// Detection is bundled once per platform (core/detect/detection.ts): the extension entries hold no detector and take
// theirs from the bundle of their analysis worker, which must then hold it. Bundled here as build.mjs bundles them.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { analyze } from '../../../../src/core/detect/analyze';
import { detection } from '../../../../src/core/detect/detection';
import { detectionOfWorkerScript, WORKER_SCRIPT_GLOBAL } from '../../../../src/web/detectionScript';

const root = path.resolve(__dirname, '../../../..');
const ARTICLE = fs.readFileSync(path.join(root, 'samples/harbour-bridge-funding.md'), 'utf8');

/** The bundle's source files and its code. */
function bundle(entry: string, platform: 'node' | 'browser', extra: esbuild.BuildOptions = {}) {
  const result = esbuild.buildSync({ entryPoints: [path.join(root, entry)], bundle: true, platform, format: 'cjs', write: false,
    metafile: true, outdir: 'out', external: ['vscode'], logLevel: 'error', define: platform === 'browser' ? { global: 'globalThis' } : {}, ...extra });
  return { inputs: Object.keys(result.metafile.inputs), code: result.outputFiles[0].text };
}

/** Source files of the detectors themselves (not the value types or the date display the views use). */
const detectors = (inputs: string[]) => inputs.filter(f => /^src\/core\/detect\/(analyze\.ts|(people|dates|claims|lexicon)\.ts|(people|lexicon)\/)/.test(f) || f.endsWith('claims/cues.ts'));

describe('detection, bundled once per platform', function () {
  this.timeout(60000);

  it('the extension entries hold no detector; their workers\' bundles hold them all', () => {
    for (const [entry, platform] of [['src/main.ts', 'node'], ['src/browser.ts', 'browser']] as const)
      assert.deepEqual(detectors(bundle(entry, platform).inputs), [], entry);
    for (const [entry, platform] of [['src/cli.ts', 'node'], ['src/web/analysisWorker.ts', 'browser']] as const) {
      const found = detectors(bundle(entry, platform).inputs);
      for (const file of ['src/core/detect/analyze.ts', 'src/core/detect/people.ts', 'src/core/detect/dates.ts', 'src/core/detect/claims.ts'])
        assert.ok(found.includes(file), `${file} in ${entry}`);
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
      evaluated.provideClaimModel(() => detection.claimModelBytes());
      const analysis = evaluated.analyze(ARTICLE, { claimThreshold: 0.5 });
      assert.deepEqual(analysis, analyze(ARTICLE, { claimThreshold: 0.5 }));
      assert.ok(analysis.claims.length > 0 && analysis.people.length > 0 && analysis.dates.length > 0);
      assert.equal(self.onmessage, null, 'no message loop in the host');
    } finally {
      global.self = before;
    }
  });
});
