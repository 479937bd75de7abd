// A name written twice in a row: "Important debut for Princess Leonor Leonor, 19, joined her parents", a page's
// headline or link run into the sentence it heads, each ending and opening on the same given name. No one is named
// "Leonor Leonor" by the same word twice in news (a fictional "Humbert Humbert" aside), so the name is the one word.
// A whole name glued to itself is a photo's alternative text run into its caption or link ("Photo of Tessa
// VarnumTessa Varnum (Hunter, Labor)"): the name is the second writing.
import type { PersonMention } from '../spans';

/**
 * The mentions with each name (of one word, or a whole name glued to itself) written twice cut to its second writing,
 * and those linked to it relinked.
 */
export function withDoubledNamesCut(mentions: PersonMention[]): PersonMention[] {
  let doubled: Set<string> | undefined;
  for (const m of mentions) {
    const e = m.entity;
    const space = e.indexOf(' ');
    const half = e.length / 2;
    if (space > 0 && (e.length === 2 * space + 1 ? e.startsWith(e.slice(space + 1))
      : space < half && Number.isInteger(half) && e.startsWith(e.slice(half)))) (doubled ??= new Set()).add(e);
  }
  if (doubled === undefined) return mentions;
  return mentions.map(m => {
    if (!doubled!.has(m.entity)) return m;
    const e = m.entity;
    const word = e.length === 2 * e.indexOf(' ') + 1 ? e.slice(e.indexOf(' ') + 1) : e.slice(e.length / 2);
    if (m.text !== m.entity) return { ...m, entity: word };
    return { start: m.end - word.length, end: m.end, text: word, entity: word };
  });
}
