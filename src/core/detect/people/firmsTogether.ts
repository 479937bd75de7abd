// Two firms named together with what firms do to a share: "Jefferies and Piper Sandler both lowered their price
// targets", "Bexley Quant and Orrin Hale cut their ratings on the stock". A broker or a bank is named like a person often
// enough ("Piper Sandler", "Morgan Hale"); beside a name that is plainly a firm, doing what only a firm's desk does
// with it, the name is one too (evidence a person could have: an analyst lowers a target as well, so it counts only
// where the article shows nothing personal of the name; see people.ts).
import type { Token } from './tokenize';
import type { PeopleLexicon } from '../lexicon';

/** A capitalised name of one to three words, ending right before " and " (the name before the joined one). */
const PARTNER_BEFORE = /(?:^|[^\p{L}'’.-])(\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*){0,2}),?[ \t]{1,2}(?:and|&)[ \t]{1,2}$/u;
/** " and " and a capitalised name of one to three words after the name (the name after it). */
const PARTNER_AFTER = /^,?[ \t]{1,2}(?:and|&)[ \t]{1,2}(\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*){0,2})/u;
/**
 * What the pair then does, in the same clause: "both lowered their price targets", "cut their ratings on", "told their
 * clients", "downgraded the shares". Firms' desks set targets and ratings for their clients.
 */
const FIRMS_ACT = /^[^.;:!?\n"“”]{0,60}?\b(?:their[ \t]{1,2}(?:(?:price|share|12-month)[ \t]{1,2}targets?|targets?[ \t]{1,2}(?:for|on)|(?:(?:buy|sell|hold|neutral|overweight|underweight|outperform|underperform)[ \t]{1,2})?(?:ratings?|recommendations?)|earnings[ \t]{1,2}estimates?|clients|customers)|(?:downgraded|upgraded)[ \t]{1,2}(?:the[ \t]{1,2})?(?:stock|shares))\b/u;

/**
 * Whether the name of tokens first…last (two words or more, the first no given name) is joined by "and" to a firm's name, and the pair does what firms do with a
 * share. The other name must be a firm by itself: one word that no list gives as a given name, a surname or a word
 * of the language ("Jefferies"), a name the firm lists hold, or one that ends in a corporate word ("Ardmore
 * Securities"). Bounded look-around.
 */
export function firmBesideFirm(text: string, tokens: readonly Token[], first: number, last: number, lex: PeopleLexicon): boolean {
  const start = tokens[first].start;
  const end = tokens[last].end;
  // (a bare word may be the surname of someone named in full, and a given name opening the name speaks for a person:
  // "Whitcombe and Jefferies told their clients", "Dana Whitcombe and Jefferies …" keep the analyst)
  if (tokens[last].possessive || last === first || lex.givenNames.has(tokens[first].lower)) return false;
  const before = PARTNER_BEFORE.exec(text.slice(Math.max(0, start - 50), start));
  if (before && firmByItself(before[1], lex)) return FIRMS_ACT.test(text.slice(end, end + 120));
  const after = PARTNER_AFTER.exec(text.slice(end, end + 50));
  if (after && firmByItself(after[1], lex)) return FIRMS_ACT.test(text.slice(end + after[0].length, end + after[0].length + 120));
  return false;
}

function firmByItself(name: string, lex: PeopleLexicon): boolean {
  const words = name.toLowerCase().split(/[ \t]/);
  const key = words.join(' ');
  if (lex.firmNames.has(key) || lex.organisations.has(key) || lex.corporateWords.has(words[words.length - 1])) return true;
  if (words.length > 1) return false;
  const w = words[0].replace(/['’]s$/, '');
  return w.length > 2 && (lex.firmWords.has(w) || !(lex.givenNames.has(w) || lex.surnames.has(w) || lex.commonWords.has(w)
    || lex.places.has(w) || lex.neverNames.has(w) || lex.titles.has(w) || lex.demonyms.has(w)));
}
