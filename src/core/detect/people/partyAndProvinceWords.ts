// Names of bodies and places built on a word of their own language that no person's name is made of: an Indian party's
// word for "party", "front" or "federation" last ("Janata Dal", "Hindustani Awam Morcha", "Dravida Munnetra
// Kazhagam"), a Spanish or Portuguese party's word for "movement", "party" or "front" first ("Movimiento Ciudadano",
// "Partido Verde"), and a province named with its point of the compass last ("Ilocos Norte", "Lanao del Sur",
// "Negros Occidental"). Read alone, such names look like a given name and a surname; their last or first word says
// they are not.
import type { PersonMention } from '../spans';
import { wordSet } from '../../text/wordList';

/** A party's or a federation's word, last in its name (Hindi, Tamil and Telugu names of parties). */
const BODY_LAST = wordSet('dal morcha kazhagam desam samaj');
/** A movement's, a party's or a front's word, first in its name (Spanish, Portuguese). */
const BODY_FIRST = wordSet('movimiento movimento partido frente');
/** A province's point of the compass, last in its name (Spanish). */
const PROVINCE_LAST = wordSet('sur norte occidental oriental');

function namesBodyOrProvince(text: string): boolean {
  const space = text.indexOf(' ');
  if (space < 0) return false;
  const last = text.slice(text.lastIndexOf(' ') + 1).toLowerCase();
  return BODY_LAST.has(last) || PROVINCE_LAST.has(last) || BODY_FIRST.has(text.slice(0, space).toLowerCase());
}

/** The mentions without the names of such bodies and provinces. */
export function withoutPartyAndProvinceWords(mentions: PersonMention[]): PersonMention[] {
  return mentions.some(m => namesBodyOrProvince(m.text)) ? mentions.filter(m => !namesBodyOrProvince(m.text)) : mentions;
}
