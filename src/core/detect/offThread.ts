// Detection on another thread, whatever the thread is: a Node worker thread (src/node/backgroundAnalysis.ts) or a
// browser Web Worker (src/web/backgroundAnalysis.ts). This is the part both share: numbered requests, their answers,
// and the rule that nobody loses an analysis — a thread that cannot start, fails a request or dies has what it owed
// analysed on this thread instead (slower for the editor, but the highlights come).
// The workspace index asks for compact analyses (core/workspace/compactAnalysis.ts): made on the other thread, they
// are also what crosses between threads, so the host decodes a fraction of the analysis.
// Detection itself is handed in (`analyze`), not imported, so the extension hosts' bundles need not hold it (./detection.ts).
import { compactAnalysis, type CompactAnalysis } from '../workspace/compactAnalysis';
import type { Analysis, AnalyzeOptions } from './spans';

export interface AnalysisRequest {
  id: number;
  text: string;
  options: AnalyzeOptions;
  /** Answer with compactAnalysis() of the result. */
  compact?: boolean;
}

export type AnalysisReply = { id: number; analysis: Analysis | CompactAnalysis } | { id: number; error: string };

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
  resolve: (analysis: Analysis | CompactAnalysis) => void;
  request: AnalysisRequest;
}

/** core/detect/analyze.ts's analyze(), as the thread that answers has it. */
export type Analyze = (text: string, options: AnalyzeOptions) => Analysis;

/** The analysis a request asked for (the other thread's side and the fallback here share it). */
function answerOf({ text, options, compact }: Pick<AnalysisRequest, 'text' | 'options' | 'compact'>, analyze: Analyze): Analysis | CompactAnalysis {
  const analysis = analyze(text, options);
  return compact ? compactAnalysis(analysis) : analysis;
}

/** Answers the requests a thread receives: what the worker scripts of both hosts run. */
export function answerRequest(request: AnalysisRequest, analyze: Analyze): AnalysisReply {
  try {
    return { id: request.id, analysis: answerOf(request, analyze) };
  } catch (error) {
    return { id: request.id, error: String(error) }; // analyze() never throws by contract; a broken contract must not hang the host
  }
}

export class OffThreadAnalysis {
  private thread?: AnalysisThread;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private disposed = false;

  /** `start` runs on the first request, and again after a thread was lost; `analyzeOnThisThread` answers what no thread can. */
  constructor(private readonly start: StartAnalysisThread, private readonly analyzeOnThisThread: Analyze) {}

  analyze(text: string, options: AnalyzeOptions): Promise<Analysis> {
    return this.request(text, options, false) as Promise<Analysis>;
  }

  /** compactAnalysis(analyze(text, options)), made on the other thread. */
  analyzeCompact(text: string, options: AnalyzeOptions): Promise<CompactAnalysis> {
    return this.request(text, options, true) as Promise<CompactAnalysis>;
  }

  private request(text: string, options: AnalyzeOptions, compact: boolean): Promise<Analysis | CompactAnalysis> {
    return new Promise(resolve => {
      const request: AnalysisRequest = { id: this.nextId++, text, options, ...compact ? { compact } : {} };
      this.pending.set(request.id, { resolve, request });
      const thread = this.started();
      if (thread) thread.post(request);
      else this.analyseHere(request.id);
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
    const pending = this.pending.get(id);
    if (pending) this.settle(id, answerOf(pending.request, this.analyzeOnThisThread));
  }

  private settle(id: number, analysis: Analysis | CompactAnalysis): void {
    const pending = this.pending.get(id);
    this.pending.delete(id);
    pending?.resolve(analysis);
  }

  dispose(): void {
    this.disposed = true;
    this.pending.clear(); // their documents are gone with the extension: nobody waits for them
    this.thread?.stop();
    this.thread = undefined;
  }
}
