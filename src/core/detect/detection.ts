// Detection as one value, for the extension hosts, which reach it through their adapters (src/review/host.ts) rather
// than importing it: in Node it is the one bundle's own (src/factcheck.ts: extension, command line and analysis worker),
// in the browser the extension evaluates its worker's script as its own (src/web/detectionScript.ts). So the .vsix holds
// detection once per platform, and the review layer and the views never bundle it.
import { analyze } from './analyze';
import { allDetectorFileBytes, type DetectorFile, type FileBytes, provideDetectorFiles } from './detectorFiles';
import type { Analysis, AnalyzeOptions } from './spans';

export interface Detection {
  /** core/detect/analyze.ts's analyze(): never throws, spans in range and sorted. */
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /** How this copy of detection gets its data files' bytes (see ./detectorFiles.ts). */
  provideDetectorFiles(read: (file: DetectorFile) => FileBytes): void;
  /** Every file's bytes as provided, for a host to hand to its worker. */
  allDetectorFileBytes(): ReturnType<typeof allDetectorFileBytes>;
}

export const detection: Detection = { analyze, provideDetectorFiles, allDetectorFileBytes };
