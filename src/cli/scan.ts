import { analyze } from '../core/analyze';
import type { Analysis } from '../core/spans';
import { type CliIO, usageError } from './io';

const USAGE = 'usage: factcheck scan [--json] [--date YYYY-MM-DD] [--threshold N] FILE...\n';

/** `factcheck scan`: one JSON line (or a readable block) per file; unreadable files are reported and skipped. */
export async function runScan(args: string[], io: CliIO): Promise<number> {
  let json = false;
  let referenceDate: string | undefined;
  let claimThreshold: number | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') json = true;
    else if (arg === '--date') {
      referenceDate = args[++i];
      if (!referenceDate || !/^\d{4}-\d{2}-\d{2}$/.test(referenceDate)) return usageError(io, `--date needs YYYY-MM-DD, got '${referenceDate ?? ''}'`, USAGE);
    } else if (arg === '--threshold') {
      claimThreshold = Number(args[++i]);
      if (!(claimThreshold >= 0 && claimThreshold <= 1)) return usageError(io, '--threshold needs a number between 0 and 1', USAGE);
    } else if (arg.startsWith('-')) return usageError(io, `unknown option '${arg}'`, USAGE);
    else files.push(arg);
  }
  if (!files.length) return usageError(io, 'no files given', USAGE);

  let failed = false;
  for (const file of files) {
    let text: string;
    try {
      text = io.readFile(file);
    } catch (err) {
      io.err(`factcheck: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}\n`);
      failed = true;
      continue;
    }
    const analysis = analyze(text, { referenceDate, claimThreshold });
    io.out(json ? JSON.stringify({ file, ...analysis }) + '\n' : formatReadable(file, analysis));
  }
  return failed ? 2 : 0;
}

function formatReadable(file: string, { people, dates, claims }: Analysis): string {
  const lines = [`${file}`];
  lines.push(`  people (${people.length}): ` + people.map(p => p.text === p.entity ? p.text : `${p.text} → ${p.entity}`).join(', '));
  lines.push(`  dates (${dates.length}): ` + dates.map(d => `${d.text} [${d.type}${d.value ? ' ' + d.value : ''}]`).join(', '));
  lines.push(`  claims (${claims.length}):`);
  for (const c of claims) lines.push(`    ${c.score.toFixed(2)} ${c.text.replace(/\s+/g, ' ').slice(0, 100)}  (${c.cues.join(', ')})`);
  return lines.join('\n') + '\n\n';
}
