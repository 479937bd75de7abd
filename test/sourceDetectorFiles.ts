// Unit tests and benchmarks run core from its sources, so their detector files are those in the source tree (the claim
// model the trainer writes, the word lists tools/lexicon/ writes; build.mjs copies both beside the bundles). Loaded
// before every unit test by .mocharc.json.
import fs from 'node:fs';
import path from 'node:path';
import { detection } from '../src/core/detect/detection';
import { CLAIM_MODEL_FILE, DETECTOR_FILES, type DetectorFile, WORD_LISTS_FILE } from '../src/core/detect/detectorFiles';
import { useDetectorFiles } from '../src/node/detectorFiles';

export const SOURCE_DETECTOR_FILES: Record<DetectorFile, string> = {
  [CLAIM_MODEL_FILE]: path.resolve(__dirname, '../src/core/detect/claims/claim-model.bin'),
  [WORD_LISTS_FILE]: path.resolve(__dirname, '../src/core/detect/lexicon/word-lists.txt'),
};
export const SOURCE_CLAIM_MODEL = SOURCE_DETECTOR_FILES[CLAIM_MODEL_FILE];

/** Copies the detector files into `dir`, as build.mjs puts them beside the bundles. */
export function copyDetectorFiles(dir: string): void {
  for (const file of DETECTOR_FILES) fs.copyFileSync(SOURCE_DETECTOR_FILES[file], path.join(dir, file));
}

useDetectorFiles(detection, file => SOURCE_DETECTOR_FILES[file]);
