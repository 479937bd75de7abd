// Events and editions named with their year: "the 2012 Summer Paralympics", a section's heading "2012 Summer
// Paralympics", "… at the 2010 Winter Games." (where the name ends its phrase). A person is never named with a year written right before the name at the start
// of a line or after "the" ("in 2012 Dana Ruiz won" has a preposition before the year, and a vehicle's model year is
// vehicles.ts's). Read once per article, after every other rule, from the article's own words.
import type { PersonMention } from '../spans';
import type { PeopleLexicon } from '../lexicon';
import { lazyPattern } from '../../text/lazyPattern';

/** A year right before the name: at a line's start (markup and a bullet allowed) or after "the". */
const YEAR_BEFORE = lazyPattern(() => /(?:(?:^|\n)[ \t*_#>•-]*|(?:^|[^\p{L}])[Tt]he[ \t]{1,2})(?:19|20)\d\d[ \t]{1,2}$/u);

/** A word in small letters right after the name, which the name qualifies or is the subject of. */
const NOUN_AFTER = lazyPattern(() => /^[ \t]{1,2}\p{Ll}/u);

/** The mentions without those that name an event by its year: the name's last word no list gives as a person's. */
export function withoutYearEditions(text: string, mentions: PersonMention[], lex: PeopleLexicon): PersonMention[] {
  let dropped: Set<string> | undefined;
  for (const m of mentions) {
    // (tried only where a digit stands right before the name's space)
    if (m.start < 5 || !/\d/.test(text.charAt(m.start - 2)) || m.text !== m.entity) continue;
    const words = m.entity.split(' ');
    const last = words[words.length - 1].toLowerCase();
    if (words.length < 2 || lex.surnames.has(last) || lex.givenNames.has(last)) continue;
    // (the name ends its phrase, as an event's heading or title does: "the 2016 Dana Ruiz campaign" names a person's)
    if (NOUN_AFTER().test(text.slice(m.end, m.end + 3))) continue;
    if (YEAR_BEFORE().test(text.slice(Math.max(0, m.start - 16), m.start))) (dropped ??= new Set()).add(m.entity);
  }
  return dropped ? mentions.filter(m => !dropped!.has(m.entity)) : mentions;
}
