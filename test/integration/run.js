// Runs the integration suite inside a real VS Code extension host through @vscode/test-electron's runTests.
// The VS Code "executable" is test/vscode-host/code-headless (code-server + headless Chromium), because Microsoft's
// download cannot be reached here; set VSCODE_EXECUTABLE to run against a desktop VS Code instead.
// The suite works on a fresh copy of test/fixtures/workspace, so tests may write sidecars freely; the multi-root suite
// then runs in a second session on a copy of test/fixtures/multi-root, opened through its .code-workspace file.
const path = require('path');
const fs = require('fs');
const os = require('os');
const { runTests } = require('@vscode/test-electron');

const root = path.resolve(__dirname, '../..');

/** Runs the suite (or the files FACTCHECK_TESTS names) in VS Code on a fresh copy of a fixture: a folder, or a folder
 *  holding a .code-workspace file to open. */
async function runSuite(fixture, { workspaceFile, tests } = {}) {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-workspace-'));
  fs.cpSync(path.join(root, fixture), copy, { recursive: true });
  try {
    await runTests({
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || path.join(root, 'test/vscode-host/code-headless'),
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'dist/test/integration/index.js'),
      launchArgs: [workspaceFile ? path.join(copy, workspaceFile) : copy],
      extensionTestsEnv: { FACTCHECK_TEST_WORKSPACE: copy, ...tests ? { FACTCHECK_TESTS: tests } : {} },
    });
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
}

(async () => {
  let failed = false;
  const only = process.env.FACTCHECK_TESTS?.split(',').map(name => name.trim());
  // every suite but multiRoot in one folder; multiRoot in a workspace of two folders (its own VS Code session)
  if (!only || only.some(name => name !== 'multiRoot')) {
    await runSuite('test/fixtures/workspace').catch(err => { console.error(String(err)); failed = true; });
  }
  if (!only || only.includes('multiRoot')) {
    await runSuite('test/fixtures/multi-root', { workspaceFile: 'desks.code-workspace', tests: 'multiRoot' })
      .catch(err => { console.error(String(err)); failed = true; });
  }
  process.exit(failed ? 1 : 0);
})();
