// The claim model file for Node hosts: dist/claim-model.bin beside the bundles (build.mjs copies it there from
// src/core/detect/claims/), read when the first sentence is scored and handed to core as bytes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { provideClaimModel } from '../core/detect/claims/model';

export const CLAIM_MODEL_FILE = 'claim-model.bin';

/**
 * Makes core read its claim model from `file` (default: beside the running bundle), once, on first use. A file that
 * cannot be read gives an error naming it, which detection reports as the claims detector's failure.
 */
export function useClaimModelFile(file = path.join(__dirname, CLAIM_MODEL_FILE)): void {
  let bytes: Uint8Array | undefined;
  provideClaimModel(() => {
    try {
      return (bytes ??= fs.readFileSync(file));
    } catch (error) {
      throw new Error(`cannot read the claim model ${file}: ${(error as { code?: string }).code ?? String(error)}`);
    }
  });
}
