// `factcheck` command line: a thin shell over src/core. Each subcommand lives in src/cli/<name>.ts.
import { runScan } from './cli/scan';
import { runStatus } from './cli/status';
import { runCheck } from './cli/check';
import { runReport } from './cli/report';
import { usageError, type CliIO, nodeIO } from './cli/io';

const USAGE = `usage: factcheck <command> [options] FILE...

commands:
  scan [--json] [--date YYYY-MM-DD] [--threshold N] FILE...   people, dates and check-worthy claims
  status [--json] PATH...                                     each annotated claim, its status and where it is now
  check [--fail-on disputed,false,unverified,orphaned] PATH...  pre-publication gate: exit 1 on failing claims
  report [--format markdown|html|csv|json] [--out FILE] PATH...  every claim of every article under PATH
`;

const commands: Record<string, (args: string[], io: CliIO) => Promise<number>> = {
  scan: runScan,
  status: runStatus,
  check: runCheck,
  report: runReport,
};

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) return usageError(io, `unknown command '${name}'`, USAGE);
  return command(rest, io);
}

// Run only as the program itself, so tests can import main() and call it with their own CliIO.
if (require.main === module) {
  // a reader that stops early (`factcheck scan --json … | head`) closes the pipe: stop quietly, nothing is lost
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
  main(process.argv.slice(2), nodeIO).then(
    code => { process.exitCode = code; },
    err => { process.stderr.write(`factcheck: internal error: ${err instanceof Error ? err.stack : String(err)}\n`); process.exitCode = 3; },
  );
}
