// Detection on another thread, whatever the thread is: a Node worker thread (src/node/backgroundAnalysis.ts) or a
// browser Web Worker (src/web/backgroundAnalysis.ts). This is the part both share: numbered requests, their answers,
// and the rule that nobody loses an analysis — a thread that cannot start, fails a request or dies has what it owed
// analysed on this thread instead (slower for the editor, but the highlights come).
import { analyze } from './analyze';
import type { Analysis, AnalyzeOptions } from './spans';

export interface AnalysisRequest {
  id: number;
  text: string;
  options: AnalyzeOptions;
}

export type AnalysisReply = { id: number; analysis: Analysis } | { id: number; error: string };

/** The other thread as the requests see it. */
export interface AnalysisThread {
  post(request: AnalysisRequest): void;
  stop(): void;
}

/** What a started thread reports back. */
export interface AnalysisThreadEvents {
  reply(reply: AnalysisReply): void;
  /** The thread is gone (an error, an exit, a script that would not load). */
  lost(reason: unknown): void;
}

/** Starts a thread (undefined, or a throw, when it cannot: requests are then analysed here). */
export type StartAnalysisThread = (events: AnalysisThreadEvents) => AnalysisThread | undefined;

interface Pending {
  resolve: (analysis: Analysis) => void;
  text: string;
  options: AnalyzeOptions;
}

export class OffThreadAnalysis {
  private thread?: AnalysisThread;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private disposed = false;

  /** `start` runs on the first request, and again after a thread was lost. */
  constructor(private readonly start: StartAnalysisThread) {}

  analyze(text: string, options: AnalyzeOptions): Promise<Analysis> {
    return new Promise(resolve => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, text, options });
      const thread = this.started();
      if (thread) thread.post({ id, text, options });
      else this.analyseHere(id);
    });
  }

  private started(): AnalysisThread | undefined {
    if (this.thread || this.disposed) return this.thread;
    let thread: AnalysisThread | undefined;
    try {
      thread = this.start({
        reply: reply => {
          if (this.thread !== thread) return;
          if ('analysis' in reply) this.settle(reply.id, reply.analysis);
          else {
            console.error('factcheck: background analysis failed, analysing on the main thread', reply.error);
            this.analyseHere(reply.id);
          }
        },
        lost: reason => this.lost(thread, reason),
      });
    } catch (error) {
      console.error('factcheck: cannot start the analysis worker, analysing on the main thread', error);
    }
    this.thread = thread;
    return thread;
  }

  /** The thread died: answer what it still owed from this thread; the next request starts a new one. */
  private lost(thread: AnalysisThread | undefined, reason: unknown): void {
    if (!thread || this.thread !== thread) return;
    this.thread = undefined;
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
    this.thread?.stop();
    this.thread = undefined;
  }

  /** Answers the requests a thread receives: what the worker scripts of both hosts run. */
  static answer(request: AnalysisRequest): AnalysisReply {
    try {
      return { id: request.id, analysis: analyze(request.text, request.options) };
    } catch (error) {
      return { id: request.id, error: String(error) }; // analyze() never throws by contract; a broken contract must not hang the host
    }
  }
}
