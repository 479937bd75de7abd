// Entry point of the browser's analysis worker (dist/web/analysisWorker.js, a classic worker script): core detection of
// large articles and of the workspace index, away from the web extension host's thread. The host side is
// ./backgroundAnalysis.ts; its first message carries the claim model's bytes.
import { provideClaimModel } from '../core/detect/claims/model';
import { OffThreadAnalysis, type AnalysisRequest } from '../core/detect/offThread';
import type { WebWorkerStart } from './backgroundAnalysis';

/** The worker's global scope as used here. */
declare const self: {
  onmessage: ((event: { data: WebWorkerStart | AnalysisRequest }) => void) | null;
  postMessage(message: unknown): void;
};

self.onmessage = ({ data }) => {
  if ('claimModel' in data) {
    const bytes = data.claimModel;
    provideClaimModel(() => bytes);
  } else {
    self.postMessage(OffThreadAnalysis.answer(data));
  }
};
