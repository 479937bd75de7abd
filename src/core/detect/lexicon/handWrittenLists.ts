// The hand-written word lists of this folder joined to the generated ones in the word lists file (./wordListsFile.ts):
// build.mjs ships them in dist/word-lists.txt, so they are in the .vsix once, compressed with the generated lists,
// rather than as code in the detection script. Only the build, the tests and tools/ import this module; detection
// reads the lists from the file (./index.ts). Each is a line of its own, EXTRA_GIVEN_NAMES, EXTRA_PLACE_NAMES and
// EXTRA_DEMONYMS too: sorted into the generated lists they widen they took 1.5 KB less compressed, but the 1 MB of news
// took about 1% more CPU in three interleaved sets (7 December 2026), as an earlier pass had found for the given names.
import { EXTRA_GIVEN_NAMES, FAMILY_NAMES_FIRST } from './given-names';
import {
  FIRM_ROLE_NOUNS, NAME_SUFFIXES, PEOPLE_WORDS, PERSON_RANKS_AFTER_NAME, PERSONAL_TITLES, ROLE_NOUNS, TITLES,
} from './titles';
import {
  CORPORATE_WORDS, NAME_PARTICLES, NEVER_NAME_WORDS, NON_PERSON_NAME_WORDS, ORGANISATION_NOUNS_AFTER, ORGANISATION_NOUNS_BEFORE, PERSON_VERBS,
  PLACE_OR_ORG_LEADS, REPORTING_VERBS,
} from './cues';
import { EXTRA_DEMONYMS, EXTRA_PLACE_NAMES } from './places';
import {
  ANIMAL_NOUNS, BELONGINGS, BRANDED_GOODS, BUILDING_NOUNS, BUSINESS_NOUNS, COMPANY_NOUNS, FIRM_DESCRIPTIONS, OWNED_BY_ORGANISATIONS, PERSONAL_HOLDINGS,
  PLACE_NOUNS, VEHICLE_NOUNS, NAMESAKE_NOUNS, PLACE_NOUNS_BEFORE, NAMED_PLACES, GIANT_TRADES, THINGS_CALLED, WORK_NOUN_ENDS, SOURCE_WORDS,
} from './things';
import { codeWordList, HAND_WRITTEN_LIST_NAMES, type HandWrittenListName, readWordListsText, writeWordListsText } from './wordListsFile';

export const HAND_WRITTEN_LISTS: Record<HandWrittenListName, readonly string[]> = {
  EXTRA_GIVEN_NAMES, FAMILY_NAMES_FIRST, TITLES, ROLE_NOUNS, NAME_SUFFIXES, REPORTING_VERBS, PERSON_VERBS,
  NON_PERSON_NAME_WORDS, CORPORATE_WORDS, NEVER_NAME_WORDS, PLACE_OR_ORG_LEADS, NAME_PARTICLES,
  ORGANISATION_NOUNS_BEFORE, ORGANISATION_NOUNS_AFTER, EXTRA_PLACE_NAMES, EXTRA_DEMONYMS,
  BUSINESS_NOUNS, PERSONAL_HOLDINGS, BELONGINGS, COMPANY_NOUNS, BUILDING_NOUNS, VEHICLE_NOUNS,
  ANIMAL_NOUNS, BRANDED_GOODS, OWNED_BY_ORGANISATIONS, PLACE_NOUNS, FIRM_DESCRIPTIONS,
  NAMESAKE_NOUNS, PLACE_NOUNS_BEFORE, NAMED_PLACES, GIANT_TRADES,
  THINGS_CALLED, WORK_NOUN_ENDS, SOURCE_WORDS, FIRM_ROLE_NOUNS, PEOPLE_WORDS, PERSONAL_TITLES, PERSON_RANKS_AFTER_NAME,
};

const NOTE = '# src/core/detect/lexicon/handWrittenLists.ts (added by build.mjs): the hand-written lists, from this project';

/**
 * The word lists file `generated` (the source tree's, as tools/lexicon/ writes it) with the hand-written lists added
 * after its own: the file build.mjs puts beside the bundles. A list of the same name in `generated` is replaced.
 */
export function withHandWrittenLists(generated: string): string {
  const { notes, coded } = readWordListsText(generated);
  for (const name of HAND_WRITTEN_LIST_NAMES) coded.set(name, codeWordList(HAND_WRITTEN_LISTS[name]));
  return writeWordListsText({ notes: [...notes.filter(note => note !== NOTE), NOTE], coded: widenersAfterTheirLists(coded) });
}

/**
 * The lists in the file's order, but each that widens a generated list (EXTRA_GIVEN_NAMES) right after that list:
 * deflate then finds the names the two share within its window (the file 0.5 KB smaller compressed, December 2026).
 */
function widenersAfterTheirLists(coded: ReadonlyMap<string, string>): Map<string, string> {
  const ordered = new Map<string, string>();
  for (const [name, words] of coded) {
    const widened = /^EXTRA_(.+)$/.exec(name)?.[1];
    if (ordered.has(name) || (widened !== undefined && coded.has(widened) && !ordered.has(widened))) continue;
    ordered.set(name, words);
    const widener = coded.get(`EXTRA_${name}`);
    if (widener !== undefined) ordered.set(`EXTRA_${name}`, widener);
  }
  return ordered;
}
