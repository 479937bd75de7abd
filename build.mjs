// Bundles each entry point with esbuild, puts the detector files (the claim model, the word lists) beside the bundles, and
// type-checks with tsc.
// Detection is in one bundle, the detection script dist/web/analysisWorker.js (src/web/analysisWorker.ts, built for
// the browser: detection is core, which needs no Node): a classic worker script, the browser's analysis worker
// (started from a blob: URL where the host requires it), which every host also evaluates as its own detection
// (src/core/detect/detectionScript.ts). In Node one bundle, dist/factcheck.js (src/factcheck.ts), is the extension
// (package.json `main`), the command line (which the small launcher dist/cli.js starts) and the analysis worker (on a
// worker thread), each with detection from that script (src/node/detectionScript.ts). The extension's code is
// dist/web/extension.js (src/browser.ts, package.json `browser`; no Node built-ins, esbuild refuses them for the
// browser platform): the browser's extension, which the Node bundle's extension (src/main.ts) also requires and runs
// with the Node adapters. So the .vsix holds detection once, the extension once, and the sidecar format and YAML once
// for the extension and once for the command line.
//   node build.mjs               development build (sourcemaps) + integration test bundles (Node host and web host)
//   node build.mjs --production  minified (esbuild, then terser), no sourcemaps, no tests (what the .vsix ships)
//   node build.mjs --watch       rebuild on change (no type check; run `npm run typecheck` or rely on the editor)
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
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
  // yaml's ES-module build (its browser build, plain JavaScript) for Node too: esbuild leaves out what the sidecar code
  // does not use, which it cannot do with the CommonJS build Node would get (15 KB less in dist/factcheck.js)
  alias: { yaml: path.join(path.dirname(createRequire(import.meta.url).resolve('yaml/package.json')), 'browser/index.js') },
};

/** The extension's bundle as the Node bundle requires it (src/main.ts): the browser's, which needs no Node. */
const EXTENSION_BUNDLE = './web/extension.js';

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

/** The browser's web-worker extension host evaluates a CommonJS file whose `require` knows only `vscode`. */
const browser = { ...common, platform: 'browser', target: 'es2022', define: { global: 'globalThis' } };

/**
 * Node's file system, paths and processes in a web suite (the `assert` and `process` the tests use are the npm
 * packages for browsers): a test file that needs one for a single test (listed in test/web/node-only-tests.json
 * as "file.test.ts › title", left out at run time) still loads in the web-worker host; each function throws if called.
 */
const NODE_ONLY_MODULES = ['fs', 'fs/promises', 'os', 'path', 'child_process', 'worker_threads'];
const nodeBuiltinsStubbed = { name: 'node-builtins-stubbed', setup(build) {
  build.onResolve({ filter: /^(node:)?[a-z_/]+$/ }, args => {
    const name = args.path.replace(/^node:/, '');
    return NODE_ONLY_MODULES.includes(name) ? { path: name, namespace: 'node-builtin' } : undefined;
  });
  build.onLoad({ filter: /.*/, namespace: 'node-builtin' }, async args => {
    const names = Object.keys(await import(`node:${args.path}`)).filter(n => /^[A-Za-z_$][\w$]*$/.test(n));
    const message = name => JSON.stringify(`${args.path}.${name}() needs Node: list the test in test/web/node-only-tests.json`);
    return { contents: names.map(n => `exports.${n} = () => { throw new Error(${message(n)}); };`).join('\n'), loader: 'js' };
  });
} };

/**
 * A mocha suite for the web-worker host (dist/web/test/NAME.js, inside the extension folder so the workbench runs it
 * in the extension's own host): test/web/index.ts with the test files given, after test/web/host.test.ts, and mocha's
 * browser build. The test files are compiled in as a list ('web-test-files'): there is no file system to list them.
 */
function webSuiteBuild(name, files) {
  const suite = path.join(root, 'test/integration/suite');
  const list = files.map(f => `  () => require(${JSON.stringify(path.relative(suite, f).split(path.sep).join('/').replace(/^(?!\.)/, './'))}),`).join('\n');
  return {
    ...browser, outfile: `dist/web/test/${name}.js`,
    entryPoints: ['test/web/index.ts'],
    // required only after mocha.setup() made describe/it global
    plugins: [{ name: 'web-test-files', setup(build) {
      build.onResolve({ filter: /^web-test-files$/ }, () => ({ path: 'web-test-files', namespace: 'web-test-files' }));
      build.onLoad({ filter: /.*/, namespace: 'web-test-files' }, () => ({ contents: `module.exports = [\n${list}\n];`, resolveDir: suite, loader: 'js' }));
    } }, nodeBuiltinsStubbed],
    // the npm `assert` (Node's assert for browsers) reads `process`, which the web host does not have
    inject: [path.join(root, 'test/web/processShim.js')],
  };
}

/**
 * The web suites: `index` is the integration suite minus the files that need Node (test/web/node-only-tests.json,
 * listed in the README with the reasons; its single tests are left out by test/web/index.ts); FACTCHECK_WEB_PLANTED_FAILURE=1 adds test/web/plantedFailure.test.ts, which
 * fails on purpose. `planted` is that failing test alone (the check that a failure fails `npm run test:web`), and
 * `packaged` the test of the .vsix installed and run in the web-worker host (test/web/vsix.js).
 */
function webSuites() {
  const nodeOnly = Object.keys(JSON.parse(fs.readFileSync(path.join(root, 'test/web/node-only-tests.json'), 'utf8')));
  const planted = path.join(root, 'test/web/plantedFailure.test.ts');
  // FACTCHECK_TESTS=store,claimReview builds only those files (while working on them), as in the Node host's suite
  const only = process.env.FACTCHECK_TESTS?.split(',').map(name => `${name.trim()}.test.ts`);
  const suite = integrationEntries().filter(f => f.endsWith('.test.ts') && !nodeOnly.includes(path.basename(f))
    && (!only || only.includes(path.basename(f)))).sort();
  if (process.env.FACTCHECK_WEB_PLANTED_FAILURE) suite.push(planted);
  return [webSuiteBuild('index', suite), webSuiteBuild('planted', [planted]),
    webSuiteBuild('packaged', [path.join(root, 'test/web/packaged.test.ts')])];
}

const builds = [
  { ...browser, entryPoints: ['src/browser.ts'], outfile: 'dist/web/extension.js' },
  // the detection script: its exports under a global name, read by every host that evaluates it as its own detection
  { ...browser, entryPoints: ['src/web/analysisWorker.ts'], outfile: 'dist/web/analysisWorker.js', format: 'iife', globalName: 'factcheckAnalysisWorker', external: [] },
  // the command line: dist/cli.js (package.json `bin`) starts dist/factcheck.js from V8's code cache (src/cli/launch.ts)
  { ...common, entryPoints: ['src/cli/launch.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // its extension (src/main.ts) runs the extension's code from dist/web/extension.js, which it requires at activation
  { ...common, entryPoints: ['src/factcheck.ts'], outfile: 'dist/factcheck.js', external: [...common.external, EXTENSION_BUNDLE] },
];
if (!production) {
  builds.push({ ...common, entryPoints: integrationEntries(), outdir: 'dist/test/integration', external: ['vscode', 'mocha'] });
  builds.push({ ...common, entryPoints: screenshotEntries(), outdir: 'dist/test/screenshots', external: ['vscode'] });
  builds.push(...webSuites());
}

/**
 * What the .vsix ships goes through terser after esbuild (issue 16's budget): its compressor (two passes) and its
 * mangler, which names by use, take 2-3% more off each bundle compressed than esbuild's minifier alone (the web part
 * 343.3 -> 334.0 KB, the .vsix 674.0 -> 662.9 KB, on 6 December). Only its default, safe transforms: the same code,
 * the same output (the regression corpus scanned byte for byte the same with the production bundles).
 */
const SHIPPED_BUNDLES = ['dist/web/extension.js', 'dist/web/analysisWorker.js', 'dist/factcheck.js'];
/**
 * The CommonJS bundles, whose top-level names are the module's own (Node and the web-worker host evaluate a CommonJS file
 * inside a function): terser may mangle and drop them too (`toplevel`), 0.7-0.8 KB less compressed in each. Not the
 * detection script: its top-level `var factcheckAnalysisWorker` is the global every host reads its detection from.
 */
const COMMONJS_BUNDLES = ['dist/web/extension.js', 'dist/factcheck.js'];
/** The detection script takes a third compression pass: 0.2 KB less compressed (a third pass makes extension.js larger). */
const DETECTION_SCRIPT = 'dist/web/analysisWorker.js';
async function minifyAgain(file) {
  const { minify } = createRequire(import.meta.url)('terser'); // required here: only `--production` needs it
  const code = fs.readFileSync(path.join(root, file), 'utf8');
  const passes = file === DETECTION_SCRIPT ? 3 : 2;
  const result = await minify(code, { ecma: 2022, toplevel: COMMONJS_BUNDLES.includes(file), compress: { passes }, mangle: true });
  fs.writeFileSync(path.join(root, file), result.code);
}

// The detector files are data, read by the bundles at run time (src/core/detect/detectorFiles.ts): one copy for all.
// The word lists file is the source tree's (the generated lists, tools/lexicon/) with the hand-written lists added by
// their own module, src/core/detect/lexicon/handWrittenLists.ts, bundled and run here: no list is written twice.
const CLAIM_MODEL = 'src/core/detect/claims/claim-model.bin';
const GENERATED_WORD_LISTS = 'src/core/detect/lexicon/word-lists.txt';
const HAND_WRITTEN_LISTS = 'src/core/detect/lexicon/handWrittenLists.ts';
async function shippedWordLists() {
  const { outputFiles } = await esbuild.build({ entryPoints: [path.join(root, HAND_WRITTEN_LISTS)], bundle: true, write: false,
    format: 'esm', platform: 'neutral', logLevel: 'warning' });
  const { withHandWrittenLists } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].contents).toString('base64')}`);
  return withHandWrittenLists(fs.readFileSync(path.join(root, GENERATED_WORD_LISTS), 'utf8'));
}
async function writeDetectorFiles() {
  fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
  fs.copyFileSync(path.join(root, CLAIM_MODEL), path.join(root, 'dist', path.basename(CLAIM_MODEL)));
  fs.writeFileSync(path.join(root, 'dist', path.basename(GENERATED_WORD_LISTS)), await shippedWordLists());
}

if (watch) {
  await writeDetectorFiles(); // a retrained model or changed word lists need a restart of the watch
  for (const options of builds) await (await esbuild.context(options)).watch();
  console.log('watching for changes…');
} else {
  fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
  await Promise.all(builds.map(options => esbuild.build(options)));
  if (production) await Promise.all(SHIPPED_BUNDLES.map(minifyAgain));
  await writeDetectorFiles();
  fs.chmodSync(path.join(root, 'dist/cli.js'), 0o755);
  if (!process.argv.includes('--no-typecheck')) {
    const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '--noEmit', '-p', root], { stdio: 'inherit' });
    execFileSync(process.execPath, [tsc, '--noEmit', '-p', path.join(root, 'tools')], { stdio: 'inherit' });
  }
}
