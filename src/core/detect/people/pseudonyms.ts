// A feature that shields its subject gives a first name and says it is not the real one: "Lena (not her real name)
// arrived in 2019", "Lena is not her real name". The article's own words say the name is a person's, however bare it
// stands in every other sentence ("sustain Lena and her sons", "So at 30, Lena crossed").
import type { PersonMention } from '../spans';
import { lazyPattern } from '../../text/lazyPattern';

/** The name, then the note that it is not the person's own. */
const PSEUDONYM = lazyPattern(() => /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)(?:[ \t]+\((?:not (?:her|his|their) (?:real|actual) name|a pseudonym|not (?:her|his|their) name|(?:her|his|their) name (?:has been|was|is) changed|name changed)\)|,[ \t]+not (?:her|his|their) (?:real|actual) name,|[ \t]+(?:is not|isn['’]t) (?:her|his|their) (?:real|actual) name)/gu);

/** The note's words, one of which every such article holds. */
const NOTE_WORDS = /real name|actual name|pseudonym|name (?:has been |was |is )?changed|not (?:her|his|their) name/;

/** A capitalised word right before, and what opens a sentence before it if anything does. */
const CAPITALISED_BEFORE = lazyPattern(() => /(^|[.!?:]["”’']?\s+|\n)?\p{Lu}[\p{L}'’.-]*[ \t]$/u);

/**
 * Adds every bare mention of each name the article says is not its bearer's real one, as that person (a mention
 * already found, or a word inside a longer run of capitals, "Lena Street", is left as it was).
 */
export function pseudonyms(text: string, mentions: PersonMention[]): PersonMention[] {
  // (a cheap test first: the note's words are in few articles)
  if (!NOTE_WORDS.test(text)) return mentions;
  const names = new Set<string>();
  for (const m of text.matchAll(PSEUDONYM())) names.add(m[1]);
  if (names.size === 0) return mentions;
  const added: PersonMention[] = [];
  for (const name of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      const end = i + name.length;
      if (/[\p{L}\d]/u.test(text.charAt(i - 1)) || /[\p{L}\d]/u.test(text.charAt(end))) continue;
      // (not inside a run of capitalised words: "Lena Street", "Saint Lena")
      // (a capitalised word that opens the sentence before it, "Then Lena said", is no part of a name)
      const before = CAPITALISED_BEFORE().exec(text.slice(Math.max(0, i - 24), i));
      if ((before && before[1] === undefined) || /^[ \t]\p{Lu}\p{Ll}/u.test(text.slice(end, end + 3))) continue;
      if (mentions.some(p => p.start < end && p.end > i)) continue;
      added.push({ start: i, end, text: name, entity: name });
    }
  }
  if (added.length === 0) return mentions;
  return mentions.concat(added).sort((a, b) => a.start - b.start);
}
