// "mortgage giant Hollin Reed", "the payments giant Tessa Vane": a trade's giant is a firm, whoever it is named after.
// A person may be a giant of an art ("jazz giant Cy Rowe", "literary giant Ada Finch"), so only a business's word before
// "giant" counts, and "giant" must stand right before the name.
import { peopleLexicon } from '../lexicon';

/** A lower-case word (perhaps hyphened), then "giant", right before a name. */
const GIANT_BEFORE = /([a-z][a-z-]*)[ \t]{1,2}giant[ \t]{1,2}$/;

/** Whether "giant" right before the name starting at `start` (the caller read it as the word before) follows a trade's word. */
export function tradeGiantBefore(text: string, start: number): boolean {
  const m = GIANT_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (m === null) return false;
  const word = m[1];
  const hyphen = word.lastIndexOf('-');
  // (the trades: the lexicon's giantTrades, ../lexicon/things.ts)
  const { giantTrades } = peopleLexicon();
  return giantTrades.has(word) || (hyphen > 0 && giantTrades.has(word.slice(hyphen + 1)));
}
