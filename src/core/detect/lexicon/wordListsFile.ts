import type { FileBytes } from '../detectorFiles';
import { frontCode, frontCodedWords } from './frontCoded';

// word-lists.txt, a detector file (../detectorFiles.ts): the word lists the people detector reads. Plain UTF-8 text:
// a line starting with "#" says where lists come from (the scripts write it; the README carries the licences); every
// other line is one list: its name, a tab, then its words, lower case, sorted and front-coded (./frontCoded.ts). The
// file in the source tree holds the lists built by scripts from openly licensed data (tools/lexicon/); build.mjs adds
// the hand-written ones (./handWrittenLists.ts) as it puts the file beside the bundles.

/** The lists the scripts of tools/lexicon/ write into the source tree's file. */
export const GENERATED_LIST_NAMES = [
  'GIVEN_NAMES', 'SURNAMES', 'PLACE_NAMES', 'DEMONYMS', 'ORGANISATION_NAMES', 'COMMON_WORDS', 'FUNCTION_WORDS',
  'FIRM_NAMES', 'FIRM_WORDS', 'FIRM_SURNAMES',
] as const;
/** The hand-written lists, each named as the constant that holds it in this folder (./handWrittenLists.ts). */
export const HAND_WRITTEN_LIST_NAMES = [
  'EXTRA_GIVEN_NAMES', 'FAMILY_NAMES_FIRST', 'TITLES', 'ROLE_NOUNS', 'NAME_SUFFIXES', 'REPORTING_VERBS', 'PERSON_VERBS',
  'NON_PERSON_NAME_WORDS', 'CORPORATE_WORDS', 'NEVER_NAME_WORDS', 'PLACE_OR_ORG_LEADS', 'NAME_PARTICLES',
  'ORGANISATION_NOUNS_BEFORE', 'ORGANISATION_NOUNS_AFTER', 'EXTRA_PLACE_NAMES', 'EXTRA_DEMONYMS',
  'BUSINESS_NOUNS', 'PERSONAL_HOLDINGS', 'BELONGINGS', 'COMPANY_NOUNS', 'BUILDING_NOUNS', 'VEHICLE_NOUNS',
  'ANIMAL_NOUNS', 'BRANDED_GOODS', 'OWNED_BY_ORGANISATIONS', 'PLACE_NOUNS', 'FIRM_DESCRIPTIONS',
  'NAMESAKE_NOUNS', 'PLACE_NOUNS_BEFORE', 'NAMED_PLACES', 'GIANT_TRADES',
  'THINGS_CALLED', 'WORK_NOUN_ENDS', 'SOURCE_WORDS', 'FIRM_ROLE_NOUNS', 'PEOPLE_WORDS', 'PERSONAL_TITLES', 'PERSON_RANKS_AFTER_NAME',
] as const;
/** Every list of the shipped file. */
export const WORD_LIST_NAMES = [...GENERATED_LIST_NAMES, ...HAND_WRITTEN_LIST_NAMES] as const;
export type GeneratedListName = (typeof GENERATED_LIST_NAMES)[number];
export type HandWrittenListName = (typeof HAND_WRITTEN_LIST_NAMES)[number];
export type WordListName = (typeof WORD_LIST_NAMES)[number];
export type WordLists = Record<WordListName, readonly string[]>;

/** The file's lines: its notes and each list's front-coded words by name, in the file's order. */
export interface WordListsText {
  notes: string[];
  coded: Map<string, string>;
}

export function readWordListsText(text: string): WordListsText {
  const notes: string[] = [];
  const coded = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) notes.push(line);
    else if (line) {
      const tab = line.indexOf('\t');
      if (tab <= 0) throw new Error(`not a word lists file: a line without a list's name: "${line.slice(0, 40)}"`);
      coded.set(line.slice(0, tab), line.slice(tab + 1));
    }
  }
  return { notes, coded };
}

/** The text of a word lists file (the inverse of readWordListsText). */
export function writeWordListsText({ notes, coded }: WordListsText): string {
  return [...notes, ...[...coded].map(([name, words]) => `${name}\t${words}`)].join('\n') + '\n';
}

/** `words` as one list's front-coded line payload (sorted, each word once). */
export const codeWordList = (words: readonly string[]): string => frontCode([...new Set(words)].sort());

/** Every list of a word lists file; throws an Error naming the list when one is missing. */
export function decodeWordLists(bytes: FileBytes): WordLists {
  const { coded } = readWordListsText(new TextDecoder().decode(bytes));
  const lists = {} as Record<WordListName, readonly string[]>;
  for (const name of WORD_LIST_NAMES) {
    const words = coded.get(name);
    if (words === undefined) throw new Error(`not a complete word lists file: no list ${name}`);
    lists[name] = frontCodedWords(words);
  }
  return lists;
}
