// Weak evidence from the generated firm lists (the firm lists of lexicon/word-lists.txt) that a name which reads as a person's
// names a firm: "Edward Jones", or a pair of unfamiliar words opened by a word of company names ("Vulcan Marlowe").
// It only ever argues for a firm where the article shows nothing that only a person has (see people.ts).
import type { Token } from './tokenize';
import type { PeopleLexicon } from '../lexicon';
import type { NamePart, WordClass } from './classify';
import type { Evidence } from './evidence';
import { wordSet } from '../../text/wordList';

/** Last words of a shop's, a stall's, a farm's, a sale's or a crop's name ("Kettle Pottery", "Ozark Livestock Sales",
 *  "Brook Hollow Farm", "Winter Wheat") and never of a person's the article shows nothing of ("Ruby Sales, 76," is). */
const TRADE_LAST = wordSet('pottery creamery cider salsa grill farm ranch sale sales world wheat production');

/**
 * Whether the firm lists name this two- or three-word name (`key`, its words in lower case): the whole name is a
 * listed firm, or its first word, no given name, is a word of company names.
 */
export function listedAsFirm(tokens: readonly Token[], classes: readonly WordClass[], part: NamePart, key: string,
  ev: Evidence, lex: PeopleLexicon): boolean {
  if (part.last === part.first || part.last - part.first > 2) return false;
  if (lex.firmNames.has(key) || TRADE_LAST.has(tokens[part.last].lower)) return true;
  if (ev.givenFirst || ev.familyFirst || ev.hasInitial) return false;
  // the firm's own word opens its name ("Vulcan Marlowe"); a person's surname may be a firm's ("Ratan Tata")
  for (let k = part.first + 1; k <= part.last; k++) if (classes[k] === 'particle') return false;
  return lex.firmWords.has(tokens[part.first].lower);
}
