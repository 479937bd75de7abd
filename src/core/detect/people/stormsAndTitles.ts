// Names in capitals that are no one's: a storm named in the article ("Hurricane Orla" makes "Orla Nears the Coast" a
// storm's headline), and a work's title built on the bare verb "be" ("Nothing Will Be Lost"). Both are read once per
// article, after every other rule, from the article's own words.
import type { PersonMention } from '../spans';
import type { PeopleLexicon } from '../lexicon';
import { lazyPattern } from '../../text/lazyPattern';

/** "Hurricane Orla", "Tropical Storm Orla", "Typhoon Orla", "Cyclone Orla", "Storm Orla": what a storm's name follows. */
const STORM_NAMED = lazyPattern(() => /(?:Hurricane|Typhoon|Cyclone|(?:Tropical|Winter|Subtropical)?[ \t]?Storm|Superstorm|Tropical[ \t]Depression)[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}-])/gu);

/** "Be" or "Been" written as a word of a name: no personal name has the bare verb, which a title in capitals does. */
const VERB_BE = /(?:^|[ \t])Be(?:en)?(?:[ \t]|$)/;

/** "on Sunday Night Football", "Friday Morning Live": a weekday and a part of the day in capitals open a show's title. */
const WEEKDAY_PART_OF_DAY = /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[ \t]$/;
const PART_OF_DAY = /^(?:Night|Morning|Afternoon|Evening)[ \t]/;

/** " a ", "An ": the article "a" right before a mention (within a short look-back). */
const ARTICLE_A_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])[Aa]n?[ \t]$/u);

/** The names the article gives to storms (empty where no storm word stands in the text). */
function stormNames(text: string): Set<string> {
  const names = new Set<string>();
  if (!/Hurricane|Typhoon|Cyclone|Storm/.test(text)) return names;
  for (const m of text.matchAll(STORM_NAMED())) names.add(m[1]);
  return names;
}

/** The mentions without a storm's name (every mention whose name opens with it) or a title built on "be". */
export function stormsAndTitles(text: string, mentions: PersonMention[], lex: PeopleLexicon): PersonMention[] {
  const storms = stormNames(text);
  // "issued a Winter Storm Watch", "a Glance Poster": a name of two words or more, opened by no given name, that the
  // article only ever writes after "a" is a thing's label in capitals (a person's name after "a" opens with a given
  // name, "a Dana Reyes film", or comes back without it, "Reyes said")
  const afterA = new Set<string>();
  const notAfterA = new Set<string>();
  for (const m of mentions) {
    // (the label again in block capitals, "WINTER STORM WARNING IN EFFECT", says nothing either way)
    if (m.text !== m.entity && m.text === m.text.toUpperCase()) continue;
    const sp = m.entity.indexOf(' ');
    // (nor by a given name followed by two words of the language or more: "a Winter Storm Warning")
    const a = m.text === m.entity && sp > 0 && (!lex.givenNames.has(m.entity.slice(0, sp).toLowerCase()) || wordsOfTheLanguage(m.entity.slice(sp + 1), lex))
      && ARTICLE_A_BEFORE().test(text.slice(Math.max(0, m.start - 4), m.start));
    (a ? afterA : notAfterA).add(m.entity);
  }
  return mentions.filter((m) => {
    if (VERB_BE.test(m.text)) return false;
    if (afterA.has(m.entity) && !notAfterA.has(m.entity)) return false;
    if (PART_OF_DAY.test(m.text) && WEEKDAY_PART_OF_DAY.test(text.slice(Math.max(0, m.start - 10), m.start))) return false;
    if (storms.size === 0) return true;
    const words = m.entity.split(' ');
    // (the storm's name written alone, before a word of the language or opening a headline's words: "Orla Nears
    // Landfall"; a resident the story quotes by a given name and a surname, "Orla Brennick", stays where so written)
    return !(storms.has(words[0]) && (m.text === words[0] || words.length !== 2 || lex.commonWords.has(words[1].toLowerCase())));
  });
}

/** Two words of the language or more, every one ("Storm Warning"), as no surname is written. */
function wordsOfTheLanguage(rest: string, lex: PeopleLexicon): boolean {
  const words = rest.split(' ');
  return words.length >= 2 && words.every((w) => lex.commonWords.has(w.toLowerCase()));
}
