// A weekday named before its clause's verb ("On Tuesday, the storm will bring …", "Tuesday and Wednesday are slated for
// tributes", "Sunday's race … will again be the focus"): the tense rules read a weekday's own verb phrase, a few words
// round it, and miss the verb that comes after the clause's subject; with no tense the day is the one just gone. Here
// the clause is read on from the day to its verb: a future auxiliary or an arrangement there puts the day ahead; a past
// form, a relative clause or a second subject stops the reading (the day stays as the other rules leave it).
import { isPastWord } from './tense';
import { lazyPattern } from '../../text/lazyPattern';
import { wordSet } from '../../text/wordList';

/** Other weekdays listed after the first ("Tuesday and Wednesday", "Friday, Saturday or Sunday"), a part of the day too. */
const LISTED_DAYS = /^(?:\s*(?:,|,?\s*(?:and|or|&))\s*(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?)*/i;

/** Where a weekday opening its sentence is set off before the clause: "On Tuesday, ", "Wednesday at Kestrel Park, ". */
const SET_OFF_AFTER = lazyPattern(() => /^(?:\s+(?:at|in)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})?\s*,\s+/u);

/** A possessive's event of up to three words, a place after it perhaps: "'s race in Moscow", "'s final at Kestrel Park". */
const POSSESSIVE_EVENT = lazyPattern(() => /^['’]s(?:\s+(?!(?:in|at|is|are|was|were|will|has|had)\s)[\p{Ll}-]+){1,3}(?:\s+(?:in|at)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})?/u);

/** An aside set off by commas opening with a determiner or a number: ", the 14th edition since it began in 1983,". */
const APPOSITION = /^\s*,\s*(?:the|a|an|one|its|their|his|her|\d+)\s[^,;:.!?()]{1,90},/i;

/** Before the weekday as the subject of "is" or "are": nothing, a clause's mark, a reporting verb or "while" ("said
 *  Tuesday and Wednesday are slated", "while Saturday is for the outing"). */
const SUBJECT_DAY_OPENS = /(?:^|[;:—–]|\s-|\b(?:said|says|stated|announced|added|confirmed|while|whereas)(?:\s+that)?)\s*$/i;

/** "is" or "are" right after the weekday (and its list), then an arrangement or what the day is for. */
const DAY_IS_FOR = /^\s+(?:is|are)\s+(?:(?:expected|due|set|scheduled|slated|planned|likely|going|poised)\s+(?:to|for)|for|reserved\s+for)\b/i;

/** Words after which a clause ahead of the day's own has begun: a relative, a pronoun's own subject after a noun. */
const STOPS = wordSet('who which that where when was were had has have did do does'
  + ' is are said says after because if but');
const PRONOUNS = wordSet('he she it they we i you');
/** Arrangements after "is" or "are": "is expected to", "are set to". */
const ARRANGED = wordSet('expected due set scheduled slated planned likely going poised');
/** How many words of a subject may stand between the day and its verb: "a ridge of high pressure will". */
const SUBJECT_REACH = 7;

/**
 * Whether the clause that opens at `s` (its subject, then its verb) is told ahead: a future auxiliary or an arrangement
 * after a subject of a few words with no past form, relative or second subject in it.
 */
function verbAhead(s: string): boolean {
  const words = (s.match(/[\p{L}\p{N}'’-]+|[,;:()"“”.!?]/gu) ?? []).slice(0, SUBJECT_REACH + 3);
  for (let k = 0; k < words.length && k <= SUBJECT_REACH; k++) {
    const w = words[k].toLowerCase();
    if (w === 'will' || w === 'shall' || w === 'won’t' || w === "won't" || (k > 0 && /['’]ll$/.test(w))) return true;
    if ((w === 'is' || w === 'are') && ARRANGED.has((words[k + 1] ?? '').toLowerCase()) && /^(?:to|for)$/i.test(words[k + 2] ?? '')) return true;
    if (!/\p{L}/u.test(w) || STOPS.has(w) || isPastWord(w)) return false;
    // ("On Tuesday, the board met and he said it will": a pronoun after a noun opens a clause of its own)
    if (PRONOUNS.has(w) && k > 0 && words[k - 1].toLowerCase() !== 'and') return false;
  }
  return false;
}

/**
 * Whether a weekday's clause, read on past the day to its verb, is told ahead: "On Tuesday, a ridge of high pressure
 * will bring …", "Tuesday and Wednesday are slated for tributes", "while Saturday and Sunday are for the outing"; not
 * "On Tuesday, the council voted …", "On Friday and Saturday, the low which has brought rain …". `before` is the
 * sentence up to the day.
 */
export function dayAheadByItsVerb(text: string, before: string, end: number): boolean {
  const after = text.slice(end, end + 160);
  const listed = LISTED_DAYS.exec(after)![0].length;
  const rest = after.slice(listed);
  if (DAY_IS_FOR.test(rest) && SUBJECT_DAY_OPENS.test(before)) return true;
  // ("The heat advisory is for Monday and Tuesday": what a notice is for is the days ahead)
  if (/\b(?:is|are)\s+for\s+$/i.test(before)) return true;
  if (!/^\s*["“]?(?:on\s+)?$/i.test(before)) return false;
  const setOff = SET_OFF_AFTER().exec(rest);
  return setOff !== null && verbAhead(rest.slice(setOff[0].length));
}

/**
 * "Sunday's race in Moscow, the 14th edition of the meeting, will again be the focus": a day's event that opens its
 * clause (the sentence's, or one after "and" or "while"), read on to its verb past an aside, is ahead where that verb is.
 */
export function possessiveEventAhead(text: string, before: string, end: number): boolean {
  if (!/(?:^\s*["“]?|[;:—–]\s*|\s(?:and|but|while)\s+)$/i.test(before)) return false;
  const after = text.slice(end, end + 200);
  const event = POSSESSIVE_EVENT().exec(after);
  if (!event) return false;
  let rest = after.slice(event[0].length);
  const aside = APPOSITION.exec(rest);
  if (aside) rest = rest.slice(aside[0].length);
  return verbAhead(rest);
}
