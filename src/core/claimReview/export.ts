// Reviewed claims published as schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview), the form search engines,
// aggregators and other desks read fact-checks in. Only a verdict that holds for the words in the article is
// published: a claim whose words changed since review, one that lost its place (detached) or one without a verdict is
// refused, each with the reason, never exported "as is".
import type { ArticleReference } from '../detect/reference';
import type { PersonMention } from '../detect/spans';
import type { ReviewClaim } from '../review/reviewClaims';
import { reviewedWords } from '../sidecar/reviewed';
import { lineAt, lineStarts } from '../text/lines';
import { shortText } from '../text/oneLine';
import { BEST_RATING, ratingFor, WORST_RATING, type RatingTable } from './ratings';
import { shortenClaim } from './shorten';
import { speakerOf } from './speaker';

/** What a desk sets once (`factcheck.claimReview.*`, or the CLI's options). */
export interface ClaimReviewSettings {
  /** The publishing organisation: the ClaimReview's `author`. */
  organization: string;
  organizationUrl?: string;
  /** The published article's address, with `{path}` (the article's path without its extension) or `{name}` (its
   *  file name without extension) filled in; each fact-check's `url` is it with `#<claim id>` added. */
  urlPattern: string;
  /** Ratings of a team's own statuses (and other words for the built-in ones). */
  ratings?: RatingTable;
  /** Cut `claimReviewed` to this many characters with care (shorten.ts); 0 or absent: the whole reviewed words. */
  maxClaimLength?: number;
}

/** One article as the export sees it: its path (workspace- or folder-relative, `/`-separated), claims, and what
 *  detection knows about it (people for the claim's speaker, the article's own date). */
export interface ClaimReviewArticle {
  path: string;
  claims: readonly ReviewClaim[];
  /** The article's text, for the line numbers of refusals. */
  text?: string;
  people?: readonly PersonMention[];
  reference?: ArticleReference;
}

/** A ClaimReview as written (JSON-LD, schema.org vocabulary). */
export interface ClaimReviewJson {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  datePublished: string;
  author: { '@type': 'Organization'; name: string; url?: string };
  reviewRating: { '@type': 'Rating'; alternateName: string; ratingValue?: number; bestRating?: number; worstRating?: number };
  itemReviewed: {
    '@type': 'Claim';
    author?: { '@type': 'Person'; name: string };
    datePublished?: string;
    appearance: { '@type': 'CreativeWork'; url: string };
  };
}

export type RefusalReason = 'changed' | 'orphaned' | 'unverified' | 'unrated';

/** A claim that was not exported, and why, in words an editor acts on. */
export interface Refusal {
  article: string;
  /** 1-based line of the claim in its article, where it has one. */
  line?: number;
  /** The claim's sidecar id; absent for a detected claim nobody has reviewed. */
  id?: string;
  claim: string;
  reason: RefusalReason;
  message: string;
}

export interface ClaimReviewExport {
  reviews: ClaimReviewJson[];
  refused: Refusal[];
}

/** What is wrong with the settings, in words naming the setting; undefined when an export can be made. */
export function settingsProblem(settings: Partial<ClaimReviewSettings>): string | undefined {
  if (!settings.organization?.trim()) return 'the publishing organisation is not set (factcheck.claimReview.organization; --organization on the command line)';
  const pattern = settings.urlPattern?.trim();
  if (!pattern) return 'the URL pattern of the published articles is not set (factcheck.claimReview.urlPattern; --url-pattern on the command line), e.g. https://news.example.org/{path}';
  if (pattern.includes('#')) return `the URL pattern must not contain '#': each fact-check's address is the article's with #<claim id> added (${pattern})`;
  if (!isWebUrl(fillPattern(pattern, 'a/b.md'))) return `the URL pattern must give an http or https address (${pattern})`;
  if (settings.organizationUrl?.trim() && !isWebUrl(settings.organizationUrl.trim())) return `the organisation's URL must be an http or https address (${settings.organizationUrl})`;
  return undefined;
}

export function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The article's published address from the pattern: `{path}` and `{name}` without the extension, each part of the
 *  path percent-encoded. */
export function fillPattern(pattern: string, articlePath: string): string {
  const withoutExtension = articlePath.replace(/\.[^./]*$/, '');
  const encoded = withoutExtension.split('/').map(encodeURIComponent);
  return pattern.replace(/\{path\}/g, encoded.join('/')).replace(/\{name\}/g, encoded[encoded.length - 1]);
}

/** Claims that are not publishable for a reason nobody needs telling about one by one: "not a claim" (dismissed). */
const isDismissed = (claim: ReviewClaim) => claim.dismissed;

/**
 * Every publishable claim of the articles as a ClaimReview, and every other claim (but dismissed ones) refused with its
 * reason. `now` is the export's time (ISO), the fact-check's date when its verdict has none. Throws nothing: call
 * settingsProblem first.
 */
export function exportClaimReviews(articles: readonly ClaimReviewArticle[], settings: ClaimReviewSettings, now: string): ClaimReviewExport {
  const result: ClaimReviewExport = { reviews: [], refused: [] };
  for (const article of articles) {
    const starts = article.text === undefined ? undefined : lineStarts(article.text);
    for (const claim of article.claims) {
      if (isDismissed(claim)) continue;
      const made = claimReviewOf(article, claim, settings, now);
      if ('reason' in made) result.refused.push({ ...made, ...(starts && claim.start !== undefined && !claim.orphaned ? { line: lineAt(starts, claim.start) } : {}) });
      else result.reviews.push(made);
    }
  }
  return result;
}

/** One claim as a ClaimReview, or why it cannot be one. */
export function claimReviewOf(article: ClaimReviewArticle, claim: ReviewClaim, settings: ClaimReviewSettings, now: string): ClaimReviewJson | Refusal {
  const refuse = (reason: RefusalReason, why: string): Refusal => ({ article: article.path, ...(claim.annotation ? { id: claim.annotation.id } : {}), claim: claim.text, reason, message: `“${shortText(claim.text, 60)}” ${why}` });
  const annotation = claim.annotation;
  if (claim.orphaned) return refuse('orphaned', `is detached: its words are no longer in ${article.path}, so the verdict has nothing to stand on. Re-attach it to its sentence first.`);
  if (!annotation || claim.status === 'unverified') return refuse('unverified', 'has no verdict yet (unverified): only reviewed claims are published.');
  if (claim.changed) {
    return refuse('changed', `changed since review: the verdict (${claim.status}) was given on “${shortText(reviewedWords(annotation), 60)}”. Confirm it on the new words (“Still ${claim.status}”) or reset it first.`);
  }
  const rating = ratingFor(claim.status, settings.ratings);
  if (!rating) return refuse('unrated', `has the status “${claim.status}”, which has no ClaimReview rating: add it to factcheck.claimReview.ratings (--rating on the command line).`);

  const articleUrl = fillPattern(settings.urlPattern.trim(), article.path);
  const speaker = claim.start !== undefined && claim.end !== undefined && article.people
    ? speakerOf({ start: claim.start, end: claim.end, text: claim.text }, article.people) : undefined;
  const claimDate = knownArticleDate(article.reference);
  const verdictTime = annotation.reviewed?.time ?? annotation.updated;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: `${articleUrl}#${encodeURIComponent(annotation.id)}`,
    claimReviewed: shortenClaim(reviewedWords(annotation), settings.maxClaimLength).text,
    datePublished: isoDay(verdictTime) ?? isoDay(now)!,
    author: { '@type': 'Organization', name: settings.organization.trim(), ...(settings.organizationUrl?.trim() ? { url: settings.organizationUrl.trim() } : {}) },
    reviewRating: {
      '@type': 'Rating',
      alternateName: rating.alternateName,
      ...(rating.ratingValue === undefined ? {} : { ratingValue: rating.ratingValue, bestRating: BEST_RATING, worstRating: WORST_RATING }),
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(speaker ? { author: { '@type': 'Person', name: speaker } } : {}),
      ...(claimDate ? { datePublished: claimDate } : {}),
      appearance: { '@type': 'CreativeWork', url: articleUrl },
    },
  };
}

/** The article's date when the article itself (front matter, dateline) or the person exporting (`--date`) gave it;
 *  a file's modification day or today is no claim's date. */
function knownArticleDate(reference: ArticleReference | undefined): string | undefined {
  if (!reference || !['front matter', 'dateline', 'option'].includes(reference.from)) return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(reference.date) ? reference.date : undefined;
}

/** YYYY-MM-DD of an ISO 8601 time, or undefined. */
function isoDay(time: string | undefined): string | undefined {
  const day = time?.slice(0, 10);
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined;
}

/** The file's text: one ClaimReview as an object, several as an array of them (each pastes into a page's
 *  `<script type="application/ld+json">` on its own). */
export function claimReviewJsonText(reviews: readonly ClaimReviewJson[]): string {
  return JSON.stringify(reviews.length === 1 ? reviews[0] : reviews, null, 2) + '\n';
}

/** "2 claims not exported: 1 changed since review, 1 detached; 9 unverified left out", for a summary line. */
export function refusalSummary(refused: readonly Refusal[]): string {
  const count = (reason: RefusalReason) => refused.filter(r => r.reason === reason).length;
  const parts = [
    [count('changed'), 'changed since review'], [count('orphaned'), 'detached'], [count('unrated'), 'without a rating'],
  ].filter(([n]) => n).map(([n, what]) => `${n} ${what}`);
  const unverified = count('unverified');
  return [parts.length ? `not exported: ${parts.join(', ')}` : '', unverified ? `${unverified} unverified left out` : ''].filter(Boolean).join('; ');
}
