// Names that local news prints beside people's names but that name no person: a school, a hall or a centre named after
// someone and written with words no rule before this one read as its end ("the Ada R. Pell Jr. Health Center", "at
// Corwin Vale Middle School", "Marlow Senior High"), a US state written short after its town ("PELTON, W.Va."), a
// degree ("B.Sc, M. Ed.") and a compound adjective ("the Pulitzer Prize-winning series"). Read once per article after
// the names are linked, from the words right beside each mention; a short form linked to a name that is only ever a
// school's or a hall's ("Marlow" of "Marlow Senior High") goes with it.
import type { PersonMention } from '../spans';
import { placeWordBefore } from './namedThings';
import { creditSlot } from './credits';
import { lazyPattern } from '../../text/lazyPattern';

/**
 * After the name, on its line: up to three capitalised words of what a place named after a person is ("Health",
 * "Early Childhood", "Senior") and the capitalised noun that ends such a place's name ("Center", "School", "Hall").
 * The words between are generic ones, so a title-case headline ("Orla Dunne Visits Harbour Hall") is not read so.
 */
const PLACE_AFTER = lazyPattern(() => new RegExp(String.raw`^(?:\/\p{Lu}[\p{L}'’-]*)?[ \t]{1,2}(?:(?:Memorial|Health|Medical|Community|Recreation|Recreational|Aquatic|Aquatics|`
  + String.raw`Activity|Activities|Student|Students|Science|Sciences|Research|Performing|Fine|Arts|Art|Athletic|Sports|Fitness|`
  + String.raw`Wellness|Early|Childhood|Learning|Education|Educational|Cultural|Heritage|Senior|Junior|Middle|Elementary|`
  + String.raw`Primary|Secondary|High|Magnet|Charter|Preparatory|Intermediate|Career|Technical|Technology|Family|Youth|Nature|`
  + String.raw`Visitor|Visitors|Conference|Events|Event|Residence|Alumni|Music|Theatre|Theater|Library|Memorial)[ \t]{1,2}){0,3}`
  + String.raw`(?:Center|Centre|School|Academy|Elementary|University|College|Hall|Library|Stadium|Arena|Gymnasium|Gym|Auditorium|`
  + String.raw`Complex|Pavilion|Building|Field|Fieldhouse|Natatorium|Institute|Campus|Clinic|Hospital|Park|Plaza|Wing|Annex|`
  + String.raw`Chapel|Observatory|Museum|Gallery|Theatre|Theater)(?![\p{L}\p{N}'’-])`, 'u'));

/** A school named after a person and then "High" alone, as schools are called: "Marlow Senior High", "Corwin High
 *  graduates"; "High" needs "Senior" or "Junior" before it, or a word of the school's after it. */
const HIGH_AFTER = lazyPattern(() => /^[ \t]{1,2}(?:(?:Senior|Junior)[ \t]{1,2}High(?![\p{L}\p{N}'’-])|High[ \t]{1,2}(?:graduates?|students?|seniors|juniors|sophomores|freshmen|teachers?|alumni|class|campus|principal|football|basketball|baseball|band|choir|School)(?![\p{L}\p{N}'’-]))/u);

/**
 * What every match of PLACE_AFTER or HIGH_AFTER holds, in a small pattern with no letter classes: a blank, then a
 * place's closing noun or "High". Tested first: PLACE_AFTER's Unicode classes and long word lists cost some 10-30 ms to
 * compile, and most capitalised words after a name end no school's or hall's name.
 */
const PLACE_OR_HIGH_CUE = /[ \t](?:Center|Centre|School|Academy|Elementary|University|College|Hall|Library|Stadium|Arena|Gym|Auditorium|Complex|Pavilion|Building|Field|Natatorium|Institute|Campus|Clinic|Hospital|Park|Plaza|Wing|Annex|Chapel|Observatory|Museum|Gallery|Theatre|Theater|High)/;

/** Whether the text right after a name (`after`) holds a place's words named after it (PLACE_AFTER, HIGH_AFTER). */
function placeWordsAfter(after: string): boolean {
  return PLACE_OR_HIGH_CUE.test(after) && (PLACE_AFTER().test(after) || HIGH_AFTER().test(after));
}

/** The name itself ends in such a word ("Ilse Carrow University", "Dane Fleming High" before "graduates"). */
const OWN_LAST_PLACE_WORD = /[ \t](?:University|College|Academy|Elementary)$/u;
const OWN_LAST_HIGH = /[ \t](?:Senior[ \t]High|Junior[ \t]High|High)$/u;
const SCHOOL_WORD_AFTER = lazyPattern(() => /^[ \t]{1,2}(?:graduates?|students?|seniors|juniors|teachers?|alumni|campus|principal|School)(?![\p{L}\p{N}'’-])/u);

/** "PELTON, W.Va.", "DOVER, N.H.": a state written short as two initials' worth, after its town's comma. */
const STATE_SHORT = /^(?:W\.[ \t]?Va|N\.[ \t]?[HJMYCD]|R\.[ \t]?I|S\.[ \t]?[CD]|D\.[ \t]?C)$/;

/** "B.Sc, M. Ed.", "M. Sc": a degree written short, no initial and surname. */
const DEGREE = /^(?:B|M|Ph|Ed|D)\.[ \t]?(?:Ed|Sc|A|S|Div|Phil|Litt|Mus|Eng|Arch)$/;

/** "the Pulitzer Prize-winning series": a last word that is a compound adjective of a name and a participle. */
const COMPOUND_ADJECTIVE = /-(?:winning|nominated|winner|based|born|owned|run|led|backed|funded|sponsored|themed|style|era)$/;

export function withoutLocalPlaces(text: string, mentions: PersonMention[]): PersonMention[] {
  let things: Set<PersonMention> | undefined;
  // the entities some full mention shows to be a place's name, and those some mention shows to be a person's
  let placeEntities: Set<string> | undefined;
  let personEntities: Set<string> | undefined;
  for (const m of mentions) {
    if (thingAt(text, m)) {
      (things ??= new Set()).add(m);
      if (m.text === m.entity) (placeEntities ??= new Set()).add(m.entity);
    // (a full mention after "at" or "to" shows no person: "went back to Corwin Vale" is the school again)
    } else if ((m.text === m.entity || m.text.includes(' ')) && !placeWordBefore(text, m.start)) (personEntities ??= new Set()).add(m.entity);
  }
  // "at Corwin Vale Middle School … went back to Corwin Vale": a full name after "at" or "to" that the article writes
  // elsewhere before a place's words is that place here too (its other places found with the string's own search)
  for (const m of mentions) {
    if (things?.has(m) || m.text !== m.entity || !m.text.includes(' ') || !placeWordBefore(text, m.start)) continue;
    for (let at = text.indexOf(m.text); at >= 0; at = text.indexOf(m.text, at + 1)) {
      const after = text.slice(at + m.text.length, at + m.text.length + 60);
      if (at !== m.start && placeWordsAfter(after)) {
        (things ??= new Set()).add(m);
        (placeEntities ??= new Set()).add(m.entity);
        break;
      }
    }
  }
  if (!things) return mentions;
  const kept = mentions.filter(m => !things!.has(m)
    // (a short form linked to a name only ever written as a place's is no person either)
    && !(placeEntities?.has(m.entity) && !personEntities?.has(m.entity)));
  // ("Corwin Vale Middle received 918 votes. So who is Corwin Vale?": the person's mentions linked to the school's
  // longer name take the longest of their own that opens it)
  let own: Map<string, string> | undefined;
  for (const m of kept) {
    if (placeEntities?.has(m.entity) && m.entity.startsWith(m.text + ' ') && m.text.length > (own?.get(m.entity)?.length ?? 0)
      && m.text.includes(' ')) (own ??= new Map()).set(m.entity, m.text);
  }
  return own ? kept.map(m => (own!.has(m.entity) ? { ...m, entity: own!.get(m.entity)! } : m)) : kept;
}

/** " – Ada Kell" to the line's end: after a label of a list of winners or appointments ("Reserve Heifer – Ada Kell"). */
const DASH_NAME_TO_END = lazyPattern(() => /^[ \t]+[-–—][ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,3}(?:[ \t]+(?:&|and)[ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,3})?[ \t]*(?:\r?\n|$)/u);
/** What every match of DASH_NAME_TO_END opens with: a dash between blanks and two words that open with a capital (an ASCII
 *  capital, or any character beyond ASCII). Tested first, as DASH_NAME_TO_END's letter classes are dear to compile. */
const DASH_TWO_CAPITALS = /^[ \t]+[-–—][ \t]+(?:[A-Z]|[\u0080-\uffff])\S*[ \t]+(?:[A-Z]|[\u0080-\uffff])/;
const dashNameToEnd = (after: string): boolean => DASH_TWO_CAPITALS.test(after) && DASH_NAME_TO_END().test(after);

const LABEL_WORDS = lazyPattern(() => /^[ \t]*(?:\p{Lu}[\p{L}'’.-]*[ \t]+){0,4}$/u);

function thingAt(text: string, m: PersonMention): boolean {
  if (COMPOUND_ADJECTIVE.test(m.text)) return true;
  if (DEGREE.test(m.text)) return true;
  if (STATE_SHORT.test(m.text) && text.charCodeAt(m.end) === 46 && /,[ \t]$/.test(text.slice(Math.max(0, m.start - 2), m.start))) return true;
  if (!m.text.includes(' ') && m.text !== m.entity) return false;
  // (every pattern of what follows opens with a blank, PLACE_AFTER with a slash too: that character is tested first)
  const opener = text.charCodeAt(m.end);
  const blankAfter = opener === 32 || opener === 9;
  // (a word alone that no full name explains, before a dash and a full name that end its line: a list's label)
  // (its line opened by capitalised words alone, no heading's "#": "Reserve Heifer", not "A Letter to Senator Vance")
  if (blankAfter && !m.text.includes(' ') && dashNameToEnd(text.slice(m.end, m.end + 90))) {
    const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
    return m.start - lineStart <= 40 && LABEL_WORDS().test(text.slice(lineStart, m.start));
  }
  // ("Photo: Ada Kell/Harbour University": a photographer's credit before a slash and the outlet, no place named after her)
  const after = blankAfter || (opener === 47 /* / */ && !creditSlot(text, m.start, m.end)) ? text.slice(m.end, m.end + 60) : '';
  // (after the blanks, both patterns' words open on a capital A to Z)
  const second = text.charCodeAt(m.end + 1);
  const word = second === 32 || second === 9 ? text.charCodeAt(m.end + 2) : second;
  if (after !== '' && (!blankAfter || (word >= 65 && word <= 90)) && placeWordsAfter(after)) return true;
  if (OWN_LAST_PLACE_WORD.test(m.text)) return true;
  // ("Corwin Vale Middle received 918 votes": a school called short, where the article names its kind in full)
  if (m.text.endsWith(' Middle') && text.includes('Middle School')) return true;
  return OWN_LAST_HIGH.test(m.text) && (m.text.includes('Senior High') || m.text.includes('Junior High') || SCHOOL_WORD_AFTER().test(after));
}
