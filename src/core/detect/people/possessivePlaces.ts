// "arrives at the Lindo Wing of St Mary's Hospital with his children": the word after a capitalised possessive that
// names what things are ("Hospital", "Cathedral", "Park") is the last word of a place named after someone, St Mary's
// or Guy's, not a person whom the "his" after it would describe.
import type { PersonMention } from '../spans';
import type { PeopleLexicon } from '../lexicon';
import { lazyPattern } from '../../text/lazyPattern';

/** A capitalised word and its possessive, then one blank, right before a mention. */
const POSSESSIVE_NAME_BEFORE = lazyPattern(() => /\p{Lu}\p{Ll}*['’]s[ \t]$/u);

/** "Hawke's Bay", "Doubtless Bay": a possessive and a landform's word after a name make a place of it. */
const LANDFORM_AFTER = /^['’]s (?:Bay|Island|Creek|Cove|Harbou?r|Point|Inlet|Beach|Reef|Gully|Landing)\b/;

/** The mentions without a place's word alone after a capitalised possessive, nor a place's owner before a landform. */
export function withoutPossessivePlaces(text: string, mentions: PersonMention[], lex: PeopleLexicon): PersonMention[] {
  return mentions.filter(m => (m.text.includes(' ') || text.charCodeAt(m.start - 2) !== 115 /* s */
    || !lex.nonPersonWords.has(m.text.toLowerCase()) || !POSSESSIVE_NAME_BEFORE().test(text.slice(Math.max(0, m.start - 20), m.start)))
    && (text.charCodeAt(m.end + 1) !== 115 || !LANDFORM_AFTER.test(text.slice(m.end, m.end + 12))));
}
