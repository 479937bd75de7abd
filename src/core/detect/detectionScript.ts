// The detection script: dist/web/analysisWorker.js (src/web/analysisWorker.ts), the one copy of detection the .vsix
// holds. Started as a Web Worker it is the browser's analysis worker; evaluated by a host as a function, the way
// extension hosts load extensions, it is that host's own detection: the browser's extension host
// (src/web/host.ts), and in Node the extension, its worker thread and the command line (src/node/detectionScript.ts).
// Detection is core without Node, so the browser's build of it runs in Node unchanged.
import type { Detection } from './detection';

/** The global name build.mjs gives the script's exports. */
export const DETECTION_SCRIPT_GLOBAL = 'factcheckAnalysisWorker';

/** The one parameter of the function made from the script: declared true, the script starts no worker's message
 *  loop in the thread that evaluates it. */
export const DETECTION_ONLY_PARAMETER = 'factcheckDetectionOnly';

/** The body of a function of DETECTION_ONLY_PARAMETER that runs the script's text and returns its detection. */
export function detectionScriptBody(source: string): string {
  return `${source}\n;return ${DETECTION_SCRIPT_GLOBAL}.detection;`;
}

/** The script's detection, made with `new Function` (the browser has nothing else); it has no detector files until
 *  they are provided. */
export function detectionOfScript(source: string): Detection {
  const evaluate = new Function(DETECTION_ONLY_PARAMETER, detectionScriptBody(source)) as (detectionOnly: true) => Detection;
  return evaluate(true);
}
