// `factcheck report --format claimreview`: the articles' publishable verdicts as ClaimReview JSON-LD
// (core/claimReview/export.ts), with the desk's settings given as options, and every verdict that could not be
// published said on stderr with its place and reason.
import {
  claimReviewJsonText, exportClaimReviews, refusalSummary, settingsProblem, type ClaimReviewArticle, type ClaimReviewSettings,
} from '../core/claimReview/export';
import { ratingTable } from '../core/claimReview/ratings';
import type { CliIO } from './io';

export const CLAIM_REVIEW_USAGE = `  with --format claimreview (schema.org ClaimReview JSON-LD of the reviewed claims; the others are left out):
  --organization NAME      the publishing organisation (required)
  --organization-url URL   its web address
  --url-pattern PATTERN    the published article's address, {path} or {name} filled in (required),
                           e.g. https://news.example.org/{path}; each fact-check's url adds #<claim id>
  --rating STATUS=NAME[:N] a team status's rating, N from 1 (false) to 5 (true); repeatable
  --max-claim-length N     shorten claimReviewed to N characters (with care; default: the whole claim)
`;

/** The options `report` accepts only with `--format claimreview`. */
export const CLAIM_REVIEW_OPTIONS = ['organization', 'organization-url', 'url-pattern', 'rating', 'max-claim-length'] as const;

export interface ClaimReviewOptions {
  organization?: string;
  organizationUrl?: string;
  urlPattern?: string;
  ratings: Record<string, { alternateName: string; ratingValue?: number }>;
  maxClaimLength?: number;
}

/** Takes one option's value into `options`; returns a problem to report, or undefined. */
export function takeClaimReviewOption(name: (typeof CLAIM_REVIEW_OPTIONS)[number], value: string, options: ClaimReviewOptions): string | undefined {
  switch (name) {
    case 'organization': options.organization = value; return undefined;
    case 'organization-url': options.organizationUrl = value; return undefined;
    case 'url-pattern': options.urlPattern = value; return undefined;
    case 'max-claim-length': {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 20) return `--max-claim-length must be a whole number of at least 20, got '${value}'`;
      options.maxClaimLength = n;
      return undefined;
    }
    case 'rating': {
      const match = /^([^=]+)=([^:]+)(?::(.*))?$/.exec(value);
      if (!match) return `--rating takes STATUS=NAME or STATUS=NAME:N, got '${value}'`;
      const choice = { alternateName: match[2], ...(match[3] === undefined ? {} : { ratingValue: Number(match[3]) }) };
      const { table, problems } = ratingTable({ [match[1].trim()]: choice });
      if (problems.length) return `--rating: ${problems[0]}`;
      Object.assign(options.ratings, table);
      return undefined;
    }
  }
}

/** The settings the options give, or what is missing (the export is then not made). */
export function claimReviewSettingsFrom(options: ClaimReviewOptions): ClaimReviewSettings | string {
  const problem = settingsProblem(options);
  if (problem) return problem;
  return {
    organization: options.organization!, urlPattern: options.urlPattern!, organizationUrl: options.organizationUrl,
    ratings: options.ratings, maxClaimLength: options.maxClaimLength,
  };
}

/**
 * The ClaimReview file's text for these articles, and the exit code: 1 when a verdict was refused (changed since
 * review, detached, or a status without a rating), else 0. Each refusal is said on stderr with its place and reason.
 */
export function claimReviewReport(articles: readonly ClaimReviewArticle[], settings: ClaimReviewSettings, io: CliIO, now: Date): { text: string; exitCode: number } {
  const { reviews, refused } = exportClaimReviews(articles, settings, now.toISOString());
  const told = refused.filter(r => r.reason !== 'unverified');
  for (const refusal of told) io.err(`${refusal.article}${refusal.line ? `:${refusal.line}` : ''}: not exported: ${refusal.message}\n`);
  const summary = refusalSummary(refused);
  io.err(`factcheck: ${reviews.length} ${reviews.length === 1 ? 'ClaimReview' : 'ClaimReviews'}${summary ? `; ${summary}` : ''}\n`);
  return { text: claimReviewJsonText(reviews), exitCode: told.length ? 1 : 0 };
}
