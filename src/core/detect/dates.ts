import type { DateMention } from './spans';
import { parseDay, type Day } from './dates/calendar';
import { scanDates } from './dates/scan';
import { embeddedPosts, type EmbeddedPost } from './dates/embeddedPosts';
import { datedStatements } from './dates/datedStatements';
import { datedSections } from './dates/datedSections';
import { stampsWithTheirClock } from './dates/clockStamps';

/**
 * Finds TIMEX3-style time expressions (dates, times, durations, sets) and resolves their values against
 * `referenceDate` (YYYY-MM-DD; relative values stay unresolved when it is not a valid day). Spans follow TimeML:
 * no leading preposition ("on July 3" → "July 3"). Sorted, non-overlapping; never throws.
 */
export function detectDates(text: string, referenceDate: string): DateMention[] {
  try {
    const body = typeof text === 'string' ? text : '';
    const ref = parseDay(String(referenceDate));
    const mentions = withPostsOnTheirDays(body, scanDates(body, ref), ref);
    // ("July 27, 2023 01:44 pm": a stamp's day and clock are one time, once each has its value; joined only here, as
    // the reference date is read from the day alone; cheap test: a colon)
    if (body.includes(':')) stampsWithTheirClock(body, mentions);
    return mentions;
  } catch {
    // a grammar bug must not take the editor down; the unit tests run scanDates unguarded to find such bugs
    return [];
  }
}

/**
 * The dates of each post the article quotes with its signature ("… today! — Ann Hale (@annhale) August 4, 2019"), and
 * of each statement it quotes after the day it was made ('stated on April 8, 2019: "… this fall"'), read against the
 * post's or the statement's own day, as its writer meant them.
 */
function withPostsOnTheirDays(text: string, mentions: DateMention[], ref: Day | undefined): DateMention[] {
  // (the stories of a page of dated teasers first, each on its date line's day; a post or a statement quoted in one
  // is read on its own day after that)
  const sections = datedSections(text, ref);
  const posts = [...sections, ...withoutOverlaps(embeddedPosts(text), datedStatements(text))];
  if (posts.length === 0) return mentions;
  let result = mentions;
  for (const post of posts) {
    const own = scanDates(text.slice(post.start, post.end), post.day)
      .map(m => ({ ...m, start: m.start + post.start, end: m.end + post.start }));
    result = [...result.filter(m => m.end <= post.start || m.start >= post.end), ...own];
  }
  return result.sort((a, b) => a.start - b.start);
}

/** The posts signed with their day, and the dated statements that lie in none of them, in order. */
function withoutOverlaps(posts: EmbeddedPost[], statements: EmbeddedPost[]): EmbeddedPost[] {
  if (statements.length === 0) return posts;
  const kept = statements.filter(s => !posts.some(p => s.start < p.end && p.start < s.end));
  return [...posts, ...kept].sort((a, b) => a.start - b.start);
}
