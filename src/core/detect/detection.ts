// Detection as one value, which nothing bundles but the detection script (./detectionScript.ts,
// dist/web/analysisWorker.js): every host evaluates that script and reaches detection through it, the extension hosts
// through their adapters (src/review/host.ts), the command line through its CliIO. So the .vsix holds detection once,
// for the browser and Node. Detection's helpers that the hosts also need (a date in words, the sentences of a text)
// are reached through it too, so that their code and tables are not bundled a second time beside the script.
import { splitSentences } from '../text/sentences';
import { analyze, type AnalyzeRunOptions } from './analyze';
import { displayDate } from './dates/display';
import { allDetectorFileBytes, type DetectorFile, type FileBytes, provideDetectorFiles } from './detectorFiles';
import type { Analysis, Span } from './spans';

export interface Detection {
  /** core/detect/analyze.ts's analyze(): never throws, spans in range and sorted. */
  analyze(text: string, options?: AnalyzeRunOptions): Analysis;
  /** How this copy of detection gets its data files' bytes (see ./detectorFiles.ts). */
  provideDetectorFiles(read: (file: DetectorFile) => FileBytes): void;
  /** Every file's bytes as provided, for a host to hand to its worker. */
  allDetectorFileBytes(): ReturnType<typeof allDetectorFileBytes>;
  /** dates/display.ts's displayDate(): a date's value in words, for a date span that lacks its `display`. */
  displayDate(date: Parameters<typeof displayDate>[0]): string;
  /** text/sentences.ts's splitSentences(): every sentence of a text (`factcheck similar --all-sentences`). */
  splitSentences(text: string): Span[];
}

export const detection: Detection = { analyze, provideDetectorFiles, allDetectorFileBytes, displayDate, splitSentences };
