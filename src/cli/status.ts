import { type CliIO, usageError } from './io';
import { articlesIn, formatProblem, loadArticle, positionFinder, shortQuote } from './sidecars';

const USAGE = 'usage: factcheck status [--json] PATH...\n';

/** `factcheck status`: each claim of each article with its status and where it is anchored now; folders are walked
 *  for sidecars as `check` walks them. Exit 2 when a path is missing, a sidecar malformed or a file unreadable
 *  (reported as `file:line:col: message`; nothing is ever written). */
export async function runStatus(args: string[], io: CliIO): Promise<number> {
  let json = false;
  const files: string[] = [];
  for (const arg of args) {
    if (arg === '--json') json = true;
    else if (arg.startsWith('-')) return usageError(io, `unknown option '${arg}'`, USAGE);
    else files.push(arg);
  }
  if (!files.length) return usageError(io, 'no files given', USAGE);

  const { articles, problems } = articlesIn(files);
  for (const problem of problems) io.err(`factcheck: ${problem}\n`);
  let exitCode = problems.length ? 2 : 0;
  for (const file of articles) {
    const report = loadArticle(file, io);
    if (report.kind === 'malformed') {
      for (const problem of report.problems) io.err(formatProblem(report.sidecar, problem));
      exitCode = 2;
      continue;
    }
    if (report.kind === 'unreadable') {
      io.err(`factcheck: cannot read ${report.path}: ${report.reason}\n`);
      exitCode = 2;
      continue;
    }
    if (report.kind === 'no-sidecar') {
      io.out(json ? JSON.stringify({ file: report.article, sidecar: null, claims: [] }) + '\n' : `${report.article}: no annotations\n`);
      continue;
    }
    for (const warning of report.warnings) io.err(formatProblem(report.sidecar, warning));
    const position = positionFinder(report.articleText ?? '');
    const claims = report.claims.map(({ claim, match }) => ({
      id: claim.id,
      status: claim.status,
      origin: claim.origin,
      ...(claim.dismissed ? { dismissed: true } : {}),
      ...(claim.note !== undefined ? { note: claim.note } : {}),
      ...(claim.sources ? { sources: claim.sources } : {}),
      ...(claim.reviewer !== undefined ? { reviewer: claim.reviewer } : {}),
      ...(claim.updated !== undefined ? { updated: claim.updated } : {}),
      quote: claim.anchor.quote,
      orphaned: match.orphaned,
      ...(match.orphaned
        ? { reason: match.reason }
        : { start: match.start, end: match.end, line: position(match.start).line, column: position(match.start).column, method: match.method, confidence: match.confidence }),
    }));
    if (json) {
      io.out(JSON.stringify({ file: report.article, sidecar: report.sidecar, claims }) + '\n');
      continue;
    }
    const orphans = claims.filter(c => c.orphaned).length;
    const lines = [`${report.article} (${report.sidecar}): ${claims.length} claim${claims.length === 1 ? '' : 's'}${orphans ? `, ${orphans} orphaned` : ''}`];
    for (const c of claims) {
      const where = 'line' in c ? `${c.line}:${c.column}` : 'ORPHANED';
      lines.push(`  ${where.padEnd(10)} ${(c.status + (c.dismissed ? ' (dismissed)' : '')).padEnd(14)} ${shortQuote(c.quote)}  [${c.id}]`);
    }
    io.out(lines.join('\n') + '\n');
  }
  return exitCode;
}
