// "Prince Edward was created Earl of Wessex", "his wife became Countess of Wessex": the place after a peer's or a
// royal's title and "of" is the title's territorial designation, never a person, even where the article names someone
// after it ("the character Lord Wessex": that mention stays, the designations linked to it do not).
import type { PersonMention } from '../spans';
import { lazyPattern, testShaped } from '../../text/lazyPattern';

/** A title of rank, then "of", right before a mention. */
const RANK_OF_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:Duke|Duchess|Earl|Countess|Marquess|Marchioness|Viscount|Viscountess|Baron|Baroness|Prince|Princess|Count|Lord|Lady)[ \t]+of[ \t]+$/u);
/** RANK_OF_BEFORE with an ASCII letter for its letter class (dear to compile): tested first. */
const RANK_OF_BEFORE_SHAPE = /(?:^|[^A-Za-z])(?:Duke|Duchess|Earl|Countess|Marquess|Marchioness|Viscount|Viscountess|Baron|Baroness|Prince|Princess|Count|Lord|Lady)[ \t]+of[ \t]+$/;

/** The mentions without the one-word places named after a title of rank and "of". */
export function withoutDesignations(text: string, mentions: PersonMention[]): PersonMention[] {
  // (" of " right before the mention first: most mentions have none)
  return mentions.filter(m => m.text.includes(' ') || text.charCodeAt(m.start - 2) !== 102 /* f */ || text.charCodeAt(m.start - 3) !== 111 /* o */
    || !testShaped(RANK_OF_BEFORE_SHAPE, RANK_OF_BEFORE, text.slice(Math.max(0, m.start - 24), m.start)));
}
