// The words a verdict was given on. A verdict is a statement about specific words: the anchor follows the article as
// it is edited, the reviewed words do not, and a claim whose text now says something else is "changed since review"
// until an editor looks again. Version 1 files have no `reviewed`: their anchor's quote is the reviewed words.
import type { ClaimAnnotation } from './model';
// (only styling tags: "was <del>not</del> approved", struck through, says something else than "was not approved")
import { EMPHASIS, MARKDOWN_LINK, STYLING_TAG } from '../text/readingView';

/** The words the claim's verdict was given on. */
export function reviewedWords(claim: ClaimAnnotation): string {
  return claim.reviewed?.quote ?? claim.anchor.quote;
}

/** Typographic variants that do not change what a sentence says, folded to one form each. */
const QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u02bc`\u00b4]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** Text with formatting differences removed: Unicode normalisation (NFKC), quote and dash style, soft hyphens and
 *  zero-width characters, whitespace (line wraps, indentation, spacing) collapsed and trimmed, and markup a reader
 *  does not see: a Markdown link's brackets and destination (its words stay), styling HTML tags, emphasis. A web
 *  address written out is words, and stays. */
export function wordingKey(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(MARKDOWN_LINK, '$1').replace(STYLING_TAG, '').replace(EMPHASIS, '')
    .replace(QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-').replace(/\s+/g, ' ').trim();
}

/** Do two texts say the same words, formatting aside? */
export function sameWording(a: string, b: string): boolean {
  return a === b || wordingKey(a) === wordingKey(b);
}

/**
 * Does the text at the claim's place now differ from the words its verdict was given on? Only a verdict can be out
 * of date: `unverified` and dismissed claims never are, and an orphan (`liveText` undefined) is a different state.
 */
export function changedSinceReview(claim: ClaimAnnotation, liveText: string | undefined): boolean {
  if (liveText === undefined || claim.status === 'unverified' || claim.dismissed) return false;
  return !sameWording(reviewedWords(claim), liveText);
}

/**
 * `next` (a claim about to be written over `stored`) with the reviewed words kept: an anchor that followed an edit
 * must never carry away the words that were reviewed. A claim without `reviewed` (read from a version 1 file) gets
 * them from the stored anchor when its anchor's quote is about to change.
 */
export function keepReviewedWords(stored: ClaimAnnotation | undefined, next: ClaimAnnotation): ClaimAnnotation {
  if (!stored || next.reviewed) return next;
  if (stored.reviewed) return { ...next, reviewed: stored.reviewed };
  if (next.status === 'unverified' || stored.anchor.quote === next.anchor.quote) return next;
  const reviewed = { quote: stored.anchor.quote, ...(stored.reviewer ? { reviewer: stored.reviewer } : {}), ...(stored.updated ? { time: stored.updated } : {}) };
  return { ...next, reviewed };
}
