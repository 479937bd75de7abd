// Evidence that a name like a person's names a ship, an aircraft or a locomotive: "aboard the Adelaide Marchbank",
// "the locomotive Sir Ambrose Crale", "the Ambrose Crale was withdrawn from service", "the Princess Lorna, a paddle
// steamer", "flew the Tobias Penn". People are not boarded, launched, docked or withdrawn from service. Racehorses are
// named the same way, titles and all: "the mare Lady Arden", "Sir Percival, a nine-year-old gelding".
import type { Token } from './tokenize';
import { ANIMAL_NOUNS, VEHICLE_NOUNS, isJob } from './organisations';
import { wordsAfter } from './words';

/**
 * "aboard the", "on board", "flew the", "sailed the": right before a name, what only a vehicle is (a person is
 * flown, not "flew the …" by a pilot; "the" is needed after a verb: "sailed Elena home" is a person).
 */
const VEHICLE_BEFORE = /(?:^|[^\p{L}])(?:(?:aboard|onboard|on\s{1,2}board)(?:\s{1,3}the)?|(?:flew|flown|flying|piloted|sailed|boarded|boarding|crewed|skippered|steered|christened|scuttled|scrapped|refitted)\s{1,3}the)\s{1,3}$/u;
/** "the locomotive Sir Ambrose Crale", "the steamer Princess Lorna": a vehicle's noun in lower case right before. */
const VEHICLE_NOUN_BEFORE = /(?:^|[^\p{L}])(\p{Ll}+)\s{1,3}$/u;
/** Right after a name, what only a vehicle does or has done to it: "docked", "was launched in 1936". */
const VEHICLE_AFTER = /^\s{1,3}(?:docked|berthed|moored|capsized|derailed|taxied|ran\s{1,2}aground|was\s{1,2}(?:launched|scrapped|refitted|decommissioned|mothballed|laid\s{1,2}up|christened|scuttled|withdrawn\s{1,2}from\s{1,2}service|towed|moored|berthed|docked|derailed))\b/u;

/**
 * Whether this use of a name, from token `lead` (the name's first word, or the title written inside the vehicle's
 * name: the "Sir" of "the locomotive Sir Ambrose Crale") to token `last`, names a vehicle. Bounded look-around.
 */
export function vehicleUse(text: string, tokens: readonly Token[], lead: number, last: number): boolean {
  const start = tokens[lead].start;
  const before = text.slice(Math.max(0, start - 24), start);
  if (VEHICLE_BEFORE.test(before)) return true;
  const noun = VEHICLE_NOUN_BEFORE.exec(before);
  if (noun && (VEHICLE_NOUNS.has(noun[1]) || ANIMAL_NOUNS.has(noun[1]))) return true;
  const t = tokens[last];
  if (t.possessive) return false;
  if (VEHICLE_AFTER.test(text.slice(t.end, t.end + 40))) return true;
  return vehicleAppositive(text, t.end);
}

/** ", a paddle steamer", ", a transport aircraft from the 1940s", ", a seven-year-old mare": a vehicle's or a horse's noun in
 *  the first three words after ", a". */
function vehicleAppositive(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 44 /* , */) return false;
  const words = wordsAfter(text, end, 5);
  if (words.length < 2 || !/^,\s{1,2}$/.test(words[0].gap) || !/^(?:a|an|the)$/.test(words[0].word)) return false;
  for (let k = 1; k < words.length && k < 4; k++) {
    if (!/^\s{1,2}$/.test(words[k].gap)) return false;
    const w = words[k].word;
    // not the trade of a person: ", a seaplane pilot", ", a locomotive driver"
    if (VEHICLE_NOUNS.has(w) || ANIMAL_NOUNS.has(w)) return !(k + 1 < words.length && words[k + 1].gap === ' ' && isJob(words[k + 1].word));
  }
  return false;
}
