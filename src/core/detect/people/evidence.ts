// Evidence from a name's surroundings that it names a person: a role before it, "said" after it, an age beside it.
import type { Token } from './tokenize';
import type { PeopleLexicon } from '../lexicon';
import type { NamePart, WordClass } from './classify';
import { wordAfter, wordBefore, wordsAfter } from './words';

export interface Evidence {
  /** "Mr", "President", "striker" right before. */
  titled: boolean;
  /**
   * A title only people carry ("Ms", "Chief", "Senator") right before; "rival", "owner" or "leader" describe
   * companies too, so they do not outweigh the article's evidence that the name is one.
   */
  personTitle: boolean;
  /** "said", "told" right after (or "said X" right before). */
  reported: boolean;
  /** ", 35," or ", who" right after. */
  appositive: boolean;
  /** A person-typical verb right after: "resigned", "scored". */
  acted: boolean;
  /** "the", "in", "at" right before: more likely a place or an organisation. */
  placeLead: boolean;
  /** "the daily Le Matin", "Charles de Gaulle airport": a noun beside it says it is no person. */
  organisationContext: boolean;
  /** Of those, a noun before it: "the carrier Carl Vinson", "carmaker Brenner Motorwerke". */
  organisationBefore: boolean;
  /** First word is a known given name. */
  givenFirst: boolean;
  /** First word is a family name written first ("Xi Jinping"). */
  familyFirst: boolean;
  /** Full words in the name, initials not counted. */
  words: number;
  /** Lower-case particles among them: the "van den" of "Willem van den Broek". */
  particles: number;
  hasInitial: boolean;
}

export function gatherEvidence(text: string, tokens: readonly Token[], part: NamePart, classes: readonly WordClass[],
  lex: PeopleLexicon): Evidence {
  const before = wordBefore(text, tokens[part.first].start);
  const after = tokens[part.last].possessive ? undefined : wordAfter(text, tokens[part.last].end);
  const lowerBefore = before.adjacent ? before.word : '';
  const lowerAfter = after?.adjacent ? after.word : '';
  let words = 0;
  let particles = 0;
  let hasInitial = false;
  for (let k = part.first; k <= part.last; k++) {
    if (classes[k] === 'initial') hasInitial = true; else words++;
    if (tokens[k].shape === 'lower') particles++;
  }
  const firstToken = tokens[part.first];
  const firstClass = classes[part.first];
  return {
    titled: part.titled || lex.roleNouns.has(lowerBefore) || lex.titles.has(lowerBefore) || isAged(lowerBefore),
    personTitle: (part.titled && part.first > 0 && lex.titles.has(tokens[part.first - 1].lower)) || lex.titles.has(lowerBefore)
      || isAged(lowerBefore),
    // "…," said Budanov. — but not "said Eagles owner Jeffrey Lurie"
    reported: lex.reportingVerbs.has(lowerAfter)
      || ((lowerBefore === 'said' || lowerBefore === 'says') && (after === undefined || !after.adjacent || after.numeric)),
    appositive: !tokens[part.last].possessive
      && (appositiveAfter(text, tokens[part.last].end) || roleAppositive(text, tokens[part.last].end, lex)),
    acted: lex.personVerbs.has(lowerAfter),
    placeLead: lex.placeOrOrgLeads.has(lowerBefore),
    organisationContext: lex.organisationNounsBefore.has(lowerBefore)
      || (!tokens[part.last].possessive && lex.organisationNounsAfter.has(lowerAfter)),
    organisationBefore: lex.organisationNounsBefore.has(lowerBefore),
    givenFirst: firstClass === 'given' && !(firstToken.sentenceStart && lex.commonWords.has(firstToken.lower)),
    familyFirst: lex.familyNamesFirst.has(firstToken.lower) && part.last > part.first && !firstToken.sentenceStart,
    words,
    particles,
    hasInitial,
  };
}

/** "20-year-old Tiger Woods" */
const AGED = /^\d{1,3}-year-old$/;
const isAged = (word: string) => word.endsWith('-year-old') && AGED.test(word);

/** Words that may stand between ", the" and a role noun: ", the former deputy minister". */
const ROLE_MODIFIERS = new Set(['the', 'a', 'an', 'former', 'deputy', 'vice', 'acting', 'new', 'then', 'top', 'senior',
  'chief', 'veteran', 'his', 'her', 'its', 'their', 'assistant', 'general', 'head', 'team', 'club', 'party']);

/** ", the chairman of …", ", a former minister" right after the name. */
function roleAppositive(text: string, end: number, lex: PeopleLexicon): boolean {
  if (text.charCodeAt(end) !== 44 /* , */) return false;
  const words = wordsAfter(text, end, 4);
  for (let k = 0; k < words.length; k++) {
    const { gap, word } = words[k];
    if (!(k === 0 ? /^,\s{1,2}$/.test(gap) : /^\s{1,2}$/.test(gap)) || word !== word.toLowerCase()) return false;
    // ", police said": the role noun is the next clause's subject, not the name's apposition
    if (lex.roleNouns.has(word)) return !(k + 1 < words.length && lex.reportingVerbs.has(words[k + 1].word));
    if (!ROLE_MODIFIERS.has(word)) return false;
  }
  return false;
}

// ", 35," — an age in apposition; ", who" — a relative clause about a person. Bounded look-ahead.
const APPOSITIVE = /^,\s(?:\d{1,2},\s|who\s|whose\s|aged\s\d)/;

function appositiveAfter(text: string, end: number): boolean {
  return text.charCodeAt(end) === 44 /* , */ && APPOSITIVE.test(text.slice(end, end + 12));
}
