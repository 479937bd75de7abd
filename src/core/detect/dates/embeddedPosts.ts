// Posts quoted with their signature, as articles embed them from social media: "Nice find by the team today! — Ann
// Hale (@annhale) August 4, 2019". What such a post says of "today" or "last night" it says of its own day, not the
// article's.
import { isValidDay, type Day } from './calendar';
import { MONTHS } from './lexicon';

export interface EmbeddedPost {
  /** Where the post's own words begin. */
  readonly start: number;
  /** Where its signature begins (the dash): the post's words end here. */
  readonly end: number;
  /** The day the signature gives. */
  readonly day: Day;
}

/** "— Ann Hale (@annhale) August 4, 2019": a dash, a name, a handle in brackets and the day written out. */
const SIGNATURE = /[—–][ \t]?[^\n()—–]{1,80}?[ \t]\(@[A-Za-z0-9_]{1,30}\)[ \t]+(January|February|March|April|May|June|July|August|September|October|November|December)[ \t]+(\d{1,2}),[ \t]+(\d{4})/g;
/** How far back a post's words may reach from its signature. */
const MAX_POST = 1500;

/** The posts of `text` quoted with a signature that dates them, in order. */
export function embeddedPosts(text: string): EmbeddedPost[] {
  // (most articles quote none: one search for the handle's bracket first)
  if (text.indexOf('(@') < 0) return [];
  const posts: EmbeddedPost[] = [];
  let previousEnd = 0;
  SIGNATURE.lastIndex = 0;
  for (let m = SIGNATURE.exec(text); m !== null; m = SIGNATURE.exec(text)) {
    const day = { year: +m[3], month: MONTHS.get(m[1].toLowerCase()) ?? 0, day: +m[2] };
    if (!isValidDay(day.year, day.month, day.day)) continue;
    const start = postStart(text, m.index, Math.max(previousEnd, m.index - MAX_POST));
    if (start < m.index) posts.push({ start, end: m.index, day });
    previousEnd = m.index + m[0].length;
  }
  return posts;
}

/**
 * Where the post that a signature at `signature` closes begins: its paragraph, or the quotation block its lines open
 * with ">"; a signature on a line of its own closes the paragraph before it. Never before `floor`.
 */
function postStart(text: string, signature: number, floor: number): number {
  const lineStart = text.lastIndexOf('\n', signature - 1) + 1;
  const quoted = /^[ \t]*>/.test(text.slice(lineStart, signature));
  let k = /^[ \t>]*$/.test(text.slice(lineStart, signature)) ? lineStart : signature;
  // (a line of its own: back over the blank or quoted-blank lines before it to the paragraph it signs)
  if (k === lineStart) {
    while (k > floor) {
      const previous = text.lastIndexOf('\n', k - 2) + 1;
      if (!/^[ \t>]*$/.test(text.slice(previous, k - 1))) break;
      k = previous;
    }
  }
  // back to the paragraph's first line (or the quotation's)
  while (k > floor) {
    const previous = text.lastIndexOf('\n', k - 2) + 1;
    const line = text.slice(previous, Math.max(previous, k - 1));
    if (/^[ \t>]*$/.test(line) || (quoted && !/^[ \t]*>/.test(line))) break;
    k = previous;
    if (previous === 0) break;
  }
  return Math.max(k, floor);
}
