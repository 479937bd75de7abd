// The extension in Node extension hosts (desktop VS Code, code-server), loaded by activate() of the Node bundle
// (./factcheck.ts, dist/factcheck.js, package.json `main`). Sets the Node adapters (src/review/host.ts), then runs the
// activation both hosts share (./extension.ts).
import * as vscode from 'vscode';
import * as extension from './extension';
import type { FactcheckApi } from './api';
import { atomicWriteFile } from './node/atomicWrite';
import { BackgroundAnalysis, WORKER_SCRIPT } from './node/backgroundAnalysis';
import { detectionIn } from './node/detectionScript';
import { fileModifiedDay } from './node/fileDate';
import { gitUserName } from './node/gitUserName';
import { useExtensionHost } from './review/host';

export function activate(context: vscode.ExtensionContext): FactcheckApi {
  // loaded at the first analysis rather than at activation, with the detector files read when a detector needs them
  let loaded: ReturnType<typeof detectionIn> | undefined;
  const detection = () => (loaded ??= detectionIn(vscode.Uri.joinPath(context.extensionUri, 'dist').fsPath));
  useExtensionHost({
    name: 'node',
    detection,
    backgroundAnalysis: () => new BackgroundAnalysis(WORKER_SCRIPT, { detection }),
    fileModifiedDay: file => (file.scheme === 'file' ? fileModifiedDay(file.fsPath) : undefined),
    readExtensionFile: file => Promise.resolve(vscode.workspace.fs.readFile(file)),
    gitUserName: folder => gitUserName(folder.fsPath),
    writeLocalFile: (file, text, beforeReplace) => atomicWriteFile(file.fsPath, text, { beforeReplace }),
  });
  return extension.activate(context);
}

export const deactivate = extension.deactivate;
