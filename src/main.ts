// The extension in Node extension hosts (desktop VS Code, code-server), loaded by activate() of the Node bundle
// (./factcheck.ts, dist/factcheck.js, package.json `main`). Sets the Node adapters (src/review/host.ts) and runs the
// activation both hosts share (./extension.ts) from the browser's extension bundle, dist/web/extension.js beside this
// one (./browser.ts's activateIn()): it needs no Node, so the .vsix holds the extension's code once (build.mjs keeps
// that file out of the Node bundle).
import * as vscode from 'vscode';
import type { FactcheckApi } from './api';
import { atomicWriteFile } from './node/atomicWrite';
import { BackgroundAnalysis, WORKER_SCRIPT } from './node/backgroundAnalysis';
import { detectionIn } from './node/detectionScript';
import { fileModifiedDay } from './node/fileDate';
import { gitUserName } from './node/gitUserName';

/** The extension's bundle, required when VS Code activates the extension (its path is relative to dist/factcheck.js). */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the other bundle, left out of this one by build.mjs
const extension = () => require('./web/extension.js') as typeof import('./browser');

export function activate(context: vscode.ExtensionContext): FactcheckApi {
  // loaded at the first analysis rather than at activation, with the detector files read when a detector needs them
  let loaded: ReturnType<typeof detectionIn> | undefined;
  const detection = () => (loaded ??= detectionIn(vscode.Uri.joinPath(context.extensionUri, 'dist').fsPath));
  return extension().activateIn(context, {
    name: 'node',
    detection,
    backgroundAnalysis: () => new BackgroundAnalysis(WORKER_SCRIPT, { detection }),
    fileModifiedDay: file => (file.scheme === 'file' ? fileModifiedDay(file.fsPath) : undefined),
    readExtensionFile: file => Promise.resolve(vscode.workspace.fs.readFile(file)),
    gitUserName: folder => gitUserName(folder.fsPath),
    writeLocalFile: (file, text, beforeReplace) => atomicWriteFile(file.fsPath, text, { beforeReplace }),
  });
}

export function deactivate(): void {
  return extension().deactivate();
}
