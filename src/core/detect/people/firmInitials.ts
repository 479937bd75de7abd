// A firm's name whose opening capitals are written apart from its next word: "JP Morgan Chase" for the listed
// "JPMorgan Chase". The capitals stop the name's run, and what is left ("Morgan Chase") reads as a given name and a
// surname; the firm lists, read with the capitals glued back on, show whose name it is. (Initials before a person's
// name glue into no listed firm: "MS Dhoni", "DJ Khaled".)
import type { PeopleLexicon } from '../lexicon';
import { lazyPattern } from '../../text/lazyPattern';

/**
 * Whether two or three capitals A-Z stand right before the name at `start` (one space between), and glued to the
 * name (`key`, its words in lower case) or to its first word they make a name of the firm lists or of the lexicon's organisations.
 */
export function firmInitialsBefore(text: string, start: number, key: string, lex: PeopleLexicon): boolean {
  if (start < 3 || text.charCodeAt(start - 1) !== 32) return false;
  let i = start - 2;
  while (i >= 0 && start - 2 - i < 4) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) break;
    i--;
  }
  const count = start - 2 - i;
  if (count < 2 || count > 3) return false;
  // (the capitals are a word of their own: not the end of "McD" or "A.B", nor "3M")
  if (i >= 0 && WORD_CHAR().test(text[i])) return false;
  const caps = text.slice(i + 1, start - 1).toLowerCase();
  if (listed(caps + key, lex)) return true;
  const space = key.indexOf(' ');
  return space > 0 && listed(caps + key.slice(0, space), lex);
}

/** A name the firm lists or the lexicon's organisations hold. */
function listed(name: string, lex: PeopleLexicon): boolean {
  return lex.firmNames.has(name) || lex.organisations.has(name);
}
const WORD_CHAR = lazyPattern(() => /[\p{L}\d.'’&-]/u);
