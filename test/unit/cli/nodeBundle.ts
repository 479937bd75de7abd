// The Node bundle as build.mjs bundles it (src/factcheck.ts: the extension, the command line and the analysis worker)
// with the detection script it loads (web/analysisWorker.js beside it), for tests that run `factcheck` as a real
// process; written into the test's own folder so that a concurrent build's dist/ is left alone.
import path from 'node:path';
import * as esbuild from 'esbuild';
import { DETECTION_SCRIPT_GLOBAL } from '../../../src/core/detect/detectionScript';

export const NODE_BUILD: esbuild.BuildOptions = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', external: ['vscode', './web/extension.js'], logLevel: 'error' };

export async function buildNodeBundle(outfile: string): Promise<void> {
  const src = path.resolve(__dirname, '../../../src');
  await esbuild.build({ ...NODE_BUILD, entryPoints: [path.join(src, 'factcheck.ts')], outfile });
  await esbuild.build({ bundle: true, platform: 'browser', target: 'es2022', format: 'iife', globalName: DETECTION_SCRIPT_GLOBAL, logLevel: 'error',
    define: { global: 'globalThis' }, entryPoints: [path.join(src, 'web/analysisWorker.ts')], outfile: path.join(path.dirname(outfile), 'web/analysisWorker.js') });
}
