// Detection of large articles on a worker thread (src/analysisWorker.ts, run by dist/cli.js), so that analysing megabytes never blocks
// the extension host (typing, other extensions, the rest of Factcheck). One worker serves every article, one request
// at a time; it starts on the first large article and ends with the extension. If it cannot start or dies, the text
// is analysed on this thread instead: slower for the editor, but nobody loses their highlights.
// The workspace index asks for compact analyses (core/workspace/compactAnalysis.ts): made on the worker, they are also
// what crosses between threads, so the host decodes a fraction of the analysis.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyze } from '../core/detect/analyze';
import { claimModelBytes } from '../core/detect/claims/model';
import type { Analysis, AnalyzeOptions } from '../core/detect/spans';
import { compactAnalysis, type CompactAnalysis } from '../core/workspace/compactAnalysis';

/** The worker's script: dist/cli.js beside dist/extension.js, which runs src/analysisWorker.ts on a worker thread (one
 *  bundle of detection in the .vsix for the command line and the worker). */
export const WORKER_SCRIPT = path.join(__dirname, 'cli.js');

export interface AnalysisRequest {
  id: number;
  text: string;
  options: AnalyzeOptions;
  /** Answer with compactAnalysis() of the result. */
  compact?: boolean;
}

/** What the worker starts with: the claim model's bytes as this thread has them, so the worker reads no file. */
export interface WorkerData {
  claimModel: Uint8Array | ArrayBuffer;
}

export type AnalysisReply = { id: number; analysis: Analysis | CompactAnalysis } | { id: number; error: string };

/** The analysis the request asked for (the worker's side and the fallback here share it). */
export function answer({ text, options, compact }: Pick<AnalysisRequest, 'text' | 'options' | 'compact'>): Analysis | CompactAnalysis {
  const analysis = analyze(text, options);
  return compact ? compactAnalysis(analysis) : analysis;
}

interface Pending {
  resolve: (analysis: Analysis | CompactAnalysis) => void;
  request: AnalysisRequest;
}

export class BackgroundAnalysis {
  private worker?: Worker;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private disposed = false;

  /** `keepAlive`: the worker keeps the process alive while it owes answers (a script awaiting them); by default it
   *  never does (the extension host lives on its own). */
  constructor(private readonly workerScript = WORKER_SCRIPT, private readonly options: { keepAlive?: boolean } = {}) {}

  analyze(text: string, options: AnalyzeOptions): Promise<Analysis> {
    return this.request(text, options, false) as Promise<Analysis>;
  }

  /** compactAnalysis(analyze(text, options)), made on the worker. */
  analyzeCompact(text: string, options: AnalyzeOptions): Promise<CompactAnalysis> {
    return this.request(text, options, true) as Promise<CompactAnalysis>;
  }

  private request(text: string, options: AnalyzeOptions, compact: boolean): Promise<Analysis | CompactAnalysis> {
    return new Promise(resolve => {
      const request: AnalysisRequest = { id: this.nextId++, text, options, ...compact ? { compact } : {} };
      this.pending.set(request.id, { resolve, request });
      const worker = this.started();
      if (worker) worker.postMessage(request);
      else this.analyseHere(request.id);
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
      if (!this.options.keepAlive) worker.unref(); // never keeps the extension host alive
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
    const pending = this.pending.get(id);
    if (pending) this.settle(id, answer(pending.request));
  }

  private settle(id: number, analysis: Analysis | CompactAnalysis): void {
    const pending = this.pending.get(id);
    this.pending.delete(id);
    pending?.resolve(analysis);
  }

  dispose(): void {
    this.disposed = true;
    this.pending.clear(); // their documents are gone with the extension: nobody waits for them
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
