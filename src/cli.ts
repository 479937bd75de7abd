// `factcheck` command line: a thin shell over src/core. Each subcommand lives in src/cli/<name>.ts.
import { runScan } from './cli/scan';
import { runStatus } from './cli/status';
import { runCheck } from './cli/check';
import { usageError, type CliIO, nodeIO } from './cli/io';
import { useClaimModelFile } from './node/claimModelFile';

const USAGE = `usage: factcheck <command> [options] FILE...

commands:
  scan [--json] [--date YYYY-MM-DD] [--threshold N] FILE...   people, dates and check-worthy claims
  status [--json] FILE...                                     each annotated claim, its status and where it is now
  check [--fail-on disputed,false,unverified,orphaned] PATH...  pre-publication gate: exit 1 on failing claims
`;

const commands: Record<string, (args: string[], io: CliIO) => Promise<number>> = {
  scan: runScan,
  status: runStatus,
  check: runCheck,
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
  useClaimModelFile(); // dist/claim-model.bin beside this bundle, read only if a command scores a sentence
  main(process.argv.slice(2), nodeIO).then(
    code => { process.exitCode = code; },
    err => { process.stderr.write(`factcheck: internal error: ${err instanceof Error ? err.stack : String(err)}\n`); process.exitCode = 3; },
  );
}
