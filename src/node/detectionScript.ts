// Detection in Node (the extension, its analysis worker thread, the command line): the detection script,
// dist/web/analysisWorker.js beside the Node bundle (core/detect/detectionScript.ts), run in this thread as a function,
// so the .vsix holds detection once for the browser and Node. The command line compiles it from V8's code cache as it
// does the bundle (./codeCache.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { Detection } from '../core/detect/detection';
import { DETECTION_ONLY_PARAMETER, detectionScriptBody } from '../core/detect/detectionScript';
import { compileWithCodeCache, type CodeCacheSettings } from './codeCache';
import { inFolder, useDetectorFiles } from './detectorFiles';

/** The detection script of the Node bundle in `dist` (build.mjs puts the browser's build there). */
export const detectionScriptIn = (dist: string): string => path.join(dist, 'web', 'analysisWorker.js');

/** The script's detection, with no detector files until they are provided; compiled from a code cache when settings
 *  for one are given. A script that cannot be read or run throws an Error naming the file. */
export function loadDetectionScript(file: string, codeCache?: CodeCacheSettings): Detection {
  let source: string;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read the detection script ${file}: ${(error as { code?: string }).code ?? String(error)}`);
  }
  const body = detectionScriptBody(source);
  const { run } = compileWithCodeCache(file, [DETECTION_ONLY_PARAMETER], body, codeCache ?? { flavour: 'plain', folder: undefined });
  return run(true) as Detection;
}

/** Detection as the Node bundle in `dist` has it: the detection script there, reading the detector files beside it
 *  (./detectorFiles.ts) when a detector first needs them. */
export function detectionIn(dist: string, codeCache?: CodeCacheSettings): Detection {
  const detection = loadDetectionScript(detectionScriptIn(dist), codeCache);
  useDetectorFiles(detection, inFolder(dist));
  return detection;
}
