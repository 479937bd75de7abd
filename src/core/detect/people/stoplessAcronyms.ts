// Capitals joined by full stops with no stop after the last one: "F.A.I.R", "L.P" (a party's or a group's short name,
// typed in a results table or in brackets after the full name). Initials of a person are each followed by a stop
// ("J.R.", "A.J. Martelli") and come before a surname; letters alone, with the last left bare, name no person.
import type { PersonMention } from '../spans';
import { lazyPattern } from '../../text/lazyPattern';

/** Two or more single capitals, each but the last followed by a full stop. */
const STOPLESS_ACRONYM = lazyPattern(() => /^(?:\p{Lu}\.)+\p{Lu}$/u);

/** The mentions without such short names (a full stop right after the mention keeps it: "J.R." cut before its stop). */
export function withoutStoplessAcronyms(text: string, mentions: PersonMention[]): PersonMention[] {
  if (!mentions.some(m => m.text.charCodeAt(1) === 46 /* . */)) return mentions;
  return mentions.filter(m => !(m.text.charCodeAt(1) === 46 && STOPLESS_ACRONYM().test(m.text) && text.charCodeAt(m.end) !== 46));
}
