// A phrase of the language capitalised in a title-case line: "Pilot Error, Overloading to Blame for Crash", "Safety
// Chief Objects to Driver Error Statistic". A role word before an unfamiliar capitalised word reads as a title and a
// surname there, but where the article writes the same words in lower case elsewhere ("blamed pilot error and an
// overloaded aircraft") they are a phrase, not a person. Read once per article, after linking: one search of the text
// for each such phrase.
import type { PersonMention } from '../spans';
import { lazyPattern } from '../../text/lazyPattern';

/** The capitalised word right before a mention on its line, with the space between: "Pilot " before "Error". */
const CAPITALISED_WORD_BEFORE = lazyPattern(() => /(?:^|[^\p{L}'’-])(\p{Lu}\p{Ll}+)[ \t]$/u);

/** How many words of a line must be capitalised for it to be written in title case. */
const TITLE_CASE_SHARE = 0.7;

/** How long a title-case line may be: a headline's, not a paragraph's (and no line is read further than this). */
const TITLE_LINE_REACH = 240;

/** Whether the line around `at` is written in title case: most of its words of four letters or more capitalised. */
function titleCaseLine(text: string, at: number): boolean {
  const from = Math.max(0, at - TITLE_LINE_REACH);
  const back = text.slice(from, at).lastIndexOf('\n');
  if (back < 0 && from > 0) return false;
  const start = from + back + 1;
  const end = text.slice(at, at + TITLE_LINE_REACH).indexOf('\n');
  if (end < 0 && at + TITLE_LINE_REACH < text.length) return false;
  const words = text.slice(start, end < 0 ? text.length : at + end).match(/\p{L}{4,}/gu) ?? [];
  if (words.length < 3) return false;
  let capitals = 0;
  for (const w of words) if (w.charCodeAt(0) !== w.toLowerCase().charCodeAt(0)) capitals++;
  return capitals >= words.length * TITLE_CASE_SHARE;
}

/** Whether `phrase` (in lower case) stands in the text as whole words. */
function writtenInLowerCase(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = at > 0 ? text[at - 1] : ' ', after = text[at + phrase.length] ?? ' ';
    if (!/[\p{L}\d]/u.test(before) && !/[\p{L}\d]/u.test(after)) return true;
  }
  return false;
}

/** The mentions without those that, with a capitalised word before them on a title-case line, are a phrase the article
 *  writes in lower case elsewhere. */
export function withoutPhrasesInCapitals(text: string, mentions: PersonMention[]): PersonMention[] {
  const asked = new Map<string, boolean>();
  return mentions.filter((m) => {
    const near = text.slice(Math.max(0, m.start - 24), m.start);
    const before = CAPITALISED_WORD_BEFORE().exec(near.slice(near.lastIndexOf('\n') + 1));
    const phrase = (before ? `${before[1]} ${m.text}` : m.text).toLowerCase();
    if (!phrase.includes(' ') || !titleCaseLine(text, m.start)) return true;
    let lower = asked.get(phrase);
    if (lower === undefined) asked.set(phrase, lower = writtenInLowerCase(text, phrase));
    return !lower;
  });
}
