// The earlier verdicts a command line run compares claims with: the ClaimReview files (`*.claimreview.json`,
// `*.claimreview.jsonld`, core/claimReview/import.ts) under the paths given, found by the same walk as the articles.
// Each malformed one is said on stderr as `file:line:col: message` and skipped; the rest are used.
import type { EarlierVerdict } from '../core/match/earlierVerdict';
import { earlierVerdictsFromClaimReview, isClaimReviewFile } from '../core/claimReview/import';
import type { RatingTable } from '../core/claimReview/ratings';
import { filesIn } from './articleFiles';
import { type CliIO, describeReadError } from './io';
import { formatProblem } from './sidecars';

export interface EarlierVerdictsFound {
  verdicts: EarlierVerdict[];
  /** Some file was malformed or unreadable (reported on stderr). */
  problems: boolean;
}

/** Imported verdicts under `paths`, each named by its path relative to the folder it was found under. Missing paths are
 *  left to the caller, which walks the same paths for articles and reports them once. */
export function importedVerdictsIn(paths: readonly string[], io: CliIO, team: RatingTable = {}): EarlierVerdictsFound {
  const found: EarlierVerdictsFound = { verdicts: [], problems: false };
  for (const { file, name } of filesIn(paths, isClaimReviewFile).files) {
    let text: string;
    try {
      text = io.readFile(file);
    } catch (err) {
      io.err(`factcheck: cannot read ${file}: ${describeReadError(err)}\n`);
      found.problems = true;
      continue;
    }
    const { verdicts, problems } = earlierVerdictsFromClaimReview(text, name, team);
    for (const problem of problems) io.err(formatProblem(file, problem));
    if (problems.some(p => p.severity !== 'warning')) found.problems = true;
    found.verdicts.push(...verdicts);
  }
  return found;
}
