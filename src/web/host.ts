// The browser's adapters (see src/review/host.ts): a Web Worker for background analysis, no disk (an article without
// a date of its own is not dated by its file), no git (the reviewer prompt asks for the name once and saves it), and
// no atomic local write (every sidecar goes through workspace.fs: a temporary sibling renamed over the file).
import * as vscode from 'vscode';
import { provideClaimModel } from '../core/detect/claims/model';
import type { ExtensionHost } from '../review/host';
import { WebWorkerAnalysis } from './backgroundAnalysis';
import { readExtensionFile } from './extensionFiles';

export function webHost(extensionUri: vscode.Uri): ExtensionHost {
  const workerScript = vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'analysisWorker.js');
  return {
    name: 'web',
    backgroundAnalysis: () => new WebWorkerAnalysis(workerScript),
    fileModifiedDay: () => undefined,
    readExtensionFile,
    gitUserName: async () => undefined,
  };
}

/** Reads dist/claim-model.bin once (the browser cannot read it synchronously when the first sentence is scored) and
 *  hands core its bytes. */
export async function loadClaimModel(extensionUri: vscode.Uri): Promise<void> {
  const bytes = await readExtensionFile(vscode.Uri.joinPath(extensionUri, 'dist', 'claim-model.bin'));
  provideClaimModel(() => bytes);
}
