import type { PeopleLexicon } from '../lexicon';
import type { Token } from './tokenize';
import type { NamePart, WordClass } from './classify';
import type { Evidence } from './evidence';
import { wordBefore } from './words';
import { sideLineAfter } from './statLines';
import { nameOfDescent } from './patronymics';
import { byWriterLine } from './credits';
import { wordWrittenLower } from './lowerCasedTerms';
import { lazyPattern } from '../../text/lazyPattern';
import { wordSet } from '../../text/wordList';

/** The plural of an English noun: a consonant but "s" before the final "s" ("clusters", "groups", "precautions"), or
 *  "-ces", "-zes", "-ies" ("sciences", "prizes", "trophies"); not "-ss", "-us", "-is", "-os", "-as", "-es" after a vowel or "v" ("Gomes",
 *  "Alves"), which end many surnames no list holds. */
export const ENGLISH_PLURAL = /(?:[bcdfghklmnprtwxz]s|[cz]es|ies)$/;
/** Words before a title that opens a body's name rather than a person's: "the General Staff", "of General Medical Sciences". */
const THE_OR_OF = wordSet('the of');
/** A word of the language right after a title inside a sentence, the title after "the" or "of": a body's name (but "the
 *  funeral of Pope Benedict XVI": a pope's or a king's number ends a person's). */
function bodyAfterTitle(text: string, tokens: readonly Token[], classes: readonly WordClass[], part: NamePart): boolean {
  return classes[part.first] === 'common' && part.first > 0 && classes[part.first - 1] === 'title'
    && !tokens[part.first - 1].sentenceStart && THE_OR_OF.has(wordBefore(text, tokens[part.first - 1].start).word)
    && !ROMAN_NUMBER.test(tokens[part.last].text);
}
const ROMAN_NUMBER = /^[IVX]+$/;
const INNER_CAPITAL = lazyPattern(() => /.\p{Lu}/u);

/** After a title, the word that makes a style of it rather than a name: "the Princess Royal", "the Queen Mother". */
const STYLE_ENDINGS = wordSet('royal mother consort dowager regent emeritus elect');

/** ", of " after a capitalised word or an age: "Todd Ames, of ", "Ada Roe, 52, of ". */
const HOMETOWN_BEFORE = lazyPattern(() => /(?:\p{Lu}[\p{L}'’.-]*|\d{1,3}),[ \t]{1,2}of[ \t]$/u);
/** ", of " ending the look-behind, tested first: HOMETOWN_BEFORE's letter classes are dear to compile. */
const hometownBefore = (lead: string): boolean => /,[ \t]{1,2}of[ \t]$/.test(lead) && HOMETOWN_BEFORE().test(lead);

/** Whether every word of a name is one a personal name has (given, surname, unknown, particle, initial). */
export function allNameLike(classes: readonly WordClass[], part: { first: number; last: number }): boolean {
  for (let k = part.first; k <= part.last; k++) {
    const c = classes[k];
    // a word of the language after a particle is a surname: "Anouk van der Berg", "Luc de Bruin"
    if (c === 'common' && k > part.first && classes[k - 1] === 'particle') continue;
    if (c !== 'unknown' && c !== 'surname' && c !== 'given' && c !== 'particle' && c !== 'initial') return false;
  }
  return true;
}

/** "Democrats", "Socialists", "Liberals": a common plural (classify.ts) of a role noun, last in a name. */
function partyPlural(t: Token, c: WordClass, lex: PeopleLexicon): boolean {
  return c === 'common' && t.lower.length > 4 && t.lower.endsWith('s') && lex.roleNouns.has(t.lower.slice(0, -1))
    && !KIN_PLURALS.has(t.lower);
}
/** Kin in the plural, which no party is named by, and which end surnames ("Kirk Cousins threw …"; "Brothers" and
 *  "Sisters" name firms and bands too, and stay out). */
const KIN_PLURALS = wordSet('cousins nephews nieces uncles aunts');

/** "d'Or", "d’Isere": a word opened by an elided "d'", as a place's or a prize's name ends. */
function elidedParticleWord(word: string): boolean {
  return word.length > 3 && (word.charCodeAt(0) === 100 || word.charCodeAt(0) === 68) && (word.charCodeAt(1) === 39 || word.charCodeAt(1) === 8217);
}

/** How many words of a name are the language's or places' ("Will Make America Strong Again": four). */
function wordsOfTheLanguage(classes: readonly WordClass[], part: NamePart): number {
  let n = 0;
  for (let k = part.first; k <= part.last; k++) if (classes[k] === 'common' || classes[k] === 'place') n++;
  return n;
}

/**
 * "the Beverly Hilton in Beverly Hills", "the Grant Grill was superb", "an Amber Warning for wind": after "the", "a" or
 * "an", a name that ends its noun phrase (a stop, a bracket, or a preposition or "is"/"was" after it) is what the article
 * names, a hotel, a venue, a warning: news writes a person's name after an article only before the noun it qualifies
 * ("the Trump administration", "a Joe Biden appointee"), or with what is said of the person, weighed before this.
 */
function thingAfterArticle(text: string, tokens: readonly Token[], part: NamePart): boolean {
  const last = tokens[part.last];
  if (last.possessive || !PHRASE_ENDS_AFTER().test(text.slice(last.end, last.end + 6))) return false;
  const before = wordBefore(text, tokens[part.first].start).word;
  return before === 'the' || before === 'a' || before === 'an';
}
const PHRASE_ENDS_AFTER = lazyPattern(() => /^(?:[,.;:!?()]|\n(?!-)|[ \t](?:\(|in|at|on|near|for|was|is)\b)/u);

/**
 * A name's own evidence, weighed: 'strong' cues (title, given name, "said", an age) suffice alone; a bare pair of
 * unfamiliar capitalised words is 'weak' and is dropped where the same words elsewhere name an organisation.
 */
export function personhood(text: string, tokens: readonly Token[], classes: readonly WordClass[], part: NamePart, ev: Evidence, lex: PeopleLexicon):
  'strong' | 'weak' | 'none' {
  // "Todd Ames, of Anderson, who was driving behind", "Ada Roe, 52, of Harlan Falls": a name set off with "of" after a
  // person's name or age is where that person is from (or works), whatever is said after it
  const first = tokens[part.first].start;
  if (text.charCodeAt(first - 3) === 111 /* o */ && hometownBefore(text.slice(Math.max(0, first - 40), first))) return 'none';
  if (ev.words >= 2 || ev.hasInitial) {
    // "whose Christian Democrats won", "Social Democrats said": a party's members in the plural of their word
    if (partyPlural(tokens[part.last], classes[part.last], lex)) return 'none';
    // "We Will Make America Strong Again": a slogan or a title in capitals, most of its words the language's or places
    if (part.last - part.first >= 3 && wordsOfTheLanguage(classes, part) >= 3) return 'none';
    if (bodyAfterTitle(text, tokens, classes, part) && !ev.appositive) return 'none';
    if (ev.titled || ev.familyFirst || ev.reported || ev.appositive || ev.wonInSets || ev.relativeAfter || ev.staffAfter) return 'strong';
    // "won Ballon d'Or", "the downhill at Val d'Isere": a name ending in an elided "d'", with nothing personal said of it,
    // after "the", "in" or "at" or opened by no given name, is a prize's or a place's ("Giscard d'Estaing said" keeps its
    // verb, "Valery Giscard d'Estaing" his given name)
    if (!ev.acted && (ev.placeLead || !ev.givenFirst) && elidedParticleWord(tokens[part.last].text)) return 'none';
    // "in Victoria Falls", "the Stone Age": a given name before a word of the language, after "the", "in" or "at", and
    // nothing else personal (without the "the", 20 dev names of people whose surname is a word were lost, measured)
    // ("Gail Ann Petrakis": a word of the language before a given name and a surname counts as a given name)
    // ("the Beverly Hilton in Beverly Hills", "an Amber Warning for wind": see thingAfterArticle)
    if (ev.givenFirst || (classes[part.first] === 'common' && part.last - part.first === 2 && classes[part.first + 1] === 'given')) {
      return !ev.hasInitial && !ev.acted && ((ev.placeLead && classes[part.last] === 'common') || thingAfterArticle(text, tokens, part)) ? 'none' : 'strong';
    }
    // "Hamzah bin Haji Sulaiman", "Nur Aisyah binti Mohd Yusof": a particle of descent between name-like words
    if (!part.afterOrg && nameOfDescent(tokens, classes, part.first, part.last)) return 'strong';
    // "J. R. Whitcombe" — but not "U.N. Resolution" or "U.S. Marines"
    if (ev.hasInitial && allNameLike(classes, part)) return 'strong';
    // "Willem van den Broek": particles join a name, they do not lengthen it into a title or a place
    if (ev.placeLead || ev.words - ev.particles > 3) return 'none';
    // "Bill Gates died", "Will Brand spoke": a given name that is also a word, opening a sentence, before a word of the
    // language, is a name where what follows is something only a person does
    if (ev.acted && classes[part.first] === 'given' && part.last - part.first === 1) return 'strong';
    // ("Tiger Woods shot a 67", "Amber Banks resigned": a word no list knows before a word of the language, and what
    // no side or firm does)
    if (ev.personOnlyAct && classes[part.first] === 'unknown' && classes[part.last] === 'common' && part.last - part.first === 1) return 'strong';
    // ("By Kelvin Danladi Isa" alone on its line: a byline's first word may be a word of the language, the rest names')
    if (classes[part.first] === 'common' && allNameLike(classes, { first: part.first + 1, last: part.last })
      && byWriterLine(text, tokens[part.first].start, tokens[part.last].end)) return 'strong';
    // two or three unfamiliar capitalised words mid-sentence are usually a name in news prose
    if (!allNameLike(classes, part)) return 'none';
    // "the Orvane Space Tarvo Ranger": unfamiliar words right after an organisation's word in the same run continue its
    // name (a person there has a given name or a title: "Chelsea FC striker Ada Moss")
    if (part.afterOrg) return 'none';
    // "Galaxy Clusters", "Stock Groups", "five Nobel Prizes", "Metabolic Sciences": with nothing said of them, two
    // unfamiliar words whose last is shaped as an English plural (a consonant and "s", "-ces", "-zes") name things (a
    // surname so spelled is in the lists, or comes with a title, a verb or a role: "Tomas Kloppers said")
    // ("Delino DeShields": a capital inside the word is a surname's, "McAdams", "DeShields"; and "-ens" ends the Dutch and
    // German patronymics, "Ivo Mertens", "Jansens")
    if (!ev.acted && classes[part.last] === 'unknown' && ENGLISH_PLURAL.test(tokens[part.last].lower)
      && !INNER_CAPITAL().test(tokens[part.last].text) && !tokens[part.last].lower.endsWith('ens')) return 'none';
    return !tokens[part.first].sentenceStart || classes[part.first] !== 'unknown' || ev.acted ? 'weak' : 'none';
  }
  const c = classes[part.first];
  // "Lokomotiv Brest, who had won": one word after an organisation's word in the same run ends its name ("who" and
  // "said" are a club's too)
  if (part.afterOrg && !ev.titled) return 'none';
  // "the Princess Royal", "the Queen Mother": a word that completes a style, no name after the title
  if (part.titled && STYLE_ENDINGS.has(tokens[part.first].lower)) return 'none';
  // "the Polar Seed Vault" beside "a vault for seeds": one unfamiliar word after a capitalised role that the article also
  // writes in small letters names a thing, no holder of the role (a surname keeps its capital)
  if (part.titled && c === 'unknown' && !ev.reported && wordWrittenLower(text, tokens[part.first].lower)) return 'none';
  // "the Sailor Revolt", "a Captain Cup final": an ordinary word after a capitalised role (not "Mr", "President")
  if (part.titled && c === 'common' && !ev.personTitle && !ev.reported && !ev.appositive) return 'none';
  // "Chief of the General Staff", "the Judge Advocate": after "the", a person's title before an ordinary word is the
  // first word of a body's or an office's name ("the General Staff"), as no title and surname are written after "the"
  // (nor after "of": "the Institute of General Medical Sciences")
  if (part.titled && bodyAfterTitle(text, tokens, classes, part) && !ev.appositive) return 'none';
  // "the Chief Censor's office", "its Chief Whip, Alderman Kaya Dube": one word of the language after "Chief" completes
  // the office's name ("Chief Whip" as "Chief Executive"), no name after the title (not "Chief Okafor said")
  if (part.titled && part.first === part.last && part.first > 0 && tokens[part.first - 1].lower === 'chief'
    && (c === 'common' || (c === 'unknown' && lex.commonWords.has(tokens[part.first].lower)))) return 'none';
  // "the Mariners, who won", "the Rangers": a word of the language after "the", "in", "at", or a plural after "the",
  // names a team or a group
  if (!ev.titled && ((c === 'common' && ev.placeLead) || (ev.afterThe && c === 'unknown' && tokens[part.first].lower.endsWith('s')))) return 'none';
  // "Sky said it would …": a given name that is also a word of the language says "said" of a firm as often as of a person
  const speaker = c === 'surname' || (c === 'given' && !lex.commonWords.has(tokens[part.first].lower))
    || ((c === 'unknown' || c === 'given') && (ev.quoteSpeaker || ev.toldPress));
  return ev.titled || (ev.reported && speaker) || ev.appositive || (ev.relativeAfter && c !== 'common')
    || (ev.scoredFor && (c === 'unknown' || c === 'surname'))
    // ("Okwuegbunam had nine catches", "Varga resigned": what only a person does, of one unfamiliar word)
    || (ev.personOnlyAct && (c === 'unknown' || c === 'surname') && !ev.placeLead && !sideLineAfter(text, tokens[part.last].end)) ? 'strong' : 'none';
}
