// Decides, for one run of capitalised words, which part (if any) may be a person's name, and how sure we are.
import { PATRONYMIC_PARTICLES, patronymicInside } from './patronymics';
import { isRomanNumeral, type Token } from './tokenize';
import type { Run } from './candidates';
import { politicalWordClass } from './politicalWords';
import { peopleLexicon, type PeopleLexicon } from '../lexicon';
import { withoutAccents } from '../../text/accents';
import { lazyPattern } from '../../text/lazyPattern';
import { wordBefore } from './words';
import { byWriterLine } from './credits';
import { wordSet } from '../../text/wordList';

export type WordClass = 'title' | 'never' | 'org' | 'demonym' | 'place' | 'given' | 'surname' | 'common' | 'initial'
  | 'particle' | 'unknown';

/**
 * The classes of the words classified so far with each lexicon (classifyWord's with `familyFirst`, a function of the
 * word and the lists alone), kept from one article to the next: the articles of one run name the same people and places
 * (a megabyte's twenty articles hold a third as many words as their lists of words one article at a time). Emptied
 * once it holds CLASSES_KEPT words, so that a long session's words do not pile up.
 */
const classesByLexicon = new WeakMap<PeopleLexicon, Map<string, WordClass>>();
const CLASSES_KEPT = 50_000;

/** Classifies every token; a word's class is looked up once, as names repeat (see classesByLexicon). */
export function classifyWords(tokens: readonly Token[], lex: PeopleLexicon, text?: string): WordClass[] {
  let seen = classesByLexicon.get(lex);
  if (seen === undefined || seen.size >= CLASSES_KEPT) {
    seen = new Map<string, WordClass>();
    classesByLexicon.set(lex, seen);
  }
  const classes = new Array<WordClass>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.shape === 'initial') { classes[i] = 'initial'; continue; }
    // "van der" inside "Ruud van der Meulen" (the only lower-case words kept are particles)
    if (t.shape === 'lower') { classes[i] = 'particle'; continue; }
    // "Sun", "Song": family names that are also words are not read as names at the start of a sentence
    if (t.sentenceStart && lex.familyNamesFirst.has(t.lower) && lex.commonWords.has(t.lower)) {
      classes[i] = classifyWord(t.lower, lex, false);
      continue;
    }
    // "Lil Corvo", "Lil Tamsin K": a capitalised "Lil" right before a name opens a stage name (or is the short given
    // name "Lil"), never the word "lil" the lists hold, which cut the name after it
    if (t.lower === 'lil' && t.text === 'Lil' && i + 1 < tokens.length && tokens[i + 1].start - t.end === 1
      && tokens[i + 1].shape !== 'lower') { classes[i] = 'given'; continue; }
    // "Lady Corvina", "Lady Thunderbolt": before one word no list holds as a name, ending the name, "Lady" is no title
    // but the name's own first word, a stage name's or a band's or a show's, and the mention is the whole ("the singer
    // Lady Corvina", not "Corvina"). A title still before a given name or a surname: "Lady Harriet", "Lady Ashworth".
    // (a band or a show so named is read as before, as a person where nothing else is said, now whole: issue 14 left)
    if (t.lower === 'lady' && t.text === 'Lady' && ladyOpensName(tokens, i, lex, text)) { classes[i] = 'unknown'; continue; }
    // (the Welsh "Ap" the tokenizer kept before a surname: "Gwenllian Ap Rhys")
    if (t.lower === 'ap') { classes[i] = 'particle'; continue; }
    // "Det Con Ravi Shah": a constable's rank written short after "Det" is a title, not the given name "Con"
    if (t.lower === 'con' && i > 0 && tokens[i - 1].lower === 'det' && t.start - tokens[i - 1].end <= 2) { classes[i] = 'title'; continue; }
    let c = seen.get(t.lower);
    if (c === undefined) { c = classifyWord(t.lower, lex, true); seen.set(t.lower, c); }
    // "by Gergely Szakacs": an unknown word shaped like an adverb is one only where a sentence may open with it
    classes[i] = c === 'common' && !t.sentenceStart && ADVERB_SHAPE.test(t.lower) && !lex.commonWords.has(t.lower) ? 'unknown'
      // "SpaceX", "ArianeGroup", "WhatsApp": a brand's capital inside a word no list knows ("McAllister", "DeLuca",
      // "FitzGerald" put theirs after a short prefix)
      : c === 'unknown' && BRAND_CAPITAL().test(t.text) ? 'org'
      // "Sadly, the mayor lost": a word no list knows, shaped like an adverb of a word of the language ("sad"), that
      // opens a sentence before a comma is that adverb, not a name said alone
      : c === 'unknown' && t.sentenceStart && text?.charCodeAt(t.end) === 44 /* , */ && adverbOfAWord(t.lower, lex) ? 'common' : c;
  }
  // "Surveyor Josiah Whitcombe", "Frenchman Antoine Delacroix", "Trustee Ahmed Qureshi": a word no list knows, shaped
  // like a person's trade or kind, right before a given name and the rest of a name, says who the person is (a word of
  // the language and a trade, "Dockworker Mikko Väisänen", before a given name no list holds too)
  for (let i = 0; i + 2 < tokens.length; i++) {
    // ("the Dutchman Rutger van Leeuwen": a nationality's man is one before any name)
    if (classes[i] === 'unknown' && (classes[i + 1] === 'given' || (classes[i + 1] === 'unknown' && (COMPOUND_TRADE.test(tokens[i].lower) || nationalsWord(tokens[i].lower, lex))))
      && NAME_REST.has(classes[i + 2]) && roleShaped(tokens[i].lower, lex)
      && tokens[i + 1].start - tokens[i].end === 1 && tokens[i + 2].start - tokens[i + 1].end === 1) classes[i] = 'title';
  }
  return classes;
}

/** Whether the word after "Lady" at `i` is one word no list holds as a name, that ends the run of capitals. */
function ladyOpensName(tokens: readonly Token[], i: number, lex: PeopleLexicon, text: string | undefined): boolean {
  const next = tokens[i + 1];
  if (next === undefined || next.start - tokens[i].end !== 1 || next.shape !== 'capitalised') return false;
  const after = tokens[i + 2];
  if (after !== undefined && after.start - next.end === 1 && after.shape !== 'lower') return false;
  // (a cast list's character, her player in brackets after her: "Lady Orsolya (Mara Quint), a courtesan," keeps her title)
  if (text !== undefined && text.startsWith(' (', next.end)) return false;
  const c = classifyWord(next.lower, lex, false);
  return c === 'unknown' || c === 'common';
}

/**
 * Shaped like a noun for a person's trade or kind: "surveyor", "trustee", "amateur", "cellist", or a word of the
 * language or a nationality before "-man", "-woman" ("frontwoman", "Frenchman"). Not "-er", "-ian" or a hyphenated
 * word, which given names no list holds end in as often ("Samer", "Abdel-Rahman").
 */
function roleShaped(w: string, lex: PeopleLexicon): boolean {
  if (w.length < 6 || w.includes('-')) return false;
  const person = /(?:wo)?man$/.exec(w);
  if (person) {
    const stem = w.slice(0, person.index);
    return stem.length >= 4 && (lex.commonWords.has(stem) || lex.nonPersonWords.has(stem) || lex.demonyms.has(stem));
  }
  const compound = COMPOUND_TRADE.exec(w);
  if (compound) return lex.commonWords.has(w.slice(0, compound.index)); // "dockworker", "shopkeeper", "songwriter"
  return ROLE_ENDING.test(w);
}
const ROLE_ENDING = /(?:or|ee|eer|eur|ist)$/;
/** "Dutchman", "Irishwoman", "Scotsman": a nationality and "-man" or "-woman". */
function nationalsWord(w: string, lex: PeopleLexicon): boolean {
  const person = /(?:wo)?man$/.exec(w);
  return person !== null && lex.demonyms.has(w.slice(0, person.index));
}
/** A capital after four lower-case letters inside a word, or ending it: a brand's spelling, no name's. */
const BRAND_CAPITAL = lazyPattern(() => /\p{Ll}{4}\p{Lu}|\p{Ll}\p{Lu}$/u);
/** Trades that end words made of a word of the language and the trade: "dock" and "worker". */
const COMPOUND_TRADE = /(?:worker|maker|keeper|driver|fighter|seller|owner|holder|player|rider|writer|dealer|farmer|miner|trader|builder|fitter|smith)$/;
const NAME_REST = new Set<WordClass>(['unknown', 'surname', 'given', 'particle', 'initial']);
/** The accounts' words a results table's labels are made of ("Net Profit Margin", "Half Pre-tax Profit"), which the
 *  vocabulary lacks and no one is named. */
const FIGURE_WORDS = wordSet('profit profits margin margins revenue revenues loss losses ebitda'
  + ' turnover expenses liabilities assets debt ratio pre-tax');
/** Titles written in the plural before the names they go with: "Justices Ann Ruiz and Tom Kerr". */
const PLURAL_TITLES = wordSet('justices senators judges ministers commissioners councillors councilors'
  + ' governors representatives bishops cardinals professors doctors drs trustees supervisors'
  + ' aldermen congressmen congresswomen lawmakers sens reps');

/** The forms of music a work's title ends with, as "Symphony" does: "Brahms's Violin Concerto", "the Moonlight Sonata". */
/** "the Harwell Endowment", "Ortega Philanthropies": words that name a fund a donor gave, as "Foundation" does. */
const GIVING_BODIES = wordSet('endowment endowments philanthropies');

const MUSICAL_FORMS = wordSet('concerto concertos concerti sonata sonatas requiem overture nocturne'
  + ' nocturnes prelude preludes fugue fugues cantata oratorio serenade rhapsody etude etudes'
  + ' étude études mazurka polonaise scherzo partita toccata divertimento');

/** The class of one capitalised word, in lower case; `familyFirst` lets "Wang", "Kim" open a name. */
export function classifyWord(w: string, lex: PeopleLexicon, familyFirst: boolean): WordClass {
  if (lex.neverNames.has(w)) return 'never';
  if (lex.titles.has(w) || (lex.roleNouns.has(w) && !lex.givenNames.has(w) && !lex.surnames.has(w))) return 'title';
  if (PLURAL_TITLES.has(w)) return 'title';
  // "President Pro Tempore Franklin": the Latin of an office held for the time is the title's, no given name
  if (w === 'tempore') return 'title';
  // "Meteorologist", "Epidemiologist": one who practises a science is a role, never a name ("Chief Meteorologist, Ann Roe")
  if (w.endsWith('ologist')) return 'title';
  // "Mr. Doorkeeper?", "Timekeeper Ann Roe": one who keeps a door, a gate or the time is a post, no name (where no list
  // knows the word as a surname)
  if (w.length > 8 && w.endsWith('keeper') && !lex.surnames.has(w) && !lex.givenNames.has(w)) return 'title';
  if (lex.nonPersonWords.has(w) || lex.organisations.has(w) || MUSICAL_FORMS.has(w) || GIVING_BODIES.has(w) || organisationPlural(w, lex)) return 'org';
  // "Hospital-Eastvale": an institution's word joined to its site's name is the institution's name, no person's
  if (w.includes('-') && INSTITUTION_NOUNS.has(w.slice(0, w.indexOf('-')))) return 'org';
  if (lex.demonyms.has(w)) return 'demonym';
  if (lex.givenNames.has(w)) return 'given';
  // "Wang Donghai", "Kim Jong-un": a family name that opens the name, as a given name opens Western ones
  if (familyFirst && lex.familyNamesFirst.has(w)) return 'given';
  // "Van Persie", "De Wilde", "Al Gore": a capitalised particle opening a surname
  if (lex.particles.has(w)) return 'particle';
  if (lex.places.has(w)) return 'place';
  if (lex.surnames.has(w)) return 'surname';
  if (lex.commonWords.has(w) || FIGURE_WORDS.has(w) || isCommonPlural(w, lex) || ABSTRACT_NOUN_OR_ADJECTIVE.test(w) || ADVERB_SHAPE.test(w)) return 'common';
  // "Ontario-based", "U.S.-led", "Co-author": a modifier or role before the name, never part of it
  if (MODIFIER.test(w)) return 'demonym';
  // "Szabó", "Ouédraogo", "Anaïs": the word lists hold many names only as written without accents
  const plain = withoutAccents(w);
  if (plain !== w) {
    // (but no short form the lists never read as a name: "Már" of "Hreiðar Már Grétarsson" is no "Mar." for March)
    const c = classifyWord(plain, lex, familyFirst);
    return c === 'never' ? 'unknown' : c;
  }
  // "Governor-General", "Attorney-General", "Secretary-General", "Vice-Chancellor": an office written as a compound of
  // titles (or a title after "vice", "deputy" …) is a title as its last word is
  if (w.includes('-') && titleCompound(w, lex)) return 'title';
  // "Undersecretary", "Vicechancellor": the same office written as one word
  if (gluedOffice(w, lex)) return 'title';
  if (w.includes('-') && commonCompound(w, lex)) return 'common';
  // "Microelectronics", "Biopharmaceuticals", "Geosystems": a sector's word with a prefix is a firm's word as it is
  // (the firm lists' own words, "lifesciences", are read by their rules)
  if (SECTOR_COMPOUND().test(w) && !lex.firmWords.has(w)) return 'org';
  // "Jean-Philippe", "Anne-Sophie", "Hans-Peter": two given names joined by a hyphen are one
  if (w.includes('-') && givenCompound(w, lex)) return 'given';
  if (demonymOfPlace(w, lex)) return 'demonym';
  // "D-Ohio", "Montanan", "Lib Dem", "Covid-19": political news's words beside names, no name's (politicalWords.ts)
  return politicalWordClass(w, lex) ?? 'unknown';
}

/** Endings that make a people's or a place's word of a place's name: "Floridian", "Swedish", "Maltese", "Chilean". */
const DEMONYM_ENDING = /(?:ian|ish|ese|ean)$/;
/** What a place's name may end in where its people's word has the ending instead: Florid-a, Swed-en, Ital-y, Syr-ia. */
const PLACE_ENDINGS = ['', 'a', 'e', 'en', 'ia', 'y', 'o'];

/**
 * A word no list knows that is a place's name, as the lists hold it, with a people's ending for its own ("Floridian":
 * Florida; "Swedish": Sweden): a demonym, as "Veteran Swedish sprint star" and "the Floridian" use
 * it, not a name. A handful of lookups, no search of the lists.
 */
function demonymOfPlace(w: string, lex: PeopleLexicon): boolean {
  const ending = DEMONYM_ENDING.exec(w);
  if (ending === null || w.length < 6) return false;
  const stem = w.slice(0, ending.index);
  // (a place's whole name and "-ian" makes surnames as often as peoples' words, "Tabrizian" of Tabriz: only a place
  // whose last letters the ending replaces counts there, Florid-a, Ital-y)
  const whole = ending[0] !== 'ian' && ending[0] !== 'ean';
  // (a people's own word takes "-ish", Dane and Danish, Swede and Swedish, but never "-ese": "Danese" is an Italian
  // surname, as in "Ambassador Sergio Danese")
  const fromPeople = ending[0] !== 'ese';
  return PLACE_ENDINGS.some(e => (e !== '' || whole) && (lex.places.has(stem + e) || (fromPeople && e !== '' && lex.demonyms.has(stem + e))));
}

/** A prefix of three letters or more and a sector's plural word that ends firms' names. */
const SECTOR_COMPOUND = lazyPattern(() => /^\p{Ll}{3,}(?:electronics|systems|technologies|pharmaceuticals|therapeutics|sciences|chemicals|communications|semiconductors|networks|robotics|logistics|diagnostics|materials|minerals|metals|resources)$/u);

/** Two given names joined by a hyphen, not both words of the language: "jean-philippe", not "may-june". */
function givenCompound(w: string, lex: PeopleLexicon): boolean {
  const hyphen = w.indexOf('-');
  if (hyphen < 2 || w.indexOf('-', hyphen + 1) >= 0 || w.length - hyphen < 3) return false;
  const a = w.slice(0, hyphen), b = w.slice(hyphen + 1);
  return lex.givenNames.has(a) && lex.givenNames.has(b) && !(lex.commonWords.has(a) && lex.commonWords.has(b));
}

/** Words that open an office's compound before a title: "Vice-President", "Deputy-Governor", "Lieutenant-Colonel". */
const OFFICE_PREFIXES = wordSet('vice deputy acting lieutenant under assistant associate co');
/** "governor-general", "attorney-general", "vice-president": an office of two words (a surname among them: "Baron-Cohen"). */
function titleCompound(w: string, lex: PeopleLexicon): boolean {
  const hyphen = w.indexOf('-');
  if (hyphen < 2 || w.indexOf('-', hyphen + 1) >= 0) return false;
  const a = w.slice(0, hyphen), b = w.slice(hyphen + 1);
  const office = (p: string) => (lex.titles.has(p) || lex.roleNouns.has(p)) && !lex.givenNames.has(p);
  return office(b) && (OFFICE_PREFIXES.has(a) || office(a)) && !(lex.surnames.has(a) && lex.surnames.has(b));
}

/** "undersecretary", "vicechancellor", "subprefect": an office's prefix written onto a title no list gives as a name. */
function gluedOffice(w: string, lex: PeopleLexicon): boolean {
  const prefix = GLUED_OFFICE_PREFIX.exec(w);
  if (!prefix) return false;
  const title = w.slice(prefix[0].length);
  return title.length >= 5 && (lex.titles.has(title) || lex.roleNouns.has(title)) && !lex.givenNames.has(title) && !lex.surnames.has(title);
}
const GLUED_OFFICE_PREFIX = /^(?:under|vice|sub|deputy)/;

/** "Forward-Looking", "Long-Term", "Well-Known": a compound of words of the language, none of them a name's. */
function commonCompound(w: string, lex: PeopleLexicon): boolean {
  const parts = w.split('-');
  return parts.every(p => p.length > 1 && lex.commonWords.has(p) && !lex.givenNames.has(p) && !lex.surnames.has(p) && !lex.places.has(p));
}


/** What joins a title to the body it is held in: "Secretary of State", "Speaker of the House". */
const OF_BETWEEN = /^ of (?:the )?$/;


const MODIFIER = /-(?:based|led|born|owned|backed|run|bound|made|style|controlled|funded)$|^(?:ex|former|then|pro|anti|non|co|vice)-/;

// "Cultural Revolution", "National Observatory", "Democracy": word endings that personal names (almost) never have
const ABSTRACT_NOUN_OR_ADJECTIVE = /(?:tion|sion|ment|ness|ship|ity|ism|ology|ical|ional|tural|cracy|atory|ative|ation|ives|ists|ians|ings|.{3}hood|.{3}ible)$/;
/** Plurals of such nouns: "Promotions", "Communications", "Investments". */
const ABSTRACT_PLURAL = /(?:tions|sions|ments)$/;
const ADVERB_SHAPE = /^[a-z]{4,}ly$/;

/** Whether the word is "-ly" after a word of the language: "sadly" of "sad", "happily" of "happy". */
function adverbOfAWord(w: string, lex: PeopleLexicon): boolean {
  if (!/^[a-z]{3,}ly$/.test(w)) return false;
  const stem = w.slice(0, -2);
  return [stem, stem.endsWith('i') ? stem.slice(0, -1) + 'y' : stem].some(s => lex.commonWords.has(s) || classifyWord(s, lex, false) === 'common');
}

/** "Eagles", "Marines", "Newspapers": plurals of ordinary words name teams and groups, not people. */
/**
 * "Churches", "Hospitals", "Academies": the plural of an institution's word ("Christian Churches"), which
 * no surname is (as "Rivers", "Parkes", "Fields" and "Banks" of the land's and the firms' words are).
 */
function organisationPlural(w: string, lex: PeopleLexicon): boolean {
  if (w.length < 5 || w.charCodeAt(w.length - 1) !== 115 /* s */ || lex.givenNames.has(w) || lex.surnames.has(w)) return false;
  const stem = w.endsWith('ies') ? w.slice(0, -3) + 'y' : w.endsWith('hes') ? w.slice(0, -2) : w.slice(0, -1);
  return INSTITUTION_NOUNS.has(stem) && lex.nonPersonWords.has(stem);
}
const INSTITUTION_NOUNS = wordSet('church school hospital academy university college clinic museum library'
  + ' ministry agency council committee association society federation foundation institute mosque'
  + ' temple cathedral project county prison stadium court department');

function isCommonPlural(w: string, lex: PeopleLexicon): boolean {
  if (w.length < 4 || w.charCodeAt(w.length - 1) !== 115 /* s */) return false;
  const stem = w.slice(0, -1);
  if (lex.givenNames.has(stem) || lex.surnames.has(stem)) return false;
  return lex.commonWords.has(stem) || lex.demonyms.has(stem) || lex.titles.has(stem) || lex.roleNouns.has(stem) || (w.endsWith('es') && lex.commonWords.has(w.slice(0, -2)));
}

/** The part of a run left once titles, nationalities, places and capitalised ordinary words are peeled off. */
export interface NamePart {
  first: number;
  last: number;
  /** A title stood right before the name inside the run: "President Zelensky". */
  titled: boolean;
  /**
   * The name ends in a company's word after a word no list knows as a given name ("Corwin Ford"): a person only
   * where the article says something only a person has of it (see people.ts).
   */
  firmLast?: boolean;
  /** An organisation's word stood right before the name inside the run: "Orvane Space Tarvo Ranger", "Chelsea FC Ada Moss". */
  afterOrg?: boolean;
  /** The name's office followed it, in capitals: "Tarun Mehrota Defence Minister" (a title, as one before it is). */
  officeAfter?: boolean;
}

/**
 * The name part of a run: what follows the last title, organisation word or nationality ("Security Council
 * President Tono Eitel" → "Tono Eitel"), less leading places and ordinary words ("After Simmons" → "Simmons").
 * Undefined when nothing name-like is left, as when the run ends in an organisation word ("Manchester United").
 */
export function namePart(text: string, tokens: readonly Token[], run: Run, classes: readonly WordClass[], lex: PeopleLexicon,
  roleBefore = false): NamePart | undefined {
  const beforeOffice = nameBeforeOffice(text, tokens, run, classes);
  if (beforeOffice !== undefined) return { first: run.first, last: beforeOffice, titled: false, officeAfter: true };
  // "ABC News Chief Legal Affairs Analyst": an acronym in capitals right before a word of the language or an
  // organisation's word opens a body's name, which the run goes on with (a name after an acronym opens with a name:
  // "NBA star Tom Ruiz", "CEO Ana Ruiz")
  // (only a run of such words and titles: "VOA West Africa Correspondent Purnell Murdock" goes on with a person's name)
  if ((classes[run.first] === 'common' || classes[run.first] === 'org') && acronymJustBefore(text, tokens[run.first].start, lex)
    && classes.slice(run.first, run.last + 1).every(c => c === 'common' || c === 'org' || c === 'title')) return undefined;
  let first = run.first;
  // "plan B Brexit deal", "vitamin D Supplement": one capital right after the noun it labels is that label, no initial
  if (tokens[first].text.length === 1 && tokens[first].text >= 'A' && tokens[first].text <= 'Z' && text.charCodeAt(tokens[first].end) !== 46
    && LABELLED_NOUNS.has(wordBefore(text, tokens[first].start).word)) {
    if (first === run.last) return undefined;
    first++;
  }
  // "Will Ana Ruiz run again?": a question's auxiliary opening it before a given name and a surname, no given name itself
  if (first === run.first && run.last - first >= 2 && tokens[first].lower === 'will' && tokens[first].sentenceStart
    && classes[first + 1] === 'given' && questionAfter(text, tokens[run.last].end)) first++;
  let titled = false;
  let firmLast = false;
  let afterOrg = false;
  for (let k = run.first; k <= run.last; k++) {
    const c = classes[k];
    if (k > first && isNameSuffix(tokens[k], classes[k - 1], lex)) continue;
    // a title word last after a given name is a surname: "John Major", "Billie Jean King" (not "Roman Emperor Hadrian")
    // (nor inside a name after a given name when it is a name too: "Ahmad Shah Durrani", "Akbar Shah Malik")
    // ("Prince Sultan bin Fahd": a title's word before "bin" is the given name it also is)
    // (but no title written short, without a vowel, is a surname: "Marine Cpl. Lucas Pyeatt", "Lance Sgt. Ann Orr"; nor
    // "Professor", which ends a chair named after a person: "the Ann Wu Professor of History")
    if (c === 'title' && !(k > first && classes[k - 1] === 'given' && !ABBREVIATED_TITLE.test(tokens[k].lower) && tokens[k].lower !== 'professor'
      && (endsName(tokens, k, run.last, lex) || (k < run.last && lex.givenNames.has(tokens[k].lower))))
      && !(k < run.last && PATRONYMIC_PARTICLES.has(tokens[k + 1].lower))
      // ("Abd Mutalib bin Pehin Dato Haji Yussof": the father's title after "bin" is part of the name of descent)
      && !(k > first + 1 && patronymicInside(tokens, first, k))) { first = k + 1; titled = true; }
    // a company's or place's word after a given name and an initial is a surname: "Michael M. Sears"; so is a firm
    // named after its founder, last after a given name: "Henry Ford" (the article's evidence still makes a firm of it),
    // or after a name-like word no list knows, with something personal said of it: "Corwin Ford, 80,"
    else if (c === 'org' && (afterMiddleInitial(classes, first, k) || founderSurname(tokens, classes, run.last, first, k, lex))) {
      firmLast = classes[k - 1] !== 'given' && classes[k - 1] !== 'initial';
      continue;
    }
    // a place's or building's word last after a given name ("Winona Lake", "Doris Day", "Tony Hall"): a person only
    // where the article says something personal of it (as of "Corwin Ford"), else a place ("Mabel Road")
    // (not after a title, where an institution's word names a building: "the Queen Adelaide Hospital", "King Edward
    // School", while "Dr Tony Hall" stays)
    // (nor a body that only a donor's or a founder's name goes before, which no surname is: "the Ann Casey Foundation",
    // "Joyce Trust")
    else if (c === 'org' && k === run.last && k - 1 >= first && classes[k - 1] === 'given' && lex.nonPersonWords.has(tokens[k].lower)
      && !(titled && INSTITUTIONS.has(tokens[k].lower)) && !DONORS_BODIES.has(tokens[k].lower)) {
      firmLast = true;
      continue;
    }
    // "President Park", "Minister Hall": a place's word alone after a title a person holds, where it may be a surname
    // (not after a royal's or a saint's title, which streets and parks are named with: "King Street", "Prince Park")
    else if (c === 'org' && k === run.last && titled && first === k && peopleLexicon().personalTitles.has(tokens[k - 1].lower)
      && (lex.familyNamesFirst.has(tokens[k].lower) || lex.commonWords.has(tokens[k].lower))) continue;
    // "Park Ji-hoon": a family name written first that is also a place's word, before a hyphenated given name (or
    // after one, in Western order: "Min-jun Park")
    else if (c === 'org' && k === first && k + 1 === run.last && lex.familyNamesFirst.has(tokens[k].lower)
      && HYPHENATED_GIVEN().test(tokens[k + 1].text)) continue;
    else if (c === 'org' && k === run.last && k - 1 === first && lex.familyNamesFirst.has(tokens[k].lower)
      && HYPHENATED_GIVEN().test(tokens[k - 1].text)) continue;
    // "Aung San Suu Kyi": "San" inside a run, after a word no list knows and before another, is a Burmese name's
    // syllable; a place opens with it ("San Jose") or has a given name after it ("Borgo San Lorenzo")
    else if (c === 'org' && tokens[k].lower === 'san' && k > first && k < run.last && classes[k - 1] === 'unknown'
      && classes[k + 1] === 'unknown' && tokens[k].shape === 'capitalised') continue;
    // ("Secretary of State Anvin Lintorvek", "Speaker of the House Anvin Lintorvek": an organisation's word that
    // completes a title is the office's, and the name after it a person's; "of" and "the" are no tokens)
    // "said Najib Danish, a spokesman": a people's word last after a given name inside a sentence, where the name ends
    // its clause or a verb of saying follows, is the surname it may be (English puts that word before a noun: "the
    // Danish striker Ole Hald", "a Roman Catholic group")
    else if (c === 'demonym' && k === run.last && k - 1 >= first && classes[k - 1] === 'given' && !tokens[k - 1].sentenceStart
      && tokens[k].shape === 'capitalised' && !tokens[k].possessive && DEMONYM_SURNAME_AFTER.test(text.slice(tokens[k].end, tokens[k].end + 8))) continue;
    else if (c === 'org' || c === 'never' || c === 'demonym') {
      afterOrg = c === 'org' && !(k > 0 && classes[k - 1] === 'title' && OF_BETWEEN.test(text.slice(tokens[k - 1].end, tokens[k].start)));
      first = k + 1;
      titled = false;
    }
  }
  // "Forecaster Hamish Ogilvie said": a trade's word no list holds, opening the sentence before a given name and a
  // surname, is the role, not the name's first word
  // (or before any name of two words or more where the word is a scholar's or a specialist's, which no surname is:
  // "Seismologist Lok Bijaya Adhikari")
  if (first === run.first && run.last - first >= 2 && tokens[first].sentenceStart && classes[first] === 'unknown'
    && (classes[first + 1] === 'given' || SPECIALIST_SHAPE.test(tokens[first].lower)) && TRADE_SHAPE().test(tokens[first].lower)) {
    first++;
    titled = true;
  }
  // peel leading places and ordinary words, but not a regnal name ("Pope Leo XIV"), nor the first word of a name
  // after a role written in lower case ("goalkeeper Long Tranh", "his aide Young Park-Seo")
  // (nor a word of the language before a given name and a surname inside a sentence: "Gail Ann Petrakis", a first,
  // middle and last name)
  const keepFirst = ((roleBefore || (run.last - first === 2 && !tokens[first].sentenceStart && classes[first + 1] === 'given'
    && (classes[run.last] === 'unknown' || classes[run.last] === 'surname'))) && first === run.first && classes[first] === 'common'
    && !(!roleBefore && NICKNAME_ADJECTIVE().test(tokens[first].lower)))
    || givenAfterTitle(tokens, classes, first, run.last, lex)
    // ("By Kelvin Danladi Isa" alone on its line: a byline's words are all the writer's, a word of the language first too)
    || (first === run.first && classes[first] === 'common' && run.last > first && byWriterLine(text, tokens[first].start, tokens[run.last].end));
  while (!keepFirst && first < run.last && (classes[first] === 'place' || classes[first] === 'common')
    && !(tokens[first + 1].shape === 'upper' && isRomanNumeral(tokens[first + 1].text))) { first++; titled = false; }
  if (first === run.last && tokens[first].shape === 'upper') return undefined;
  // ("Golden Crown Promotions": a plural of a word of the language left alone after a title's word is a group's name)
  if (first === run.last && first > run.first && (ABSTRACT_PLURAL.test(tokens[first].lower)
    || (classes[first] === 'common' && isCommonPlural(tokens[first].lower, lex)))) return undefined;
  // ("Heck Jr.", "Jr." left once ordinary words are peeled: a suffix alone is no name)
  // (nor a suffix alone after its name's comma, a run of its own: "King, Jr.'s speech", "Gonzalez, Jr., 41")
  if (first === run.last && lex.nameSuffixes.has(tokens[first].lower)) return undefined;
  // "Tour de Tarvos", "Costa del Sol": a particle right after a peeled place or word of the language joins that word,
  // not a name
  if (first > run.first && first <= run.last && tokens[first].shape === 'lower' && (classes[first - 1] === 'common' || classes[first - 1] === 'place')) return undefined;
  let last = run.last;
  // "Mara Quill Resigns From Board", "Dan Ostrow Slams Council": a word of the language in a verb's shape (no list's
  // name) right after a given name and one more word is a title-case headline's verb, not a third word of the name
  // ("Mary Ann Fields" stays: a surname the lists know is no word of the language here)
  if (last - first >= 2 && classes[first] === 'given' && classes[first + 2] === 'common' && !tokens[first + 1].possessive
    && (classes[first + 1] === 'surname' || classes[first + 1] === 'unknown')
    && HEADLINE_VERB().test(tokens[first + 2].lower) && !lex.surnames.has(tokens[first + 2].lower)
    // (the headline's title case going on after it, "Resigns From", "Reviews 2018", where a surname that is a word's
    // plural is followed by the sentence's lower case: "Darrell “Shifty” Powers at the airport")
    && TITLE_CASE_AFTER().test(text.slice(tokens[first + 2].end, tokens[first + 2].end + 4))
    && !QUOTE.test(text.slice(tokens[first].end, tokens[first + 2].start))) last = first + 1;
  if (classes[last] === 'particle') return undefined;
  // "Santiago de Cuba", "N. Korea": a place after a particle or initials is a place (not after a given name and a middle
  // initial: "Frederick J. Mali" is a person's full name)
  if (classes[last] === 'place' && last > first && (classes[last - 1] === 'initial' || tokens[last - 1].shape === 'lower')
    && !(classes[last - 1] === 'initial' && last - first >= 2 && classes[first] === 'given')) return undefined;
  // "the Prix de l'Arc de Triomphe": a particle opening the run right after a capitalised word or an elided article
  // ("l'Arc") is the middle of a longer name the tokens did not hold, no surname's ("said de Gaulle" stays)
  if (first === run.first && tokens[first].shape === 'lower'
    && elidedOrCapitalBefore(text.slice(Math.max(0, tokens[first].start - 12), tokens[first].start))) return undefined;
  // "on Florence Nightingale Way": after a word of place, a street named after a person ("Danny Way" stays a name; the
  // other streets' words, "Drive", "Lane", are no name's words)
  if (last - first >= 2 && tokens[last].lower === 'way'
    && STREET_BEFORE().test(text.slice(Math.max(0, tokens[first].start - 8), tokens[first].start))) return undefined;
  // "Arnold Police stopped a car": a town's police, named with the town's name first (a given name often enough)
  if (last > first && tokens[last].lower === 'police' && tokens[last].shape === 'capitalised') return undefined;
  // "Michaela Madison Reporting", a byline on a line of its own: the credit's word is no word of the name
  if (last - first >= 2 && tokens[last].lower === 'reporting' && LINE_ENDS.test(text.slice(tokens[last].end, tokens[last].end + 3))) last--;
  // "Ana Ruiz Staff Writer", "Ana Ruiz Interviewer" on a line of their own: a byline's or a transcript's credit after a
  // given name and a surname is no word of the name
  else if (last - first >= 2 && classes[first] === 'given' && LINE_CREDITS.has(tokens[last].lower)
    && LINE_ENDS.test(text.slice(tokens[last].end, tokens[last].end + 3))) last -= last - first >= 3 && tokens[last - 1].lower === 'staff' ? 2 : 1;
  // a lone or trailing initial is no name: "Group B." or the "U.S." of "U.S. envoy"
  while (last >= first && classes[last] === 'initial') last--;
  if (last < first) return undefined;
  if (namesPlaceOrOrganisation(tokens, run.first, first, last, lex)) return undefined;
  const part: NamePart = firmLast ? { first, last, titled, firmLast } : { first, last, titled };
  if (afterOrg && first > run.first && classes[first - 1] === 'org') part.afterOrg = true;
  return part;
}

/** An acronym of two to five capitals one space before `start` (no title such as "CEO", nor a Roman numeral). */
export function acronymJustBefore(text: string, start: number, lex: PeopleLexicon): boolean {
  const acronym = ACRONYM_BEFORE().exec(text.slice(Math.max(0, start - 7), start))?.[1];
  return acronym !== undefined && !lex.titles.has(acronym.toLowerCase()) && !isRomanNumeral(acronym);
}

const ACRONYM_BEFORE = lazyPattern(() => /(?:^|[^\p{L}\d'’.&-])(\p{Lu}{2,5}) $/u);

/** Whether the sentence going on at `end` ends with a question mark (within a headline's length, on the same line). */
function questionAfter(text: string, end: number): boolean {
  const stop = SENTENCE_STOP.exec(text.slice(end, end + 160));
  return stop !== null && stop[0] === '?';
}
const SENTENCE_STOP = /[.?!\n]/;

/** The trades a byline or a transcript's list of speakers writes after a name at the line's end. */
const LINE_CREDITS = wordSet('writer writers reporter reporters correspondent photographer interviewer'
  + ' interviewee narrator moderator');

/** The end of a line: nothing after a word but spaces before its break (or the text's end). */
const LINE_ENDS = /^[ \t]*(?:\r?\n|$)/;

/** After a name, its office in capitals: a portfolio of one to four capitalised words (joined by "and" perhaps) and
 *  "Minister" or "Secretary": " Defence Minister", " External Affairs Minister", " Women and Child Development Minister". */
const OFFICE_AFTER = lazyPattern(() => /^[ \t](?:\p{Lu}[\p{Ll}-]+[ \t](?:(?:and|&)[ \t])?){1,4}(?:Minister|Secretary)(?![\p{L}\d'’-])/u);
/** What every match of OFFICE_AFTER holds: words that open with a capital (an ASCII capital, or any character beyond
 *  ASCII), then "Minister" or "Secretary". Tested first: OFFICE_AFTER's letter classes are dear to compile. */
const OFFICE_WORDS_AFTER = /^[ \t](?:(?:[A-Z]|[\u0080-\uffff])\S+[ \t](?:(?:and|&)[ \t])?){1,4}(?:Minister|Secretary)/;
/** Before the name: what makes the run a body's or a firm's officer ("the Kestrel Dynamics Finance Director"). */
const ARTICLE_OR_POSSESSIVE_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:the|a|an|its|their|his|her)[ \t]{1,2}$|['’]s?[ \t]{1,2}$/u);

/**
 * "Rajnath Singh Defence Minister met …", "S. Jaishankar External Affairs Minister": a name of two words (or initials
 * and one word), lengthened by given names and surnames the lists know, and right after it its office in capitals, as
 * Indian English writes it. The name's last token, or undefined where the run is no such name.
 */
function nameBeforeOffice(text: string, tokens: readonly Token[], run: Run, classes: readonly WordClass[]): number | undefined {
  if (run.last === run.first && tokens[run.last].shape !== 'initial') return undefined;
  let k = run.first;
  while (k < run.last && classes[k] === 'initial') k++;
  if (!NAME_WORD.has(classes[k]) || tokens[k].possessive) return undefined;
  // (two words at least, or initials and one)
  if (k === run.first) {
    if (k === run.last || !NAME_WORD.has(classes[k + 1])) return undefined;
    k++;
  }
  while (k < run.last && (classes[k + 1] === 'given' || classes[k + 1] === 'surname') && !tokens[k].possessive) k++;
  if (tokens[k].possessive || text.charCodeAt(tokens[k].end) !== 32) return undefined;
  const office = text.slice(tokens[k].end, tokens[k].end + 70);
  const matched = OFFICE_WORDS_AFTER.test(office) ? OFFICE_AFTER().exec(office) : null;
  if (!matched) return undefined;
  // ("Andhra Pradesh Chief Minister Priya Rao": a name going on after the office makes the words before it the office's
  // place or body, as "Lower Saxony Premier Priya Rao" does, not a name that holds the office)
  if (nameAfterOffice(tokens, classes, run, tokens[k].end + matched[0].length)) return undefined;
  if (ARTICLE_OR_POSSESSIVE_BEFORE().test(text.slice(Math.max(0, tokens[run.first].start - 8), tokens[run.first].start))) return undefined;
  return k;
}
const NAME_WORD = new Set<WordClass>(['given', 'surname', 'unknown']);

/** Nouns told apart by a letter after them: "plan B", "vitamin D", "type A", "option C". */
const LABELLED_NOUNS = wordSet('plan vitamin type option grade class category schedule exhibit'
  + ' appendix annex section phase tier model series hepatitis block group pool zone');

/** Whether the run goes on, past the office ending at `officeEnd`, with a word a name may hold (initials, a given name, a
 *  surname or a word no list knows): the one who holds the office. */
function nameAfterOffice(tokens: readonly Token[], classes: readonly WordClass[], run: Run, officeEnd: number): boolean {
  for (let k = run.first; k < run.last; k++) {
    if (tokens[k].end === officeEnd) return !tokens[k].possessive && (NAME_WORD.has(classes[k + 1]) || classes[k + 1] === 'initial');
  }
  return false;
}

/**
 * "Major Piers Lethbridge", "Sister Faith Okafor": right after a title in the run, a word of the language before one
 * last word no list knows as a word is a given name (the title says a person's name follows, and a name is rarely one
 * word of the language and a surname)
 */
function givenAfterTitle(tokens: readonly Token[], classes: readonly WordClass[], first: number, last: number,
  lex: PeopleLexicon): boolean {
  return last - first === 1 && first > 0 && classes[first - 1] === 'title' && lex.titles.has(tokens[first - 1].lower)
    && classes[first] === 'common'
    && (classes[last] === 'unknown' || classes[last] === 'surname');
}

/**
 * "Sleepy", "Lucky", "Crooked", "Lying": a word of the language (no given name: those are read as given) in an
 * adjective's or a participle's shape, written before a given name and a surname as a nickname, not a first name.
 */
const NICKNAME_ADJECTIVE = lazyPattern(() => /^\p{Ll}{3,}(?:y|ed|ing)$/u);

/** "Resigns", "Slams", "Denies", "Blasted", "Siding": a verb's shape in a title-case headline. */
const HEADLINE_VERB = lazyPattern(() => /^\p{Ll}{3,}(?:s|ed|ing)$/u);
const TITLE_CASE_AFTER = lazyPattern(() => /^[ \t]{1,2}[\p{Lu}\d]/u);
const QUOTE = /["“”'‘’]/;

/** "l'Arc ", "of Arc ": an elided article's word, or a capitalised word inside a sentence, right before. */
/** ELIDED_OR_CAPITAL_BEFORE without its letter classes (dear to compile): a letter is any non-blank, a capital an
 *  ASCII capital or any character past ASCII. Tested first. */
const ELIDED_OR_CAPITAL_BEFORE_SHAPE = /(?:[lLdD]['’][^ \t]+|[^\sA-Z] [A-Z\u0080-\uffff][^ \t]*)[ \t]$/;
/** Is there an elided article's word or a capitalised word inside a sentence right before (ELIDED_OR_CAPITAL_BEFORE)? */
function elidedOrCapitalBefore(before: string): boolean {
  return ELIDED_OR_CAPITAL_BEFORE_SHAPE.test(before) && ELIDED_OR_CAPITAL_BEFORE().test(before);
}
const ELIDED_OR_CAPITAL_BEFORE = lazyPattern(() => /(?:\b[lLdD]['’]\p{L}+|[\p{Ll},;] \p{Lu}\p{Ll}*)[ \t]$/u);
/** What stands before a street's name. */
const STREET_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:on|at|along|off|near|onto|down|up|into|via)[ \t]{1,2}$/u);

/** "forecaster", "hydrologist", "statistician", "auctioneer": the shape of a word for what someone does. */
const TRADE_SHAPE = lazyPattern(() => /^\p{Ll}{3,}(?:ster|eer|ier|ist|ician|grapher|ologist|keeper|maker|caster|worker|seller|monger)$/u);

/** "seismologist", "paediatrician", "cartographer": a trade's shape that no family name has. */
const SPECIALIST_SHAPE = /(?:ologist|ician|grapher)$/;

/** Whether a lower-case word names a scholar or a specialist by its shape alone ("volcanologist"): a person's role. */
export function isSpecialistWord(lower: string): boolean {
  return SPECIALIST_SHAPE.test(lower) && TRADE_SHAPE().test(lower);
}

/** Buildings and bodies named after a titled person, whose word is no surname: "Queen Adelaide Hospital". */
/** Bodies named after the person who founded or funded them, whose words are never a surname. */
const DONORS_BODIES = wordSet('foundation trust endowment fund charity hospital hospice infirmary institute');

const INSTITUTIONS = wordSet('hospital school college academy university clinic centre center'
  + ' library museum stadium road avenue square station airport hotel church'
  + ' cathedral prison');

/** "Ji-hoon", "Soo-jin", "Mei-Ling": an East Asian given name of two syllables joined by a hyphen. */
export const HYPHENATED_GIVEN = lazyPattern(() => /^\p{Lu}\p{Ll}{1,4}-(?:\p{Ll}{2,5}|\p{Lu}\p{Ll}{1,4})$/u);

/** Whether nothing but name suffixes ("Jr", "III") follows token k in the run. */
/** What follows a surname that is a people's word: the clause's end, or a verb of saying. */
const DEMONYM_SURNAME_AFTER = /^(?:[,.;:)]|[ \t]+(?:said|says|told|added|say)\b)/;

/** A title written short without a vowel ("cpl", "sgt", "pvt", "lt"), which no surname is. */
const ABBREVIATED_TITLE = /^[b-df-hj-np-tv-xz]{2,4}$/;

function endsName(tokens: readonly Token[], k: number, runLast: number, lex: PeopleLexicon): boolean {
  for (let n = k + 1; n <= runLast; n++) if (!isRomanNumeral(tokens[n].text) && !lex.nameSuffixes.has(tokens[n].lower)) return false;
  return true;
}

function founderSurname(tokens: readonly Token[], classes: readonly WordClass[], runLast: number, first: number, k: number,
  lex: PeopleLexicon): boolean {
  const w = tokens[k].lower;
  const before = classes[k - 1];
  return k === runLast && k - 1 >= first && (before === 'given' || before === 'unknown' || before === 'surname')
    && lex.organisations.has(w) && !lex.nonPersonWords.has(w);
}

function afterMiddleInitial(classes: readonly WordClass[], first: number, k: number): boolean {
  return k - 2 >= first && classes[k - 1] === 'initial' && classes[k - 2] === 'given';
}

/** "Henry VIII", "Elizabeth I", "Martin Luther King Jr": part of the name after a name word. */
function isNameSuffix(t: Token, previous: WordClass, lex: PeopleLexicon): boolean {
  if (previous !== 'given' && previous !== 'surname' && previous !== 'unknown') return false;
  return isRomanNumeral(t.text) || lex.nameSuffixes.has(t.lower);
}

/** "Sri Lanka", "Los Angeles Dodgers": a known multi-word place or organisation reaching into the name part. */
function namesPlaceOrOrganisation(tokens: readonly Token[], runFirst: number, first: number, last: number,
  lex: PeopleLexicon): boolean {
  for (let k = runFirst; k < last; k++) {
    if (!lex.multiWordStarts.has(tokens[k].lower)) continue;
    let phrase = tokens[k].lower;
    for (let n = k + 1; n <= last && n <= k + 3; n++) {
      phrase += ' ' + tokens[n].lower;
      if (n >= first && (lex.places.has(phrase) || lex.organisations.has(phrase))) return true;
    }
  }
  return false;
}
