// Names listed right after firms' plural noun ("strategy firms like A, B and C", "iron ore companies A, B and C"):
// the list's items are what the noun says they are, whoever a firm among them is named after.
import { lazyPattern } from '../../text/lazyPattern';

/** Plural nouns of firms that a list of their names may follow (not "owners", "miners", "brokers": people too). */
const FIRM_NOUNS = String.raw`firms|companies|consultancies|brokerages|accountancies|conglomerates|banks|lenders|insurers|retailers|supermarkets|carmakers|automakers|airlines|brands|labels|chains|manufacturers|drugmakers|brewers`;
/** One of FIRM_NOUNS as the last word before a blank, with no letter class: the cheap test before the pattern. */
const FIRM_NOUN_SHAPE = new RegExp(String.raw`(?:^|[^A-Za-z])(?:${FIRM_NOUNS})\b`);
/**
 * One item of the list: up to four capitalised words (initials, "&" between them), none a possessive ("Tesla's Elon
 * Musk" names a person after the firm).
 */
const ITEM = String.raw`\p{Lu}[\p{L}\d.&-]*(?:['’]\p{L}{2,}[\p{L}\d.-]*)?(?:[ \t](?:&[ \t])?\p{Lu}[\p{L}\d.&-]*(?:['’]\p{L}{2,}[\p{L}\d.-]*)?){0,3}`;
/**
 * The noun, then "such as", "like" or "including" or nothing, then the items before the name, each followed by a comma
 * or "and"/"or": what stands right before a name listed after the noun.
 */
const LIST_AFTER_FIRM_NOUN = lazyPattern(() => new RegExp(String.raw`(?:^|[^\p{L}])(?:${FIRM_NOUNS}),?[ \t]{1,2}(?:(?:such[ \t]as|like|including)[ \t]{1,2})?(?:${ITEM}(?:,[ \t]{1,2}|,?[ \t]{1,2}(?:and|or)[ \t]{1,2})){0,6}$`, 'u'));

/** Whether the name at `start` is one of a list right after firms' plural noun: "firms like Arden Pryce, Lomax and …". */
export function listedAfterFirmNoun(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 160), start);
  return FIRM_NOUN_SHAPE.test(before) && LIST_AFTER_FIRM_NOUN().test(before);
}
