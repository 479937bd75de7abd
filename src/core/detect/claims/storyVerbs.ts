/** A headline's verb that the story under it tells again in the past ("Mayor congratulates rival" over "has congratulated"). */

/** Past forms of five letters or more: the regular "-ed" words a story tells its events with. */
const PAST_FORM = /\b[a-z]{3,}ed\b/g;

/**
 * The story's regular past forms, lower-cased, read once per text and only when a headline asks: most articles have no
 * headline whose verb the listed headline verbs miss.
 */
export function storyPastForms(text: string): () => ReadonlySet<string> {
  let forms: Set<string> | undefined;
  return () => forms ??= new Set(text.toLowerCase().match(PAST_FORM));
}

/**
 * Whether a headline's word in a verb's place is a verb by the story's own word: its regular past form stands in the
 * story ("congratulates", "returns", "inaugurates" where the story says "congratulated", "returned", "inaugurated").
 * A headline's present in -s ("Minister congratulates …"), or its bare form after a plural ("Shoppers return to …",
 * `bare`), each with the spellings of the past its present may have (-s/-ed, -es/-ed, -ies/-ied, a doubled consonant).
 * Many a headline's verb is no verb of any list (the lists name the events headlines tell most); a plural noun there
 * ("Press Releases") seldom has its past told in the story under it.
 */
export function isVerbToldInStory(token: string, bare: boolean, pastForms: ReadonlySet<string>): boolean {
  if (token.length < 4 || !/^[a-z]+$/.test(token)) return false;
  if (bare) {
    if (token.endsWith('s') || token.endsWith('ed')) return false;
    const last = token[token.length - 1];
    return pastForms.has(token + 'ed') || (token.endsWith('e') && pastForms.has(token + 'd'))
      || (!/[aeiouwxy]/.test(last) && /[aeiou]/.test(token[token.length - 2]) && pastForms.has(token + last + 'ed'));
  }
  if (!token.endsWith('s') || token.endsWith('ss')) return false;
  const stem = token.slice(0, -1);
  return (stem.endsWith('e') ? pastForms.has(stem + 'd') : pastForms.has(stem + 'ed'))
    || (token.endsWith('es') && pastForms.has(token.slice(0, -2) + 'ed'))
    || (token.endsWith('ies') && pastForms.has(token.slice(0, -3) + 'ied'));
}
