// Detection as one value, for the extension hosts. Neither host bundles detection: each loads it from the bundle that
// already has it for another job — in Node dist/factcheck.js (the command line, and the analysis worker on a worker
// thread), in the browser dist/web/analysisWorker.js — so the .vsix holds detection once per platform, not twice, and
// activation does not parse it. The host reaches it through its adapters (src/review/host.ts).
import { analyze } from './analyze';
import { claimModelBytes, provideClaimModel } from './claims/model';
import type { Analysis, AnalyzeOptions } from './spans';

export interface Detection {
  /** core/detect/analyze.ts's analyze(): never throws, spans in range and sorted. */
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /** How this copy of detection gets the claim model's bytes (see ./claims/model.ts). */
  provideClaimModel(load: () => Uint8Array | ArrayBuffer): void;
  /** The bytes as provided, for a host to hand to its worker. */
  claimModelBytes(): Uint8Array | ArrayBuffer;
}

export const detection: Detection = { analyze, provideClaimModel, claimModelBytes };
