// Shapes of date mentions and of the words around them that several of the scan's passes read.
import { sentenceStartBefore } from './tense';
import { wordList } from '../../text/wordList';

/** How many words from a day named without its year the tense word may stand: its clause ("the deal was signed in
 *  March"). */
export const YEAR_TENSE_REACH = 6;

/** A word that may be a past verb ("turned colder", "closed early"), which a verbless line does not have. */
export const PAST_FORM = /\p{L}{2}ed\b|\b(?:was|were|had|did|said|told|went|came|fell|rose|began|ran|took|made|left|got|saw|became|grew|froze|kept|held|met|stood|brought)\b/iu;

/**
 * A mention's words as its rules read them: "a⏎year ago" of a hard-wrapped paragraph, or "a  year ago", is "a year
 * ago". Restored to the article's own text before scanDates returns.
 */
export function phraseOf(text: string, start: number, end: number): string {
  const written = text.slice(start, end);
  return /[^\S ]| {2}/.test(written) ? written.replace(/\s+/g, ' ') : written;
}

/** Between the two ends of a range: "from 5 January to 26 March", "between May and July", "3–7 June". */
export const RANGE_BETWEEN = /^\s*(?:to|until|till|through|and|[-–—])\s*$/i;

export const WEEKDAY_WORD = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/**
 * "day" and a blank (a comma between perhaps), which a weekday written before its date holds ("Monday, May 4"): tried
 * before the patterns that read such a date, which cost 0.6–1 ms each to compile (their letter classes) and match in
 * few articles ('d', 'a' and 'y' have no other case forms, so the test is as case-blind as theirs).
 */
export const DAY_THEN_BLANK = /day,?\s/i;
export const WEEKDAY_STEMS = wordList('mon tues wednes thurs fri satur sun');

/** The ISO weekday (Monday 1) of a weekday's stem as the patterns here capture it ("wednes", "Satur"). */
export const weekdayOfStem = (stem: string): number => WEEKDAY_STEMS.indexOf(stem.toLowerCase()) + 1;

export const SENTENCE_BREAK = /[.!?]["”’)]?\s+(?=["“(]?\p{Lu})|\n/gu;

/** Whether the day at `start` opens its sentence, alone or after "on": "On Friday the library closes early". */
export function opensSentence(text: string, start: number): boolean {
  return /^\s*(?:on\s+)?$/i.test(text.slice(sentenceStartBefore(text, start), start));
}

/** How far back a quarter or half still sets the period "a year earlier" compares with. */
export const PERIOD_REACH = 600;

/** Periods that already look back a year ("the year-ago quarter", "last year's quarter") are no period to look back from. */
export const LOOKS_BACK = /\b(?:ago|earlier|last|prior|previous)\b|year-|\d{4} (?:period|quarter)/i;

/** A month's name or its abbreviation in a mention's words, by its first letters (no other word of a date opens so
 *  but "decade", whose value is no month's). */
export const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** A month, or a day of it, without its year: "2026-02" or "2026-02-08" (a time of day after it allowed). */
export const MONTH_OR_DAY_VALUE = /^(\d{4})-(\d{2})(-\d{2})?(?=$|T)/;

/** "the following year" after "In 1995": counted from the time the text spoke of last, not from the article's date. */
export const FOLLOWING = /^(?:the (?:following|previous|preceding|prior|same)|that(?: same)?) (year|month|week|weekend|day)$|^the next (day)$|^the (year|month|week|weekend|day) (?:before|after|earlier|later)$/i;

export const DAY_VALUE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/** Words that put some of a sentence ahead: "said the talks would resume the next day", "said storms could bring
 *  gusts on Thursday". */
export const AHEAD = /\b(?:will|would|shall|could|may|might|can|should|won['’]t|wo|going to|is to|are to|set to|plans?|planned|expects?|expected|scheduled|due|until)\b|['’]ll\b/i;
