// The extension in Node extension hosts (desktop VS Code, code-server), loaded by activate() of the Node bundle
// (./factcheck.ts, dist/factcheck.js, package.json `main`). Sets the Node adapters (src/review/host.ts), then runs the
// activation both hosts share (./extension.ts).
import * as vscode from 'vscode';
import * as extension from './extension';
import type { FactcheckApi } from './api';
import type { Detection } from './core/detect/detection';
import { atomicWriteFile } from './node/atomicWrite';
import { BackgroundAnalysis, WORKER_SCRIPT } from './node/backgroundAnalysis';
import { inFolder, useDetectorFiles } from './node/detectorFiles';
import { fileModifiedDay } from './node/fileDate';
import { gitUserName } from './node/gitUserName';
import { useExtensionHost } from './review/host';

/** Detection on this thread, set up at the first analysis rather than at activation. */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- in this bundle already; only its set-up is deferred
const detection = (): Detection => (require('./core/detect/detection') as typeof import('./core/detect/detection')).detection;

export function activate(context: vscode.ExtensionContext): FactcheckApi {
  useExtensionHost({
    name: 'node',
    detection,
    backgroundAnalysis: () => new BackgroundAnalysis(WORKER_SCRIPT, { detection }),
    fileModifiedDay: file => (file.scheme === 'file' ? fileModifiedDay(file.fsPath) : undefined),
    readExtensionFile: file => Promise.resolve(vscode.workspace.fs.readFile(file)),
    gitUserName: folder => gitUserName(folder.fsPath),
    writeLocalFile: (file, text, beforeReplace) => atomicWriteFile(file.fsPath, text, { beforeReplace }),
  });
  // each read when a detector first needs it, here and (as bytes) on the worker thread
  useDetectorFiles(inFolder(vscode.Uri.joinPath(context.extensionUri, 'dist').fsPath));
  return extension.activate(context);
}

export const deactivate = extension.deactivate;
