// "Albert Gore, Jr.", "Lena Marsh, Sr., 71": a generation's suffix written after the name's comma. The name's run of
// capitalised words ends at the comma, so the mention was cut before the suffix, which is part of the person's name
// (the father and the son are two people). Streets and schools named so ("Cesar Ortega, Jr. Blvd.") are no mention by
// now; what follows the suffix must still be no capitalised word of the same line ("Dana Pike, Sr. Project Engineer":
// "Sr." there is the job's "Senior"), but for a word that opens a new sentence ("… Albert Gore, Jr. He said").
import type { PersonMention } from '../spans';
import { lazyPattern } from '../../text/lazyPattern';
import { withEntitiesRenamed } from './renamedEntities';
import { peopleLexicon } from '../lexicon';
import { wordSet } from '../../text/wordList';

/** The comma, the suffix with or without its stop, and what comes after it. */
const COMMA_SUFFIX = lazyPattern(() => /^,[ \t](Jr|Sr)(\.?)(?![\p{L}\p{N}])/u);
/** How COMMA_SUFFIX opens, tested first: its letter classes are dear to compile, and few names have the suffix. */
const SUFFIX_OPENS = /^,[ \t][JS]r/;
/** A capitalised word on the same line after the suffix (the stop written or not). */
const CAPITAL_AFTER = lazyPattern(() => /^[ \t]+(\p{Lu}[\p{L}'’-]*)/u);
/** Words that open a sentence after the suffix's stop: the name ended there. */
const SENTENCE_OPENERS = wordSet('He She They The His Her Their It Its In On At But'
  + ' And A An This That We I After When As Both For');

/**
 * The mentions, each followed by ", Jr." or ", Sr." ending with the suffix (its entity, where it was its own full form,
 * the name and the suffix without the comma, and so the entity of the mentions linked to it). Cost: a look at the
 * character after each mention.
 */
export function withCommaSuffixes(text: string, mentions: PersonMention[]): PersonMention[] {
  let renamed: Map<string, string> | undefined;
  let out: PersonMention[] | undefined;
  let bodies: Set<PersonMention> | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (text.charCodeAt(m.end) !== 44 /* , */) continue;
    const ahead = text.slice(m.end, m.end + 8);
    const suffix = SUFFIX_OPENS.test(ahead) ? COMMA_SUFFIX().exec(ahead) : null;
    if (suffix === null) continue;
    const end = m.end + suffix[0].length;
    const capital = CAPITAL_AFTER().exec(text.slice(end, end + 24));
    // ("Ralph Orme, Jr. Foundation": a body's word after the suffix makes the whole the body's name, no person's)
    if (capital !== null && peopleLexicon().namesakeNouns.has(capital[1].toLowerCase())) {
      (bodies ??= new Set()).add(m);
      continue;
    }
    // a capitalised word after it: the suffix with its stop before a sentence's opening word only
    if (capital !== null && !(suffix[2] === '.' && SENTENCE_OPENERS.has(capital[1]))) continue;
    out ??= mentions.slice();
    const written = text.slice(m.start, end);
    let entity = m.entity;
    if (m.text === m.entity) {
      entity = `${m.text} ${suffix[1]}${suffix[2]}`;
      // (the same full name written without the suffix elsewhere is the father or the son, another person: the
      // mentions linked to it stay his, "Their names are Amos Tull … Amos Tull, Jr. was a fine young man")
      if (!mentions.some(o => o !== m && o.text === m.text && o.entity === m.entity && !suffixAfter(text, o.end))) {
        (renamed ??= new Map()).set(m.entity, entity);
      }
    }
    out[i] = { start: m.start, end, text: written, entity };
  }
  const all = out ?? mentions;
  return withEntitiesRenamed(bodies === undefined ? all : all.filter(m => !bodies.has(m)), renamed);
}

/** Whether ", Jr." or ", Sr." follows `end`. */
function suffixAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 44) return false;
  const ahead = text.slice(end, end + 8);
  return SUFFIX_OPENS.test(ahead) && COMMA_SUFFIX().test(ahead);
}
