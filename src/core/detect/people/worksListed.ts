/** Titles in a list of works ("films such as The Long Road, Ada Kell and Salt"), named like people but no people. */
import type { PersonMention } from '../spans';
import { lazyPattern } from '../../text/lazyPattern';

/**
 * A plural noun of works and "such as", "like" or "including", then the list's earlier items up to the mention: each
 * item opens with a capital and ends with a comma ("and" or "or" may open the last). A title is capitalised like a
 * name, and inside such a list a name is the title of a work (a film called after its hero), not a person.
 */
const WORKS_LISTED_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:films|movies|novels|books|albums|songs|plays|musicals|shows|series|documentaries)[ \t]+(?:such[ \t]+as|like|including)[ \t]+(?:\p{Lu}[^,.;:!?\n\r"“”]{0,60},[ \t]+)*(?:(?:and|or)[ \t]+)?$/u);
const CUE = /\b(?:such as|like|including) /;
/** The plural noun every WORKS_LISTED_BEFORE holds, without its letter classes: tested first behind each mention. */
const WORKS_NOUN = /(?:films|movies|novels|books|albums|songs|plays|musicals|shows|series|documentaries)[ \t]/;

/**
 * Drops each mention that is an item of a list of works. A name in the possessive ("films such as Ada Kell's Salt") is
 * the maker's, and stays. Cost: one test of the whole text, then a look behind each mention only where it passes.
 */
export function withoutWorksListed(text: string, mentions: PersonMention[]): PersonMention[] {
  if (mentions.length === 0 || !CUE.test(text)) return mentions;
  return mentions.filter(m => {
    const after = text.charCodeAt(m.end);
    if (after === 39 || after === 0x2019) return true;
    const before = text.slice(Math.max(0, m.start - 200), m.start);
    return !(WORKS_NOUN.test(before) && WORKS_LISTED_BEFORE().test(before));
  });
}
