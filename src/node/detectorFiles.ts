// The detector files for Node hosts (see core/detect/detectorFiles.ts): dist/claim-model.bin and dist/word-lists.txt
// beside the bundles (build.mjs writes them there from src/core/detect/), each read when a detector first needs it and
// handed to core as bytes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Detection } from '../core/detect/detection';
import { DETECTOR_FILE_ROLES, type DetectorFile, type FileBytes } from '../core/detect/detectorFiles';

/**
 * Makes `detection` read each detector file from `pathOf(file)` (default: beside the running bundle), once, on first
 * use. A file that cannot be read gives an error naming it, which detection reports as its detector's failure.
 */
export function useDetectorFiles(detection: Pick<Detection, 'provideDetectorFiles'>,
  pathOf: (file: DetectorFile) => string = file => path.join(__dirname, file)): void {
  const read = new Map<DetectorFile, FileBytes>();
  detection.provideDetectorFiles(file => {
    const known = read.get(file);
    if (known) return known;
    const where = pathOf(file);
    try {
      const bytes = fs.readFileSync(where);
      read.set(file, bytes);
      return bytes;
    } catch (error) {
      throw new Error(`cannot read ${DETECTOR_FILE_ROLES[file]} ${where}: ${(error as { code?: string }).code ?? String(error)}`);
    }
  });
}

/** `useDetectorFiles` for the files in `dir`. */
export const inFolder = (dir: string) => (file: DetectorFile): string => path.join(dir, file);
