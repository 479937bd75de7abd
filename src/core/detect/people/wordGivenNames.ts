/** A capitalised word of the language right before a person's one-word name inside a sentence is the name's given name. */
// "the career of Sorrel Quint", "beside Flint Maddox": a given name that is also a word of the language ("Sorrel",
// "Flint") the classes read as a thing's first word, so the mention kept only the surname. Inside a sentence a word of
// the language is written with a capital only as part of a name, and right before a person's surname it is that
// person's given name; the mentions of the surname alone are then the full name's.
import type { PersonMention } from '../spans';
import type { PeopleLexicon } from '../lexicon';
import { classifyWord } from './classify';

/** Before the word: a word all in lower case and one blank (inside a sentence, and no headline's words in capitals). */
const INSIDE_SENTENCE_BEFORE = /(?:^|[^\p{L}'’-])\p{Ll}+[ \t]$/u;
/** The word itself: a capital, lower-case letters, one blank before the surname. */
const WORD_BEFORE = /(?:^|[^\p{L}'’.-])(\p{Lu}\p{Ll}{2,})[ \t]$/u;

/**
 * Joins to each one-word mention the capitalised word of the language right before it, where that word stands inside
 * a sentence, is no title, place, people's word or firm's word, and the article writes no other capitalised use of it;
 * every mention of that surname alone takes the full name as its entity. Cost: one look behind each one-word mention.
 */
export function wordGivenNames(text: string, mentions: PersonMention[], lex: PeopleLexicon): PersonMention[] {
  let joined: Map<string, string> | undefined;
  let out: PersonMention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.entity.includes(' ') || m.text !== m.entity || text.charCodeAt(m.start - 1) !== 32) continue;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start));
    if (before === null) continue;
    const wordStart = m.start - before[1].length - 1;
    if (!INSIDE_SENTENCE_BEFORE.test(text.slice(Math.max(0, wordStart - 20), wordStart))) continue;
    const word = before[1];
    if (classifyWord(word.toLowerCase(), lex, false) !== 'common' || writtenElsewhere(text, word, wordStart, m.text)) continue;
    const entity = `${word} ${m.entity}`;
    if ((joined ??= new Map()).has(m.entity) && joined.get(m.entity) !== entity) { joined.set(m.entity, ''); continue; }
    joined.set(m.entity, entity);
    (out ??= mentions.slice())[i] = { start: wordStart, end: m.end, text: text.slice(wordStart, m.end), entity };
  }
  if (joined === undefined || out === undefined) return mentions;
  const names = joined;
  // (a surname two such words went before is no one's in particular: left as it was)
  return out.map((m, i) => {
    const entity = names.get(m.entity);
    if (entity === '') return mentions[i];
    return entity !== undefined && !m.entity.includes(' ') ? { ...m, entity } : m;
  });
}

/** Whether the article writes the capitalised word anywhere but right before the surname (a thing's or a place's name). */
function writtenElsewhere(text: string, word: string, at: number, surname: string): boolean {
  for (let k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + 1)) {
    if (k === at) continue;
    if (!text.startsWith(` ${surname}`, k + word.length)) return true;
  }
  return false;
}
