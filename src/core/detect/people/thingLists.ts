// "Its Corvan Tessa, Lyle and Brio models", "the Ada Marina, Sea Vela and Norra Star cruise ships": a list of
// capitalised items that the plural of a made thing ends (models, ships, brands). Every item is the thing's name, though
// one reads as a given name and a surname. People in a list are not ended so ("Ana Ruiz, Tom Kell and Ben Hale
// said"), and a single name before such a noun ("Trump hotels") is no list, and stays.
import type { PersonMention } from '../spans';

/** The plural of a made thing, ending the list: " models", " cruise ships". */
const THINGS = '(?:cruise |container )?(?:models|vehicles|ships|vessels|tankers|yachts|liners|brands|aircraft|jets|SUVs|sedans)\\b';
/** A list's item: one to three capitalised words (or a model's figures). */
const ITEM = '[A-Z][\\w’\'.-]*(?: [A-Z0-9][\\w’\'.-]*){0,2}';
/** What follows a list's first item: the other items, one after "and"/"or" at least, then the things' plural. */
const TAIL_AFTER = new RegExp(`^(?:, (?:and |or )?${ITEM})*,? (?:and|or) ${ITEM} ${THINGS}`);
/** The list's last item: the things' plural right after it, another item and "and"/"or" right before it. */
const THINGS_AFTER = new RegExp(`^ ${THINGS}`);
const ITEM_AND_BEFORE = /[A-Za-z\d],? (?:and|or) $/;

function listedThing(text: string, m: PersonMention): boolean {
  const next = text.charCodeAt(m.end);
  // (the cheap tests first: a comma after the name, or a space and a word in small letters)
  if (next === 44 /* , */ || (next === 32 && text.startsWith(' and ', m.end)) || (next === 32 && text.startsWith(' or ', m.end))) {
    return TAIL_AFTER.test(text.slice(m.end, m.end + 200));
  }
  if (next !== 32) return false;
  const c = text.charCodeAt(m.end + 1);
  return ((c >= 97 && c <= 122) || c === 83 /* S */) && THINGS_AFTER.test(text.slice(m.end, m.end + 24))
    && ITEM_AND_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start));
}

/** The mentions, less each name (every mention of its entity) that is an item of a list of made things. */
export function withoutThingLists(text: string, mentions: PersonMention[]): PersonMention[] {
  let things: Set<string> | undefined;
  for (const m of mentions) if (listedThing(text, m)) (things ??= new Set()).add(m.entity);
  return things === undefined ? mentions : mentions.filter(m => !things!.has(m.entity));
}
