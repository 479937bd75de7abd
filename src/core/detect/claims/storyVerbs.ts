/** A headline's verb that the story under it tells again in the past ("Mayor congratulates rival" over "has congratulated"). */

/**
 * Irregular verbs news tells most, each bare form before its past, that no headline-verb list names: a story tells
 * "held", "took", "met" where its headline says "holds", "takes", "meets", and no "-ed" form shows it.
 */
const IRREGULAR = ('make made hold held take took lead led meet met give gave find found tell told keep kept leave left send'
  + ' sent steal stole shoot shot fight fought choose chose drive drove grow grew throw threw speak spoke stand stood sink sank').split(' ');
/** The past of an irregular bare form, if IRREGULAR has it. */
const irregularPast = (bare: string): string | undefined => {
  const at = IRREGULAR.indexOf(bare);
  return at % 2 ? undefined : IRREGULAR[at + 1];
};

/**
 * The story's past forms, lower-cased: its regular ones ("-ed" words of five letters or more) and IRREGULAR's pasts;
 * what isVerbToldInStory looks the headline's verb up in. Read once per text, and only when a headline asks (see
 * claims.ts).
 */
export const pastFormsOf = (text: string): ReadonlySet<string> =>
  new Set(text.toLowerCase().match(/\b[a-z]{3,}\b/g)?.filter(w => (w.length > 4 && w.endsWith('ed')) || (w.length < 7 && IRREGULAR.indexOf(w) % 2 > 0)));

/**
 * Whether a headline's word in a verb's place is a verb by the story's own word: its past form stands in the story
 * ("congratulates", "returns", "stops", "holds" where the story says "congratulated", "returned", "stopped", "held"). A
 * headline's present in -s ("Minister congratulates …"), or its bare form after a plural ("Shoppers return to …",
 * `bare`), with the spellings of the past its present may have (-s/-ed, -es/-ed, -ies/-ied, a doubled consonant).
 * Many a headline's verb is no verb of any list (the lists name the events headlines tell most); a plural noun there
 * ("Press Releases") seldom has its past told in the story under it.
 */
export function isVerbToldInStory(token: string, bare: boolean, pastForms: ReadonlySet<string>): boolean {
  if (token.length < 4 || !/^[a-z]+$/.test(token) || (bare ? /(?:s|ed)$/ : /ss$|[^s]$/).test(token)) return false;
  const stem = bare ? token : token.slice(0, -1);
  // (an irregular verb's bare form is the stem: "holds" -> "hold", "leaves" -> "leave")
  const irregular = irregularPast(stem);
  return (irregular !== undefined && pastForms.has(irregular))
    || [stem + 'd', stem + 'ed', stem + stem.slice(-1) + 'ed', stem.slice(0, -1) + 'ed', stem.slice(0, -2) + 'ied'].some(form => pastForms.has(form));
}
