// The word sets the people detector looks words up in, built once on first use (lower-case keys).
import * as coded from './names.generated';
import { frontCodedWords } from './frontCoded';
import { EXTRA_GIVEN_NAMES, FAMILY_NAMES_FIRST } from './given-names';
import { NAME_SUFFIXES, ROLE_NOUNS, TITLES } from './titles';
import {
  CORPORATE_WORDS, NAME_PARTICLES, NEVER_NAME_WORDS, NON_PERSON_NAME_WORDS, ORGANISATION_NOUNS_AFTER, ORGANISATION_NOUNS_BEFORE, PERSON_VERBS,
  PLACE_OR_ORG_LEADS, REPORTING_VERBS,
} from './cues';
import { EXTRA_PLACE_NAMES, EXTRA_DEMONYMS } from './places';
import { FIRM_NAMES, FIRM_SURNAMES, FIRM_WORDS } from './firms.generated';

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
}

let built: PeopleLexicon | undefined;

export function peopleLexicon(): PeopleLexicon {
  if (built) return built;
  const givenNames = new Set([...frontCodedWords(coded.GIVEN_NAMES), ...EXTRA_GIVEN_NAMES]);
  const neverNames = new Set(NEVER_NAME_WORDS);
  for (const w of neverNames) givenNames.delete(w);
  const surnames = new Set(frontCodedWords(coded.SURNAMES));
  const particles = new Set(NAME_PARTICLES);
  const skippedWords = new Set(neverNames);
  for (const w of frontCodedWords(coded.FUNCTION_WORDS)) if (!particles.has(w) && !givenNames.has(w) && !surnames.has(w)) skippedWords.add(w);
  const places = new Set([...frontCodedWords(coded.PLACE_NAMES), ...EXTRA_PLACE_NAMES]);
  const organisations = new Set(frontCodedWords(coded.ORGANISATION_NAMES));
  const multiWordStarts = new Set<string>();
  for (const phrase of [...places, ...organisations]) {
    const space = phrase.indexOf(' ');
    if (space > 0) multiWordStarts.add(phrase.slice(0, space));
  }
  built = {
    givenNames,
    surnames,
    familyNamesFirst: new Set(FAMILY_NAMES_FIRST),
    titles: new Set(TITLES),
    roleNouns: new Set(ROLE_NOUNS),
    nameSuffixes: new Set(NAME_SUFFIXES),
    particles,
    reportingVerbs: new Set(REPORTING_VERBS),
    personVerbs: new Set(PERSON_VERBS),
    placeOrOrgLeads: new Set(PLACE_OR_ORG_LEADS),
    organisationNounsBefore: new Set(ORGANISATION_NOUNS_BEFORE),
    organisationNounsAfter: new Set(ORGANISATION_NOUNS_AFTER),
    nonPersonWords: new Set(NON_PERSON_NAME_WORDS),
    corporateWords: new Set(CORPORATE_WORDS),
    neverNames,
    skippedWords,
    places,
    organisations,
    multiWordStarts,
    demonyms: new Set([...frontCodedWords(coded.DEMONYMS), ...EXTRA_DEMONYMS]),
    commonWords: new Set(frontCodedWords(coded.COMMON_WORDS)),
    firmNames: new Set(FIRM_NAMES),
    firmWords: new Set(FIRM_WORDS),
    firmSurnames: new Set(FIRM_SURNAMES),
  };
  return built;
}
