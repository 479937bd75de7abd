// What `status` and `check` share: finding articles and their sidecars under the paths given, reading and anchoring
// a sidecar, and printing problems the way compilers do (`file:line:col: message`), so editors and CI logs link to
// the spot.
import fs from 'node:fs';
import path from 'node:path';
import {
  anchorClaims, articlePathFor, changedSinceReview, isSidecarPath, parseSidecar, sidecarCandidatesFor,
  type ClaimAnchoring, type SidecarProblem,
} from '../core/sidecar';
import { decodeSidecarBytes } from '../core/sidecar/decode';
import { twoSidecarsMessage } from '../core/sidecar/paths';
import { lineStarts, positionAt } from '../core/text/lines';
import { shortText } from '../core/text/oneLine';
import { type CliIO, describeReadError } from './io';

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

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

function isMissing(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** Accepts an article or a sidecar path; reads the sidecar beside the article or in `.factcheck/` (both: a problem). */
export function loadArticle(given: string, io: CliIO): ArticleReport {
  const article = isSidecarPath(given) ? articlePathFor(given)! : given;
  const found: Array<{ path: string; bytes: Uint8Array }> = [];
  for (const candidate of sidecarCandidatesFor(article)) {
    try {
      found.push({ path: candidate, bytes: io.readBytes(candidate) });
    } catch (err) {
      if (!isMissing(err)) return { kind: 'unreadable', article, path: candidate, reason: describeReadError(err) };
    }
  }
  if (!found.length) return { kind: 'no-sidecar', article };
  const sidecar = found[0].path;
  if (found.length > 1) return { kind: 'malformed', article, sidecar, problems: [{ message: twoSidecarsMessage(article), line: 1, column: 1 }] };
  const decoded = decodeSidecarBytes(found[0].bytes);
  if (!decoded.ok) return { kind: 'malformed', article, sidecar, problems: [decoded.problem] };
  const parsed = parseSidecar(decoded.text);
  if (!parsed.ok) return { kind: 'malformed', article, sidecar, problems: parsed.problems };

  let articleText: string | undefined;
  try {
    articleText = io.readFile(article);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') return { kind: 'unreadable', article, path: article, reason: describeReadError(err) };
  }
  const claims = articleText === undefined
    ? parsed.sidecar.claims.map(claim => ({ claim, match: { orphaned: true as const, reason: 'the article file is missing' } }))
    : anchorClaims(articleText, parsed.sidecar.claims);
  return { kind: 'ok', article, sidecar, warnings: parsed.warnings, articleText, claims };
}

/** The words at a claim's place in the article now (undefined when orphaned), and whether they differ from the words
 *  its verdict was given on. */
export function wordsNow(articleText: string | undefined, { claim, match }: ClaimAnchoring): { text: string | undefined; changed: boolean } {
  const text = match.orphaned || articleText === undefined ? undefined : articleText.slice(match.start, match.end);
  return { text, changed: changedSinceReview(claim, text) };
}

/**
 * The articles named by the paths given: an article, a sidecar (its article), or every sidecar's article under a
 * folder. What cannot be used is described in `problems` (`path: reason`), and everything else is still listed: a
 * path that does not exist or is no regular file, an unreadable folder, a sidecar that is a FIFO or a device, and a
 * sidecar that is a symbolic link to a file outside the folder being walked (a link inside it is followed, so the
 * gate sees the verdicts behind it).
 */
export function articlesIn(paths: readonly string[]): { articles: string[]; problems: string[] } {
  const articles: string[] = [];
  const problems: string[] = [];
  for (const given of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch (err) {
      problems.push(`${given}: ${isMissing(err) ? 'no such file or folder' : describeReadError(err)}`);
      continue;
    }
    if (stat.isDirectory()) walk(given, articles, problems);
    else if (!stat.isFile()) problems.push(`${given}: ${describeReadError({ code: 'ENOTREGULAR' })}`);
    else articles.push(isSidecarPath(given) ? articlePathFor(given)! : given);
  }
  return { articles: [...new Set(articles)], problems };
}

function walk(root: string, articles: string[], problems: string[]): void {
  const realRoot = fs.realpathSync(root);
  const found: string[] = [];
  const pending = [root];
  while (pending.length) {
    const dir = pending.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      problems.push(`cannot read ${dir}: ${describeReadError(err)}`);
      continue;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) pending.push(full);
      } else if (!isSidecarPath(entry.name)) continue;
      else if (entry.isFile()) found.push(articlePathFor(full)!);
      else if (entry.isSymbolicLink()) {
        const problem = linkProblem(full, realRoot, root);
        if (problem) problems.push(problem);
        else found.push(articlePathFor(full)!);
      } else problems.push(`${full}: ${describeReadError({ code: 'ENOTREGULAR' })}`);
    }
  }
  articles.push(...found.sort());
}

/** Why a sidecar that is a symbolic link cannot be checked, or undefined when it leads to a file inside the walked
 *  folder (`realRoot`: that folder with its own links resolved). */
function linkProblem(link: string, realRoot: string, root: string): string | undefined {
  let target: string;
  try {
    target = fs.realpathSync(link);
  } catch (err) {
    return `${link}: a symbolic link to ${fs.readlinkSync(link)}, which cannot be read (${describeReadError(err)})`;
  }
  const inside = target.startsWith(realRoot.endsWith(path.sep) ? realRoot : realRoot + path.sep);
  if (!inside) return `${link}: a symbolic link to ${target}, outside ${root}; not checked. Check a folder that holds the file it points to`;
  if (!fs.statSync(target).isFile()) return `${link}: a symbolic link to ${target}, ${describeReadError({ code: 'ENOTREGULAR' })}`;
  return undefined;
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
