// What `status` and `check` share: finding an article's sidecar, reading and anchoring it, and printing problems
// the way compilers do (`file:line:col: message`), so editors and CI logs link to the spot.
import {
  anchorClaims, articlePathFor, isSidecarPath, parseSidecar, sidecarCandidatesFor,
  type ClaimAnchoring, type SidecarProblem,
} from '../core/sidecar';
import { lineStarts, positionAt } from '../core/text/lines';
import { shortText } from '../core/text/oneLine';
import type { CliIO } from './io';

export type ArticleReport =
  | { kind: 'no-sidecar'; article: string }
  | { kind: 'malformed'; article: string; sidecar: string; problems: SidecarProblem[] }
  | { kind: 'unreadable'; article: string; path: string; reason: string }
  | {
    kind: 'ok'; article: string; sidecar: string; warnings: SidecarProblem[];
    /** Undefined when the article itself is missing: every claim then counts as orphaned. */
    articleText: string | undefined;
    claims: ClaimAnchoring[];
  };

/** Accepts an article or a sidecar path; looks for the sidecar beside the article, then in `.factcheck/`. */
export function loadArticle(path: string, io: CliIO): ArticleReport {
  const article = isSidecarPath(path) ? articlePathFor(path)! : path;
  const candidates = isSidecarPath(path) ? [path] : sidecarCandidatesFor(article);
  let sidecar: string | undefined;
  let sidecarText: string | undefined;
  for (const candidate of candidates) {
    try {
      sidecarText = io.readFile(candidate);
      sidecar = candidate;
      break;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') return { kind: 'unreadable', article, path: candidate, reason: code ?? String(err) };
    }
  }
  if (sidecar === undefined || sidecarText === undefined) return { kind: 'no-sidecar', article };
  const parsed = parseSidecar(sidecarText);
  if (!parsed.ok) return { kind: 'malformed', article, sidecar, problems: parsed.problems };

  let articleText: string | undefined;
  try {
    articleText = io.readFile(article);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') return { kind: 'unreadable', article, path: article, reason: code ?? String(err) };
  }
  const claims = articleText === undefined
    ? parsed.sidecar.claims.map(claim => ({ claim, match: { orphaned: true as const, reason: 'the article file is missing' } }))
    : anchorClaims(articleText, parsed.sidecar.claims);
  return { kind: 'ok', article, sidecar, warnings: parsed.warnings, articleText, claims };
}

export function formatProblem(file: string, problem: SidecarProblem): string {
  return `${file}:${problem.line}:${problem.column}: ${problem.severity === 'warning' ? 'warning: ' : ''}${problem.message}\n`;
}

/** 1-based line and column (in UTF-16 units, as editors count) of string offsets into `text`. */
export function positionFinder(text: string): (offset: number) => { line: number; column: number } {
  const starts = lineStarts(text);
  return offset => positionAt(starts, offset);
}

/** A quote shortened to one line for terminal output. */
export function shortQuote(quote: string, max = 72): string {
  return shortText(quote, max);
}
