// A name written twice in a row: "Important debut for Princess Leonor Leonor, 19, joined her parents", a page's
// headline or link run into the sentence it heads, each ending and opening on the same given name. No one is named
// "Leonor Leonor" by the same word twice in news (a fictional "Humbert Humbert" aside), so the name is the one word.
import type { PersonMention } from '../spans';

/** The mentions with each name of one word written twice cut to its second writing, and those linked to it relinked. */
export function withDoubledNamesCut(mentions: PersonMention[]): PersonMention[] {
  let doubled: Set<string> | undefined;
  for (const m of mentions) {
    const space = m.entity.indexOf(' ');
    if (space > 0 && m.entity.length === 2 * space + 1 && m.entity.startsWith(m.entity.slice(space + 1))) (doubled ??= new Set()).add(m.entity);
  }
  if (doubled === undefined) return mentions;
  return mentions.map(m => {
    if (!doubled!.has(m.entity)) return m;
    const word = m.entity.slice(m.entity.indexOf(' ') + 1);
    if (m.text !== m.entity) return { ...m, entity: word };
    return { start: m.end - word.length, end: m.end, text: word, entity: word };
  });
}
