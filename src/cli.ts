// `factcheck` command line: a thin shell over src/core. Each subcommand lives in src/cli/<name>.ts.
import { usageError, type CliIO, nodeIO } from './cli/io';
import { detectsText, tuneV8ForBatchRun } from './node/batchTiering';
import type { CodeCacheSettings } from './node/codeCache';

const USAGE = `usage: factcheck <command> [options] FILE...

commands:
  scan [--json] [--date YYYY-MM-DD] [--threshold N] PATH...   people, dates and check-worthy claims
  status [--json] PATH...                                     each annotated claim, its status and where it is now
  check [--fail-on disputed,false,unverified,orphaned] PATH...  pre-publication gate: exit 1 on failing claims
  report [--format markdown|html|csv|json] [--out FILE] PATH...  every claim of every article under PATH
  similar [--json] [--in DIR]... [--top K] [--all-sentences] FILE...  earlier verdicts that may apply to FILE's claims
`;

// Each command's code is loaded when it runs: `status` and `check` never load detection, `scan` never loads YAML. A
// require() (not an import) is what esbuild leaves lazy in the bundle, and what tests running the sources can follow.
type Command = (args: string[], io: CliIO) => Promise<number>;
/* eslint-disable @typescript-eslint/no-require-imports -- lazy on purpose, see above */
const commands: Record<string, () => Command> = {
  scan: () => (require('./cli/scan') as typeof import('./cli/scan')).runScan,
  status: () => (require('./cli/status') as typeof import('./cli/status')).runStatus,
  check: () => (require('./cli/check') as typeof import('./cli/check')).runCheck,
  report: () => (require('./cli/report') as typeof import('./cli/report')).runReport,
  similar: () => (require('./cli/similar') as typeof import('./cli/similar')).runSimilar,
};
/* eslint-enable @typescript-eslint/no-require-imports */

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) return usageError(io, `unknown command '${name}'`, USAGE);
  return command()(rest, io);
}

/**
 * The program itself: the command of process.argv, its output on stdout and stderr, its result as the exit code.
 * Started by dist/cli.js (./cli/launch.ts) through V8's code cache, which it then keeps for the detection script too
 * (`codeCache`), or as the Node bundle's own main module (./factcheck.ts).
 */
export function run(codeCache?: CodeCacheSettings): void {
  if (detectsText(process.argv[2])) tuneV8ForBatchRun();
  // a reader that stops early (`factcheck scan --json … | head`) closes the pipe: stop quietly, nothing is lost
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
  main(process.argv.slice(2), nodeIO(codeCache)).then(
    code => { process.exitCode = code; },
    err => { process.stderr.write(`factcheck: internal error: ${err instanceof Error ? err.stack : String(err)}\n`); process.exitCode = 3; },
  );
}
