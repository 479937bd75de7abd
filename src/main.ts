// Entry point of the Node extension host (package.json `main`, dist/extension.js): desktop VS Code and code-server.
// Sets the Node adapters (src/review/host.ts), then runs the activation both hosts share (./extension.ts).
import * as vscode from 'vscode';
import * as extension from './extension';
import type { FactcheckApi } from './api';
import { atomicWriteFile } from './node/atomicWrite';
import { BackgroundAnalysis } from './node/backgroundAnalysis';
import { detectionFromBundle } from './node/detectionBundle';
import { fileModifiedDay } from './node/fileDate';
import { gitUserName } from './node/gitUserName';
import { useExtensionHost } from './review/host';

export function activate(context: vscode.ExtensionContext): FactcheckApi {
  useExtensionHost({
    name: 'node',
    detection: () => detectionFromBundle(), // dist/factcheck.js, with dist/claim-model.bin beside it
    backgroundAnalysis: () => new BackgroundAnalysis(),
    fileModifiedDay: file => (file.scheme === 'file' ? fileModifiedDay(file.fsPath) : undefined),
    readExtensionFile: file => Promise.resolve(vscode.workspace.fs.readFile(file)),
    gitUserName: folder => gitUserName(folder.fsPath),
    writeLocalFile: (file, text, beforeReplace) => atomicWriteFile(file.fsPath, text, { beforeReplace }),
  });
  return extension.activate(context);
}

export const deactivate = extension.deactivate;
