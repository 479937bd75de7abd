// Runs the integration suite inside a real VS Code extension host through @vscode/test-electron's runTests.
// The VS Code "executable" is test/vscode-host/code-headless (code-server + headless Chromium), because Microsoft's
// download cannot be reached here; set VSCODE_EXECUTABLE to run against a desktop VS Code instead.
// The suite works on a fresh copy of test/fixtures/workspace, so tests may write sidecars freely.
const path = require('path');
const fs = require('fs');
const os = require('os');
const { runTests } = require('@vscode/test-electron');

const root = path.resolve(__dirname, '../..');
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-workspace-'));
fs.cpSync(path.join(root, 'test/fixtures/workspace'), workspace, { recursive: true });

runTests({
  vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || path.join(root, 'test/vscode-host/code-headless'),
  extensionDevelopmentPath: root,
  extensionTestsPath: path.join(root, 'dist/test/integration/index.js'),
  launchArgs: [workspace],
  extensionTestsEnv: { FACTCHECK_TEST_WORKSPACE: workspace },
}).then(
  () => { fs.rmSync(workspace, { recursive: true, force: true }); process.exit(0); },
  err => { console.error(String(err)); fs.rmSync(workspace, { recursive: true, force: true }); process.exit(1); },
);
