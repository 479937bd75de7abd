// Authors in lists of works: "- Seldom Seen by Tessa Varnum (Harbour)", '"The Glass Road" by Yaro Mbeki, "Tide" by …',
// "Days of Salt by Oren Kell (Ireland)". The words after "by" there are a writer's name, whatever lists know of them;
// the line itself, in capitals word by word, would otherwise be read as a headline and the name with it.
import type { Run } from './candidates';
import type { WordClass } from './classify';
import type { Token } from './tokenize';
import { lazyPattern } from '../../text/lazyPattern';

/** "by " right before the name, after a closing quotation mark or a word of the title (not "Sponsored by", "Powered by"). */
/** BY_BEFORE without its letter classes (dear to compile): a title's word opens with an ASCII capital or any character
 *  past ASCII here. Tested first. */
const BY_BEFORE_SHAPE = /(?:[”"’']|(?:^|[ \t])(?:[A-Z\u0080-\uffff][^ \t]*|\d+))[ \t]by[ \t]$/;
const BY_BEFORE = lazyPattern(() => /(?:([”"’'])|(?:^|[ \t])(\p{Lu}[\p{L}'’-]*|\d+))[ \t]by[ \t]$/u);
/** What may follow an author's name in such a list: the end of the line, a publisher or country in brackets, a comma
 *  or "and" before the next work, a full stop or a semicolon. */
const AUTHOR_ENDS = /^(?:[ \t]*(?:\r?\n|$)|[ \t]\(|[,;.]|[ \t]and[ \t]|[ \t][-–—][ \t])/u;
/** A list item's mark opening the line: "- ", "* ", "• ", "– ". */
const LIST_MARK = /^[ \t]*[-*•–][ \t]/u;
/** A title's words before "by": capitalised words, figures and the short words titles keep in lower case. */
// (after a label and its colon too: "Simon & Schuster: The Long Field by Nora Quill", a publisher's list)
const TITLE_LINE = lazyPattern(() => /^[ \t]*(?:[^:\n]{1,40}:[ \t]+)?(?:(?:\p{Lu}[\p{L}'’-]*|\d+|of|the|a|an|in|on|and|to|for|at|with)[ \t])+by[ \t]$/u);

/**
 * The run, when it is the author of a work named just before "by" in a list of works or a line of titles: two or three
 * words, each capitalised (a middle initial allowed), none a firm's or an office's word, opened by no word of the
 * language.
 */
export function authorAfterBy(text: string, tokens: readonly Token[], classes: readonly WordClass[], run: Run): boolean {
  const start = tokens[run.first].start;
  // (the cheap test first: "y " right before)
  if (text.charCodeAt(start - 1) !== 32 || text.charCodeAt(start - 2) !== 121 /* y */) return false;
  const n = run.last - run.first;
  if (n < 1 || n > 2) return false;
  for (let k = run.first; k <= run.last; k++) {
    const c = classes[k];
    if (tokens[k].possessive || c === 'org' || c === 'never' || c === 'title' || c === 'particle') return false;
    if (c === 'initial' ? k === run.first || k === run.last : tokens[k].shape !== 'capitalised') return false;
  }
  const c0 = classes[run.first];
  if (c0 === 'common' || c0 === 'place') return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lead = text.slice(Math.max(lineStart, start - 40), start);
  const before = BY_BEFORE_SHAPE.test(lead) ? BY_BEFORE().exec(lead) : null;
  if (!before) return false;
  // (a participle before "by" makes a credit of it, "Sponsored by", "Written by": not this rule's)
  if (before[2] !== undefined && (before[2].endsWith('ed') || before[2] === 'Written')) return false;
  if (!AUTHOR_ENDS.test(text.slice(tokens[run.last].end, tokens[run.last].end + 6))) return false;
  if (before[1] !== undefined) return true;
  const line = text.slice(lineStart, start);
  return LIST_MARK.test(line) || TITLE_LINE().test(line);
}
