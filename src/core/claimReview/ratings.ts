// Our statuses as ClaimReview ratings and back. A ClaimReview's `reviewRating` carries a textual rating
// (`alternateName`, what search results show) and, optionally, a number on a scale (`ratingValue` between
// `worstRating` and `bestRating`). Ours is the scale Google's fact-check guide suggests, 1 = false … 5 = true:
//
//   status        alternateName   ratingValue (1–5)
//   verified      True            5
//   disputed      Disputed        2   (the evidence speaks against it, but not conclusively)
//   false         False           1
//   unverifiable  Unverifiable    —   (no number: it is not a point between false and true)
//   unverified    never exported: nobody has given it a verdict
//
// A team's own statuses (`factcheck.statuses`) get a rating through `factcheck.claimReview.ratings`, which may also
// rename the built-in ones' alternateName; a status without a rating is never exported.
import type { ClaimStatus } from '../sidecar/model';

export const BEST_RATING = 5;
export const WORST_RATING = 1;

/** How one status is published: the words, and where it sits on the 1–5 scale (absent: off the scale). */
export interface RatingChoice {
  alternateName: string;
  ratingValue?: number;
}

export type RatingTable = Readonly<Record<ClaimStatus, RatingChoice>>;

export const BUILTIN_RATINGS: RatingTable = {
  verified: { alternateName: 'True', ratingValue: 5 },
  disputed: { alternateName: 'Disputed', ratingValue: 2 },
  false: { alternateName: 'False', ratingValue: 1 },
  unverifiable: { alternateName: 'Unverifiable' },
};

/** The schema.org Rating a status is published as; undefined when the status has none (unverified, or a team status
 *  nobody gave a rating). */
export function ratingFor(status: ClaimStatus, team: RatingTable = {}): RatingChoice | undefined {
  if (status === 'unverified') return undefined;
  return ownKey(team, status) ? team[status] : ownKey(BUILTIN_RATINGS, status) ? BUILTIN_RATINGS[status] : undefined;
}

const ownKey = (table: RatingTable, key: string) => Object.prototype.hasOwnProperty.call(table, key);

/**
 * A team's `factcheck.claimReview.ratings` setting as a table, keeping only entries that make sense (a name; a
 * whole number on the 1–5 scale or none); the problems say what was left out.
 */
export function ratingTable(value: unknown): { table: Record<ClaimStatus, RatingChoice>; problems: string[] } {
  const table: Record<ClaimStatus, RatingChoice> = {};
  const problems: string[] = [];
  if (value === undefined || value === null) return { table, problems };
  if (typeof value !== 'object' || Array.isArray(value)) return { table, problems: ['ratings must map status names to { "alternateName", "ratingValue" }'] };
  for (const [status, choice] of Object.entries(value as Record<string, unknown>)) {
    const name = choice && typeof choice === 'object' ? (choice as Record<string, unknown>).alternateName : undefined;
    const rating = choice && typeof choice === 'object' ? (choice as Record<string, unknown>).ratingValue : undefined;
    if (status === 'unverified') problems.push('the rating for "unverified" is ignored: unverified claims are never published');
    else if (typeof name !== 'string' || !name.trim()) problems.push(`the rating for "${status}" needs an alternateName (the words readers see)`);
    else if (rating !== undefined && !(Number.isInteger(rating) && (rating as number) >= WORST_RATING && (rating as number) <= BEST_RATING)) {
      problems.push(`the ratingValue for "${status}" must be a whole number from ${WORST_RATING} (false) to ${BEST_RATING} (true)`);
    } else table[status] = { alternateName: name.trim(), ...(rating === undefined ? {} : { ratingValue: rating as number }) };
  }
  return { table, problems };
}

/** Ratings other publishers use, read as the nearest of our statuses (lower case, spaces collapsed). A rating between
 *  true and false (half true, misleading, mostly true) is `disputed`: the publisher's own words go with it. */
const RATING_WORDS: Readonly<Record<string, ClaimStatus>> = {
  'true': 'verified', 'correct': 'verified', 'accurate': 'verified', 'verified': 'verified', 'confirmed': 'verified',
  'false': 'false', 'incorrect': 'false', 'fake': 'false', 'wrong': 'false', 'pants on fire': 'false',
  'pants on fire!': 'false', 'fabricated': 'false', 'baseless': 'false', 'four pinocchios': 'false',
  'unverifiable': 'unverifiable', 'unproven': 'unverifiable', 'unsupported': 'unverifiable',
  'no evidence': 'unverifiable', 'unsubstantiated': 'unverifiable', 'cannot be verified': 'unverifiable',
  'disputed': 'disputed', 'misleading': 'disputed', 'half true': 'disputed', 'half-true': 'disputed',
  'mostly true': 'disputed', 'mostly false': 'disputed', 'mixture': 'disputed', 'partly false': 'disputed',
  'partly true': 'disputed', 'exaggerated': 'disputed', 'missing context': 'disputed', 'needs context': 'disputed',
  'out of context': 'disputed', 'distorts the facts': 'disputed',
};

/**
 * The status an imported rating stands for: its words first (the team's table, then ours, then common ratings of
 * other publishers), else its number on its own scale (the worst = false, the best = verified, between = disputed).
 * Undefined when neither says anything we can read.
 */
export function statusForRating(rating: { alternateName?: string; ratingValue?: number; bestRating?: number; worstRating?: number }, team: RatingTable = {}): ClaimStatus | undefined {
  const words = rating.alternateName?.replace(/\s+/g, ' ').trim().toLowerCase();
  if (words) {
    for (const table of [team, BUILTIN_RATINGS]) {
      for (const [status, choice] of Object.entries(table)) if (choice.alternateName.toLowerCase() === words || status.toLowerCase() === words) return status;
    }
    if (Object.prototype.hasOwnProperty.call(RATING_WORDS, words)) return RATING_WORDS[words];
  }
  const value = rating.ratingValue;
  if (value === undefined || !Number.isFinite(value)) return undefined;
  const best = rating.bestRating ?? BEST_RATING;
  const worst = rating.worstRating ?? WORST_RATING;
  if (!(best > worst) || value < worst || value > best) return undefined;
  if (value === worst) return 'false';
  if (value === best) return 'verified';
  return 'disputed';
}
