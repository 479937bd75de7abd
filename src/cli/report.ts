// `factcheck report`: the Claims view's export for every article under the paths given, reviewed or not. The rows come
// from the same core steps as in the editor: detection (core/detect), the sidecar anchored (core/sidecar), both
// combined (core/review) and formatted (core/present/report).
import path from 'node:path';
import { analyze } from '../core/detect/analyze';
import {
  byArticlePath, formatReport, REPORT_FORMATS, reportRows, workspaceScope, type ReportArticle, type ReportFormat,
} from '../core/present/report';
import { combineReview, type PlacedAnnotation, type SidecarState } from '../core/review/reviewClaims';
import { placedFromAnchoring } from '../core/workspace/articleIndex';
import { atomicWriteFileSync } from '../node/atomicWrite';
import { articleFilesIn } from './articleFiles';
import { type CliIO, readArguments, readOrReport, usageError } from './io';
import { formatProblem, loadArticle } from './sidecars';

export const REPORT_USAGE = `usage: factcheck report [--format markdown|html|csv|json] [--out FILE] PATH...

  every claim of every article (.md, .markdown, .txt) under PATH, reviewed or not: the Claims view's export.
  Detected claims nobody has reviewed count as unverified. Folders named node_modules, .git, dist and out are
  skipped.
  --format F   markdown (default), html, csv or json
  --out FILE   write the report to FILE instead of standard output
`;

interface ReportOptions {
  format: ReportFormat;
  out?: string;
  paths: string[];
}

function parseReportArgs(args: string[]): ReportOptions | string {
  const options: ReportOptions = { format: 'markdown', paths: [] };
  const paths = readArguments(args, ['format', 'out'], (name, value) => {
    if (name === 'out') options.out = value;
    else if (name === 'format' && (REPORT_FORMATS as readonly string[]).includes(value!)) options.format = value as ReportFormat;
    else if (name === 'format') return `--format must be one of ${REPORT_FORMATS.join(', ')}, got '${value}'`;
    else return `unknown option '${name.startsWith('-') ? name : `--${name}`}'`;
    return undefined;
  });
  if (typeof paths === 'string') return paths;
  options.paths = paths;
  return options.paths.length ? options : 'no paths given';
}

/** Exit 2 when a path is missing, a file unreadable or a sidecar malformed (reported on stderr, the rest still
 *  reported), 0 otherwise. */
export async function runReport(args: string[], io: CliIO, now: () => Date = () => new Date()): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(REPORT_USAGE);
    return 0;
  }
  const options = parseReportArgs(args);
  if (typeof options === 'string') return usageError(io, `report: ${options}`, REPORT_USAGE);

  const { articles: files, problems } = articleFilesIn(options.paths);
  for (const problem of problems) io.err(`factcheck: ${problem}\n`);
  let exitCode = problems.length ? 2 : 0;

  const articles: ReportArticle[] = [];
  for (const { file, name } of files) {
    const text = readOrReport(io, file);
    if (text === undefined) {
      exitCode = 2;
      continue;
    }
    let placed: PlacedAnnotation[] = [];
    let sidecar: SidecarState = { kind: 'none' };
    const loaded = loadArticle(file, io);
    if (loaded.kind === 'ok') {
      for (const warning of loaded.warnings) io.err(formatProblem(loaded.sidecar, warning));
      placed = placedFromAnchoring(loaded.articleText, loaded.claims);
      sidecar = { kind: 'ok' };
    } else if (loaded.kind === 'malformed') {
      // the detected claims are still reported; the verdicts wait until the file is fixed (as in the editor)
      for (const problem of loaded.problems) io.err(formatProblem(loaded.sidecar, problem));
      sidecar = { kind: 'invalid', problems: loaded.problems };
      exitCode = 2;
    } else if (loaded.kind === 'unreadable') {
      io.err(`factcheck: cannot read ${loaded.path}: ${loaded.reason}\n`);
      exitCode = 2;
    }
    const review = combineReview(analyze(text).claims, placed, sidecar);
    articles.push({ article: name, text, claims: review.claims });
  }
  articles.sort(byArticlePath);

  const scope = options.paths.length === 1 ? workspaceScope(path.basename(path.resolve(options.paths[0]))) : options.paths.join(', ');
  const report = formatReport(reportRows(articles), options.format, { generated: now().toISOString(), scope });
  if (options.out === undefined) io.out(report);
  else {
    try {
      atomicWriteFileSync(options.out, report);
    } catch (err) {
      io.err(`factcheck: cannot write ${options.out}: ${err instanceof Error ? err.message : String(err)}\n`);
      return 2;
    }
  }
  return exitCode;
}
