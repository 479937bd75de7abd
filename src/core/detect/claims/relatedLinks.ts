/** Links to other stories set among or under a story's paragraphs: two or more headlines in a row, each alone on its line. */

import type { Span } from '../spans';
import { CAPITAL_START, endsLikeSentence, MIN_PROSE_WORDS, wordCount } from './furniture';
import { aloneOnItsLines } from './standingCaptions';

// "Mediators to meet negotiators after talks" / "Air strike kills two in the north" / "Minister says 59 killed in a
// day": a page pasted whole keeps its links to other stories, set between the story's paragraphs or under its credit,
// as headlines with no stop. Each states a fact of its own, which the model scored 0.7–0.95, but none is the story's.
// A story has one headline (and a deck under it) above its first sentence; under it, a headline-shaped line is a
// section's title, one at a time, and a run of them the page's links. A run after a lead-in's colon is the story's own
// list ("The plan includes:").

/** Fewest and most words of a linked headline. */
const MIN_WORDS = 4;
const MAX_WORDS = 16;
const MAX_LENGTH = 150;
/** Fewest headlines in a run of links: one alone is a section's title. */
const MIN_RUN = 2;
/**
 * A word in lower case besides "and": a headline has its verb or a joining word ("kills", "in"); a table's row of names
 * and scores has none, and a byline's names only "and" ("Jo Bell and Ana Cruz").
 */
const LOWER_WORD = /(?:^|\s)(?!and\b)\p{Ll}/u;
/** A lead-in's colon or a clause's comma closing a unit: no headline ends so, and the lines after a lead-in are its list. */
const OPEN_END = /[:;,]\s*$/;

/**
 * A table's row or a fact box's line: a figure closing it or after a label's colon, or three figures ("Net sales 289.1 vs
 * 256.9", "Countries with cases: 5 (…)", "Current 818 million 979 million 882 million").
 */
const TABLE_ROW = /\d[%)\]]?\s*$|:\s*[+\-−]?[$€£]?\d|(?:\d\S*\s\D*){2}\d/;

/**
 * Whether unit i is a headline-shaped line of its own: a capital, a few words with one in lower case, no stop or colon,
 * and not a table's row of values.
 */
function isHeadlineLine(text: string, units: readonly Span[], i: number): boolean {
  const unit = units[i].text;
  if (unit.length > MAX_LENGTH || endsLikeSentence(unit) || OPEN_END.test(unit) || !CAPITAL_START().test(unit) || !LOWER_WORD.test(unit) || TABLE_ROW.test(unit)) return false;
  const words = wordCount(unit);
  return words >= MIN_WORDS && words <= MAX_WORDS && aloneOnItsLines(text, units, i) && plainLine(text, units[i]);
}

/** A unit that is one plain line: no line break inside, nothing before it on its line (a list's marked items are the story's). */
function plainLine(text: string, unit: Span): boolean {
  return !unit.text.includes('\n') && (unit.start === 0 || text.charCodeAt(unit.start - 1) === 10);
}

/** The units that are links to other stories: runs of headline lines once the story has begun, not after a colon. */
export function relatedLinks(text: string, units: readonly Span[]): Set<number> {
  const links = new Set<number>();
  let begun = false;
  for (let i = 0; i < units.length;) {
    if (!begun || !isHeadlineLine(text, units, i)) {
      if (!begun && endsLikeSentence(units[i].text) && wordCount(units[i].text) >= MIN_PROSE_WORDS) begun = true;
      i++;
      continue;
    }
    let end = i + 1;
    while (end < units.length && isHeadlineLine(text, units, end)) end++;
    if (end - i >= MIN_RUN && !(i > 0 && OPEN_END.test(units[i - 1].text))) for (let k = i; k < end; k++) links.add(k);
    i = end;
  }
  return links;
}
