// Unit tests and benchmarks run core from its sources, so their claim model is the file in the source tree (the one the
// trainer writes; build.mjs copies it beside the bundles). Loaded before every unit test by .mocharc.json.
import path from 'node:path';
import { useClaimModelFile } from '../src/node/claimModelFile';

export const SOURCE_CLAIM_MODEL = path.resolve(__dirname, '../src/core/detect/claims/claim-model.bin');

useClaimModelFile(SOURCE_CLAIM_MODEL);
