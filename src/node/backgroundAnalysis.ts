// Detection of large articles on a worker thread (dist/analysisWorker.js), so that analysing megabytes never blocks
// the extension host (typing, other extensions, the rest of Factcheck). One worker serves every article, one request
// at a time; it starts on the first large article and ends with the extension. If it cannot start or dies, the text
// is analysed on this thread instead: slower for the editor, but nobody loses their highlights.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyze } from '../core/detect/analyze';
import { claimModelBytes } from '../core/detect/claims/model';
import type { Analysis, AnalyzeOptions } from '../core/detect/spans';

export interface AnalysisRequest {
  id: number;
  text: string;
  options: AnalyzeOptions;
}

/** What the worker starts with: the claim model's bytes as this thread has them, so the worker reads no file. */
export interface WorkerData {
  claimModel: Uint8Array | ArrayBuffer;
}

export type AnalysisReply = { id: number; analysis: Analysis } | { id: number; error: string };

interface Pending {
  resolve: (analysis: Analysis) => void;
  text: string;
  options: AnalyzeOptions;
}

export class BackgroundAnalysis {
  private worker?: Worker;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private disposed = false;

  /** `workerScript`: the bundled worker entry (dist/analysisWorker.js beside dist/extension.js). */
  constructor(private readonly workerScript = path.join(__dirname, 'analysisWorker.js')) {}

  analyze(text: string, options: AnalyzeOptions): Promise<Analysis> {
    return new Promise(resolve => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, text, options });
      const worker = this.started();
      if (worker) worker.postMessage({ id, text, options } satisfies AnalysisRequest);
      else this.analyseHere(id);
    });
  }

  private started(): Worker | undefined {
    if (this.worker || this.disposed) return this.worker;
    try {
      const worker = new Worker(this.workerScript, { workerData: { claimModel: claimModelBytes() } satisfies WorkerData });
      worker.on('message', (reply: AnalysisReply) => {
        if ('analysis' in reply) this.settle(reply.id, reply.analysis);
        else {
          console.error('factcheck: background analysis failed, analysing on the main thread', reply.error);
          this.analyseHere(reply.id);
        }
      });
      worker.on('error', error => this.lost(worker, error));
      worker.on('exit', code => this.lost(worker, `exit code ${code}`));
      worker.unref(); // never keeps the extension host alive
      this.worker = worker;
    } catch (error) {
      console.error('factcheck: cannot start the analysis worker, analysing on the main thread', error);
    }
    return this.worker;
  }

  /** The worker died: answer what it still owed from this thread; the next request starts a new worker. */
  private lost(worker: Worker, reason: unknown): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    if (this.disposed) return;
    console.error('factcheck: the analysis worker stopped', reason);
    for (const id of [...this.pending.keys()]) this.analyseHere(id);
  }

  private analyseHere(id: number): void {
    const request = this.pending.get(id);
    if (request) this.settle(id, analyze(request.text, request.options));
  }

  private settle(id: number, analysis: Analysis): void {
    const request = this.pending.get(id);
    this.pending.delete(id);
    request?.resolve(analysis);
  }

  dispose(): void {
    this.disposed = true;
    this.pending.clear(); // their documents are gone with the extension: nobody waits for them
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
