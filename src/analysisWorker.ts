// The analysis worker thread (run by dist/factcheck.js when started as a worker, see src/factcheck.ts): runs detection
// (the detection script, ./node/detectionScript.ts) on large articles away from the extension host's thread, so the
// editor never waits for it. The host side is node/backgroundAnalysis.ts, which hands over the detector files' bytes
// it read, so each file is read once.
import { parentPort, workerData } from 'node:worker_threads';
import { answerRequest, type AnalysisRequest } from './core/detect/offThread';
import type { WorkerData } from './node/backgroundAnalysis';
import { detectionScriptIn, loadDetectionScript } from './node/detectionScript';

// this file is bundled into dist/factcheck.js, whose folder holds the detection script
const detection = loadDetectionScript(detectionScriptIn(__dirname));
detection.provideDetectorFiles(file => {
  const bytes = (workerData as WorkerData | undefined)?.files[file];
  if (!bytes) throw new Error(`the analysis worker was started without ${file}`);
  return bytes;
});

parentPort?.on('message', (request: AnalysisRequest) => parentPort?.postMessage(answerRequest(request, detection.analyze)));
