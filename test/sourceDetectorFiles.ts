// Unit tests and benchmarks run core from its sources, so their detector files are made from the source tree as
// build.mjs makes them: the claim model the trainer writes, and the word lists tools/lexicon/ writes with the
// hand-written lists added (src/core/detect/lexicon/handWrittenLists.ts). Loaded before every unit test by .mocharc.json.
import fs from 'node:fs';
import path from 'node:path';
import { detection } from '../src/core/detect/detection';
import { DETECTOR_FILES, type DetectorFile, WORD_LISTS_FILE } from '../src/core/detect/detectorFiles';
import { withHandWrittenLists } from '../src/core/detect/lexicon/handWrittenLists';

export const SOURCE_CLAIM_MODEL = path.resolve(__dirname, '../src/core/detect/claims/claim-model.bin');
/** The generated word lists, as tools/lexicon/ writes them (the shipped file adds the hand-written lists). */
export const GENERATED_WORD_LISTS = path.resolve(__dirname, '../src/core/detect/lexicon/word-lists.txt');

const bytes = new Map<DetectorFile, Uint8Array>();
/** `file` as build.mjs puts it beside the bundles, made from the source tree once. */
export function sourceDetectorFile(file: DetectorFile): Uint8Array {
  let known = bytes.get(file);
  if (!known) {
    known = file === WORD_LISTS_FILE
      ? new TextEncoder().encode(withHandWrittenLists(fs.readFileSync(GENERATED_WORD_LISTS, 'utf8')))
      : new Uint8Array(fs.readFileSync(SOURCE_CLAIM_MODEL));
    bytes.set(file, known);
  }
  return known;
}

/** Writes the detector files into `dir`, as build.mjs puts them beside the bundles. */
export function copyDetectorFiles(dir: string): void {
  for (const file of DETECTOR_FILES) fs.writeFileSync(path.join(dir, file), sourceDetectorFile(file));
}

/** Makes core detect with the source tree's detector files (again, after a test that provided others). */
export function useSourceDetectorFiles(): void {
  detection.provideDetectorFiles(sourceDetectorFile);
}

useSourceDetectorFiles();
