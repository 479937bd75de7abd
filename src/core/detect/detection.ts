// Detection as one value, for the extension hosts, which reach it through their adapters (src/review/host.ts) rather
// than importing it: in Node it is the one bundle's own (src/factcheck.ts: extension, command line and analysis worker),
// in the browser the extension evaluates its worker's script as its own (src/web/detectionScript.ts). So the .vsix holds
// detection once per platform, and the review layer and the views never bundle it.
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
