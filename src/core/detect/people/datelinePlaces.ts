// The place of a wire story's dateline ("N'DJAMENA, Sept 10 (Reuters) -", "Kabul (AFP) -"): the agency wrote it as the
// place the story was filed from, so the same word alone elsewhere in the story is that place, never a person, however
// the sentence around it reads ("officers in N'Djamena, who asked not to be named, said": the "who" is the officers').
// One regular expression over the starts of lines; nothing is read where no line opens with a dateline.
import type { PersonMention } from '../spans';
import { lazyPattern } from '../../text/lazyPattern';

/** An agency's name in brackets, "(Reuters)": every dateline has one. */
const AGENCY = String.raw`\((?:Reuters|AP|AFP|UPI|Bloomberg|dpa|DPA|Xinhua|ANI|IANS|PTI|Kyodo|Yonhap|TASS|ANSA|EFE|Anadolu|KUNA|WAM|SPA|APA|CNA)\)`;

/**
 * A line opening with a place, in capitals or title case (up to four words), its region or country after a comma
 * perhaps, a day perhaps ("Sept 10", "10 September"), then an agency's name in brackets and a dash: a wire dateline.
 */
const WIRE_DATELINE = lazyPattern(() => new RegExp(String.raw`^[ \t]*[*_]{0,3}(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’.-]*){0,3})`
  + String.raw`(?:,[ \t]*\p{Lu}[\p{L}\p{M} .'’-]{1,30}?)?`
  + String.raw`(?:,?[ \t]+(?:\p{Lu}\p{Ll}{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?|\d{1,2}[ \t]+\p{Lu}\p{Ll}{2,8}\.?(?:[ \t]+\d{4})?))?`
  + String.raw`[ \t]*${AGENCY}`
  + String.raw`[*_]{0,3}[ \t]*[-–—]`, 'gmu'));
/** Tested before WIRE_DATELINE, whose letter classes cost about 5 ms to compile: a text with no agency's name in
 *  brackets never compiles them. */
const AGENCY_NAMED = new RegExp(AGENCY, 'u');

/** The places of the article's wire datelines, in lower case with one kind of apostrophe ("n'djamena"), and where each
 *  dateline's place stands. */
export function datelinePlaces(text: string): Map<string, number[]> {
  const places = new Map<string, number[]>();
  if (text.includes(')') && AGENCY_NAMED.test(text)) noteAll(text, WIRE_DATELINE(), places);
  if (RELEASE_DATE_DASH.test(text)) noteAll(text, RELEASE_DATELINE(), places);
  if (STATE_COLON.test(text)) noteAll(text, STATE_DATELINE(), places);
  return places;
}

function noteAll(text: string, pattern: RegExp, places: Map<string, number[]>): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const key = placeKey(m[1]);
    const at = places.get(key) ?? [];
    at.push(m.index + m[0].indexOf(m[1]));
    places.set(key, at);
  }
}

/**
 * A press release's dateline opening a line: the place, then its state or country ("Boxborough, MA, October 27, 2003 —
 * Corlan Inc. today …"), or the wire's name in brackets or slashes after the date ("Harlow, Aug. 15, 2019 (Newswire)
 * --"), the full date with its year, and a dash before the story's first word (no second date after it: "Ann Bell,
 * May 3, 1931 – June 2, 2020" is a life's span, a person's).
 */
const PLACE = String.raw`(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’.-]*){0,3})`;
const FULL_DATE = String.raw`,?[ \t]+\p{Lu}\p{Ll}{2,8}\.?[ \t]+\d{1,2},[ \t]*\d{4}`;
const WIRE_NAME = String.raw`[ \t]*(?:\([^()\n]{1,40}\)|\/[^/\n]{1,40}\/)`;
const RELEASE_DATELINE = lazyPattern(() => new RegExp(String.raw`^[ \t]*[*_|]{0,3}${PLACE}`
  + String.raw`(?:,[ \t]*\p{Lu}[\p{L}.]{1,15}(?:[ \t]\p{Lu}[\p{L}.]*){0,2}${FULL_DATE}(?:${WIRE_NAME})?|${FULL_DATE}${WIRE_NAME})`
  + String.raw`[ \t]*[-–—]{1,2}[ \t]+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}*\.?[ \t]+\d)\p{Lu}`, 'gmu'));
/** What every RELEASE_DATELINE holds, tested first: a day, a comma and a year (its FULL_DATE's end), perhaps the wire's
 *  name, then a dash ("in 1955 - to defend" has no day before its year: the pattern costs some 4-7 ms to compile). */
const RELEASE_DATE_DASH = /\d,[ \t]*\d{4}[ \t]*(?:\([^()\n]{1,40}\)|\/[^/\n]{1,40}\/)?[ \t]*[-–—]/;

/** A magazine's dateline in capitals, the town and its state written short, then a colon: "ANN ARBOR, MICH.: The
 *  theatre has announced …", "GLENCOE, ILL.:". */
const STATE_DATELINE = lazyPattern(() => /^[ \t]*(\p{Lu}[\p{Lu}'’.-]+(?:[ \t]\p{Lu}[\p{Lu}'’.-]*){0,3}),[ \t]\p{Lu}{2,5}\.(?:[ \t]?\p{Lu}\.)?:[ \t]/gmu);
/** What every STATE_DATELINE holds, tested first: a capital, a full stop and a colon. */
const STATE_COLON = /[A-Z]\.:/;

function placeKey(s: string): string {
  return s.toLowerCase().replace(/’/g, "'");
}

/**
 * The mentions without those that name a dateline's place and nothing more (the mention's whole entity is the place),
 * nor the dateline's own word. A person of whose name the place is a part ("George Washington" in a WASHINGTON story)
 * keeps every mention in the story.
 */
export function withoutDatelinePlaces(text: string, mentions: PersonMention[]): PersonMention[] {
  if (mentions.length === 0) return mentions;
  const places = datelinePlaces(text);
  if (places.size === 0) return mentions;
  return mentions.filter(m => !places.has(placeKey(m.entity)) && !places.get(placeKey(m.text))?.includes(m.start));
}
