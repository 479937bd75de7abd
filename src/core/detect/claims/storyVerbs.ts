/** A headline's verb that the story under it tells again in the past ("Mayor congratulates rival" over "has congratulated"). */

/**
 * The story's regular past forms ("-ed" words of five letters or more), lower-cased: what isVerbToldInStory looks the
 * headline's verb up in. Read once per text, and only when a headline asks (see claims.ts).
 */
export const pastFormsOf = (text: string): ReadonlySet<string> => new Set(text.toLowerCase().match(/\b[a-z]{3,}ed\b/g));

/**
 * Whether a headline's word in a verb's place is a verb by the story's own word: its regular past form stands in the
 * story ("congratulates", "returns", "stops" where the story says "congratulated", "returned", "stopped"). A
 * headline's present in -s ("Minister congratulates …"), or its bare form after a plural ("Shoppers return to …",
 * `bare`), with the spellings of the past its present may have (-s/-ed, -es/-ed, -ies/-ied, a doubled consonant).
 * Many a headline's verb is no verb of any list (the lists name the events headlines tell most); a plural noun there
 * ("Press Releases") seldom has its past told in the story under it.
 */
export function isVerbToldInStory(token: string, bare: boolean, pastForms: ReadonlySet<string>): boolean {
  if (token.length < 4 || !/^[a-z]+$/.test(token) || (bare ? /(?:s|ed)$/ : /ss$|[^s]$/).test(token)) return false;
  const stem = bare ? token : token.slice(0, -1);
  return [stem + 'd', stem + 'ed', stem + stem.slice(-1) + 'ed', stem.slice(0, -1) + 'ed', stem.slice(0, -2) + 'ied'].some(form => pastForms.has(form));
}
