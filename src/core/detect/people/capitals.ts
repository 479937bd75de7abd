// Names written in capitals: headlines and results lines set in upper case ("HALVERSEN NAMED NORWAY CAPTAIN"), and
// newsletters that capitalise a surname ("RUIZ, 52, thanked voters"). Capitals say nothing of a name by themselves
// (most words in capitals are acronyms or a headline's words), so only a person the article names in ordinary case is
// read there.
import type { PersonMention } from '../spans';

/** A word of two or more capitals, an apostrophe or hyphen inside it perhaps ("O'BRIEN", "AL-MASRI"). */
const CAPITALS_WORD = /(?<![\p{L}\d'’-])\p{Lu}[\p{Lu}'’-]*\p{Lu}(?![\p{L}\d])/gu;
/** The possessive a word in capitals may end in: "HALVERSEN'S". */
const POSSESSIVE_END = /['’]S$/;

/**
 * Adds the mentions in capitals of the people `mentions` already name in full: a word in capitals that is the surname
 * of one such person (and of no other), or two that are a person's full name ("RUNA HALVERSEN"). `mentions` are sorted
 * by start; so is the result.
 */
export function namesInCapitals(text: string, mentions: readonly PersonMention[]): PersonMention[] {
  const bySurname = new Map<string, string | null>();
  const byFullName = new Map<string, string>();
  for (const m of mentions) {
    const words = m.entity.split(' ');
    if (words.length < 2) continue;
    const surname = words[words.length - 1].toLowerCase();
    const known = bySurname.get(surname);
    bySurname.set(surname, known === undefined || known === m.entity ? m.entity : null);
    byFullName.set(words[0].toLowerCase() + ' ' + surname, m.entity);
  }
  if (bySurname.size === 0) return [...mentions];
  const added: PersonMention[] = [];
  const words = [...text.matchAll(CAPITALS_WORD)];
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    const start = word.index;
    const next = words[k + 1];
    // "RUNA HALVERSEN": a given name and a surname, one space apart
    if (next && next.index === start + word[0].length + 1 && text.charCodeAt(start + word[0].length) === 32) {
      const name = stripPossessive(next[0]);
      const entity = byFullName.get(word[0].toLowerCase() + ' ' + name.toLowerCase());
      if (entity !== undefined) {
        added.push({ start, end: next.index + name.length, text: text.slice(start, next.index + name.length), entity });
        k++;
        continue;
      }
    }
    const surname = stripPossessive(word[0]);
    const entity = surname.length >= 3 ? bySurname.get(surname.toLowerCase()) : undefined;
    if (entity) added.push({ start, end: start + surname.length, text: surname, entity });
  }
  if (added.length === 0) return [...mentions];
  return [...mentions, ...added.filter(a => !mentions.some(m => m.start < a.end && a.start < m.end))]
    .sort((a, b) => a.start - b.start);
}

function stripPossessive(word: string): string {
  return POSSESSIVE_END.test(word) ? word.slice(0, -2) : word;
}
