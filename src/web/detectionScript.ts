// The web extension host's detection: dist/web/analysisWorker.js (./analysisWorker.ts) evaluated in this thread, the
// way the host itself loads extensions (a function made from the script's text), instead of a second copy of detection
// in dist/web/extension.js.
import type { Detection } from '../core/detect/detection';

/** The global name build.mjs gives the worker script's exports. */
export const WORKER_SCRIPT_GLOBAL = 'factcheckAnalysisWorker';

/** The worker script's detection, from the script's text; it has no claim model until one is provided. */
export function detectionOfWorkerScript(source: string): Detection {
  // `factcheckDetectionOnly` tells the script not to start a worker's message loop in this thread
  const evaluate = new Function('factcheckDetectionOnly', `${source}\n;return ${WORKER_SCRIPT_GLOBAL}.detection;`) as (detectionOnly: true) => Detection;
  return evaluate(true);
}
