// The Node bundle as build.mjs bundles it (src/factcheck.ts: the extension, the command line and the analysis worker),
// for tests that run `factcheck` as a real process; written into the test's own folder so that a concurrent build's
// dist/ is left alone.
import path from 'node:path';
import * as esbuild from 'esbuild';

export const NODE_BUILD: esbuild.BuildOptions = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', external: ['vscode'], logLevel: 'error' };

export async function buildNodeBundle(outfile: string): Promise<void> {
  await esbuild.build({ ...NODE_BUILD, entryPoints: [path.resolve(__dirname, '../../../src/factcheck.ts')], outfile });
}
