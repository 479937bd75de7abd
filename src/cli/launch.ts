// The `factcheck` program as installed (dist/cli.js, package.json `bin`): a few lines that start the command line's
// bundle (dist/factcheck.js, built from ../cli.ts) from V8's code cache (../node/codeCache.ts), so a run does not parse
// and compile the bundle's 500 KB again. Built as a bundle of its own so that it stays this small.
import path from 'node:path';
import { detectsText, tuneV8ForBatchRun } from '../node/batchTiering';
import { codeCacheFolder, requireWithCodeCache } from '../node/codeCache';

const BUNDLE = path.join(__dirname, 'factcheck.js');

const command = process.argv[2];
// V8 accepts a code cache only under the flags it was made with: set them first. `scan` and `report` keep a cache
// each (what a run compiles is what the cache holds); the quick commands share one.
const tuned = detectsText(command);
if (tuned) tuneV8ForBatchRun();
(requireWithCodeCache(BUNDLE, tuned ? `batch-${command}` : 'plain', codeCacheFolder()).exports as typeof import('../cli')).run();
