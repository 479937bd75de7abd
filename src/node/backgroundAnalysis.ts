// Detection of large articles on a worker thread (src/analysisWorker.ts, run by dist/factcheck.js), so that analysing megabytes never blocks
// the extension host (typing, other extensions, the rest of Factcheck). One worker serves every article, one request
// at a time; it starts on the first large article and ends with the extension. If it cannot start or dies, the text
// is analysed on this thread instead (core/detect/offThread.ts): slower for the editor, but nobody loses their highlights.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { claimModelBytes } from '../core/detect/claims/model';
import { OffThreadAnalysis, type AnalysisReply, type AnalysisRequest } from '../core/detect/offThread';

/** The worker's script: dist/factcheck.js beside dist/extension.js, the command line's bundle, which runs
 *  src/analysisWorker.ts on a worker thread (one bundle of detection in the .vsix for the command line and the worker). */
export const WORKER_SCRIPT = path.join(__dirname, 'factcheck.js');

/** What the worker starts with: the claim model's bytes as this thread has them, so the worker reads no file. */
export interface WorkerData {
  claimModel: Uint8Array | ArrayBuffer;
}

export class BackgroundAnalysis extends OffThreadAnalysis {
  /** `keepAlive`: the worker keeps the process alive while it owes answers (a script awaiting them); by default it
   *  never does (the extension host lives on its own). */
  constructor(workerScript = WORKER_SCRIPT, options: { keepAlive?: boolean } = {}) {
    super(events => {
      const worker = new Worker(workerScript, { workerData: { claimModel: claimModelBytes() } satisfies WorkerData });
      worker.on('message', (reply: AnalysisReply) => events.reply(reply));
      worker.on('error', error => events.lost(error));
      worker.on('exit', code => events.lost(`exit code ${code}`));
      if (!options.keepAlive) worker.unref(); // never keeps the extension host alive
      return {
        post: (request: AnalysisRequest) => worker.postMessage(request),
        stop: () => void worker.terminate(),
      };
    });
  }
}
