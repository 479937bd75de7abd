// A weather service's bulletin, a notice in capitals: "SNOW WILL CONTINUE THROUGH SATURDAY MORNING". The tense rules
// take a run of capitalised words for a name ("will meet Prime Minister Ana Keller on"), which makes the whole sentence
// one name and hides its verb; read in lower case, with each sentence's first letter kept, it is plain prose.
import { lazyPattern } from '../../text/lazyPattern';

/** How far around a day in capitals its lines in capitals are read in lower case. */
const SHOUTED_REACH = 200;

/** A letter that opens a sentence or a line (after a bullet perhaps), which keeps its capital. */
const OPENING_LETTER = lazyPattern(() => /(^|[\n.!?]\s*(?:[*•-]\s*)?)(\p{Ll})/gu);

/**
 * `text` with the stretch around `start` … `end` in lower case but for each sentence's first letter, where the mention
 * and all that stretch are written in capitals; else `text` itself. (Tested first on the mention: most have a lower-case
 * letter.)
 */
export function shoutedAsProse(text: string, start: number, end: number, mention: string): string {
  if (mention.toUpperCase() !== mention || !/[A-Z]{3}/.test(mention)) return text;
  // (the lines round it in capitals, so far: a page's title or dateline above a bulletin keeps its case)
  let from = text.lastIndexOf('\n', start - 1) + 1, to = text.indexOf('\n', end);
  if (to < 0) to = text.length;
  if (/\p{Ll}/u.test(text.slice(from, to))) return text;
  while (from > 0 && from > start - SHOUTED_REACH) {
    const line = text.lastIndexOf('\n', from - 2) + 1;
    if (/\p{Ll}/u.test(text.slice(line, from))) break;
    from = line;
  }
  while (to < text.length && to < end + SHOUTED_REACH) {
    let next = text.indexOf('\n', to + 1);
    if (next < 0) next = text.length;
    if (/\p{Ll}/u.test(text.slice(to, next))) break;
    to = next;
  }
  const stretch = text.slice(from, to);
  const lowered = stretch.toLowerCase().replace(OPENING_LETTER(), (_, a: string, b: string) => a + b.toUpperCase());
  return lowered.length === stretch.length ? text.slice(0, from) + lowered + text.slice(to) : text;
}
