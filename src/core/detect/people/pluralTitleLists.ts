// "Justices Ruiz, Okafor and Lind", "Sens. Kerr and Malloy": a title in the plural before a list of surnames makes each
// of them a person, as the title in the singular makes the first ("Justice Ruiz"). The rest of the list has no title
// of its own, and a surname no list knows stood there unread.
import type { PersonMention } from '../spans';
import type { PeopleLexicon } from '../lexicon';
import { classifyWord } from './classify';
import { lazyPattern } from '../../text/lazyPattern';
import { wordSet } from '../../text/wordList';

/** A plural title, then two to six capitalised words joined by commas and a final "and". */
const TITLED_LIST = lazyPattern(() => /\b(?:Justices|Senators|Sens\.|Reps\.|Representatives|Judges|Drs\.|Doctors|Professors|Profs\.|Commissioners|Councillors|Councilors|Supervisors|Governors|Govs\.) (\p{Lu}[\p{Ll}'’-]+(?:(?:,| and|, and) \p{Lu}[\p{Ll}'’-]+){1,5})(?![\p{L}'’-]| \p{Lu})/gu);

/** Classes of a word that is no surname in a list. */
const NOT_SURNAME = wordSet('common place org never title demonym');

/** What every match of TITLED_LIST holds, without its letter classes (a capital is an ASCII one or any code unit beyond
 *  ASCII, a small letter one from a to z or any beyond ASCII): a cheap test before the pattern, dear to compile, runs
 *  over the text. */
const TITLE_WORDS = /\b(?:Justices|Senators|Sens\.|Reps\.|Representatives|Judges|Drs\.|Doctors|Professors|Profs\.|Commissioners|Councill?ors|Supervisors|Governors|Govs\.) [A-Z\u0080-\uffff][a-z'’\u0080-\uffff-]+(?:,| and|, and) [A-Z\u0080-\uffff][a-z'’\u0080-\uffff-]/;

/**
 * Adds each surname of a titled list that no mention covers, as the person the article names in full with it if it
 * does ("Justice Ann Lind" earlier makes "Lind" hers), else as itself.
 */
export function pluralTitleLists(text: string, mentions: PersonMention[], lex: PeopleLexicon): PersonMention[] {
  // ("Joint General Secretaries of the union": a title or role in the plural, read as a name after "General", alone
  // names no one; "Secretary" and "Directors" are no surnames)
  if (mentions.some(m => m.text.endsWith('s') && m.entity === m.text && pluralOfTitle(m.text, lex))) {
    mentions = mentions.filter(m => !(m.text.endsWith('s') && m.entity === m.text && pluralOfTitle(m.text, lex)));
  }
  if (!TITLE_WORDS.test(text)) return mentions;
  let added: PersonMention[] | undefined;
  for (const m of text.matchAll(TITLED_LIST())) {
    const listStart = m.index + m[0].length - m[1].length;
    // (a list with a word of the language or a place in it is a title's other use: "the Representatives Hall and Senate")
    if ([...m[1].matchAll(/\p{Lu}[\p{Ll}'’-]+/gu)].some(w => NOT_SURNAME.has(classifyWord(w[0].toLowerCase(), lex, false)))) continue;
    for (const w of m[1].matchAll(/\p{Lu}[\p{Ll}'’-]+/gu)) {
      const start = listStart + w.index;
      const end = start + w[0].length;
      if (mentions.some(p => p.start < end && p.end > start)) continue;
      const full = mentions.find(p => p.entity.endsWith(' ' + w[0]));
      (added ??= []).push({ start, end, text: w[0], entity: full?.entity ?? w[0] });
    }
  }
  if (!added) return mentions;
  return mentions.concat(added).sort((a, b) => a.start - b.start);
}

/** One word that is a title's or a role noun's plural: "Secretaries", "Ministers". */
function pluralOfTitle(w: string, lex: PeopleLexicon): boolean {
  if (w.includes(' ')) return false;
  const l = w.toLowerCase(), one = l.endsWith('ies') ? l.slice(0, -3) + 'y' : l.slice(0, -1);
  return lex.titles.has(one) || lex.roleNouns.has(one);
}
