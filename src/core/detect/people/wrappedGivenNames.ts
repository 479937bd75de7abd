// A given name at the end of a line and the surname opening the next: "… winner of the Pulitzer Prize Mark⏎Strand, 80,
// died", "Planned Retirement of Scott⏎Sproule,". A page copied with its hard line breaks breaks a name where the line
// was full; the reading takes the surname alone (or the given name and the surname as two people). The line before must
// be a sentence's words (three words or more), not a list's or a table's cell of one name a line.
import type { PersonMention } from '../spans';
import type { PeopleLexicon } from '../lexicon';
import { lazyPattern } from '../../text/lazyPattern';
import { withEntitiesRenamed } from './renamedEntities';

/** The last one or two capitalised words of a line, after a space. */
const LAST_WORDS = lazyPattern(() => /[ \t](?:(\p{Lu}\p{Ll}+)[ \t])?(\p{Lu}\p{Ll}+)[ \t]*$/u);
/** A surname, perhaps after a middle initial: "Strand", "B. Lewis". */
const SURNAME_ONLY = lazyPattern(() => /^(?:\p{Lu}\.[ \t])?\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u);

/**
 * The mentions, each surname opening a line joined to the given name (or two) that ends the line before. The given
 * name is one the lists hold and no word of the language, place or surname ("Will", "Georgia", "Morgan"). The mentions
 * linked to the surname alone name the whole. Cost: a look at the line before each mention that opens a line.
 */
export function withWrappedGivenNames(text: string, mentions: PersonMention[], lex: PeopleLexicon): PersonMention[] {
  let out: PersonMention[] | undefined;
  let renamed: Map<string, string> | undefined;
  const dropped = new Set<PersonMention>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.start < 2 || text.charCodeAt(m.start - 1) !== 10 || !SURNAME_ONLY().test(m.text)) continue;
    const lineEnd = text.charCodeAt(m.start - 2) === 13 ? m.start - 2 : m.start - 1;
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd);
    if (line.length < 12 || countSpaces(line) < 2) continue;
    // (a capitalised word ending the line, tested first: the pattern's letter classes are dear to compile)
    const last = /[ \t](?:[A-Z]|[\u0080-\uffff])[a-z\u0080-\uffff]+[ \t]*$/.test(line) ? LAST_WORDS().exec(line) : null;
    if (last === null || !givenOnly(last[2], lex)) continue;
    const words = last[1] !== undefined && givenOnly(last[1], lex) ? `${last[1]} ${last[2]}` : last[2];
    const start = lineStart + line.lastIndexOf(words);
    // (a mention reaching before the given name, "the Pulitzer Prize Mark" read as one, leaves it alone)
    const before = mentions.filter(o => o.end > start && o.start < lineEnd);
    if (before.some(o => o.start < start)) continue;
    for (const o of before) dropped.add(o);
    out ??= mentions.slice();
    const entity = `${words} ${m.text}`;
    out[i] = { start, end: m.end, text: text.slice(start, m.end), entity };
    if (m.text === m.entity && !m.text.includes(' ')) (renamed ??= new Map()).set(m.entity, entity);
  }
  return out === undefined ? mentions : withEntitiesRenamed(out.filter(o => !dropped.has(o)), renamed);
}

/** A given name the lists hold that is no word of the language, no place and no surname. */
function givenOnly(word: string, lex: PeopleLexicon): boolean {
  const lower = word.toLowerCase();
  return lex.givenNames.has(lower) && !lex.commonWords.has(lower) && !lex.places.has(lower) && !lex.surnames.has(lower);
}

function countSpaces(line: string): number {
  let n = 0;
  for (let k = line.indexOf(' '); k >= 0 && n < 2; k = line.indexOf(' ', k + 1)) n++;
  return n;
}
