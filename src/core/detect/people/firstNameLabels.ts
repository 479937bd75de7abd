// Speakers a podcast's or an interview's transcript labels by given name alone, on a line of its own before what they
// say: "Ana:", "Ana (00:26):". One word and a colon ending a line names no one by itself ("Sources:", "Update:"), but a
// label with a cue's time after it, or the same given name as a label twice or more, is a transcript's speaker: nothing
// else is set so. The speaker is the one the article names in full with that given name, where it names only one.
import type { PersonMention } from '../spans';
import type { PeopleLexicon } from '../lexicon';
import { lazyPattern } from '../../text/lazyPattern';
import { withFreeOnes } from './capitals';

/** A line that is one capitalised word, perhaps a cue's time in brackets ("(00:26)", "(1:02:03)"), and a colon. */
const LABEL_LINE = lazyPattern(() => /^[ \t]*(\p{Lu}\p{Ll}{1,15})(?:[ \t]\((\d{1,2}:\d{2}(?::\d{2})?)\))?:[ \t]*\r?$/gmu);

/** The mentions with each such label's speaker added, where no mention stands there. */
export function withFirstNameLabels(text: string, found: PersonMention[], lex: PeopleLexicon): PersonMention[] {
  // (cheap: a colon ending a line, which most articles never have)
  if (!text.includes(':\n') && !text.includes(':\r\n')) return found;
  const labels: { start: number; word: string; timed: boolean }[] = [];
  const counts = new Map<string, number>();
  for (const m of text.matchAll(LABEL_LINE())) {
    const word = m[1];
    const start = m.index + m[0].indexOf(word);
    labels.push({ start, word, timed: m[2] !== undefined });
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  if (labels.length < 2) return found;
  const added: PersonMention[] = [];
  for (const label of labels) {
    const lower = label.word.toLowerCase();
    const given = lex.givenNames.has(lower);
    if (!speakerWord(lower, given, lex)) continue;
    // a cue's time beside it, or a given name labelling two turns or more
    if (!label.timed && !((counts.get(label.word) ?? 0) >= 2 && given)) continue;
    added.push({ start: label.start, end: label.start + label.word.length, text: label.word, entity: fullName(label.word, found) ?? label.word });
  }
  return added.length === 0 ? found : withFreeOnes(found, added);
}

/** Whether a label's word may be a given name: no word of the language, title, role or word never a name, and no place's
 *  or body's name unless it is a given name too ("Jordan"). */
function speakerWord(lower: string, given: boolean, lex: PeopleLexicon): boolean {
  if (lex.commonWords.has(lower) || lex.titles.has(lower) || lex.roleNouns.has(lower) || lex.neverNames.has(lower) || lex.skippedWords.has(lower)) return false;
  return given || (!lex.places.has(lower) && !lex.nonPersonWords.has(lower) && !lex.organisations.has(lower));
}

/** The one full name the article gives whose first word is `given`, if it gives exactly one. */
function fullName(given: string, found: readonly PersonMention[]): string | undefined {
  let entity: string | undefined;
  for (const m of found) {
    if (!m.entity.startsWith(given + ' ')) continue;
    if (entity !== undefined && entity !== m.entity) return undefined;
    entity = m.entity;
  }
  return entity;
}
