// One article's claims counted, kept per article so the Claims view's article rows, its counts, its badge and the
// Overview are worked out from 10,000 small records instead of every claim of the workspace: an article's claim rows
// are made only when it is expanded. An unopened article nobody reviewed needs no claim at all (its detected claims
// are all unverified); a reviewed one is counted once per review object (the store keeps it while nothing changes).
import { claimStyle, type ClaimStyle } from '../present/claimStyles';
import { OVERVIEW_KINDS, overviewKind, type OverviewKind } from '../present/report';
import type { ArticleReview, ReviewClaim } from '../review/reviewClaims';

/** How the Claims view files a claim: its drawing style, or `dismissed` ("not a claim"). */
export type SummaryStatus = ClaimStyle | 'dismissed';

export interface ArticleSummary {
  /** Claims by how the Claims view files them; every status present (zero when none). */
  statuses: Record<SummaryStatus, number>;
  /** Claims by the Overview's kinds (dismissed ones left out, as in the report); every kind present. */
  kinds: Record<OverviewKind, number>;
  /** Claims that need someone's attention (the badge): see needsAttention. */
  attention: number;
}

/** An article's counts now, and its review made when asked for (the same object while the article is unchanged): its
 *  claims' words are read from the article, so `load` makes it and `review` has it once made. */
export interface LazyReview {
  summary: ArticleSummary;
  /** The review if made already. */
  review(): ArticleReview | undefined;
  /** The review, made now if need be (undefined when the article is gone or changed since it was analysed). */
  load(): Promise<ArticleReview | undefined>;
}

/** Whether a claim needs someone's attention: its words changed since review, it lost its place, or its verdict is
 *  disputed or false. A detected claim nobody reviewed yet is not counted: an archive holds thousands. */
export function needsAttention(claim: ReviewClaim): boolean {
  if (claim.dismissed) return false;
  return claim.orphaned || claim.changed === true || claim.status === 'disputed' || claim.status === 'false';
}

export function summaryStatusOf(claim: ReviewClaim): SummaryStatus {
  return claimStyle(claim) ?? 'dismissed';
}

function emptySummary(): ArticleSummary {
  const statuses = { changed: 0, unverified: 0, disputed: 0, false: 0, unverifiable: 0, verified: 0, orphaned: 0, dismissed: 0 };
  const kinds = Object.fromEntries(OVERVIEW_KINDS.map(kind => [kind, 0])) as Record<OverviewKind, number>;
  return { statuses, kinds, attention: 0 };
}

/** One summary per claim count: 10,000 unreviewed articles share a few dozen (summaries are never changed). */
const detectedSummaries = new Map<number, ArticleSummary>();

/** The counts of `claims` detected in an article nobody reviewed: every one unverified. */
export function detectedSummary(claims: number): ArticleSummary {
  let summary = detectedSummaries.get(claims);
  if (!summary) {
    summary = emptySummary();
    summary.statuses.unverified = claims;
    summary.kinds.unverified = claims;
    detectedSummaries.set(claims, summary);
  }
  return summary;
}

const summaries = new WeakMap<ArticleReview, ArticleSummary>();

/** A review's counts, worked out once per review object. */
export function reviewSummary(review: ArticleReview): ArticleSummary {
  let summary = summaries.get(review);
  if (summary) return summary;
  summary = emptySummary();
  for (const claim of review.claims) {
    summary.statuses[summaryStatusOf(claim)]++;
    if (claim.dismissed) continue;
    summary.kinds[overviewKind(claim)]++;
    if (needsAttention(claim)) summary.attention++;
  }
  summaries.set(review, summary);
  return summary;
}

/** How many claims of these reviews need attention (the Claims view's badge). */
export function attentionCount(reviews: Iterable<ArticleReview | undefined>): number {
  let count = 0;
  for (const review of reviews) if (review) count += reviewSummary(review).attention;
  return count;
}
