// extensionTestsPath: runs every bundled *.test.js beside this file with mocha inside the extension host, and prints
// a machine-readable result line that test/run-all.mjs adds to the unit tests' counts.
import * as path from 'path';
import * as fs from 'fs';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { SUITE_REVIEWER } from './helpers';

/** Suites run.js runs in another workspace (a multi-root one). */
const OWN_WORKSPACE = ['multiRoot.test.js'];

export async function run(): Promise<void> {
  // without a name in the user settings the run's first verdict would wait for "who is reviewing?"
  await vscode.workspace.getConfiguration('factcheck').update('reviewer', SUITE_REVIEWER, vscode.ConfigurationTarget.Global);
  // the workbench here is VS Code for the web (code-server), which saves a changed file after a second by default: on
  // a loaded machine that saved the unsaved edits the store tests keep on purpose. The desktop's default, off, is
  // what these tests mean (the web suite does the same; the rename tests take an immediate save on purpose).
  await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30000 });
  // FACTCHECK_TESTS=store,firstHour runs only those files (while working on them); unset runs all but those that need
  // a workspace of their own (run.js opens it and names them)
  const only = process.env.FACTCHECK_TESTS?.split(',').map(name => `${name.trim()}.test.js`);
  const included = (file: string) => only ? only.includes(file) : !OWN_WORKSPACE.includes(file);
  for (const file of fs.readdirSync(__dirname).filter(f => f.endsWith('.test.js') && included(f)).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run(failures => {
      console.log(`@@integration-result ${JSON.stringify({ passed: runner.stats?.passes ?? 0, failed: runner.stats?.failures ?? 0 })}`);
      if (failures > 0) reject(new Error(`${failures} integration tests failed`));
      else resolve();
    });
  });
}
