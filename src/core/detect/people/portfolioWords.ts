// "Federal Minister for Planning and Development Ahsan Iqbal said …", "Minister for Railways Kawaja Saad Rafique": news
// of South Asia and Africa writes a minister's portfolio right before the name with no comma, and the portfolio's last
// word, capitalised, was read as the name's first ("Development Ahsan Iqbal"), a separate person from the "Ahsan Iqbal"
// of the next paragraph. A word of the language that continues a portfolio after "Minister for", "Secretary of" is the
// portfolio's, not the name's, where two or more name words follow it: a word shaped as a field of work is (a plural or
// an abstract noun: "Railways", "Development", "Intelligence"), a given name no list knows after the portfolio is not.
import type { PersonMention } from '../spans';
import type { PeopleLexicon } from '../lexicon';
import { lazyPattern } from '../../text/lazyPattern';

/** An office and "for" or "of", then the portfolio's capitalised words (and "and", "&", commas) up to the mention. */
const PORTFOLIO_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:Minister|Ministers|Secretary|Commissioner|Director|Chairman|Chairperson|Adviser|Advisor|Envoy|Spokesperson|Spokesman)(?:[ \t]+of[ \t]+State)?[ \t]+(?:for|of)[ \t]+(?:(?:\p{Lu}[\p{L}'’-]*|and|&)[ \t,]+){0,6}$/u);

/** A field of work's word: a plural, or an abstract noun's ending ("Affairs", "Planning", "Education", "Tourism",
 *  "Industry", "Energy"). */
const PORTFOLIO_SHAPE = /(?:[^s]s|ment|ence|ance|ion|ing|ure|ism|ity|ics|ogy|cy|stry|rgy)$/;

/** The mentions, a portfolio's word cut from the front of each name it was read into (and its entity renamed). */
export function withoutPortfolioWords(text: string, mentions: PersonMention[], lex: PeopleLexicon): PersonMention[] {
  let renamed: Map<string, string> | undefined;
  for (const m of mentions) {
    // (the cheap tests first: three words or more, the first shaped as a field of work's and no name's)
    const space = m.text.indexOf(' ');
    if (space < 0 || m.text.indexOf(' ', space + 1) < 0 || m.text !== m.entity) continue;
    const word = m.text.slice(0, space).toLowerCase();
    if (!PORTFOLIO_SHAPE.test(word) || lex.givenNames.has(word) || lex.surnames.has(word) || lex.titles.has(word)) continue;
    if (!PORTFOLIO_BEFORE().test(text.slice(Math.max(0, m.start - 90), m.start))) continue;
    (renamed ??= new Map()).set(m.entity, m.entity.slice(space + 1));
  }
  if (renamed === undefined) return mentions;
  return mentions.map(m => {
    const rest = renamed!.get(m.entity);
    if (rest === undefined) return m;
    if (!m.text.endsWith(rest) || m.text === rest) return { ...m, entity: rest };
    const start = m.end - rest.length;
    return { start, end: m.end, text: rest, entity: rest };
  });
}
