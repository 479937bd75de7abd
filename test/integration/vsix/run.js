// The packaged-extension test: packages the extension the way `npm run package` does (./package.js), installs the
// .vsix with code-server's --install-extension into a fresh extensions folder, and runs test/integration/vsix/*.test.ts
// in VS Code with that folder; the project is not loaded as a development extension.
// The packaging runs in a copy under .test-output/vsix/, so the development build in dist/ is left alone.
// Prints the .vsix size and the suite's "@@integration-result {...}" line (counted by test/run-all.mjs).
const path = require('path');
const fs = require('fs');
const os = require('os');
const cp = require('child_process');
const esbuild = require('esbuild');
const { installExtension, packageExtension } = require('./package');

const root = path.resolve(__dirname, '../../..');
const work = path.join(root, '.test-output/vsix');

// VS Code runs extension tests only in extension-development mode, so the workbench gets this empty extension as its
// development path: the project folder is never one.
function createHarnessExtension() {
  const harness = path.join(work, 'harness');
  fs.mkdirSync(harness, { recursive: true });
  fs.writeFileSync(path.join(harness, 'package.json'), JSON.stringify({
    name: 'vsix-test-harness', publisher: 'factcheck-test', version: '0.0.0', engines: { vscode: '*' },
  }));
  return harness;
}

async function buildSuite() {
  const outdir = path.join(work, 'suite');
  await esbuild.build({
    entryPoints: {
      index: path.join(root, 'test/integration/suite/index.ts'), // the main suite's mocha runner: runs every *.test.js beside it
      ...Object.fromEntries(fs.readdirSync(__dirname).filter(f => f.endsWith('.test.ts'))
        .map(f => [f.replace(/\.ts$/, ''), path.join(__dirname, f)])),
    },
    outdir, bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning',
    external: ['vscode', 'mocha'], // mocha is loaded from the project's node_modules, as in the main suite
  });
  return path.join(outdir, 'index.js');
}

(async () => {
  const started = Date.now();
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  const { vsix } = packageExtension(work);
  console.log(`packaged ${path.relative(root, vsix)}: ${(fs.statSync(vsix).size / 1024).toFixed(1)} KB`);
  // outside the project, so 'installed, not the development folder' is a real check
  const extensionsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-vsix-extensions-'));
  installExtension(vsix, extensionsDir, work);
  const testsPath = await buildSuite();
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-vsix-workspace-'));
  fs.cpSync(path.join(root, 'test/fixtures/workspace'), workspace, { recursive: true });
  const code = await new Promise(resolve => {
    const child = cp.spawn(process.execPath, [path.join(root, 'test/vscode-host/code-headless'),
      `--extensionDevelopmentPath=${createHarnessExtension()}`, `--extensionTestsPath=${testsPath}`,
      `--installed-extensions-dir=${extensionsDir}`, workspace], {
      stdio: 'inherit',
      env: { ...process.env, FACTCHECK_VSIX_EXTENSIONS_DIR: extensionsDir, FACTCHECK_DEVELOPMENT_ROOT: root,
        FACTCHECK_TEST_WORKSPACE: workspace },
    });
    child.on('close', resolve);
  });
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.rmSync(extensionsDir, { recursive: true, force: true });
  if (code === 0) fs.rmSync(work, { recursive: true, force: true });
  console.log(`packaged-extension test: exit code ${code} after ${((Date.now() - started) / 1000).toFixed(1)}s`);
  process.exit(code ?? 1);
})().catch(err => {
  console.error(String(err && err.stack || err));
  process.exit(1);
});
