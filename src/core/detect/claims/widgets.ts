// The text of a page's widgets, pasted with the story: a reader poll's tallies under its answers ("(45.92% -
// 107 votes)", "Total Votes: 233", "Voting is closed"), a share button's confirmations ("Sent!", "Posted!"), and a
// consent banner's lines ("We and our partners use cookies to …", "By subscribing, you agree to our Terms of Service
// and Privacy Policy."). None is a claim of the story; the claim model scored the tallies 0.74–0.86 for their figures
// and the banners and confirmations 0.50–0.56. Each pattern reads only such a line: a sentence that reports a poll
// ("Of 1,020 voters polled, 41% backed the levy.") or a firm's privacy policy ("The firm said it would change its
// privacy policy.") says more, and is left to the model.

import { furnitureOf } from './furniture';

/** Longest unit looked at: widgets' lines are short. */
const MAX_LENGTH = 240;

/** A share of the vote: "41%", "45.92 %". */
const SHARE = String.raw`\d{1,3}(?:[.,]\d{1,2})? ?%`;
/** A count of votes: "469 votes", "1 vote". */
const VOTES = String.raw`\d[\d,]{0,9} votes?`;
/**
 * A poll's tally for one answer, alone on its line under the answer: "(45.92% - 107 votes)", "107 votes (45.92%)". With
 * its label before it ("Fine: 469 votes (41%)") a tally reads as an election's result does ("Jo Bell (Labour): 12,204
 * votes (41%)"), which is the story's own figure: it is left to the model.
 */
const TALLY = new RegExp(String.raw`^\(?(?:${VOTES}\s*[,(]\s*${SHARE}\)?|${SHARE}\s*[-–—,(]\s*${VOTES}\)?)\)?\.?$`, 'i');
/** A poll's total and state: "Total votes: 233", "Votes cast: 1,204", "Voting is closed", "This poll has closed." */
const POLL_STATE = /^(?:(?:total )?votes(?: cast)?\s*:\s*\d[\d,]*|(?:voting|(?:this |the )?poll) (?:is|has|is now) (?:now )?closed)\.?$/i;

/** A share button's confirmation: "Sent!", "Posted!", "Copied!", "Link copied!". */
const CONFIRMATION = /^(?:link )?(?:sent|posted|shared|copied|saved|subscribed|done|thanks|thank you|copy failed)!$/i;
/** A share button's confirmation run on after a stamp or a byline: "Published December 3, 2025 Link copied!". */
const TRAILING_CONFIRMATION = /\s+link (?:copied|shared|sent)!$/i;

/**
 * A consent banner's line, which speaks to the reader about the site's cookies, data or terms: "We use cookies to give
 * you the best experience.", "We allow third parties to collect information …", "By subscribing, you agree to our Terms
 * of Service and Privacy Policy.", "Click accept to allow advertising partners to use cookies.", "Browsers may block
 * some cookies by default.", and a sign-up box's "This may include adverts from us and 3rd parties based on our
 * understanding."
 */
const CONSENT = /^(?:(?:we|this (?:site|website)|our (?:site|website)|we and our partners) (?:use|uses|allow|allows|may use|store|collect|share)s? (?:cookies|third parties|your (?:data|information|personal data))\b|by (?:subscribing|signing up|registering|clicking|continuing|using (?:this|our) (?:site|website|service))\b[^.]{0,80}\byou (?:agree|consent|accept)\b|click (?:["“]?accept["”]?|["“]?agree["”]?|["“]?ok["”]?)\b[^.]{0,60}\bcookies\b|browsers may block (?:some )?cookies\b|(?:visit|read|see|view|review) our (?:privacy|cookie) (?:policy|notice)\b|this may include adverts from us and (?:3rd|third) parties\b)/i;

/**
 * A blog's like button's count, its placeholder left in where the script did not run ("%d bloggers like this:", "12
 * bloggers like this."), and a list box's heading ("Top 5 This Week", "Top 10 today").
 */
const LIKES_OR_LIST_HEADING = /^(?:(?:%d|\d{1,6}) bloggers? likes? this[:.]?|top \d{1,2}(?: this week| today| this month)?)$/i;

/** A rating box's prompt ("Rate this article: No votes yet") and a blog comment's header ("jo_b said...", "Ann Hale said…":
 *  a name or a user's handle, not a speaker trailing off, "And he has said..."). */
const RATE_THIS = /^rate this (?:article|story|post|page)\b/i;
const COMMENT_HEADER = /^(?:\p{Lu}[\p{L}'’.-]*|[\w.-]*[\d_][\w.-]*)(?: \p{Lu}[\p{L}'’.-]*){0,3} said(?:\.\.\.|…)$/u;
/** COMMENT_HEADER with its capitals as any character from A to Z or beyond ASCII (a surrogate half too) and the rest of
 *  each word as any but a blank: tested first, as its letter classes cost some 0.15 ms to compile ("Governor Romney,
 *  that's not what you said..." compiled it). */
const COMMENT_HEADER_SHAPE = /^\S+(?: [A-Z\u0080-\uffff]\S*){0,3} said(?:\.\.\.|…)$/;

/** A weather box's reading alone on its line, as a page's header shows it: "15.9 C", "22°C", "-3 °F". */
const TEMPERATURE = /^[-−]?\d{1,3}(?:[.,]\d)? ?° ?[CF]$|^[-−]?\d{1,3}(?:[.,]\d)? [CF]$/;

/** Is the unit a widget's text (a poll's tally or state, a share button's confirmation, a like button's count, a list
 *  box's heading, a consent banner's line)? */
export function isWidgetText(unit: string): boolean {
  if (unit.length > MAX_LENGTH) return false;
  const text = unit.trim();
  if (text.length <= 20 && CONFIRMATION.test(text)) return true;
  if (text.length <= 9 && TEMPERATURE.test(text)) return true;
  // (what stands before a run-on confirmation must be page furniture itself: a stamp, a byline)
  if (text.endsWith('!') && TRAILING_CONFIRMATION.test(text) && furnitureOf(text.replace(TRAILING_CONFIRMATION, '')) !== undefined) return true;
  if (/vot|poll/i.test(text) && (TALLY.test(text) || POLL_STATE.test(text))) return true;
  if (text.length <= 32 && LIKES_OR_LIST_HEADING.test(text)) return true;
  if (((text.charCodeAt(0) | 32) === 114 /* r */ && RATE_THIS.test(text)) || (text.length <= 60 && (text.endsWith('said...') || text.endsWith('said…')) && COMMENT_HEADER_SHAPE.test(text) && COMMENT_HEADER.test(text))) return true;
  // (anchored, the pattern fails at a sentence's first words: a quick test of the words it needs, read over the whole
  // unit first, cost more)
  return CONSENT.test(text);
}
