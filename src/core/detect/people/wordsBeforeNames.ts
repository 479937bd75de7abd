// A word glued to the front of a person's name that is no word of it: "Yesterday Imran Khan told …", a headline's
// "Strikes against Hezbollah Hassan Nasrallah targeted". Read once the mentions are linked, from what the article
// itself shows: the rest of the name written alone as a person's, and the first word used on its own elsewhere.
import type { PersonMention } from '../spans';
import type { PeopleLexicon } from '../lexicon';
import { wordSet } from '../../text/wordList';

/** Words of time that open a sentence before a name and are never a word of one. */
const DAY_WORDS = wordSet('yesterday today tomorrow tonight');
/** Long forms looked for through the text, at most, in one article. */
const MAX_LOOKS = 8;

/**
 * Takes a first word off names that hold one no name has: a word of time ("Yesterday Imran Khan"), or a word the
 * article also writes alone, outside this name (a group, a party, a country: "Hezbollah", used alone ten times),
 * where the rest of the name, of two words or more, is named in the article as a person's own and the word is no
 * given name or title the lists know; or a word the article writes in the plural, a team's, before a given name and a
 * surname ("Bronco Tess Varnum", "the Broncos": one of the team). The mentions linked to the long form are then the
 * rest's; the word alone, linked to the long form as its "given name", is no person. Cost: one look through the text
 * per such long form, of which an article has few or none (eight at most are looked for).
 */
export function wordsBeforeNames(text: string, mentions: PersonMention[], lex: PeopleLexicon): PersonMention[] {
  let written: Set<string> | undefined;
  // each long form decided once (null: kept whole); the look through the text is made for a few long forms at most
  const decided = new Map<string, { word: string; rest: string } | null>();
  let looks = 0;
  let trimmed = false;
  for (const m of mentions) {
    if (decided.has(m.entity)) continue;
    decided.set(m.entity, null);
    const space = m.entity.indexOf(' ');
    if (space < 0) continue;
    const word = m.entity.slice(0, space);
    const rest = m.entity.slice(space + 1);
    const lower = word.toLowerCase();
    if (word === 'Will' && questionsOnly(text, mentions, m.entity)) {
      decided.set(m.entity, { word, rest });
      trimmed = true;
      continue;
    }
    if (m.entity.indexOf(' ', space + 1) < 0) continue;
    if (!DAY_WORDS.has(lower)) {
      if (lex.givenNames.has(lower) || lex.titles.has(lower) || lex.familyNamesFirst.has(lower)) continue;
      // (the rest written alone as a mention of its own, whichever entity it was then linked to)
      written ??= new Set(mentions.map(n => n.text));
      if (looks >= MAX_LOOKS) continue;
      if (written.has(rest)) {
        looks++;
        if (!usedAlone(text, word, rest)) continue;
      } else {
        // (a team's member before a given name, the team written in the plural: "exiled Bronco Tess Varnum" beside
        // "the Broncos")
        if (!lex.givenNames.has(rest.slice(0, rest.indexOf(' ')).toLowerCase())) continue;
        looks++;
        if (!pluralWritten(text, word)) continue;
      }
    }
    decided.set(m.entity, { word, rest });
    trimmed = true;
  }
  if (!trimmed) return mentions;
  const kept: PersonMention[] = [];
  for (const m of mentions) {
    const cut = decided.get(m.entity);
    if (!cut) { kept.push(m); continue; }
    if (m.text === cut.word || m.text.startsWith(`${cut.word}'`) || m.text.startsWith(`${cut.word}’`)) continue;
    if (m.text.startsWith(`${cut.word} `)) {
      const start = m.start + cut.word.length + 1;
      kept.push({ start, end: m.end, text: text.slice(start, m.end), entity: cut.rest });
    } else kept.push({ ...m, entity: cut.rest });
  }
  return kept;
}

/** A sentence's opening before a mention: the text's start, a line's, or a sentence's end and a blank. */
const SENTENCE_OPENS_BEFORE = /(?:^|\n[ \t]*|[.!?]["”’]?[ \t]+)$/;

/**
 * "Will Beatrice and Eugenie still be princesses?": the verb opening a question, glued to the name after it, where
 * every mention the entity has of its own first word is such a question's first word ("Will Smith return?" beside
 * "Will Smith won an Oscar" stays the actor).
 */
function questionsOnly(text: string, mentions: readonly PersonMention[], entity: string): boolean {
  let asked = false;
  for (const n of mentions) {
    if (n.entity !== entity || !n.text.startsWith('Will ')) continue;
    if (!SENTENCE_OPENS_BEFORE.test(text.slice(Math.max(0, n.start - 4), n.start))) return false;
    const stop = text.slice(n.end, n.end + 200).search(/[.!?\n]/);
    if (stop < 0 || text.charCodeAt(n.end + stop) !== 63 /* ? */) return false;
    asked = true;
  }
  return asked;
}

/** Whether the text writes `word` as a whole word somewhere it does not open `rest`. */
function usedAlone(text: string, word: string, rest: string): boolean {
  const restFirst = rest.slice(0, rest.indexOf(' ') >>> 0);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    if (at > 0 && /[\p{L}\p{N}'’-]/u.test(text[at - 1])) continue;
    const after = text.slice(at + word.length, at + word.length + restFirst.length + 1);
    if (/^[\p{L}\p{N}-]/u.test(after)) continue;
    if (after !== ` ${restFirst}`) return true;
  }
  return false;
}

/** Whether the text writes `word` with an "s" after it as a whole word: "Broncos" for "Bronco". */
function pluralWritten(text: string, word: string): boolean {
  const plural = `${word}s`;
  for (let at = text.indexOf(plural); at >= 0; at = text.indexOf(plural, at + plural.length)) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[at + plural.length] ?? ' ')) return true;
  }
  return false;
}
