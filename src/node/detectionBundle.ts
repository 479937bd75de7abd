// The Node extension host's detection, loaded from dist/factcheck.js — the command line's bundle, which is also the
// analysis worker's script (src/cli.ts) — instead of being bundled into dist/extension.js as well: the .vsix holds one
// copy of detection for the extension, its worker and the command line, and activation does not load it.
import * as path from 'node:path';
import type { Detection } from '../core/detect/detection';

/** dist/factcheck.js beside dist/extension.js. */
export const DETECTION_BUNDLE = path.join(__dirname, 'factcheck.js');

const loaded = new Map<string, Detection>();

/** The bundle's detection, loaded on the first call (about 60 ms) and kept. */
export function detectionFromBundle(file = DETECTION_BUNDLE): Detection {
  let detection = loaded.get(file);
  if (!detection) {
    // a computed path: esbuild leaves this require to Node instead of bundling the file
    detection = (require(file) as { detection(): Detection }).detection(); // eslint-disable-line @typescript-eslint/no-require-imports -- loaded on first use, see above
    loaded.set(file, detection);
  }
  return detection;
}
