// Decides, for one run of capitalised words, which part (if any) may be a person's name, and how sure we are.
import type { Token } from './tokenize';
import type { Run } from './candidates';
import type { PeopleLexicon } from '../lexicon';

export type WordClass = 'title' | 'never' | 'org' | 'demonym' | 'place' | 'given' | 'surname' | 'common' | 'initial' | 'unknown';

export function classifyWord(t: Token, lex: PeopleLexicon): WordClass {
  if (t.shape === 'initial') return 'initial';
  const w = t.lower;
  if (lex.neverNames.has(w)) return 'never';
  if (lex.titles.has(w)) return 'title';
  if (lex.nonPersonWords.has(w) || lex.organisations.has(w)) return 'org';
  if (lex.demonyms.has(w)) return 'demonym';
  if (lex.givenNames.has(w)) return 'given';
  if (lex.places.has(w)) return 'place';
  if (lex.surnames.has(w)) return 'surname';
  if (lex.commonWords.has(w) || isCommonPlural(w, lex)) return 'common';
  // "Ontario-based", "U.S.-led": a modifier before the name, never part of it
  if (/-(?:based|led|born|owned|backed|run)$/.test(w)) return 'demonym';
  return 'unknown';
}

/** "Eagles", "Marines", "Newspapers": plurals of ordinary words name teams and groups, not people. */
function isCommonPlural(w: string, lex: PeopleLexicon): boolean {
  if (w.length < 4 || w.charCodeAt(w.length - 1) !== 115 /* s */) return false;
  const stem = w.slice(0, -1);
  if (lex.givenNames.has(stem) || lex.surnames.has(stem)) return false;
  return lex.commonWords.has(stem) || lex.demonyms.has(stem) || (w.endsWith('es') && lex.commonWords.has(w.slice(0, -2)));
}

/** The part of a run left once titles, nationalities, places and capitalised ordinary words are peeled off. */
export interface NamePart {
  first: number;
  last: number;
  /** A title stood right before the name inside the run: "President Zelensky". */
  titled: boolean;
}

/**
 * The name part of a run: what follows the last title, organisation word or nationality ("Security Council
 * President Tono Eitel" → "Tono Eitel"), less leading places and ordinary words ("After Simmons" → "Simmons").
 * Undefined when nothing name-like is left, as when the run ends in an organisation word ("Manchester United").
 */
export function namePart(tokens: readonly Token[], run: Run, classes: readonly WordClass[], lex: PeopleLexicon):
  NamePart | undefined {
  let first = run.first;
  let titled = false;
  for (let k = run.first; k <= run.last; k++) {
    const c = classes[k];
    // a title word right after a given name is a surname: "John Major", "Billie Jean King"
    if (c === 'title' && !(k > first && classes[k - 1] === 'given')) { first = k + 1; titled = true; }
    else if (c === 'org' || c === 'never' || c === 'demonym') { first = k + 1; titled = false; }
  }
  while (first < run.last && (classes[first] === 'place' || classes[first] === 'common')) { first++; titled = false; }
  let last = run.last;
  // a lone or trailing initial is no name: "Group B." or the "U.S." of "U.S. envoy"
  while (last >= first && classes[last] === 'initial') last--;
  if (last < first) return undefined;
  if (namesPlaceOrOrganisation(tokens, run.first, first, last, lex)) return undefined;
  return { first, last, titled };
}

/** "Sri Lanka", "Los Angeles Dodgers": a known multi-word place or organisation reaching into the name part. */
function namesPlaceOrOrganisation(tokens: readonly Token[], runFirst: number, first: number, last: number,
  lex: PeopleLexicon): boolean {
  for (let k = runFirst; k < last; k++) {
    let phrase = tokens[k].lower;
    for (let n = k + 1; n <= last && n <= k + 3; n++) {
      phrase += ' ' + tokens[n].lower;
      if (n >= first && (lex.places.has(phrase) || lex.organisations.has(phrase))) return true;
    }
  }
  return false;
}
