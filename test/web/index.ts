// extensionTestsPath of the web-worker host (bundled by build.mjs into dist/web/test/index.js): the integration suite
// with mocha's browser build, in the same contract as test/integration/suite/index.ts (run() settles when mocha is
// done; a rejection makes the workbench report exit code 1). There is no file system to list, so build.mjs compiles
// in the list of test files ('web-test-files'). Prints "N passed, N failed" and a "@@web-suite-result" line, which test/web/run.js
// reads (each route is one session; run.js prints their total as the one "@@integration-result" line npm test sums).
import 'mocha/mocha';
import * as vscode from 'vscode';
import { SUITE_REVIEWER } from '../integration/suite/helpers';
import nodeOnly from './node-only-tests.json';

declare const mocha: BrowserMocha;
interface BrowserMocha {
  setup(options: { ui: string; reporter?: string; timeout: number; color: boolean; grep?: RegExp; invert?: boolean }): void;
  run(done: (failures: number) => void): { stats?: { passes: number; failures: number } };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const testFiles: Array<() => unknown> = require('web-test-files');

/** The single tests that need Node (test/web/node-only-tests.json "file.test.ts › title"; whole files are left out
 *  of the bundle by build.mjs): mocha runs every test but these. */
function leftOut(): { grep?: RegExp; invert?: boolean } {
  const titles = Object.keys(nodeOnly).filter(key => key.includes(' › ')).map(key => key.slice(key.indexOf(' › ') + 3));
  if (!titles.length) return {};
  return { grep: new RegExp(`(${titles.map(t => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`), invert: true };
}

export async function run(): Promise<void> {
  try {
    await runSuite();
  } catch (error) {
    console.error(`web suite: ${error instanceof Error ? error.stack ?? error.message : String(error)}`); // test-web shows no reason
    throw error;
  }
}

async function runSuite(): Promise<void> {
  // without a name in the user settings the run's first verdict would wait for "who is reviewing?"
  await vscode.workspace.getConfiguration('factcheck').update('reviewer', SUITE_REVIEWER, vscode.ConfigurationTarget.Global);
  // VS Code in the browser saves a changed file after a second by default (files.autoSave "afterDelay" on the web
  // only): on a loaded machine that saved the unsaved edits the store tests keep on purpose (a revert then had
  // nothing to go back to). The desktop's default, off, is what these tests mean.
  await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
  mocha.setup({ ui: 'bdd', reporter: undefined, timeout: 60000, color: false, ...leftOut() });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('./host.test');
  for (const load of testFiles) load();
  return new Promise((resolve, reject) => {
    const runner = mocha.run(failures => {
      const passed = runner.stats?.passes ?? 0, failed = runner.stats?.failures ?? 0;
      console.log(`${passed} passed, ${failed} failed (web-worker extension host)`);
      console.log(`@@web-suite-result ${JSON.stringify({ passed, failed })}`);
      if (failures > 0) reject(new Error(`${failures} tests failed in the web-worker extension host`));
      else resolve();
    });
  });
}
