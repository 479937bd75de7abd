// A house or firm called by its founder's name, told apart from the founder mention by mention: "the Orsini boutique",
// "a gown by … wearing Orsini", "Orsini's new creative director", "Orsini will open its first store", "Orsini LP" say
// the brand; "Orsini said", "Orsini, who" stay the person. Where the article shows the name as a brand once, a bare
// surname after "at" or "on behalf of" is the house too ("styles at Orsini"), while the founder's full name stays.
import type { PersonMention } from '../spans';
import { lazyPattern } from '../../text/lazyPattern';

/** What a house has or makes, right after its name (no possessive between: "Orsini's store" may be the man's). */
const GOODS_AFTER = /^[ \t](?:(?:boutique|store|flagship|gown|handbag|perfume)s?|dress|brand|label|aesthetic|runway|catwalk)\b/;
/**
 * Words that end a firm's name, and its legal forms ("Orsini Media", "Orsini Line", "Orsini LP"): the firm, whose bare
 * name the article may use alone too.
 */
const FIRM_WORDS = 'Media|Group|Holdings|Partners|Industries|Brands|Studios|Publishing|Shipping|Lines?|Tankers|Bulk|LP|L\\.P|LLC|Inc';
/** A firm's word right after a name. */
const FIRM_WORD_AFTER = lazyPattern(() => new RegExp(`^[ \t](?:${FIRM_WORDS})\\b`));
/** "'s new creative director", "' artistic director": a house's design head after its possessive. */
const DIRECTOR_AFTER = /^['’]s?[ \t](?:new[ \t])?(?:creative|artistic)[ \t]director/;
/** "creative director of ", "artistic director at ": the house after its design head. */
const DIRECTOR_BEFORE = /(?:creative|artistic)[ \t]director[ \t](?:of|for|at)[ \t]$/;
/** "wearing ", "wore a strapless ", "dressed in ", "wore a gown by ": what one wears is made by the house. */
const WORN_BEFORE = lazyPattern(() => /\b(?:wearing|wore|wears|dressed[ \t]in)[ \t](?:an?[ \t])?(?:[\p{Ll}-]+[ \t]){0,2}$/u);
/**
 * " will open its first store", " to Open London Flagship", " opens new Milan boutique": a house opening its shop
 * ("its", a headline's capitals, "new"; "Orsini opened a bakery" may be a shopkeeper's).
 */
const SHOP_OPENED_AFTER = lazyPattern(() => /^[ \t](?:(?:will[ \t]open|opens|opened)[ \t]its|to[ \t]Open|opens[ \t]new)[ \t][^.\n]{0,40}?(?:[Ss]tore|[Bb]outique|[Ff]lagship)/);
/** "styles at ", "on behalf of ": a bare surname after these is the house where the article shows it as one. */
const HOUSE_BEFORE = /(?:\b([\p{Ll}]+)[ \t]at|on[ \t]behalf[ \t]of)[ \t]$/u;
/** A verb's forms and verbs of looking and aiming, after which "at" takes a person ("looked at Orsini", "a jab at Orsini"). */
const AT_A_PERSON = /(?:ed|ing)$|^(?:look|point|aim|stare|laugh|shout|shot|jab|dig|hit)s?$/;
/** A capitalised word right before a house's noun, anywhere in the article ("Kering's Orsini label"). */
const NAME_BEFORE_HOUSE_NOUN = lazyPattern(() => /(\p{Lu}[\p{L}'’-]+)[ \t](?:label|brand|boutiques?|flagship)\b/gu);

/** Whether the words around a mention say it names the house, not the person. */
function brandUse(text: string, m: PersonMention): boolean {
  const after = text.slice(m.end, m.end + 60);
  if (GOODS_AFTER.test(after) || DIRECTOR_AFTER.test(after)) return true;
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  if (DIRECTOR_BEFORE.test(before)) return true;
  // (not before a possessive: "wore Orsini's number" is the man's)
  const c = text.charCodeAt(m.end);
  if (c !== 39 && c !== 0x2019 && WORN_BEFORE().test(before)) return true;
  return !m.text.includes(' ') && SHOP_OPENED_AFTER().test(after);
}

/** A line's end, or none at the text's ends (what a character taken beside a mention that is all of its line is). */
const LINE_EDGE = /^[\r\n]?$/;

/** Whether a mention is all of its line (a section's heading in a show report: "Orsanti" over what the house showed). */
function aloneOnLine(text: string, m: PersonMention): boolean {
  return LINE_EDGE.test(text.charAt(m.start - 1)) && LINE_EDGE.test(text.charAt(m.end));
}

/** The firm's words alone, to find first whether the article has any. */
const ANY_FIRM_WORD = lazyPattern(() => new RegExp(FIRM_WORDS));
/** A capitalised word right before a firm's word, anywhere in the article ("Orsini Line said"). */
const NAME_BEFORE_FIRM_WORD = lazyPattern(() => new RegExp(`(?<![\\p{L}'’-])(\\p{Lu}[\\p{L}'’-]*)[ \t](?:${FIRM_WORDS})\\b`, 'gu'));

/** The words the article writes, capitalised as they are, right before a firm's word (one pass over the text). */
function wordsBeforeFirmWords(text: string): Set<string> {
  const words = new Set<string>();
  if (ANY_FIRM_WORD().test(text)) for (const x of text.matchAll(NAME_BEFORE_FIRM_WORD())) words.add(x[1]);
  return words;
}

/** The mentions without those that name a house or firm called by its founder's name. */
export function withoutBrandMentions(text: string, mentions: PersonMention[]): PersonMention[] {
  const brands = new Set<string>();
  /** The names shown as a brand, as written ("Orsanti", "Livia Orsanti"): a heading of that name is the house too. */
  const brandNames = new Set<string>();
  /**
   * One-word names the article writes before a firm's word, and the two words read as a name ("orsini line"): with no
   * full name of a person, every mention of theirs is the firm's.
   */
  const firmWords = new Set<string>();
  const kept = mentions.filter(m => {
    const space = m.text.indexOf(' ');
    if (space > 0 && space === m.text.lastIndexOf(' ') && FIRM_WORD_AFTER().test(m.text.slice(space))) {
      // ("Orsini Line" read as a name: the firm, and its first word alone the firm too)
      firmWords.add(m.text.slice(0, space).toLowerCase());
      firmWords.add(m.text.toLowerCase());
      return false;
    }
    if (space < 0 && FIRM_WORD_AFTER().test(text.slice(m.end, m.end + 14))) {
      (m.entity.includes(' ') ? brands : firmWords).add(m.text.toLowerCase());
      return false;
    }
    if (!brandUse(text, m)) return true;
    brands.add(m.text.slice(m.text.lastIndexOf(' ') + 1).toLowerCase()); // (the last word, which bare mentions share)
    brandNames.add(m.text);
    return false;
  });
  if (/label|brand|boutique|flagship/.test(text)) {
    for (const x of text.matchAll(NAME_BEFORE_HOUSE_NOUN())) brands.add(x[1].toLowerCase());
  }
  let beforeFirmWords: Set<string> | undefined;
  for (const m of kept) {
    if (m.entity.includes(' ') || m.text.includes(' ')) continue;
    beforeFirmWords ??= wordsBeforeFirmWords(text);
    if (beforeFirmWords.has(m.text)) firmWords.add(m.text.toLowerCase());
  }
  if (brands.size === 0 && firmWords.size === 0) return kept;
  return kept.filter(m => {
    if (firmWords.has(m.entity.toLowerCase())) return false;
    if (brandNames.has(m.text) && aloneOnLine(text, m)) return false;
    if (m.text.includes(' ') || !brands.has(m.text.toLowerCase())) return true;
    const h = HOUSE_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
    return h === null || (h[1] !== undefined && AT_A_PERSON.test(h[1]));
  });
}
