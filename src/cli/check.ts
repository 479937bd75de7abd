import { BUILTIN_STATUSES, reviewedWords } from '../core/sidecar';
import { type CliIO, usageError } from './io';
import { articlesIn, formatProblem, loadArticle, positionFinder, shortQuote, wordsNow } from './sidecars';

const USAGE = 'usage: factcheck check [--fail-on STATUS,...] PATH...   (statuses, `orphaned` or `changed`; default disputed,false,orphaned,changed)\n';
/** `changed`: a verdict (any status but unverified) whose words changed since it was given. */
export const DEFAULT_FAIL_ON = ['disputed', 'false', 'orphaned', 'changed'];
const STATES = ['orphaned', 'changed'];

/**
 * `factcheck check`: a pre-publication gate. Walks the given articles and folders for sidecars, re-anchors every
 * claim against its article and prints a summary. Exit 1 when a claim has a failing status (dismissed claims never
 * fail), 2 when a sidecar is malformed (`file:line:col: message` on stderr, the file left as it is), else 0.
 */
export async function runCheck(args: string[], io: CliIO): Promise<number> {
  let failOn = DEFAULT_FAIL_ON;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--fail-on' || arg.startsWith('--fail-on=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
      if (!value) return usageError(io, '--fail-on needs a list such as disputed,false,orphaned', USAGE);
      failOn = value.split(',').map(s => s.trim()).filter(Boolean);
    } else if (arg.startsWith('-')) return usageError(io, `unknown option '${arg}'`, USAGE);
    else paths.push(arg);
  }
  if (!paths.length) return usageError(io, 'no paths given', USAGE);
  const unknown = failOn.filter(name => !STATES.includes(name) && !(BUILTIN_STATUSES as readonly string[]).includes(name));
  if (unknown.length) io.err(`factcheck: note: --fail-on names statuses that are not built in: ${unknown.join(', ')}\n`);

  const { articles, problems } = articlesIn(paths);
  for (const problem of problems) io.err(`factcheck: ${problem}\n`);
  let malformed = problems.length > 0;

  const counts = new Map<string, number>();
  const failures: string[] = [];
  let sidecars = 0;
  for (const article of articles) {
    const report = loadArticle(article, io);
    if (report.kind === 'no-sidecar') continue;
    if (report.kind === 'malformed') {
      for (const problem of report.problems) io.err(formatProblem(report.sidecar, problem));
      malformed = true;
      continue;
    }
    if (report.kind === 'unreadable') {
      io.err(`factcheck: cannot read ${report.path}: ${report.reason}\n`);
      malformed = true;
      continue;
    }
    sidecars++;
    for (const warning of report.warnings) io.err(formatProblem(report.sidecar, warning));
    if (report.articleText === undefined) io.err(`${report.sidecar}: warning: its article ${report.article} is missing\n`);
    const position = positionFinder(report.articleText ?? '');
    for (const anchoring of report.claims) {
      const { claim, match } = anchoring;
      const now = wordsNow(report.articleText, anchoring);
      const label = claim.dismissed ? 'dismissed' : claim.status;
      counts.set(label, (counts.get(label) ?? 0) + 1);
      if (match.orphaned) counts.set('orphaned', (counts.get('orphaned') ?? 0) + 1);
      if (now.changed) counts.set('changed', (counts.get('changed') ?? 0) + 1);
      if (claim.dismissed) continue;
      const reasons = [
        failOn.includes(claim.status) ? claim.status : '',
        match.orphaned && failOn.includes('orphaned') ? 'orphaned' : '',
        now.changed && failOn.includes('changed') ? `changed since ${claim.status}` : '',
      ].filter(Boolean);
      if (!reasons.length) continue;
      const where = match.orphaned ? `${report.sidecar}` : (() => { const p = position(match.start); return `${report.article}:${p.line}:${p.column}`; })();
      const words = now.changed ? `${shortQuote(now.text ?? '')} [${claim.id}] (reviewed: ${shortQuote(reviewedWords(claim))})` : `${shortQuote(reviewedWords(claim))} [${claim.id}]`;
      failures.push(`${where}: ${reasons.join(', ')}: ${words}${match.orphaned ? ` (${match.reason})` : ''}`);
    }
  }

  for (const line of failures) io.out(line + '\n');
  const total = [...counts].filter(([k]) => !STATES.includes(k)).reduce((sum, [, n]) => sum + n, 0);
  const breakdown = [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n} ${k}`).join(', ');
  const verdict = malformed ? 'ERROR (malformed or unreadable files)' : failures.length ? `FAIL (${failures.length} claim${failures.length === 1 ? '' : 's'} ${failOn.join('/')})` : 'OK';
  io.out(`checked ${sidecars} sidecar${sidecars === 1 ? '' : 's'}, ${total} claim${total === 1 ? '' : 's'}${breakdown ? ` (${breakdown})` : ''}: ${verdict}\n`);
  return malformed ? 2 : failures.length ? 1 : 0;
}
