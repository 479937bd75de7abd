import type { PersonMention } from '../spans';
import type { PeopleLexicon } from '../lexicon';
import { lazyPattern } from '../../text/lazyPattern';
import { wordSet } from '../../text/wordList';

// Words of political news that no list knows and that are no name's words, though they are written with a capital
// beside names: a lawmaker's party-and-state tag ("Rep. Jo Bell, D-Ohio, said"), one of a state's people ("the
// Republican Montanan"), a party's short name ("Lib Dem leader", "House Dems") and a thing numbered with a hyphen
// ("a Covid-19 Vaccine", "the F-35"). Each is read from the word alone, once per word the list does not know.

/** The Associated Press's short forms of the states, as a party tag writes them ("R-Fla.", "D-N.Y."), and postal codes. */
const STATE_SHORT = /^(?:ala|ariz|ark|calif|colo|conn|del|fla|ga|ill|ind|kan|kans|ky|la|md|mass|mich|minn|miss|mo|mont|neb|nev|n\.?[hjmycd]|okla|ore|pa|r\.?i|s\.?[cd]|tenn|tex|vt|va|wash|w\.?va|wis|wyo|[a-z]{2})\.?$/;

/** A party tag's letter and hyphen: "D-", "R-", "I-" (Democrat, Republican, Independent). */
const PARTY_TAG = /^[dri]-/;

/** A state's people's ending after its name: "Montana" + "n", "Ohio" + "an", "Florid(a)" + "ian". */
const PEOPLE_ENDING = /(?:ian|an|n)$/;

/** A trade written as a compound, its last word one who does something: "fact-checker", "film-maker", "policy-maker". */
const AGENT_COMPOUND = lazyPattern(() => /^\p{Ll}{3,}-(?:checker|maker|writer|keeper|watcher|seeker|giver|taker|holder|bearer|breaker|runner|broker)$/u);

/** Parties written short: "a Lib Dem councillor", "Dem leaders", "House Dems". */
const PARTY_SHORT = wordSet('dem dems lib libs');

/**
 * The class of a word no list knows that political news writes beside names and that names no one: 'never' for a party
 * tag and a thing's number, 'demonym' for one of a place's people, 'org' for a party's short name, 'title' for a trade
 * written with a hyphen; undefined otherwise.
 */
export function politicalWordClass(w: string, lex: PeopleLexicon): 'never' | 'demonym' | 'org' | 'title' | undefined {
  if (w.includes('-')) {
    // "Fact-checker Ana Ruiz said", "Speech-writer Tom Kerr": a trade written with a hyphen, opening a sentence
    if (AGENT_COMPOUND().test(w)) return 'title';
    // "D-Ohio", "R-Fla", "I-Vt", "R-TX": a party's letter before a state, set off after a lawmaker's name
    if (PARTY_TAG.test(w)) {
      const state = w.slice(2);
      if (lex.places.has(state) || STATE_SHORT.test(state)) return 'never';
    }
    // "Covid-19", "F-35", "MiG-29": a name's word is never numbered
    if (/-\d+$/.test(w)) return 'never';
    return undefined;
  }
  if (PARTY_SHORT.has(w)) return 'org';
  // "Montanan", "Ohioan", "Floridian", "Texan": a place the lists know, and its people's ending
  // (a long enough word and place: a short surname may end so after a short place's name)
  if (w.length >= 6 && PEOPLE_ENDING.test(w)) {
    const places = lex.places;
    const last = w.charCodeAt(w.length - 1);
    if (last === 110 /* n */) {
      const n = w.slice(0, -1), an = w.slice(0, -2), ian = w.slice(0, -3);
      // (Montana-n, Ohio-an, Florid(a)-ian, Tex(as)-an)
      if ((n.length >= 4 && places.has(n)) || (an.length >= 4 && (places.has(an) || places.has(`${an}s`)))
        // (not a place's name and "ian", as Persian and Armenian surnames are formed: "Tabrizian")
        || (w.endsWith('ian') && ian.length >= 4 && places.has(`${ian}a`))) return 'demonym';
    }
    // (not a place's name and "er": surnames are formed so, "Hollander", "Corker", as the people of Vermont are named)
  }
  return undefined;
}

/** ", D-Ohio," or " (R-Texas)" after a name: a party's letter and a state, as news tags a lawmaker. */
const PARTY_TAG_AFTER = lazyPattern(() => /^(?:,[ \t]|[ \t]\()[DRI]-(\p{Lu}[\p{L}.]*(?:[ \t]\p{Lu}[\p{L}.]*)?)(?=[,;:)]|\.?(?:\s|$))/u);

/** Does a lawmaker's party-and-state tag follow the name ending at `end` ("Jo Bell, D-Ohio, said", "Jo Bell (R-Fla.)")? */
export function partyTagAfter(text: string, end: number, lex: PeopleLexicon): boolean {
  const c = text.charCodeAt(end);
  if (c !== 44 /* , */ && c !== 32) return false;
  const after = text.slice(end, end + 24);
  // (how the tag opens, tested first: the pattern's letter classes are dear to compile)
  if (!/^(?:,[ \t]|[ \t]\()[DRI]-/.test(after)) return false;
  const m = PARTY_TAG_AFTER().exec(after);
  if (!m) return false;
  const state = m[1].toLowerCase().replace(/\.$/, '');
  return lex.places.has(state) || STATE_SHORT.test(state);
}

/** A mention that is itself a lawmaker's tag after a name: "R-San Antonio" or "R-Irvine" set off after "Rep. Jo Bell"
 *  (a state legislator is tagged with the home town, which no list of places holds), "W.Va." in brackets after one. */
function isTagAfterName(text: string, m: PersonMention): boolean {
  const tagged = m.text.charCodeAt(1) === 45 /* - */ && /^[DRI]-/.test(m.text);
  if (!tagged && !m.text.includes('.')) return false;
  const before = text.slice(Math.max(0, m.start - 3), m.start);
  // (set off after a word: ", " or " (" before, the tag's end after; "D-Wade" as a player's nickname stands alone)
  if (!SET_OFF_BEFORE().test(before) || !/^\.?(?:[,;:)]|\s|$)/.test(text.slice(m.end, m.end + 2))) return false;
  return tagged || (before.endsWith('(') && STATE_SHORT.test(m.text.toLowerCase()));
}

/** A word's end, then ", " or " (": where a tag is set off after a name. */
const SET_OFF_BEFORE = lazyPattern(() => /\p{L}(?:,[ \t]|[ \t]\()$/u);

/** The mentions without lawmakers' party-and-place tags read as names (see isTagAfterName). */
export function withoutPartyTags(text: string, mentions: PersonMention[]): PersonMention[] {
  return mentions.some(m => isTagAfterName(text, m)) ? mentions.filter(m => !isTagAfterName(text, m)) : mentions;
}
