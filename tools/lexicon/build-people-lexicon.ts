// Writes the name, place and vocabulary lists of src/core/detect/lexicon/word-lists.txt from the word lists inside
// compromise (MIT licence, https://github.com/spencermountain/compromise), so the people detector ships plain word
// sets and not the 365 KB library. Run after upgrading compromise:
//   node --import tsx tools/lexicon/build-people-lexicon.ts
import { createRequire } from 'node:module';
import { updateWordLists } from './wordListsSource';

const requireCommonJs = createRequire(import.meta.url);
const nlp = requireCommonJs('compromise') as { version: string; model(): { one: { lexicon: Record<string, string | string[]> } } };
const { version } = nlp;

const byTag = new Map<string, Set<string>>();
for (const [word, tags] of Object.entries(nlp.model().one.lexicon)) {
  for (const tag of Array.isArray(tags) ? tags : [tags]) {
    if (!byTag.has(tag)) byTag.set(tag, new Set());
    byTag.get(tag)?.add(word);
  }
}
const words = (...tags: string[]) => [...new Set(tags.flatMap(t => [...(byTag.get(t) ?? [])]))]
  .filter(w => /^[\p{L}][\p{L}' .&-]*$/u.test(w))
  .sort();
const singleWords = (list: string[]) => list.filter(w => !w.includes(' '));

// Tags that mark ordinary vocabulary: a capitalised sentence start made of one of these is not a name.
const COMMON_TAGS = ['PhrasalVerb', 'Gerund', 'PastTense', 'PresentTense', 'Plural', 'Infinitive', 'Adjective', 'Singular',
  'Actor', 'Comparative', 'Superlative', 'Uncountable', 'Participle', 'Adverb', 'Preposition', 'Conjunction', 'Determiner',
  'Pronoun', 'Modal', 'Reflexive', 'Possessive', 'QuestionWord', 'Verb', 'Copula', 'Negative', 'Condition', 'Expression',
  'TextValue', 'Cardinal', 'Ordinal', 'Multiple', 'Duration', 'Noun'];

const lists = {
  GIVEN_NAMES: singleWords(words('FirstName', 'MaleName', 'FemaleName')),
  SURNAMES: singleWords(words('LastName')),
  PLACE_NAMES: words('Country', 'City', 'Region'),
  DEMONYMS: singleWords(words('Demonym')),
  ORGANISATION_NAMES: words('Organization', 'SportsTeam'),
  COMMON_WORDS: singleWords(words(...COMMON_TAGS)),
  // never part of a name, so the scanner may drop them outright: "During", "Although", "Their"
  FUNCTION_WORDS: singleWords(words('Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Modal', 'Copula', 'QuestionWord',
    'Possessive', 'Reflexive', 'Negative', 'Condition')),
};

updateWordLists('tools/lexicon/build-people-lexicon.ts', `compromise ${version} (MIT licence, Copyright (c) 2019 Spencer Kelly)`, lists);
