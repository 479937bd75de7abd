// A feature that shields its subject gives a first name and says it is not the real one: "Lena (not her real name)
// arrived in 2019", "Lena is not her real name". The article's own words say the name is a person's, however bare it
// stands in every other sentence ("sustain Lena and her sons", "So at 30, Lena crossed").
import type { PersonMention } from '../spans';
import { lazyPattern } from '../../text/lazyPattern';

/** The name, then the note that it is not the person's own. */
const PSEUDONYM = lazyPattern(() => /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)(?:[ \t]+\((?:not (?:her|his|their) (?:real|actual) name|a pseudonym|not (?:her|his|their) name|(?:her|his|their) name (?:has been|was|is) changed|name changed)\)|,[ \t]+not (?:her|his|their) (?:real|actual) name,|[ \t]+(?:is not|isn['’]t) (?:her|his|their) (?:real|actual) name)/gu);

/** The note's words, one of which every such article holds. */
const NOTE_WORDS = /real name|actual name|pseudonym|name (?:has been |was |is )?changed|not (?:her|his|their) name/;

/**
 * NOTE_WORDS.test(text), read only around each "name" (every note's words but "pseudonym" hold it, at most 10
 * characters after their start, and end at most 21 characters after it): tried at every character, the pattern cost 2-4 ms a megabyte.
 */
function hasNoteWords(text: string): boolean {
  if (text.includes('pseudonym')) return true;
  for (let at = text.indexOf('name'); at >= 0; at = text.indexOf('name', at + 4)) {
    if (NOTE_WORDS.test(text.slice(Math.max(0, at - 10), at + 25))) return true;
  }
  return false;
}

/** A capitalised word right before, and what opens a sentence before it if anything does. */
const CAPITALISED_BEFORE = lazyPattern(() => /(^|[.!?:]["”’']?\s+|\n)?\p{Lu}[\p{L}'’.-]*[ \t]$/u);

/**
 * Adds every bare mention of each name the article says is not its bearer's real one, as that person (a mention
 * already found, or a word inside a longer run of capitals, "Lena Street", is left as it was).
 */
export function pseudonyms(text: string, mentions: PersonMention[]): PersonMention[] {
  // (a cheap test first: the note's words are in few articles)
  if (!hasNoteWords(text)) return mentions;
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
