// Who made a claim, when the sentence says so: the person a news sentence attributes it to ("…, Transport Minister
// Elena Marchetti said on Tuesday", "according to Dana Reyes", "Wieczorek said the closures…"). A sentence that only
// mentions someone ("X was arrested") names no speaker: a ClaimReview then leaves the claim's author out rather than
// guess.
import type { PersonMention } from '../detect/spans';

const SAYING = 'said|says|say|saying|told|tells|stated|states|claimed|claims|argued|argues|added|adds|warned|warns|insisted|insists|announced|announces|wrote|writes|estimated|estimates|confirmed|confirms|denied|denies|maintained|maintains|alleged|alleges|tweeted|posted';
/** Right after the name, maybe past an apposition between commas (", who chairs the chamber,"): a verb of saying. */
const SAYING_AFTER = new RegExp(`^(?:\\s*,[^,.;]{1,120},)?\\s+(?:${SAYING})\\b`, 'i');
/** Right before the name, maybe past a title ("said Mayor", "according to union leader"). */
const SAYING_BEFORE = new RegExp(`(?:\\b(?:${SAYING})\\s+(?:[A-Z][\\w.'’-]*\\s+){0,3}|\\baccording to\\s+(?:[\\w.'’-]+\\s+){0,3})$`);
const SAYING_ANYWHERE = new RegExp(`\\b(?:${SAYING}|according to)\\b`, 'i');
/** Before a sentence-initial name only titles and other capitalised words may stand ("Mayor Tomasz Wieczorek"). */
const TITLES_ONLY = /^(?:[A-Z][\w.'’-]*\s+){0,3}$/;

/**
 * The person a claim is attributed to, by canonical name: one named next to a verb of saying or after "according
 * to", else the sentence's subject when the sentence reports speech. `people` are mentions in the article; offsets
 * are the claim's in the same text.
 */
export function speakerOf(claim: { start: number; end: number; text: string }, people: readonly PersonMention[]): string | undefined {
  const inside = people.filter(p => p.start >= claim.start && p.end <= claim.end);
  for (const person of inside) {
    const before = claim.text.slice(0, person.start - claim.start);
    const after = claim.text.slice(person.end - claim.start);
    if (SAYING_AFTER.test(after) || SAYING_BEFORE.test(before)) return person.entity;
  }
  const first = inside[0];
  if (first && TITLES_ONLY.test(claim.text.slice(0, first.start - claim.start)) && SAYING_ANYWHERE.test(claim.text)) return first.entity;
  return undefined;
}
