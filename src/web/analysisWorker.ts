// Entry point of dist/web/analysisWorker.js, a classic worker script with two uses. Started as a Web Worker it is the
// browser's analysis worker: core detection of large articles and of the workspace index, away from the web extension
// host's thread (the host side is ./backgroundAnalysis.ts; its first message carries the detector files' bytes).
// Evaluated by an extension host itself (core/detect/detectionScript.ts), it is that host's own detection, in the
// browser and in Node alike: the .vsix holds detection once, in this script.
import { detection } from '../core/detect/detection';
import { answerRequest, type AnalysisRequest } from '../core/detect/offThread';
import type { WebWorkerStart } from './backgroundAnalysis';

/** The worker's global scope as used here. */
declare const self: {
  onmessage: ((event: { data: WebWorkerStart | AnalysisRequest }) => void) | null;
  postMessage(message: unknown): void;
};

/** Declared (true) by a host that evaluates this script as its own detection (DETECTION_ONLY_PARAMETER); no worker
 *  runs then. */
declare const factcheckDetectionOnly: boolean | undefined;

if (typeof factcheckDetectionOnly === 'undefined') {
  self.onmessage = ({ data }) => {
    if ('detectorFiles' in data) {
      const files = data.detectorFiles;
      detection.provideDetectorFiles(file => files[file]);
    } else {
      self.postMessage(answerRequest(data, detection.analyze));
    }
  };
}

export { detection };
