// The word sets the people detector looks words up in, built once on first use (lower-case keys) from the lists of the
// word lists file (./wordListsFile.ts): the generated ones and the hand-written ones of this folder, which the build
// adds to the file (./handWrittenLists.ts) so that they are not code in the bundle.
import { decodedDetectorFile, type FileBytes, WORD_LISTS_FILE } from '../detectorFiles';
import { decodeWordLists } from './wordListsFile';

export interface PeopleLexicon {
  givenNames: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
  familyNamesFirst: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  roleNouns: ReadonlySet<string>;
  nameSuffixes: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  reportingVerbs: ReadonlySet<string>;
  personVerbs: ReadonlySet<string>;
  placeOrOrgLeads: ReadonlySet<string>;
  organisationNounsBefore: ReadonlySet<string>;
  organisationNounsAfter: ReadonlySet<string>;
  /** Words that end a company's name ("Corp", "Aircraft"); see CORPORATE_WORDS. */
  corporateWords: ReadonlySet<string>;
  /** Single words that mark an organisation, place or event ("Ministry", "United", "Street"). */
  nonPersonWords: ReadonlySet<string>;
  /** Months, weekdays, pronouns, news agencies: never (part of) a person's name. */
  neverNames: ReadonlySet<string>;
  /** Capitalised words the scanner drops at once: the never-names plus function words ("During", "Although"). */
  skippedWords: ReadonlySet<string>;
  /** Places and organisations, single- and multi-word ("new york", "manchester united"). */
  places: ReadonlySet<string>;
  organisations: ReadonlySet<string>;
  /** First words of the multi-word places and organisations, so most runs need no phrase lookup. */
  multiWordStarts: ReadonlySet<string>;
  demonyms: ReadonlySet<string>;
  /** Ordinary English vocabulary: a capitalised sentence start from this set is not a name. */
  commonWords: ReadonlySet<string>;
  /** Firms named like a person ("edward jones"): a firm wherever the article shows nothing personal of the name. */
  firmNames: ReadonlySet<string>;
  /** Words of company names that are no known given name or surname ("grumman"), weak evidence of a firm. */
  firmWords: ReadonlySet<string>;
  /** One-word brands that are common surnames ("ferrari"): a firm when alone, with no full name of that surname. */
  firmSurnames: ReadonlySet<string>;
  /** Word classes of things (./things.ts): a company's holdings, goods, buildings, vehicles, animals, places. */
  businessNouns: ReadonlySet<string>;
  personalHoldings: ReadonlySet<string>;
  belongings: ReadonlySet<string>;
  companyNouns: ReadonlySet<string>;
  buildingNouns: ReadonlySet<string>;
  vehicleNouns: ReadonlySet<string>;
  animalNouns: ReadonlySet<string>;
  brandedGoods: ReadonlySet<string>;
  ownedByOrganisations: ReadonlySet<string>;
  placeNouns: ReadonlySet<string>;
  firmDescriptions: ReadonlySet<string>;
  namesakeNouns: ReadonlySet<string>;
  placeNounsBefore: ReadonlySet<string>;
  namedPlaces: ReadonlySet<string>;
  giantTrades: ReadonlySet<string>;
  /** Word classes of people and of what they are called (./titles.ts, ./things.ts), each read by one rule. */
  thingsCalled: ReadonlySet<string>;
  workNounEnds: ReadonlySet<string>;
  sourceWords: ReadonlySet<string>;
  firmRoleNouns: ReadonlySet<string>;
  peopleWords: ReadonlySet<string>;
  personalTitles: ReadonlySet<string>;
  personRanksAfterName: ReadonlySet<string>;
}

/** The lexicon, built on first use from the word lists file as provided; throws an Error saying why when there is none. */
export function peopleLexicon(): PeopleLexicon {
  return decodedDetectorFile(WORD_LISTS_FILE, buildLexicon);
}

function buildLexicon(bytes: FileBytes): PeopleLexicon {
  const lists = decodeWordLists(bytes);
  const givenNames = new Set([...lists.GIVEN_NAMES, ...lists.EXTRA_GIVEN_NAMES]);
  const neverNames = new Set(lists.NEVER_NAME_WORDS);
  for (const w of neverNames) givenNames.delete(w);
  const surnames = new Set(lists.SURNAMES);
  const particles = new Set(lists.NAME_PARTICLES);
  const skippedWords = new Set(neverNames);
  for (const w of lists.FUNCTION_WORDS) if (!particles.has(w) && !givenNames.has(w) && !surnames.has(w)) skippedWords.add(w);
  const places = new Set([...lists.PLACE_NAMES, ...lists.EXTRA_PLACE_NAMES]);
  const organisations = new Set(lists.ORGANISATION_NAMES);
  const multiWordStarts = new Set<string>();
  for (const phrase of [...places, ...organisations]) {
    const space = phrase.indexOf(' ');
    if (space > 0) multiWordStarts.add(phrase.slice(0, space));
  }
  return {
    givenNames,
    surnames,
    familyNamesFirst: new Set(lists.FAMILY_NAMES_FIRST),
    titles: new Set(lists.TITLES),
    roleNouns: new Set(lists.ROLE_NOUNS),
    nameSuffixes: new Set(lists.NAME_SUFFIXES),
    particles,
    reportingVerbs: new Set(lists.REPORTING_VERBS),
    personVerbs: new Set(lists.PERSON_VERBS),
    placeOrOrgLeads: new Set(lists.PLACE_OR_ORG_LEADS),
    organisationNounsBefore: new Set(lists.ORGANISATION_NOUNS_BEFORE),
    organisationNounsAfter: new Set(lists.ORGANISATION_NOUNS_AFTER),
    nonPersonWords: new Set(lists.NON_PERSON_NAME_WORDS),
    corporateWords: new Set(lists.CORPORATE_WORDS),
    neverNames,
    skippedWords,
    places,
    organisations,
    multiWordStarts,
    demonyms: new Set([...lists.DEMONYMS, ...lists.EXTRA_DEMONYMS]),
    commonWords: new Set(lists.COMMON_WORDS),
    firmNames: new Set(lists.FIRM_NAMES),
    firmWords: new Set(lists.FIRM_WORDS),
    firmSurnames: new Set(lists.FIRM_SURNAMES),
    businessNouns: new Set(lists.BUSINESS_NOUNS),
    personalHoldings: new Set(lists.PERSONAL_HOLDINGS),
    belongings: new Set(lists.BELONGINGS),
    companyNouns: new Set(lists.COMPANY_NOUNS),
    buildingNouns: new Set(lists.BUILDING_NOUNS),
    vehicleNouns: new Set(lists.VEHICLE_NOUNS),
    animalNouns: new Set(lists.ANIMAL_NOUNS),
    brandedGoods: new Set(lists.BRANDED_GOODS),
    ownedByOrganisations: new Set(lists.OWNED_BY_ORGANISATIONS),
    placeNouns: new Set(lists.PLACE_NOUNS),
    firmDescriptions: new Set(lists.FIRM_DESCRIPTIONS),
    namesakeNouns: new Set(lists.NAMESAKE_NOUNS),
    placeNounsBefore: new Set(lists.PLACE_NOUNS_BEFORE),
    namedPlaces: new Set(lists.NAMED_PLACES),
    giantTrades: new Set(lists.GIANT_TRADES),
    thingsCalled: new Set(lists.THINGS_CALLED),
    workNounEnds: new Set(lists.WORK_NOUN_ENDS),
    sourceWords: new Set(lists.SOURCE_WORDS),
    firmRoleNouns: new Set(lists.FIRM_ROLE_NOUNS),
    peopleWords: new Set(lists.PEOPLE_WORDS),
    personalTitles: new Set(lists.PERSONAL_TITLES),
    personRanksAfterName: new Set(lists.PERSON_RANKS_AFTER_NAME),
  };
}
