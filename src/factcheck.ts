// Entry point of the one Node bundle, dist/factcheck.js, which does three jobs with one copy of detection, the sidecar
// format and YAML:
// - the extension in Node extension hosts (package.json `main`): activate() loads ./main.ts, and with it `vscode`,
//   only when VS Code calls it;
// - the command line: dist/cli.js (./cli/launch.ts) starts this bundle from V8's code cache and calls run(), and
//   `node dist/factcheck.js …` runs it too;
// - the analysis worker (./analysisWorker.ts), when the extension starts this file on a worker thread.
import { isMainThread } from 'node:worker_threads';
import type * as vscode from 'vscode';
import type { FactcheckApi } from './api';
import { run } from './cli';

export { main, run } from './cli';

/* eslint-disable @typescript-eslint/no-require-imports -- loaded only for the job this run does, see above */
const extension = () => require('./main') as typeof import('./main');

export function activate(context: vscode.ExtensionContext): FactcheckApi {
  return extension().activate(context);
}

export function deactivate(): void {
  return extension().deactivate();
}

if (!isMainThread) {
  require('./analysisWorker');
} else if (require.main === module) {
  run();
}
/* eslint-enable @typescript-eslint/no-require-imports */
