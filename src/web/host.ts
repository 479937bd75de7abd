// The browser's adapters (see src/review/host.ts): a Web Worker for background analysis, no disk (an article without
// a date of its own is not dated by its file), no git (the reviewer prompt asks for the name once and saves it), and
// no atomic local write (every sidecar goes through workspace.fs: a temporary sibling renamed over the file).
import * as vscode from 'vscode';
import type { Detection } from '../core/detect/detection';
import { detectionOfScript } from '../core/detect/detectionScript';
import { DETECTOR_FILES } from '../core/detect/detectorFiles';
import type { ExtensionHost } from '../review/host';
import { WebWorkerAnalysis } from './backgroundAnalysis';
import { readExtensionFile } from './extensionFiles';

const workerScript = (extensionUri: vscode.Uri) => vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'analysisWorker.js');

/** The browser's adapters, with the detection loadWebDetection() made ready. */
export function webHost(extensionUri: vscode.Uri, detection: Detection): ExtensionHost {
  return {
    name: 'web',
    detection: () => detection,
    backgroundAnalysis: () => new WebWorkerAnalysis(workerScript(extensionUri), detection),
    fileModifiedDay: () => undefined,
    readExtensionFile,
    gitUserName: async () => undefined,
  };
}

/** The worker script's detection, evaluated here, with the detector files' bytes (dist/claim-model.bin,
 *  dist/word-lists.txt): all read once at activation (the browser cannot read a file synchronously when the first
 *  article is analysed). */
export async function loadWebDetection(extensionUri: vscode.Uri): Promise<Detection> {
  const dist = vscode.Uri.joinPath(extensionUri, 'dist');
  const [script, ...files] = await Promise.all([readExtensionFile(workerScript(extensionUri)),
    ...DETECTOR_FILES.map(file => readExtensionFile(vscode.Uri.joinPath(dist, file)))]);
  const detection = detectionOfScript(new TextDecoder().decode(script));
  detection.provideDetectorFiles(file => files[DETECTOR_FILES.indexOf(file)]);
  return detection;
}
