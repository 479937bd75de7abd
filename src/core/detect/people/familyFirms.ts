// Family firms named in their own style: "Tom Dunmore & Sons", "A. Tallis and Sons", "R. Quell and Co".
import type { Token } from './tokenize';
import type { NamePart, WordClass } from './classify';

/** "& Sons", "and Son", "& Son Ltd" right after the name: a firm's style, whoever's title or given name opens it. */
const SONS_AFTER = /^[ \t]{1,2}(?:&|and)[ \t]{1,2}Sons?(?![\p{L}'’-])/u;
/** " and Co" (or "and Co.", "and Company") right after a name of initials and a surname. */
const AND_CO_AFTER = /^[ \t]{1,2}and[ \t]{1,2}Co(?:mpany|\.)?(?![\p{L}'’-])/u;

/**
 * Whether the name (part) is a family firm's, from what follows it: "& Sons" or "and Sons" after any name ("Earl
 * Dunmore & Sons": a noble's title there is a given name), "and Co" after initials and a surname ("R. Quell and Co"; a
 * band's or a side's "Huey and Co." has no initials, so a name written so is left to what else the article says).
 */
export function familyFirmName(text: string, tokens: readonly Token[], classes: readonly WordClass[], part: NamePart): boolean {
  const last = tokens[part.last];
  if (last.possessive) return false;
  const tail = text.slice(last.end, last.end + 16);
  if (!tail.includes('and') && !tail.includes('&')) return false;
  if (SONS_AFTER.test(tail)) return true;
  if (part.last === part.first || !AND_CO_AFTER.test(tail)) return false;
  for (let k = part.first; k < part.last; k++) if (classes[k] !== 'initial') return false;
  return true;
}
