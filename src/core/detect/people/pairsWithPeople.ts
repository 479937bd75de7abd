import type { NameFinding } from './link';
import type { WordClass } from './classify';
import { nameLike } from './namesTogether';
import type { Token } from './tokenize';

/** " and " between the two names. */
const AND_BETWEEN = /^[ \t]{1,2}and[ \t]{1,2}$/;
/** What the pair then does together: "both scored", "each pitched", "combined for 64 points", or the verb the pair
 *  is the subject of ("announced the budget", "have had one final duel", "said"). */
const TOGETHER_AFTER = /^[ \t]{1,2}(?:both|each|combined|jointly|together|have|had|are|were|will|would|said|told|[a-z]{3,}ed)\b/;

/**
 * "Kristaps Dorvanis and Luka Peretz both scored 23", "Wandy Ruelas and Paul Maddox each pitched seven innings",
 * "Fintan Grealy and Jack Chambers announced the details": two
 * full names joined by "and" that do one thing together, one of them a person by its own evidence, are two people (a
 * list of three or more is namesListedWithPeople's). The other must be two words a name is made of.
 */
export function pairsWithPeople(text: string, tokens: readonly Token[], classes: readonly WordClass[], findings: NameFinding[]): void {
  for (let i = 1; i < findings.length; i++) {
    const a = findings[i - 1];
    const b = findings[i];
    if (a.person === b.person || a.firm || b.firm || a.thing || b.thing || a.last === a.first || b.last === b.first) continue;
    if (tokens[b.first].start <= tokens[a.last].end) continue;
    if (!AND_BETWEEN.test(text.slice(tokens[a.last].end, tokens[b.first].start))) continue;
    if (tokens[b.last].possessive || !TOGETHER_AFTER.test(text.slice(tokens[b.last].end, tokens[b.last].end + 12))) continue;
    const other = a.person ? b : a;
    // (two words only: a longer run may hold a word before the name, "Lefties Wandy Ruelas")
    if (other.last - other.first === 1 && nameLike(tokens, classes, other)) other.person = true;
  }
}
