// Bundles each entry point with esbuild, puts the claim model file beside the bundles, and type-checks with tsc.
//   node build.mjs               development build (sourcemaps) + integration test bundle
//   node build.mjs --production  minified, no sourcemaps, no tests (what the .vsix ships)
//   node build.mjs --watch       rebuild on change (no type check; run `npm run typecheck` or rely on the editor)
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const root = path.dirname(new URL(import.meta.url).pathname);

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  external: ['vscode'],
};

/** Integration tests run inside the VS Code extension host; mocha stays external (loaded from node_modules). */
function integrationEntries() {
  const dir = path.join(root, 'test/integration/suite');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter(f => f.endsWith('.ts')).map(f => path.join(dir, f));
}

/** `npm run screenshots` drives VS Code from one entry, like the integration tests (test/screenshots/suite). */
function screenshotEntries() {
  const dir = path.join(root, 'test/screenshots/suite');
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter(f => f.endsWith('.ts')).map(f => path.join(dir, f)) : [];
}

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js' },
  { ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];
if (!production) {
  builds.push({ ...common, entryPoints: integrationEntries(), outdir: 'dist/test/integration', external: ['vscode', 'mocha'] });
  builds.push({ ...common, entryPoints: screenshotEntries(), outdir: 'dist/test/screenshots', external: ['vscode'] });
}

// The claim model is data, read by the bundles at run time (src/node/claimModelFile.ts): one file for all three.
const CLAIM_MODEL = 'src/core/detect/claims/claim-model.bin';
function copyClaimModel() {
  fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
  fs.copyFileSync(path.join(root, CLAIM_MODEL), path.join(root, 'dist', path.basename(CLAIM_MODEL)));
}

if (watch) {
  copyClaimModel(); // a retrained model needs a restart of the watch
  for (const options of builds) await (await esbuild.context(options)).watch();
  console.log('watching for changes…');
} else {
  fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
  await Promise.all(builds.map(options => esbuild.build(options)));
  copyClaimModel();
  fs.chmodSync(path.join(root, 'dist/cli.js'), 0o755);
  if (!process.argv.includes('--no-typecheck')) {
    const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '--noEmit', '-p', root], { stdio: 'inherit' });
    execFileSync(process.execPath, [tsc, '--noEmit', '-p', path.join(root, 'tools')], { stdio: 'inherit' });
  }
}
