// `factcheck report`: the Claims view's export for every article under the paths given, reviewed or not. The rows come
// from the same core steps as in the editor: detection (core/detect), the sidecar anchored (core/sidecar), both
// combined (core/review) and formatted (core/present/report).
import path from 'node:path';
import {
  byArticlePath, formatReport, REPORT_FORMATS, reportRows, workspaceScope, type ReportArticle, type ReportFormat,
} from '../core/present/report';
import { combineReview, type PlacedAnnotation, type SidecarState } from '../core/review/reviewClaims';
import { placedFromAnchoring } from '../core/workspace/articleIndex';
import type { ClaimReviewArticle } from '../core/claimReview/export';
import { atomicWriteFileSync } from '../node/atomicWrite';
import { articleFilesIn } from './articleFiles';
import {
  CLAIM_REVIEW_OPTIONS, CLAIM_REVIEW_USAGE, claimReviewReport, claimReviewSettingsFrom, takeClaimReviewOption, type ClaimReviewOptions,
} from './claimReviewExport';
import { type CliIO, readOrReport, usageError } from './io';
import { formatProblem, loadArticle } from './sidecars';

export const REPORT_USAGE = `usage: factcheck report [--format markdown|html|csv|json|claimreview] [--out FILE] PATH...

  every claim of every article (.md, .markdown, .txt) under PATH, reviewed or not: the Claims view's export.
  Detected claims nobody has reviewed count as unverified. Folders named node_modules, .git, dist and out are
  skipped.
  --format F   markdown (default), html, csv, json or claimreview
  --out FILE   write the report to FILE instead of standard output
${CLAIM_REVIEW_USAGE}`;

interface ReportOptions {
  format: ReportFormat | 'claimreview';
  out?: string;
  paths: string[];
  claimReview: ClaimReviewOptions;
}

function parseReportArgs(args: string[]): ReportOptions | string {
  const options: ReportOptions = { format: 'markdown', paths: [], claimReview: { ratings: {} } };
  let claimReviewOption: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      options.paths.push(...args.slice(i + 1));
      break;
    }
    const named = new RegExp(`^--(format|out|${CLAIM_REVIEW_OPTIONS.join('|')})(?:=(.*))?$`).exec(arg);
    if (named) {
      const value = named[2] ?? args[++i];
      if (value === undefined || value === '') return `--${named[1]} needs a value`;
      if (named[1] === 'out') options.out = value;
      else if (named[1] === 'format') {
        if ((REPORT_FORMATS as readonly string[]).includes(value) || value === 'claimreview') options.format = value as ReportOptions['format'];
        else return `--format must be one of ${[...REPORT_FORMATS, 'claimreview'].join(', ')}, got '${value}'`;
      } else {
        claimReviewOption ??= named[1];
        const problem = takeClaimReviewOption(named[1] as (typeof CLAIM_REVIEW_OPTIONS)[number], value, options.claimReview);
        if (problem) return problem;
      }
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option '${arg}'`;
    else options.paths.push(arg);
  }
  if (claimReviewOption && options.format !== 'claimreview') return `--${claimReviewOption} is an option of --format claimreview`;
  return options.paths.length ? options : 'no paths given';
}

/** Exit 2 when a path is missing, a file unreadable or a sidecar malformed (reported on stderr, the rest still
 *  reported), or the ClaimReview settings are incomplete; 1 when a verdict could not be published as a ClaimReview
 *  (changed since review, detached, no rating); 0 otherwise. */
export async function runReport(args: string[], io: CliIO, now: () => Date = () => new Date()): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(REPORT_USAGE);
    return 0;
  }
  const options = parseReportArgs(args);
  if (typeof options === 'string') return usageError(io, `report: ${options}`, REPORT_USAGE);
  const claimReviewSettings = options.format === 'claimreview' ? claimReviewSettingsFrom(options.claimReview) : undefined;
  if (typeof claimReviewSettings === 'string') return usageError(io, `report --format claimreview: ${claimReviewSettings}`, REPORT_USAGE);

  const { articles: files, problems } = articleFilesIn(options.paths);
  for (const problem of problems) io.err(`factcheck: ${problem}\n`);
  let exitCode = problems.length ? 2 : 0;

  const articles: ReportArticle[] = [];
  const reviewed: ClaimReviewArticle[] = [];
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
    const analysis = io.detection().analyze(text);
    const review = combineReview(analysis.claims, placed, sidecar);
    articles.push({ article: name, text, claims: review.claims });
    reviewed.push({ path: name, text, claims: review.claims, people: analysis.people, reference: analysis.reference });
  }
  articles.sort(byArticlePath);
  reviewed.sort((a, b) => a.path.localeCompare(b.path, undefined, { numeric: true }));

  if (options.format === 'claimreview') {
    const made = claimReviewReport(reviewed, claimReviewSettings!, io, now());
    return writeOut(made.text, options.out, io) ?? Math.max(exitCode, made.exitCode);
  }

  const scope = options.paths.length === 1 ? workspaceScope(path.basename(path.resolve(options.paths[0]))) : options.paths.join(', ');
  const report = formatReport(reportRows(articles), options.format, { generated: now().toISOString(), scope });
  return writeOut(report, options.out, io) ?? exitCode;
}

/** Writes the report to standard output or the file; 2 when the file cannot be written, else undefined. */
function writeOut(text: string, out: string | undefined, io: CliIO): number | undefined {
  if (out === undefined) io.out(text);
  else {
    try {
      atomicWriteFileSync(out, text);
    } catch (err) {
      io.err(`factcheck: cannot write ${out}: ${err instanceof Error ? err.message : String(err)}\n`);
      return 2;
    }
  }
  return undefined;
}
