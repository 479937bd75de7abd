// Detection of large articles and of the workspace index in a Web Worker (dist/web/analysisWorker.js), the browser's
// counterpart of src/node/backgroundAnalysis.ts: same requests, same fallback to this thread (core/detect/offThread.ts).
// The worker gets the detector files' bytes in its first message, so it fetches nothing itself.
// Starting it: on vscode.dev and in @vscode/test-web the extension is served over http(s) and `new Worker(url)` works;
// code-server's extension host refuses workers from a `vscode-remote:` extension ("Creating workers from remote
// extensions is currently not supported"), so there the script is fetched and started from a `blob:` URL.
import * as vscode from 'vscode';
import type { Detection } from '../core/detect/detection';
import type { DetectorFileBytes } from '../core/detect/detectorFiles';
import { OffThreadAnalysis, type AnalysisReply, type AnalysisRequest, type AnalysisThreadEvents } from '../core/detect/offThread';
import { readExtensionFile } from './extensionFiles';

/** The Web Worker API as used here (the project's type library is Node's). */
interface WebWorker {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: { data: AnalysisReply }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}
declare const Worker: new (url: string) => WebWorker;

/** The first message a worker gets, before any request. */
export interface WebWorkerStart {
  detectorFiles: DetectorFileBytes;
}

async function startWorker(script: vscode.Uri): Promise<WebWorker> {
  try {
    return new Worker(script.toString(true));
  } catch {
    const source = await readExtensionFile(script);
    return new Worker(URL.createObjectURL(new Blob([source], { type: 'application/javascript' })));
  }
}

/** A thread that queues requests until its worker has started (starting may have to fetch the script first). */
function webWorkerThread(script: vscode.Uri, detection: Detection, events: AnalysisThreadEvents) {
  const queued: AnalysisRequest[] = [];
  let worker: WebWorker | undefined;
  let stopped = false;
  void startWorker(script).then(started => {
    if (stopped) return started.terminate();
    worker = started;
    worker.onmessage = event => events.reply(event.data);
    worker.onerror = event => events.lost(event.message ?? 'the analysis worker failed');
    worker.postMessage({ detectorFiles: detection.allDetectorFileBytes() } satisfies WebWorkerStart);
    for (const request of queued.splice(0)) worker.postMessage(request);
  }, error => events.lost(error));
  return {
    post: (request: AnalysisRequest) => (worker ? worker.postMessage(request) : queued.push(request)),
    stop: () => {
      stopped = true;
      worker?.terminate();
    },
  };
}

export class WebWorkerAnalysis extends OffThreadAnalysis {
  /** `detection`: this thread's, for the claim model's bytes and what the worker cannot answer. */
  constructor(script: vscode.Uri, detection: Detection) {
    super(events => webWorkerThread(script, detection, events), (text, options) => detection.analyze(text, options));
  }
}
