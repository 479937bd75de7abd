// Events named like people: a headline's "Report On Brill Plane Crash" (a town and what befell it, all in capitals) and
// "the 2009 Sea Lark disaster" (a rig's or a ship's name before what befell it). Evidence in the words themselves: a
// name ends in an event's noun, or "the" (and perhaps a year) stands before it and such a noun after it.
import type { PersonMention } from '../spans';
import { wordSet } from '../../text/wordList';

/** What befalls a place, a rig or a ship, ending its event's name in a headline: "Brill Plane Crash". */
const EVENT_LAST = wordSet('Crash Disaster Derailment Explosion Bombing Massacre Blowout Sinking');
/** What comes before it: "Plane", "Train" (a vehicle's word, cut with the noun). */
const VEHICLES = wordSet('Plane Helicopter Train Bus Ferry Jet Airliner Mine Rig Boat');
/** The same nouns after a name in small letters: "the Sea Lark disaster" (no "crash": "the Ada Vell crash" was hers;
 *  not before "of": "the Ada Vell explosion of anger"). */
const EVENT_AFTER = /^ (?:disaster|spill|oil spill|blowout|derailment|explosion|sinking)\b(?! of)/;
/** "the ", "the 2009 " right before the name. */
const THE_BEFORE = /(?:^|[^A-Za-z])the (?:\d{4} )?$/;

function eventName(text: string, m: PersonMention): boolean {
  if (EVENT_LAST.has(m.text.slice(m.text.lastIndexOf(' ') + 1))) {
    const words = m.text.split(' ');
    // what stays after the event's words: one word, the place ("Brill"); a whole name stays a person's ("Ada Vell
    // Helicopter Crash" is read on by other rules, not dropped here)
    let rest = words.length - 1;
    if (rest > 0 && VEHICLES.has(words[rest - 1])) rest--;
    return rest <= 1;
  }
  // (the cheap test first: a small letter after the name's space)
  const c = text.charCodeAt(m.end + 1);
  return text.charCodeAt(m.end) === 32 && c >= 97 && c <= 122 && EVENT_AFTER.test(text.slice(m.end, m.end + 20))
    && THE_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start));
}

/** The mentions, less each that names an event (every mention of its entity). */
export function withoutEventNames(text: string, mentions: PersonMention[]): PersonMention[] {
  let events: Set<string> | undefined;
  for (const m of mentions) if (eventName(text, m)) (events ??= new Set()).add(m.entity);
  return events === undefined ? mentions : mentions.filter(m => !events!.has(m.entity));
}
