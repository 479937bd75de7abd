// Detection as one value, which nothing bundles but the detection script (./detectionScript.ts,
// dist/web/analysisWorker.js): every host evaluates that script and reaches detection through it, the extension hosts
// through their adapters (src/review/host.ts), the command line through its CliIO. So the .vsix holds detection once,
// for the browser and Node.
import { analyze, type AnalyzeRunOptions } from './analyze';
import { allDetectorFileBytes, type DetectorFile, type FileBytes, provideDetectorFiles } from './detectorFiles';
import type { Analysis } from './spans';

export interface Detection {
  /** core/detect/analyze.ts's analyze(): never throws, spans in range and sorted. */
  analyze(text: string, options?: AnalyzeRunOptions): Analysis;
  /** How this copy of detection gets its data files' bytes (see ./detectorFiles.ts). */
  provideDetectorFiles(read: (file: DetectorFile) => FileBytes): void;
  /** Every file's bytes as provided, for a host to hand to its worker. */
  allDetectorFileBytes(): ReturnType<typeof allDetectorFileBytes>;
}

export const detection: Detection = { analyze, provideDetectorFiles, allDetectorFileBytes };
