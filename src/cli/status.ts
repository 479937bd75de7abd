import { type CliIO, usageError } from './io';
import { reviewedWords } from '../core/sidecar';
import { wordDiffText } from '../core/present/wordDiff';
import { articlesIn, formatProblem, loadArticle, positionFinder, shortQuote, wordsNow } from './sidecars';

const USAGE = 'usage: factcheck status [--json] PATH...\n';

/** `factcheck status`: each claim of each article with its status, where it is anchored now, the words its verdict
 *  was given on (`quote`) and the words there now (`text`), `changed` when they differ, and its earlier verdicts;
 *  folders are walked for sidecars as `check` walks them. Exit 2 when a path is missing, a sidecar malformed or a file
 *  unreadable (reported as `file:line:col: message`; nothing is ever written). */
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
      ...wordsNow(report.articleText, { claim, match }),
      id: claim.id,
      status: claim.status,
      origin: claim.origin,
      ...(claim.dismissed ? { dismissed: true } : {}),
      ...(claim.note !== undefined ? { note: claim.note } : {}),
      ...(claim.sources ? { sources: claim.sources } : {}),
      ...(claim.reviewer !== undefined ? { reviewer: claim.reviewer } : {}),
      ...(claim.updated !== undefined ? { updated: claim.updated } : {}),
      quote: reviewedWords(claim),
      orphaned: match.orphaned,
      history: claim.history ?? [],
      ...(match.orphaned
        ? { reason: match.reason }
        : { start: match.start, end: match.end, line: position(match.start).line, column: position(match.start).column, method: match.method, confidence: match.confidence }),
    }));
    if (json) {
      // `text` is null for an orphan: there are no words at its place
      const output = claims.map(({ text, changed, ...rest }) => ({ ...rest, text: text ?? null, changed }));
      io.out(JSON.stringify({ file: report.article, sidecar: report.sidecar, claims: output }) + '\n');
      continue;
    }
    const orphans = claims.filter(c => c.orphaned).length;
    const changed = claims.filter(c => c.changed).length;
    const extra = [orphans ? `${orphans} orphaned` : '', changed ? `${changed} changed since review` : ''].filter(Boolean);
    const lines = [`${report.article} (${report.sidecar}): ${claims.length} claim${claims.length === 1 ? '' : 's'}${extra.map(e => `, ${e}`).join('')}`];
    for (const c of claims) {
      const where = 'line' in c ? `${c.line}:${c.column}` : 'ORPHANED';
      const status = c.status + (c.dismissed ? ' (dismissed)' : '') + (c.changed ? ' CHANGED' : '');
      lines.push(`  ${where.padEnd(10)} ${status.padEnd(14)} ${shortQuote(c.text ?? c.quote)}  [${c.id}]`);
      if (c.changed) lines.push(`  ${''.padEnd(10)} changed since review: ${shortQuote(wordDiffText(c.quote, c.text ?? ''), 200)}`);
    }
    io.out(lines.join('\n') + '\n');
  }
  return exitCode;
}
