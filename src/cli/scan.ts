import { blankAnalysis, isBlank } from '../core/detect/blank';
import type { AnalyzeRunOptions } from '../core/detect/analyze';
import type { Analysis } from '../core/detect/spans';
import { type CliIO, describeReadError, usageError } from './io';

/** Detection is loaded with the first file that has text to detect in: a scan of empty files never loads it. */
function analyzeArticle(text: string, options: AnalyzeRunOptions, io: CliIO): Analysis {
  return isBlank(text) ? blankAnalysis(options) : io.detection().analyze(text, options);
}

export const SCAN_USAGE = `usage: factcheck scan [--json] [--date YYYY-MM-DD] [--threshold N] PATH...

  PATH                an article, or a folder whose articles (.md, .markdown, .txt) are scanned, as check and
                      report walk them

  --json              one JSON object a line per file: {"file","reference","people","dates","claims"}
  --date YYYY-MM-DD   the article's date, which relative dates ("last week") resolve against; overrides a
                      dateline and the file date, not the article's front matter (default: the article's
                      front matter date:, else a dateline or byline date near the top, else the file's
                      modification date, else today)
  --threshold N       show claims scoring at least N, between 0 and 1 (default: the extension's threshold)
`;

interface ScanOptions {
  json: boolean;
  referenceDate?: string;
  claimThreshold?: number;
  files: string[];
  /** Option errors; reported, and the files are still scanned with the defaults. */
  problems: string[];
}

export function parseScanArgs(args: string[]): ScanOptions {
  const options: ScanOptions = { json: false, files: [], problems: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      options.files.push(...args.slice(i + 1));
      break;
    }
    if (arg === '--json') options.json = true;
    else if (arg === '--date' || arg.startsWith('--date=')) {
      const value = arg === '--date' ? args[++i] : arg.slice('--date='.length);
      if (value !== undefined && isCalendarDate(value)) options.referenceDate = value;
      else options.problems.push(`--date needs a date as YYYY-MM-DD, got '${value ?? ''}'`);
    } else if (arg === '--threshold' || arg.startsWith('--threshold=')) {
      const value = arg === '--threshold' ? args[++i] : arg.slice('--threshold='.length);
      const threshold = value === undefined || value.trim() === '' ? Number.NaN : Number(value);
      if (threshold >= 0 && threshold <= 1) options.claimThreshold = threshold;
      else options.problems.push(`--threshold needs a number between 0 and 1, got '${value ?? ''}'`);
    } else if (arg.startsWith('-') && arg !== '-') options.problems.push(`unknown option '${arg}'`);
    else options.files.push(arg);
  }
  return options;
}

/**
 * `factcheck scan`: one JSON line (or a readable block) per file. A bad option or an unreadable file is reported
 * on stderr and makes the exit code 2, but every readable file is still scanned. A detector that fails (a damaged
 * install: the claim model file missing) is reported too, and makes it 3: the output lacks what it would have found.
 */
export async function runScan(args: string[], io: CliIO): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(SCAN_USAGE);
    return 0;
  }
  const options = parseScanArgs(args);
  for (const problem of options.problems) io.err(`factcheck scan: ${problem}\n`);
  if (!options.files.length) return usageError(io, 'scan: no files given', SCAN_USAGE);

  let failed = options.problems.length > 0;
  let broken = false;
  const files = [...options.files];
  for (let k = 0; k < files.length; k++) {
    const file = files[k];
    let text: string;
    try {
      text = io.readFile(file);
    } catch (err) {
      // a folder: its articles, in the walk's order, next (walked only when met, so a scan of files loads no walker)
      if ((err as { code?: string }).code === 'EISDIR') {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose, see above
        const { articleFilesIn } = require('./articleFiles') as typeof import('./articleFiles');
        const { articles, problems } = articleFilesIn([file]);
        for (const problem of problems) io.err(`factcheck scan: ${problem}\n`);
        failed ||= problems.length > 0;
        files.splice(k + 1, 0, ...articles.map(a => a.file));
        continue;
      }
      io.err(`factcheck scan: cannot read ${file}: ${describeReadError(err)}\n`);
      failed = true;
      continue;
    }
    const fileDate = options.referenceDate === undefined ? io.modifiedDate?.(file) : undefined;
    const analysis = analyzeArticle(text, {
      referenceDate: options.referenceDate,
      fileDate,
      claimThreshold: options.claimThreshold,
      onDetectorError: (detector, error) => {
        io.err(`factcheck scan: ${file}: ${detector} detection failed: ${error instanceof Error ? error.message : String(error)}\n`);
        broken = true;
      },
    }, io);
    io.out(options.json ? JSON.stringify(toJson(file, analysis)) + '\n' : formatReadable(file, analysis));
  }
  if (failed && options.problems.length) io.err(`run 'factcheck scan --help' for the options\n`);
  return broken ? 3 : failed ? 2 : 0;
}

/** The documented JSON shape and nothing else, whatever extra fields a detector keeps on its spans. */
export function toJson(file: string, { people, dates, claims, reference }: Analysis) {
  return {
    file,
    reference: reference && { date: reference.date, from: reference.from },
    people: people.map(({ start, end, text, entity }) => ({ start, end, text, entity })),
    dates: dates.map(({ start, end, text, type, value, display }) => (value === undefined
      ? { start, end, text, type, display: display ?? text }
      : { start, end, text, type, value, display: display ?? value })),
    claims: claims.map(({ start, end, text, score, cues }) => ({ start, end, text, score, cues })),
  };
}

export function formatReadable(file: string, { people, dates, claims, reference }: Analysis): string {
  const lines = [file];
  if (reference) lines.push(`  reference date: ${reference.date} (${reference.from})`);
  const entities = new Map<string, number>();
  for (const p of people) entities.set(p.entity, (entities.get(p.entity) ?? 0) + 1);
  lines.push(`  people (${entities.size}): ` + [...entities].map(([name, n]) => (n > 1 ? `${name} ×${n}` : name)).join(', '));
  lines.push(`  dates (${dates.length}): ` + dates.map(d => `${d.text} [${d.type}${d.value ? ' ' + d.value : ''}${d.display && d.display !== d.text ? ': ' + d.display : ''}]`).join(', '));
  lines.push(`  claims (${claims.length}):`);
  for (const c of claims) {
    const text = c.text.replace(/\s+/g, ' ');
    lines.push(`    ${c.score.toFixed(2)}  ${text.length > 100 ? text.slice(0, 99) + '…' : text}  (${c.cues.join(', ') || 'no cue'})`);
  }
  return lines.join('\n') + '\n\n';
}

function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}
