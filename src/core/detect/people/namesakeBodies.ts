// Bodies and prizes named after a person, read where the surname alone stands for them: "the Marlow Institute" and then
// "Marlow researchers found", "Marlow News", "the Marlow Prize" on a heading line. The article's own "<Surname>
// Institute" (or University, Foundation, Center …) is the evidence; what follows the bare surname is then said of the
// body, not of the person it is named after ("Marlow was born in 1914" stays the person, and "Hillel's students" in an
// article with no body of that name).
import type { PersonMention } from '../spans';

/** The words of a body or prize named after a person, capitalised right after the surname (not "Award" nor "Lecture",
 *  verbs in a title-case headline: "Did Marlow Award Himself a Medal?"). */
const BODY_AFTER = /^[ \t](?:Institute|University|College|Foundation|Cent(?:er|re)|Laborator(?:y|ies)|Prize|Medal|Museum)\b/;
/** What a research body has and does, right after its name (a possessive between or not): its people and its news. */
const MEMBERS_AFTER = /^(?:['’]s)?[ \t](?:researchers|scientists|faculty|alumni|postdocs|campus|discoveries|news)\b/i;

/** The mentions without a one-word surname that names a body or a prize named after the person. */
export function withoutNamesakeBodies(text: string, mentions: PersonMention[]): PersonMention[] {
  let lower: string | undefined;
  return mentions.filter(m => {
    // (the cheap tests first: a space or a possessive's mark right after one word)
    const c = text.charCodeAt(m.end);
    if ((c !== 32 && c !== 39 && c !== 0x2019) || m.text.includes(' ')) return true;
    const after = text.slice(m.end, m.end + 16);
    if (BODY_AFTER.test(after)) return false;
    if (!MEMBERS_AFTER.test(after)) return true;
    lower ??= text.toLowerCase();
    const key = m.text.toLowerCase();
    for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + key.length)) {
      if (BODY_AFTER.test(text.slice(at + key.length, at + key.length + 16)) && /^\p{Lu}/u.test(text.charAt(at))) return false;
    }
    return true;
  });
}
