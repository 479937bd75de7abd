// Towns, neighbourhoods and streets that local news names the way it names people: "a 39-year-old Corbin man", "a
// resident of Monte Verde", "people who live on Alder Vale". Each is read from a few characters beside the name, as
// evidence of a place (evidence.ts), so every mention of that name in the story is the place unless the story shows a
// person of it.
import { lazyPattern } from '../../text/lazyPattern';
import { wordSet } from '../../text/wordList';

/** The people a hometown describes: "a 27-year-old Millbrook woman", "a Corbin teen". */
const PERSON_AFTER = lazyPattern(() => /^[ \t]+(?:man|woman|men|women|boy|girl|teen|teenager|youth|resident|residents|couple|native|family|mother|father|motorist|driver)(?![\p{L}\d'’-])/u);

/** "a ", "an ", "a 39-year-old ", "two ": what opens a hometown before its people (not "the": "the Carter family"). */
const HOMETOWN_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:[Aa]n?|[Tt]wo|[Tt]hree|[Ff]our)[ \t]+(?:\d{1,3}-year-old[ \t]+)?$/u);

/**
 * "A 39-year-old Corbin man was arrested", "two Millbrook women": a name between "a" (and an age) and a noun of people
 * is where they come from. A person's name never stands so ("a 39-year-old Tom Ruiz" has no "man" after it).
 */
export function hometownBetween(text: string, start: number, end: number): boolean {
  // (a blank, then a blank or a small letter, first: the people's nouns are written in small ASCII letters)
  const blank = text.charCodeAt(end);
  const next = text.charCodeAt(end + 1);
  if ((blank !== 32 && blank !== 9) || !(next === 32 || next === 9 || (next >= 97 && next <= 122))) return false;
  return PERSON_AFTER().test(text.slice(end, end + 12)) && HOMETOWN_BEFORE().test(text.slice(Math.max(0, start - 24), start));
}

/** "residents of ", "a native of ", "who live on ", "living in ": where people live, a place's name follows. */
const LIVES_AT_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:residents?[ \t]+of|natives?[ \t]+of|(?:lives?|lived|living)[ \t]+(?:on|in))[ \t]+$/iu);

/** LIVES_AT_BEFORE in small letters without letter classes, tried on the text lower-cased first: the pattern's
 *  case-blind letter classes cost some 0.4 ms to compile ("ſ" is the one character its flags fold to a letter of it
 *  that lower-casing leaves). BODY_IN_END is the same for BODY_IN_BEFORE. */
const LIVES_AT_END = /(?:residents?[ \t]+of|natives?[ \t]+of|(?:lives?|lived|living)[ \t]+(?:on|in))[ \t]+$|ſ/;

export function residenceBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  return LIVES_AT_END.test(before.toLowerCase()) && LIVES_AT_BEFORE().test(before);
}

/**
 * "officials in ", "Police in ", "a court in ", "taken to a medical center in ": the bodies a crime report places in a
 * town before its name ("Police in Charlotte said the man was armed", "officials in Dallas said"); the verb after the
 * name is theirs, and the name the town's.
 */
const BODY_IN_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:police|officials|authorities|detectives|investigators|prosecutors|officers|deputies|troopers|residents|court|judge|jury|jurors|hospital|center|centre)[ \t]+in[ \t]+$/iu);

const BODY_IN_END = /(?:police|officials|authorities|detectives|investigators|prosecutors|officers|deputies|troopers|residents|court|judge|jury|jurors|hospital|center|centre)[ \t]+in[ \t]+$|ſ/;

export function bodyInBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 28), start);
  return BODY_IN_END.test(before.toLowerCase()) && BODY_IN_BEFORE().test(before);
}

/**
 * "in eastern Kafr Dunis", "the fighting in north-western Tal Roumi": a region of the compass written in lower case
 * right before a name says the name is a place; nobody writes "eastern Jane Dunn". Read only when the word before
 * ends in "ern" or is "central" (the caller's cheap test), and case-sensitive: "Eastern Airlines" opens its own name.
 */
const COMPASS_BEFORE = /(?:^|[^\p{L}-])(?:(?:north|south)-?)?(?:eastern|western|northern|southern|central)[ \t]$/u;

export function compassRegionBefore(text: string, start: number, lowerBefore: string): boolean {
  return (lowerBefore.endsWith('ern') || lowerBefore === 'central') && COMPASS_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}

/**
 * Words that open the names of towns and villages in Hebrew and Arabic, as "Fort" or "Mount" do in English: "house
 * of" (Beit Lavi, Bayt Qarun), "spring of" (Ein Harod), "monastery of" (Deir Salem), "ruin of" (Khirbet Adas), "stream
 * of" (Nahal Oren). First in a name of two words or more, they make a place of it; inside a person's name they are a
 * surname's part ("Roei Beit Yaakov"), which this does not read.
 */
const PLACE_OPENERS = wordSet('beit bayt ein deir dayr khirbet nahal');

export function placeOpener(lowerFirst: string, words: number): boolean {
  return words > 1 && PLACE_OPENERS.has(lowerFirst);
}
