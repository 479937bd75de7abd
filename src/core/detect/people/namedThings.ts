// Names that are things: a place or a body named after a person ("Sela Dorin International Airport"), a work's title
// opened by "The", a results line's team column, a chamber counted by its seats. Each is read from the words around a
// run, before the run's evidence of a person is weighed.
import type { Token } from './tokenize';
import type { WordClass } from './classify';
import { wordAfter } from './words';
import { lastQuoteMarkBefore } from './quoteMarks';
import { HOLIDAYS } from '../dates/holidays';
import { lazyPattern } from '../../text/lazyPattern';
import { peopleLexicon } from '../lexicon';
import { wordSet } from '../../text/wordList';

/** "The " with its capital, opening a sentence or a title: "The Winter Ledger", "'The Salt House'". */
const CAPITAL_THE_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])The[ \t]$/u);

/** After a title: "is", "was", "runs", "opened" (a verb), or a closing quotation mark or a full stop; "said" after a
 *  body's name ("The Garda Síochána said"), which no person has "The" before. */
const VERB_AFTER_TITLE = lazyPattern(() => /^(?:is|was|has|had|will|would|can|could|opens|closes|runs|ran|won|wins|tells|told|said|says|follows|returns|transfers|sold|sells|\p{Ll}{2,}ed)$/u);

function titleEndsAfter(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  if (next === 39 || next === 0x2019 || next === 34 || next === 0x201d || next === 42 /* * */) return true;
  const after = wordAfter(text, end);
  return after.adjacent && VERB_AFTER_TITLE().test(after.word);
}

/** " (Sweden) ", " (Czech Republic) ": a competitor's country in brackets, right before the next column. */
const TEAM_COLUMN_BEFORE = lazyPattern(() => /\p{L} \(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?\) $/u);


/**
 * The full name at the head of a run that goes on with the name of what was named after it: "Tomas Aldana Memorial
 * Hospital", "The Halvard Brenning Foundation" (two name words or more, the first no word of the language).
 */
export function namesakeOf(tokens: readonly Token[], classes: readonly WordClass[], run: { first: number; last: number }):
  { first: number; last: number } | undefined {
  let first = run.first;
  while (first < run.last && classes[first] === 'never') first++;
  let k = first;
  while (k <= run.last && NAME_WORD.has(classes[k])) k++;
  if (k - first < 2 || k > run.last || classes[first] === 'particle' || classes[k] !== 'org') return undefined;
  for (let n = k; n <= run.last; n++) {
    if (classes[n] !== 'org') return undefined;
    if (peopleLexicon().namesakeNouns.has(tokens[n].lower)) return { first, last: k - 1 };
  }
  return undefined;
}

const NAME_WORD = new Set<WordClass>(['given', 'unknown', 'surname', 'particle', 'initial']);

/**
 * "at ", "out of ", "leave ": what stands before a place's name (not "of" alone, "a portrait of Tomas Aldana", nor
 * whom a person writes or gives to, "wrote to", "a gift from"; flights are read by flightPlace).
 */
const PLACE_WORD_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:at|in|into|near|outside|inside|via|around|out[ \t]of|leave|leaving)[ \t]{1,2}$/u);

export function placeWordBefore(text: string, start: number): boolean {
  return PLACE_WORD_BEFORE().test(text.slice(Math.max(0, start - 14), start));
}

/** "the 450-seat ", "the 27-member ": "the" and a count of seats, members or nations (not an age: "the 24-year-old "). */
const COUNTED_BODY_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])[Tt]he[ \t]{1,2}\d[\d,]*-(?:seat|member|nation|state|country|strong)[ \t]{1,2}$/u);

export function countedBodyBefore(text: string, start: number): boolean {
  // (the blank before the name and the count's hyphen first: the end-anchored pattern is tried before nearly every name)
  const blank = text.charCodeAt(start - 1);
  if (blank !== 32 && blank !== 9) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  return before.includes('-') && COUNTED_BODY_BEFORE().test(before);
}

/**
 * "The Winter Ledger runs until March", "'The Salt House'": a capitalised "The" right before a run of name words that a
 * verb or the title's end follows (from `start` to `end` in the text).
 */
export function titleOfWork(text: string, start: number, end: number): boolean {
  return CAPITAL_THE_BEFORE().test(text.slice(Math.max(0, start - 6), start)) && titleEndsAfter(text, end);
}

/** A quotation of three to ten words on one line, each of four letters or more capitalised: a work's title ("Dolores
 *  Live at Red Rocks", "Lupe in the Blue Room", "Captain Pickle 3"), not words someone said, nor a name ("Anna Berg"). */
const QUOTED_TITLE = lazyPattern(() => /^["“]((?:[\p{Lu}\d][\p{L}\d'’-]*|\p{Ll}{1,3})(?:[ \t](?:[\p{Lu}\d][\p{L}\d'’-]*|\p{Ll}{1,3})){2,9})["”]/u);

/**
 * QUOTED_TITLE's shape without its letter classes (which cost some 0.2 ms to compile): a capital as any character from
 * A to Z or beyond ASCII (a surrogate half too), a word in small letters as up to three from a to z or any with one
 * beyond ASCII among its first three, a word's other characters as any but a space, a quotation mark or punctuation.
 * Tried first: a quotation that opens a long sentence ("Military wives for McCain" are …) stops at its first word of
 * four small letters or at its first comma.
 */
const QUOTED_TITLE_WORD = String.raw`(?:[A-Z\d\u0080-\uffff][^\s"”.,;:!?()]*|[a-z]{1,3}|[a-z]{0,2}[\u0080-\uffff][^\s"”.,;:!?()]*)`;
const QUOTED_TITLE_SHAPE = new RegExp(String.raw`^["“]${QUOTED_TITLE_WORD}(?:[ \t]${QUOTED_TITLE_WORD}){2,9}["”]`);

/** Whether `start`…`end` stands inside a quoted title of a work: the names in it are the work's words. */
export function inQuotedTitle(text: string, start: number, end: number): boolean {
  // the opening quotation mark: the last one within 80 characters, no line break or closing mark after it
  const open = lastQuoteMarkBefore(text, start, 81);
  if (open < 0 || text[open] === '\n' || text[open] === '”') return false;
  const quoted = text.slice(open, end + 90);
  const title = QUOTED_TITLE_SHAPE.test(quoted) ? QUOTED_TITLE().exec(quoted) : null;
  return title !== null && open + title[0].length > end;
}

/** "2. Sofia Lindqvist (Sweden) Brabant 1:19.455": one word after a competitor's country, before a time or a figure. */
export function teamColumn(text: string, start: number, end: number): boolean {
  // (the bracket and space before the word, the space and figure after it, tested first: asked of nearly every name)
  return text.charCodeAt(start - 2) === 41 /* ) */ && text.charCodeAt(end) === 32 && /\d/.test(text.charAt(end + 1))
    && TEAM_COLUMN_BEFORE().test(text.slice(Math.max(0, start - 24), start));
}

/** The Spanish articles, which open the names of airlines, papers, leagues and the weather ("El Al", "La Liga"). */
const ARTICLE_OPENERS = wordSet('El La Los Las');
/** A capitalised word before a name that is no word of it: an article, or a preposition opening a sentence. */
const NOT_A_NAME_BEFORE = wordSet('The A An In On At By For From With To Of');
const WORD_BEFORE = lazyPattern(() => /(\p{Lu}[\p{Ll}'’-]+)[ \t]{1,2}["“'‘]?$/u);

/**
 * "El Al said", "El Mundo reported", "La Liga's clubs": the name from `start` to `end`, of two words, is opened
 * by a Spanish article and names no person; a person's only where the article also gives it as the end of a longer
 * name ("Mohamed El Baradei" makes "El Baradei said" his; "the El Al flight" is no such name). The answer is the
 * same for every mention of the name, so it is kept in `answered` (one map a text): a long text naming "La Liga" a
 * thousand times is read through once, not once a mention.
 */
export function articleOpenedName(text: string, start: number, end: number, answered: Map<string, boolean>): boolean {
  const name = text.slice(start, end), space = name.indexOf(' ');
  // (two words: after the article a third is a name's, "El Mehdi Tarrow" a Moroccan given name and a surname)
  if (space < 0 || name.indexOf(' ', space + 1) >= 0 || !ARTICLE_OPENERS.has(name.slice(0, space))) return false;
  let answer = answered.get(name);
  if (answer === undefined) {
    answer = true;
    for (let at = text.indexOf(name); at >= 0 && answer; at = text.indexOf(name, at + 1)) {
      const before = WORD_BEFORE().exec(text.slice(Math.max(0, at - 24), at));
      if (before && !NOT_A_NAME_BEFORE.has(before[1])) answer = false;
    }
    answered.set(name, answer);
  }
  return answer;
}

/** Imperatives that open a campaign's name: "Save Tarrow Fields", "Stop the Kell Incinerator", "Keep Orbury Green". */
const CAMPAIGN_VERBS = wordSet('Save Stop Protect Keep Defend Reclaim Rescue');
const REPORTED_AFTER = /^[ \t]{1,2}(?:said|says|told|urged|called|warned|claimed|added)\b/;

/**
 * "Residents' group Save Tarrow Fields said it would …": the run from `first` is a campaign's name, opened by an
 * imperative (inside a sentence, or opening one before a reporting verb: an order given would not be "said").
 */
export function campaignName(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  return last > first && CAMPAIGN_VERBS.has(tokens[first].text)
    && (!tokens[first].sentenceStart || REPORTED_AFTER.test(text.slice(tokens[last].end, tokens[last].end + 10)));
}

/** The words and marks a holiday's name is written with (../dates/holidays.ts): "jr", ".", "'", "s". */
const HOLIDAY_WORD = lazyPattern(() => /\p{L}+|[.'’]/gu);
/** Holidays named after a person, by their first word: "Martin Luther King Jr. Day", "Guy Fawkes Night". */
const HOLIDAYS_BY_FIRST_WORD = new Map<string, (readonly string[])[]>();
for (const { words } of HOLIDAYS) {
  if (words.length < 2) continue;
  const list = HOLIDAYS_BY_FIRST_WORD.get(words[0]) ?? [];
  list.push(words);
  HOLIDAYS_BY_FIRST_WORD.set(words[0], list);
}

/**
 * Whether a holiday's name opens at `start` ("Martin Luther King Jr. Day", "Guy Fawkes Night"): the name of a day, not
 * the person it is named after. Bounded: the 48 characters from `start`.
 */
export function holidayNamedAt(text: string, start: number, firstWord: string): boolean {
  const candidates = HOLIDAYS_BY_FIRST_WORD.get(firstWord);
  if (!candidates) return false;
  const words = (text.slice(start, start + 48).match(HOLIDAY_WORD()) ?? []).map(w => (w === '’' ? "'" : w.toLowerCase()));
  return candidates.some(holiday => holiday.every((w, k) => words[k] === w));
}

/** Words of the land that end a place's name, and are surnames as well ("Tom Ridge", "Ana Forest"). */
const LANDFORMS = wordSet('ridge creek hollow canyon cove glen bluff bluffs mesa butte peak'
  + ' hills forest beach meadow knoll crossing crater caldera basin gorge trench plateau reef'
  + ' atoll fjord grove rim vista');

/** Words of the land that end a place's name and no list gives as a surname: after a given name too they name a place
 *  ("Raoul Island", "Ellis Island", "Valdes Peninsula"), as a picture's caption names one on a line of its own. */
const LANDFORMS_NO_SURNAME = wordSet('island islands isle isles peninsula archipelago atoll lagoon'
  + ' glacier volcano strait straits'
  // and the waters a ferry or a ship passes through or lies in: "Rich Passage", "Cook Inlet"
  + ' passage inlet channel estuary narrows shoal shoals sandbar bayou'
  // and the places a park or a forest keeps for visitors, and Japan's provinces: "Algoma Campground", "Aichi Prefecture"
  + ' campground campgrounds campsite trailhead overlook reservoir prefecture prefectures');

/** "Cedar Ridge", "Harmon Creek": two or more words ending in a word of the land, the first no given name or title. */
export function landformName(tokens: readonly Token[], classes: readonly WordClass[], part: { first: number; last: number; titled: boolean }): boolean {
  if (part.last <= part.first || part.titled || tokens[part.last].possessive || classes[part.first] === 'initial') return false;
  const last = tokens[part.last].lower;
  // ("Sierra National Forest", "Acadia National Park": "National" before the last word names a place or a body)
  if (tokens[part.last - 1].lower === 'national') return true;
  return (LANDFORMS.has(last) && classes[part.first] !== 'given') || (LANDFORMS_NO_SURNAME.has(last) && classes[part.last] !== 'surname' && classes[part.last] !== 'given');
}

/** Sports whose national bodies are named by the sport and the country: "Cricket Ireland", "Rugby Australia". */
const SPORTS = wordSet('cricket rugby football hockey netball golf cycling rowing sailing'
  + ' basketball volleyball baseball softball badminton squash triathlon archery boxing judo'
  + ' gymnastics athletics swimming tennis hurling bowls equestrian canoeing skiing surfing');

/** "Cricket Ireland said", "Hockey Canada": a sport and a place name the sport's body there, no person. */
export function sportsBody(tokens: readonly Token[], classes: readonly WordClass[], part: { first: number; last: number }): boolean {
  return part.last === part.first + 1 && SPORTS.has(tokens[part.first].lower) && classes[part.last] === 'place';
}

/** Nouns of streets and squares that other languages put after the name they take: "Bartók Béla út", "Anna Nagar". */
const PLACE_NOUNS_AFTER = wordSet('utca út tér körút ulica ulitsa straat gracht laan plein'
  + ' strasse straße gasse platz allee caddesi sokak bulvarı marg nagar chowk'
  // and the institutes, universities and hospitals Scandinavian names end in: "Karolinska Institutet"
  + ' institutet instituttet universitetet sjukhuset sykehuset högskolan museet stiftung');

/** Whether the name of `part` is a place's or a body's, after (or opening with) such a noun, or before (or ending with)
 *  a street's; `before` and `after` are the words beside it (wordBefore, wordAfter). */
export function namesakeAfterPlaceNoun(tokens: readonly Token[], part: { first: number; last: number }, before: string, after: string): boolean {
  if (peopleLexicon().placeNounsBefore.has(before)) return true;
  if (PLACE_NOUNS_AFTER.has(after)) return true;
  return part.last > part.first && (peopleLexicon().placeNounsBefore.has(tokens[part.first].lower) || PLACE_NOUNS_AFTER.has(tokens[part.last].lower));
}
