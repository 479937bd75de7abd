// Detection of large articles on a worker thread (src/analysisWorker.ts, run by dist/factcheck.js), so that analysing megabytes never blocks
// the extension host (typing, other extensions, the rest of Factcheck). One worker serves every article, one request
// at a time; it starts on the first large article and ends with the extension. If it cannot start or dies, the text
// is analysed on this thread instead (core/detect/offThread.ts): slower for the editor, but nobody loses their highlights.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Detection } from '../core/detect/detection';
import type { DetectorFileBytes } from '../core/detect/detectorFiles';
import { OffThreadAnalysis, type AnalysisReply, type AnalysisRequest } from '../core/detect/offThread';

/** The worker's script: the Node bundle itself (src/factcheck.ts), which runs src/analysisWorker.ts on a worker thread. */
export const WORKER_SCRIPT = path.join(__dirname, 'factcheck.js');

/** What the worker starts with: the detector files' bytes as this thread has them, so the worker reads no file. */
export interface WorkerData {
  files: DetectorFileBytes;
}

export class BackgroundAnalysis extends OffThreadAnalysis {
  /** `keepAlive`: the worker keeps the process alive while it owes answers (a script awaiting them); by default it
   *  never does (the extension host lives on its own). `detection`: this thread's, for the detector files' bytes and for
   *  what the worker cannot answer. */
  constructor(workerScript: string, options: { keepAlive?: boolean; detection: () => Detection }) {
    super(events => {
      const worker = new Worker(workerScript, { workerData: { files: options.detection().allDetectorFileBytes() } satisfies WorkerData });
      worker.on('message', (reply: AnalysisReply) => events.reply(reply));
      worker.on('error', error => events.lost(error));
      worker.on('exit', code => events.lost(`exit code ${code}`));
      if (!options.keepAlive) worker.unref(); // never keeps the extension host alive
      return {
        post: (request: AnalysisRequest) => worker.postMessage(request),
        stop: () => void worker.terminate(),
      };
    }, (text, analyzeOptions) => options.detection().analyze(text, analyzeOptions));
  }
}
