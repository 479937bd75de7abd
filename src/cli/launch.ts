// The `factcheck` program as installed (dist/cli.js, package.json `bin`): a few lines that start the command line's
// bundle (dist/factcheck.js, built from ../cli.ts) from V8's code cache (../node/codeCache.ts), so a run does not parse
// and compile the bundle's 500 KB again. Built as a bundle of its own so that it stays this small.
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { detectsText, tuneV8ForBatchRun } from '../node/batchTiering';
import { codeCacheFolder, requireWithCodeCache } from '../node/codeCache';

const BUNDLE = path.join(__dirname, 'factcheck.js');

if (!isMainThread) {
  // started as a worker (the analysis worker's script is the bundle itself, ../node/backgroundAnalysis.ts; this keeps
  // dist/cli.js working as one for anything that still starts it so): the bundle runs the worker on load
  require(BUNDLE); // eslint-disable-line @typescript-eslint/no-require-imports -- a file beside this one, not a module to bundle
} else {
  const [command, ...options] = process.argv.slice(2);
  // V8 accepts a code cache only under the flags it was made with: set them first. `scan` and `report` keep a cache
  // each, the quick commands share one. A cache holds what its first run compiled, so a usage message (which compiles
  // next to nothing of a command) uses none, and a run that ends in a usage error (exit code 2) or an internal error
  // (3) saves none.
  const tuned = detectsText(command);
  if (tuned) tuneV8ForBatchRun();
  const usage = command === undefined || command.startsWith('-') || command === 'help' || options.includes('--help') || options.includes('-h');
  const codeCache = {
    flavour: tuned ? `batch-${command}` : 'plain',
    folder: usage ? undefined : codeCacheFolder(),
    saveOnExit: (exitCode: number) => exitCode <= 1,
  };
  const cli = requireWithCodeCache(BUNDLE, codeCache);
  (cli.exports as typeof import('../cli')).run(codeCache);
}
