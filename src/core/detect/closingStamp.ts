// The stamp some pages put at the end of a story rather than at its top: the agency and the day in brackets after the
// last paragraph ("(Harbour News Agency November 15, 2002)"), a release signed with its day under the signer's name or
// role ("Chairman" / "29 November 2017"), a feed's copy stamped as it was posted ("… December 6, 2017 at 10:03AM").
// Read only where nothing at the top dates the page; a post the story quotes ("— Ann Hale (@annhale) May 4, 2020") is
// the post's day, not the page's, and is passed over.
import type { StatedDate } from './reference';
import { scanDates } from './dates/scan';
import { lazyPattern } from '../text/lazyPattern';

/** Characters read from the end of the text: a short page footer may follow the stamp. */
const CLOSING_REACH = 600;
/** Characters read at most, the last paragraph's line whole where it is longer than the reach. */
const LONGEST_READ = 3000;
/** Lines read from the end. */
const CLOSING_LINES = 6;
/** Longest line read as a signer's name or role above a signed day. */
const SIGNER_LINE = 60;

/** Before a full date closing a bracket: the source's name in capitals ("(Harbour News Agency "). */
const SOURCE_IN_BRACKET = lazyPattern(() => /\(\s*\p{Lu}[\p{L}.&' -]{1,60}[\s,]$/u);
/** After a date: the bracket closed, and nothing but punctuation to the line's end. */
const BRACKET_CLOSED = /^\s*\)[\s.|]*$/;
/** After a date: a feed's posting time ("at 10:03AM") ending the line. */
const POSTED_AT = /^,?\s+at\s+\d{1,2}:\d{2}\s*[AP]M$/i;
/** Before a date: the stamp's label, "Published:", "| Posted on" (not "Updated": the day the story was written is the
 *  one its relative days count from). */
const PUBLISHED_LABEL = /(?:^|[|·•])\s*(?:published|posted)(?: on)?\s*:?\s*$/i;
/** A closing note of when the piece ran: "This report by … was first published on ", "This story was originally published ". */
const FIRST_PUBLISHED_NOTE = /\bthis (?:report|story|article)\b[^.\n]{0,60} was (?:first |originally )?published (?:on )?$/i;
/** A paper's note of the day a notice ran in it, closing the text: "Published in Harbour County News on ". */
const PUBLISHED_IN = lazyPattern(() => /^\s*[Pp]ublished in \p{Lu}[^.\n]{0,60}? on\s*$/u);
/** A signer's line: a name or a role, capitalised, no sentence's stop. */
const SIGNER = lazyPattern(() => /^\p{Lu}[\p{L}.' -]*$/u);

/** The day a stamp closing the text gives the page, or undefined where its last lines hold none. */
export function closingStamp(text: string, from: number): StatedDate | undefined {
  if (!/\d{4}/.test(text.slice(-CLOSING_REACH))) return undefined;
  // (from the start of the line the reach falls in: a feed's stamp ends its last paragraph's line)
  const reach = Math.max(from, text.length - CLOSING_REACH);
  const lineStart = text.lastIndexOf('\n', reach - 1) + 1;
  const start = Math.max(from, lineStart, text.length - LONGEST_READ);
  const tail = text.slice(start);
  const lines: { text: string; at: number }[] = [];
  let at = 0;
  for (const line of tail.split('\n')) {
    if (line.trim() !== '') lines.push({ text: line.replace(/\r$/, ''), at: start + at });
    at += line.length + 1;
  }
  // (the first line may be cut at the reach)
  if (start > from && start !== lineStart) lines.shift();
  for (let k = lines.length - 1; k >= Math.max(0, lines.length - CLOSING_LINES); k--) {
    const line = lines[k].text;
    if (!/\d{4}/.test(line) || line.includes('(@')) continue;
    for (const mention of scanDates(line, undefined)) {
      // (the day with its posting time read as one: "December 6, 2017 at 10:03AM")
      const clocked = mention.type === 'TIME' && /^\d{4}-\d{2}-\d{2}T/.test(mention.value ?? '');
      if (!(mention.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(mention.value ?? '')) && !clocked) continue;
      const before = line.slice(0, mention.start), after = line.slice(mention.end);
      const bracketed = !clocked && SOURCE_IN_BRACKET().test(before) && BRACKET_CLOSED.test(after);
      const posted = clocked ? POSTED_AT.test(mention.text.slice(mention.text.search(/,?\s+at\s/i))) && after.trim() === '' : POSTED_AT.test(after.trimEnd());
      // (the signature closes the text: a date alone with more text under it may be a section's; its full stop perhaps,
      // "June 10, 2024.")
      const signed = k === lines.length - 1 && before.trim() === '' && /^\s*\.?\s*$/.test(after) && k > 0 && lines[k - 1].text.trim().length <= SIGNER_LINE
        && SIGNER().test(lines[k - 1].text.trim());
      // ("FE Team | Published: January 07, 2012 00:00:00 | Updated: …": a site's stamp printed under the story)
      // ("This report by The Harbour Wire was first published on Oct. 13, 2019.": the agency's note of its day)
      // ("Published in Harbour County News on Oct. 16, 2020.": an obituary's note of the paper and day it ran in)
      const labelled = PUBLISHED_LABEL.test(before) || FIRST_PUBLISHED_NOTE.test(before) || PUBLISHED_IN().test(before);
      if (bracketed || posted || signed || labelled) {
        return { date: mention.value!.slice(0, 10), from: 'dateline', start: lines[k].at + mention.start, end: lines[k].at + mention.end };
      }
    }
  }
  return undefined;
}
