// A Korean name alone on its line, as a speech's or a profile's heading writes its speaker: "Han Seo-yun", "Ro Ji-Hoon,
// Former Minister". The family name of one syllable is often a word of the language too, and with nothing else on the
// line no rule sees a person; but a short capitalised word before a given name of two short syllables joined by a
// hyphen, the whole line to itself (or before a comma and a role), is a name in that form: nothing else is set so.
import type { PersonMention } from '../spans';
import type { PeopleLexicon } from '../lexicon';
import { lazyPattern } from '../../text/lazyPattern';
import { withFreeOnes } from './capitals';

/** The line: a family name of two to five letters, a given name "Seo-yun" or "Ji-Hoon", perhaps ", " and a role. */
const NAME_LINE = lazyPattern(() => /^[ \t]*(\p{Lu}\p{Ll}{1,4})[ \t](\p{Lu}\p{Ll}{1,3}-\p{L}\p{Ll}{1,3})(?:,[ \t]+\p{Lu}[^\n,]{1,60})?[ \t]*\r?$/gmu);
/** What every match of NAME_LINE holds, tested first: a capital, small letters, a hyphen and a letter on one line. */
const CHEAP = /^[ \t]*[A-Z][a-z]{1,4}[ \t][A-Z][a-z]{1,3}-[A-Za-z]/m;

/** The mentions with each such line's name added, where no mention stands there. */
export function withFamilyFirstLines(text: string, found: PersonMention[], lex: PeopleLexicon): PersonMention[] {
  if (!CHEAP.test(text)) return found;
  let added: PersonMention[] | undefined;
  for (const m of text.matchAll(NAME_LINE())) {
    const family = m[1].toLowerCase();
    if (lex.skippedWords.has(family) || lex.titles.has(family) || lex.neverNames.has(family)) continue;
    // (no word of the language before its hyphen, unless a given name: "Year-end", "Half-term" are no one's)
    const given = m[2].toLowerCase();
    const syllable = given.slice(0, given.indexOf('-'));
    if (lex.commonWords.has(given) || (lex.commonWords.has(syllable) && !lex.givenNames.has(syllable))) continue;
    const start = m.index + m[0].indexOf(m[1]);
    const end = start + m[1].length + 1 + m[2].length;
    const written = text.slice(start, end);
    (added ??= []).push({ start, end, text: written, entity: written });
  }
  return added ? withFreeOnes(found, added) : found;
}
