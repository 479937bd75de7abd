// Entry point of the analysis worker thread (dist/analysisWorker.js): runs core detection on large articles away from
// the extension host's thread, so the editor never waits for it. The host side is node/backgroundAnalysis.ts.
import { parentPort } from 'node:worker_threads';
import { analyze } from './core/detect/analyze';
import type { AnalysisReply, AnalysisRequest } from './node/backgroundAnalysis';

parentPort?.on('message', ({ id, text, options }: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    reply = { id, analysis: analyze(text, options) };
  } catch (error) {
    reply = { id, error: String(error) }; // analyze() never throws by contract; a broken contract must not hang the host
  }
  parentPort?.postMessage(reply);
});
