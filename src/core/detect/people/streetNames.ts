// Streets, roads and schools named after a person and written with the person's whole name: "Cesar Ortega, Jr. Blvd.",
// "Rosa Delgado Jr. Street", "Rep. Dorothy Haines Way". There the name is the street's, no mention of the person (who
// may still be named elsewhere in the story: "Haines, who died in July"). Read from the words right after the name only,
// so it costs a look at a few characters a run.
import type { Token } from './tokenize';
import type { WordClass } from './classify';
import { lazyPattern } from '../../text/lazyPattern';
import { wordSet } from '../../text/wordList';

/**
 * After a name: its suffix if any (", Jr.", " Sr.", " III"), then the noun of a street, a road, a bridge or a school.
 * The suffix's comma ends the name's run ("Cesar Ortega, Jr. Blvd."), and a suffix's full stop ends the name
 * ("Rosa Delgado Jr. Street"), so the noun is not in the run and namesakeOf does not see it.
 */
const STREET_AFTER = lazyPattern(() => /^(,?[ \t]+(?:Jr|Sr)\.?|[ \t]+(?:II|III|IV))?[ \t]+(?:Street|St\.|Avenue|Ave\.|Boulevard|Blvd\.?|Road|Rd\.|Drive|Parkway|Pkwy\.?|Lane|Highway|Hwy\.?|Expressway|Freeway|Bridge|Elementary|Middle[ \t]+School|High[ \t]+School)(?![\p{L}\d])/u);

/** A name's suffix, last in its run: "Rosa Delgado Jr." */
const SUFFIXES = wordSet('jr sr ii iii iv');

/** The words of a person's name, before the street's noun. */
const NAME_WORD = new Set<WordClass>(['given', 'unknown', 'surname', 'particle', 'initial']);

export interface StreetName {
  first: number;
  last: number;
  /** The token of a suffix written after the name's run (", Jr." of "Cesar Ortega, Jr. Blvd."), a run of its own. */
  suffix?: number;
}

/**
 * The street named after a person at this run, if the run is one: a full name (two words or more) right before a
 * street's noun, or ending in "Way" ("Dorothy Haines Way": "Way" is a surname too, so only after a given name and a
 * surname, never "Danielle Way" alone).
 */
export function streetNamedAfter(text: string, tokens: readonly Token[], classes: readonly WordClass[],
  run: { first: number; last: number }): StreetName | undefined {
  let first = run.first;
  // (after a title, or a headline's words: "Rep. Dorothy Haines Way", "Resolution to Rename Cesar Ortega, Jr. Street")
  while (first < run.last && classes[first] !== 'given') first++;
  const last = tokens[run.last];
  // ("Rep. John Lewis Way N.": the side of town written short after it)
  const way = last.shape === 'initial' && COMPASS.has(last.text) && run.last > first ? run.last - 1 : run.last;
  if (tokens[way].lower === 'way' && !tokens[way].possessive && way - first >= 2 && classes[first] === 'given') {
    for (let k = first; k < way; k++) if (!NAME_WORD.has(classes[k]) || tokens[k].possessive) return undefined;
    return { first, last: run.last };
  }
  if (last.possessive || run.last - first < 1 || classes[first] !== 'given') return undefined;
  const after = STREET_AFTER().exec(text.slice(last.end, last.end + 32));
  if (!after) return undefined;
  // (a surname that is a word too counts: "Rosa Parks Jr. Street"; what stands before a street's noun is its name)
  for (let k = first + 1; k <= run.last; k++) {
    // ("Martin Luther King, Jr. Blvd.": "King" is a title's word too)
    if (tokens[k].possessive || classes[k] === 'never') return undefined;
    if (!NAME_WORD.has(classes[k]) && classes[k] !== 'common' && classes[k] !== 'org' && classes[k] !== 'title' && !SUFFIXES.has(tokens[k].lower)) return undefined;
  }
  // the suffix as a token of its own after the run ("Jr" of ", Jr. Blvd.")
  const suffix = after[1] && run.last + 1 < tokens.length && tokens[run.last + 1].start < last.end + after[1].length
    ? run.last + 1 : undefined;
  return { first, last: run.last, suffix };
}

/** A house number right before the run: "1020 ", "415 " (not a year's comma or a count of people: "in 1998, ..."). */
const HOUSE_NUMBER_BEFORE = lazyPattern(() => /(?:^|[^\p{L}\d.,$£€-])\d{1,6}[ \t]$/u);

/**
 * "crews arrived at 1020 W. Genesee", "a call from 415 N. Maple": a compass point written short after a house number
 * opens a street's name, whatever the words after it (a given name's initial would never follow a number so).
 */
export function addressAt(text: string, tokens: readonly Token[], run: { first: number; last: number }): boolean {
  const opener = tokens[run.first];
  // "at 1420 Willow St.", "Maple Park, 88 Cedar Road": a house number, a word and a street's noun are an address; a
  // street's noun written short is never a name alone ("9 E. 26th St.", "St." cut from "St. Paul")
  // (the side of town written short after it: "1420 Willow St. S.")
  const last = run.last > run.first && tokens[run.last].shape === 'initial' && COMPASS.has(tokens[run.last].text) ? run.last - 1 : run.last;
  const end = tokens[last];
  if (STREET_ENDS.has(end.lower) && !end.possessive && (run.first === last ? end.lower.length <= 4 && end.lower !== 'lane' && text.charCodeAt(end.end) === 46
    : HOUSE_NUMBER_BEFORE().test(text.slice(Math.max(0, opener.start - 8), opener.start))
      && !YEAR_BEFORE.test(text.slice(Math.max(0, opener.start - 16), opener.start)))) return true;
  return run.last > run.first && opener.shape === 'initial' && COMPASS.has(opener.text) && text.charCodeAt(opener.end) === 46
    && HOUSE_NUMBER_BEFORE().test(text.slice(Math.max(0, opener.start - 8), opener.start))
    && !YEAR_BEFORE.test(text.slice(Math.max(0, opener.start - 16), opener.start));
}

/** "In 2019 W. Ross Kane retired": a year after a preposition of time is no house number. */
const YEAR_BEFORE = /\b(?:in|since|by|until|till|of|from|to|before|after|during|early|late|mid)[ \t]+(?:18|19|20)\d\d[ \t]$/i;

const COMPASS = wordSet('N S E W');

/** A street's noun last in an address, whole or short. */
const STREET_ENDS = wordSet('st ave rd blvd street avenue road boulevard lane drive');

/** A street's noun, last in a name a given name opens: "Wilbur Street", "Mabel Road" (no "Hall" or "Lake": people too). */
const STREET_NOUNS = wordSet('street road avenue lane drive boulevard');
/** "along ", "on ", "down ", "off ": a preposition of a way right before a street's name. */
const WAY_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:along|on|onto|down|up|off|across|in|into|at|near|from)[ \t]{1,2}$/u);

/**
 * "stopped along Wilbur Street when he was confronted": a given name and a street's noun after a preposition of a way
 * name the street, whatever pronoun follows (which is the person the sentence is about: "Tony Hall said he" stays).
 */
export function streetAfterWay(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  return STREET_NOUNS.has(tokens[last].lower) && !tokens[last].possessive
    && WAY_BEFORE().test(text.slice(Math.max(0, tokens[first].start - 8), tokens[first].start));
}
