// The scan behind detectDates: find trigger words, tokenize a small window around each, and let the grammar read
// the longest expression at each token. May throw on a grammar bug; detectDates is the guarded entry point.
import type { DateMention } from '../spans';
import { addDays, addMonths, type Day, formatDay, formatWeek, isoWeekday, isValidDay, nthWeekday, pad, parseDay } from './calendar';
import { DateGrammar } from './grammar';
import { earlierThanTimeSpokenOf } from './earlier';
import { fiscalPartValue, fiscalYearEnd, writtenPart } from './fiscal';
import { foreseenWithin, partForTense, reportedTense, speaksOfResults } from './parts';
import { tokenize } from './tokens';
import { yearEarlier } from './values';
import { TRIGGER } from './triggers';
import { pastVerbAfter, presentClauseAfter, presentClauseBefore } from './present';
import { EVENT_AUXILIARY_REACH, futureAuxiliaryBefore, isPastWord, sentenceEndAfter, sentenceStartBefore, sentenceTense, tenseAround, valueForTense } from './tense';
import type { Tense } from './tense';

// How far around a trigger word an expression may reach: "a little more than two [years]", "[1999] or later".
const REACH_BACK = 30;
const REACH_FORWARD = 20;
// How many words from a guessed weekday or year the tense word may stand: a weekday belongs to its own verb phrase
// ("will meet on Thursday"), a day named without its year to its clause ("the deal was signed in March").
const WEEK_TENSE_REACH = 3;
const YEAR_TENSE_REACH = 6;

/** A part of a day before the day it is of: "in the early hours of Monday", "on the eve of Sunday's vote". */
const PART_OF_DAY = /\bthe\s+(?:(?:early|small|wee|first)\s+)?(?:hours|morning|afternoon|evening|night|eve)\s+of\s+$/i;

/** A clock time between a verb and its day: "at 7:30 p.m. on", "at noon on". */
// ("set for 3 p.m. EDT (1900 GMT) Friday": the time in another zone in brackets, "on" then optional)
const CLOCK_BEFORE_DAY = /\b(at|from|until|by|for)(\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midnight)\s+(?:\(?[A-Z]{2,4}\)?\s+|local\s+time\s+)?(?:\(\s*\d{1,4}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?\s*)?[A-Z]{2,4}\s*\)\s+(?:on\s+)?|on\s+))$/i;

/** "'s final will", "'s vote is set to": the event a possessive day names, its future auxiliary within two words after. */
const FUTURE_AFTER_POSSESSIVE = /^['’]s\s+(?:[\p{Ll}-]+\s+){1,2}(?:will|is\s+(?:set|due|expected)\s+to)\b/u;

/** A word that may be a past verb ("turned colder", "closed early"), which a verbless line does not have. */
const PAST_FORM = /\p{L}{2}ed\b|\b(?:was|were|had|did|said|told|went|came|fell|rose|began|ran|took|made|left|got|saw|became|grew|froze|kept|held|met|stood|brought)\b/iu;

/** The tense a floating date takes: its own phrase's, else (for a month or day without its year) its sentence's. */
/**
 * The tense that decides a floating date's side of the reference. `aheadThisYear`: a day written without its year that
 * is still to come in the article's own year. News style writes the year of a past year's day ("May 16, 2025"), and a
 * past sentence often reports what is to come ("said his side had earned the trip to Wembley on May 16": the final
 * ahead), so only a verb beside such a day ("closed on June 30") puts it in the year before, not the sentence's tense.
 */
function tenseOfMention(text: string, start: number, end: number, floating: string, aheadThisYear: boolean): Tense {
  // "the result is expected in the early hours of Monday": the phrase's tense is the day's
  const part = PART_OF_DAY.exec(text.slice(Math.max(0, start - 40), start));
  if (part) start -= part[0].length;
  // "the show starts at 7:30 p.m. on Friday": the clock time belongs to the day's phrase, the verb stands before it
  // (a deadline's "until" or "by" stays before the day: "covers the north until noon on Sunday" is read as a deadline)
  const clock = floating === 'week' ? CLOCK_BEFORE_DAY.exec(text.slice(Math.max(0, start - 40), start)) : null;
  if (clock) start -= /^(?:until|by|for)$/i.test(clock[1]) ? clock[2].length : clock[0].length;
  // "tickets for Saturday's game sold out": the verb tells of the tickets, not the game; the day is the one named before
  // (but "will meet in Saturday's final", "Saturday's final will decide it": a future auxiliary tells of the day's event,
  // before the day or, where the day's event is the sentence's subject, after it)
  if (floating === 'week' && /^['’]s\b/.test(text.slice(end, end + 3))) {
    // "will publish the minutes of Wednesday's meeting" after the meeting "on Wednesday": the day the story told of,
    // which the scan then gives it (sameDayAsNamedBefore)
    const weekday = WEEKDAY_WORD.exec(text.slice(start, end));
    if (weekday && new RegExp(`\\b${weekday[1]}day\\b`, 'i').test(text.slice(0, start))) return 'unknown';
    return futureAuxiliaryBefore(text.slice(sentenceStartBefore(text, start), start), EVENT_AUXILIARY_REACH)
      || (opensSentence(text, start) && FUTURE_AFTER_POSSESSIVE.test(text.slice(end, end + 40)))
      ? 'future' : 'unknown';
  }
  // "as Friday deadline looms", "faces a Monday deadline": a deadline still ahead (not "tendered 99% of shares by the
  // Tuesday deadline", "missed the Friday deadline")
  if (floating === 'week' && (DEADLINE_LOOMS.test(text.slice(end, end + 40))
    || (DEADLINE_AFTER.test(text.slice(end, end + 12)) && DEADLINE_FACED.test(text.slice(Math.max(0, start - 24), start))))) return 'future';
  // "expects $1.7 billion, up from its August forecast": what a figure is compared with was said before
  if (COMPARED_WITH.test(text.slice(Math.max(0, start - 40), start))) return 'past';
  // "said in a statement Tuesday evening that he would ask": the day of the saying, whatever it reports
  if (SAID_IN_A_STATEMENT.test(text.slice(Math.max(0, start - 80), start))) return 'past';
  // "(Photo: flooded fields near Brask on Sunday)": a picture shows what has been
  if (CAPTION_LINE.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start))) return 'past';
  const clauseBefore = text.slice(sentenceStartBefore(text, start), start);
  // "with flood warnings in place until Wednesday": a state in force, which lasts till a day ahead
  if (IN_FORCE_UNTIL.test(clauseBefore)) return 'future';
  // "the two sides had agreed to meet again on Monday": what was agreed or decided to be done comes after the saying
  if (floating === 'week' && AGREED_TO.test(clauseBefore)) return 'future';
  // "she had spoken to the candidate over the weekend and expected …": a pluperfect before it is its tense
  if (floating === 'week' && WEEKEND.test(text.slice(start, end)) && SPENT_IN.test(text.slice(Math.max(0, start - 8), start))
    && PLUPERFECT_BEFORE.test(clauseBefore)) return 'past';
  // "Monday is a bank holiday", "Friday is the deadline": a weekday said in the present to be something is ahead
  if (floating === 'week' && COPULA_AFTER.test(text.slice(end, end + 5)) && CLAUSE_OPENS.test(text.slice(sentenceStartBefore(text, start), start))) return 'future';
  // "The government declared Thursday a day of national mourning": a day made a holiday is made one ahead of it
  if (floating === 'week' && DAY_OF_AFTER.test(text.slice(end, end + 40)) && DECLARED_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return 'future';
  // "a federal judge set a June 3 trial date": a day fixed for an event it names is ahead of the fixing
  if (EVENT_AFTER.test(text.slice(end, end + 24)) && SET_BEFORE.test(clauseBefore)) return 'future';
  const near = tenseAround(text, start, end, floating === 'week' ? WEEK_TENSE_REACH : YEAR_TENSE_REACH);
  // "figures for January will be released on March 11", written in February: the month figures are for is the
  // nearest one, whatever is ahead of their release ("Sales for April rose" is the April gone)
  if (near === 'future' && floating === 'year' && FIGURES_FOR.test(text.slice(Math.max(0, start - 40), start))) return 'unknown';
  // "prosecutors wanted a trial in March", "had originally planned the launch for late June": what a plan told in the
  // past was for may lie on either side of the article's date, so the month or day nearest it
  if (near === 'past' && floating !== 'week' && PLANNED_FOR.test(clauseBefore)) return 'unknown';
  if (near !== 'unknown') return near;
  // "is expected to reach the comet in August and to release a lander in November": a time in a verb phrase joined by
  // "and" to the one before it, with no subject of its own, is told in that one's tense
  if (floating !== 'week') {
    const joined = JOINED_VERB_PHRASE.exec(clauseBefore);
    // (only where the phrase before ends on a time of its own: "… in August and to release …")
    if (joined && TIME_BEFORE_AND.test(clauseBefore.slice(Math.max(0, joined.index - 24), joined.index))) {
      const at = start - clauseBefore.length + joined.index;
      const tense = tenseAround(text, at, at, YEAR_TENSE_REACH);
      if (tense !== 'unknown') return tense;
    }
  }
  // "will meet the mayor's advisers on Thursday": a future auxiliary rules its whole verb phrase, objects and all
  if (floating === 'week' && futureAuxiliaryBefore(text.slice(sentenceStartBefore(text, start), start))) return 'future';
  // "Events will continue throughout the weekend, including a concert on Sunday night": a verbless phrase set off after
  // a clause ruled by one tells of that clause's time
  if (floating === 'week') {
    const comma = clauseBefore.lastIndexOf(',');
    if (comma > 0 && VERBLESS_ADDITION.test(clauseBefore.slice(comma + 1)) && futureAuxiliaryBefore(clauseBefore.slice(0, comma))) return 'future';
  }
  // "warned that the storm could bring rain over the weekend": so does a possibility in the day's own clause
  if (floating === 'week' && POSSIBLE_BEFORE.test(clauseBefore.slice(Math.max(clauseBefore.lastIndexOf(','), clauseBefore.lastIndexOf(';')) + 1))) return 'future';
  // "the council votes on Monday": a timetable in the present speaks of the coming day
  // ("follows Tuesday's decision": the verb governs the event, which the day only names)
  const after = text.slice(end, sentenceEndAfter(text, end));
  if (!/^['’]s\b/.test(text.slice(end, end + 3)) && ((presentClauseBefore(text.slice(sentenceStartBefore(text, start), start)) && !pastVerbAfter(after))
    || (opensSentence(text, start) && presentClauseAfter(after)))) return 'future';
  // "- Drier, colder weather from Wednesday": a list item or a headline with no verb at all, whose "from" opens a
  // spell of time, tells what is to come; a story of the past would have said "turned colder from Wednesday"
  if (floating === 'week' && /\bfrom\s+(?:(?:early|late)\s+)?$/i.test(text.slice(Math.max(0, start - 12), start))
    && sentenceTense(text, start, end) !== 'past' && !PAST_FORM.test(text.slice(sentenceStartBefore(text, start), sentenceEndAfter(text, end)))) return 'future';
  // "forced 2,000 people from their homes over the weekend": a weekend it happened over, unlike a weekday, is read by
  // its sentence's verb (not one something was done "ahead of")
  if (floating === 'week' && WEEKEND.test(text.slice(start, end)) && SPENT_IN.test(text.slice(Math.max(0, start - 8), start))) {
    return sentenceTense(text, start, end);
  }
  return floating === 'week' || aheadThisYear ? 'unknown' : sentenceTense(text, start, end);
}
/** A phrase added after a comma with no verb of its own up to a day: ", including a concert on", ", with a parade on". */
const VERBLESS_ADDITION = /^\s*(?:including|with|such\s+as|among\s+them|notably|especially|particularly)\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:on|at|from|until|by)?\s*$/iu;
/** A month or a season, its preposition before it, ending a phrase: "in August", "by early spring". */
const TIME_BEFORE_AND = /\b(?:in|by|during|until|for)\s+(?:(?:early|late|mid)[\s-]+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter)\p{L}*\.?$/iu;
/** "and (to) release a lander in": a verb phrase after "and", no subject of its own, up to a month's preposition. */
const JOINED_VERB_PHRASE = /\s+and\s+(?:to\s+)?(?!(?:the|a|an|its|his|her|their|our|this|that|these|those|he|she|it|they|we|i|you|then|also|in|on|at|by|for|from|with|since|until)\b)\p{Ll}{3,}\s+(?:[\p{L}'’-]+\s+){0,4}(?:in|during|by|until|for)\s+(?:(?:early|late|mid)[\s-]+)?$/u;
/** What is published for a month: "figures for", "data for", "those for", "the index for". */
const FIGURES_FOR = /\b(?:figures|data|statistics|numbers|those|readings?|results|index|inflation|sales)\s+for\s+$/i;
/** A verb that makes a day something, right before it: "declared", "proclaimed", "named". */
const DECLARED_BEFORE = /\b(?:declared|declares|proclaimed|proclaims|designated|designates|named|names|made)\s+$/i;
/** What a day is declared: "a day of national mourning", "a public holiday", "a national day of prayer". */
const DAY_OF_AFTER = /^\s+an?\s+(?:(?:national|public|bank|special|official)\s+)?(?:holiday|day\s+of|national\s+day|day\s+off)\b/i;
/** A verb that fixes a day and the article before the day: "set a", "scheduled the". */
const SET_BEFORE = /\b(?:set|scheduled|fixed|named|picked|chose|announced)\s+(?:a|an|the)\s+$/i;
/** An event's noun right after a day, which names the day it is on: "a June 3 trial date", "a May 1 deadline". */
const EVENT_AFTER = /^\s+(?:trial|hearing|sentencing|deadline|vote|election|referendum|launch|start|opening|release|meeting|court|target)\b/i;
/** A plan told in the past, its object and the preposition of its time: "wanted a trial in", "planned the launch for",
 *  "sought a vote for" (not "proposed it in March", "proposed a budget in March": when it was proposed). */
const PLANNED_FOR = /\b(?:(?:wanted|planned|intended|hoped)\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}'’-]+\s+){1,2}(?:for|in)|(?:sought|proposed|requested|asked\s+for)\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}'’-]+\s+){1,2}for)\s+(?:(?:early|late|mid)[\s-]+)?$/iu;
/** "is" or "are" right after a day. */
const COPULA_AFTER = /^\s+(?:is|are)\b/;
/** Nothing before a day in its sentence, or its clause after a semicolon or a colon. */
const CLAUSE_OPENS = /(?:^|[;:])\s*$/;
/** A caption's or a picture credit's line: "(Photo: …", "Pictured: …", "Image: …". */
const CAPTION_LINE = /^\s*[([]?\s*(?:photo|picture|pictured|image|caption)s?\s*[:(]/i;
/** "in place until", "in force through": not after "was"/"were", which may tell of a state that has ended. */
const IN_FORCE_UNTIL = /(?<!\b(?:was|were|been|had)\s+)\bin\s+(?:place|force|effect)\s+(?:until|till|through)\s+$/i;
/** A past verb of agreeing, deciding or threatening (on a day perhaps), "to", its verb and up to four words, then the
 *  day: "agreed to meet again on", "threatened on Monday to walk out on". */
const AGREED_TO = /\b(?:agreed|decided|voted|promised|pledged|vowed|threatened)(?:\s+on\s+\p{L}+day(?:\s+(?:morning|afternoon|evening|night))?)?\s+to\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,4}\s+(?:on\s+)?$/iu;
/** A weekday's deadline ("Friday deadline"); one said to loom; what faces one ("face a", "ahead of the"). */
const DEADLINE_AFTER = /^['’]?s?\s+deadline\b/i;
const DEADLINE_LOOMS = /^['’]?s?\s+deadline\s+(?:looms|nears|approaches|draws\s+near|is\s+(?:near|close|fast\s+approaching))\b/i;
const DEADLINE_FACED = /\b(?:face|faces|facing|ahead\s+of|before|to\s+meet|racing\s+against|against)\s+(?:a|the|an|its|their)\s+$/i;
/** A reporting verb and the statement or interview it was said in, right before the day. */
const SAID_IN_A_STATEMENT = /\b(?:said|told\s+\p{L}+|announced|wrote|posted|confirmed|added)\s+(?:in|at|during)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}(?:statement|interview|post|release|letter|e-?mail|briefing|conference|call|video|speech|message|note)\s+(?:on\s+)?$/iu;
/** A modal of what may be, then its verb and up to five words: "could bring rain over", "would resume talks on". */
const POSSIBLE_BEFORE = /\b(?:[Cc]ould|may|[Mm]ight|[Ww]ould)\s+(?!not\b|have\b|never\b)(?:[\p{L}'’-]+\s+){1,6}$/u;
/** "had" and a participle within eight words before: "she had spoken to the third-placed candidate over". */
const PLUPERFECT_BEFORE = /\bhad\s+(?:[\p{L}'’-]+\s+){1,7}$/iu;
/** A figure's earlier one before its day or month: "up from its August forecast", "compared with the March figure". */
const COMPARED_WITH = /\b(?:(?:up|down)\s+from|compared\s+(?:with|to))\s+(?:its|their|the|his|her|our)\s+$/i;
const WEEKEND = /\bweekend$/i;
/** "over", "at", "during", "on", "through" right before "the weekend". */
const SPENT_IN = /\b(?:over|at|during|on|through)\s+$/i;

/** Time expressions in text, sorted and non-overlapping, resolved against `ref` when given. */
export function scanDates(text: string, ref: Day | undefined): DateMention[] {
  const mentions: DateMention[] = [];
  const notes: Notes = { dayless: new Set(), untensed: new Set(), headlines: new Set(), fiscalYearEnd: fiscalYearEnd(text), parts: new Set(), tensedParts: new Set() };
  let windowStart = -1, windowEnd = -1;
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m !== null; m = TRIGGER.exec(text)) {
    const start = windowStartBefore(text, m.index, REACH_BACK);
    const end = windowEndAfter(text, m.index + m[0].length, REACH_FORWARD);
    if (start <= windowEnd) { windowEnd = Math.max(windowEnd, end); continue; }
    if (windowEnd > windowStart) parseWindow(text, windowStart, windowEnd, ref, mentions, notes);
    windowStart = start;
    windowEnd = end;
  }
  if (windowEnd > windowStart) parseWindow(text, windowStart, windowEnd, ref, mentions, notes);
  if (notes.untensed.size > 0) sameDayAsNamedBefore(text, mentions, notes.untensed, notes.headlines);
  if (notes.untensed.size > 0 && ref) afterTheDayAheadBefore(text, mentions, notes.untensed, ref);
  periodsEndedOn(text, mentions);
  if (notes.headlines.size > 0) asTheStoryDates(mentions, notes.headlines);
  if (notes.dayless.size > 0) onTheDayNamedNext(text, mentions, notes.dayless);
  if (notes.tensedParts.size > 0) asTheStoryPlacesIt(mentions, notes);
  earlierThanTimeSpokenOf(text, mentions);
  sameTimeAsBefore(mentions);
  onTheDayOfTheStory(text, mentions);
  weekdaysOfASet(text, mentions);
  nextAfterThis(mentions);
  thanksgivingInCanada(text, mentions);
  weekdayNextToADay(text, mentions);
  numericDatesDayFirst(mentions);
  inTheSchoolYearNamed(text, mentions);
  daysSharingAMonth(text, mentions);
  rangesRunForward(text, mentions);
  if (ref) weekdayPairsRunForward(text, mentions, ref);
  closesAfterItOpens(text, mentions);
  if (ref) midnightGone(text, mentions, ref);
  theQuarterNamedBefore(text, mentions);
  if (ref) theMonthSpokenOf(text, mentions, ref);
  dayInApposition(text, mentions);
  dayOfTheMonthBefore(text, mentions);
  startingTheYearAfter(text, mentions);
  beforeChrist(text, mentions);
  if (ref) contractMonths(text, mentions, ref);
  // (each mention's words were read as one line while its value was found; it keeps the article's own)
  for (const m of mentions) if (m.text.length !== m.end - m.start || !text.startsWith(m.text, m.start)) m.text = text.slice(m.start, m.end);
  return mentions;
}

/**
 * A mention's words as its rules read them: "a⏎year ago" of a hard-wrapped paragraph, or "a  year ago", is "a year
 * ago". Restored to the article's own text before scanDates returns.
 */
function phraseOf(text: string, start: number, end: number): string {
  const written = text.slice(start, end);
  return /[^\S ]| {2}/.test(written) ? written.replace(/\s+/g, ' ') : written;
}

/**
 * "the same period last year", "the same week a year earlier", or "the same period" alone: the unit it names, the
 * calendar values of it, and whether it looks a year back.
 */
const SAME_UNIT = /^the (?:same|corresponding|comparable) (week|month|day|period|quarter|half)\b(.*(?:last year|a year (?:ago|earlier)))?$/i;
const VALUE_OF_UNIT: Readonly<Record<string, RegExp>> = {
  week: /^\d{4}-W\d{2}$/, month: /^\d{4}-\d{2}$/, day: /^\d{4}-\d{2}-\d{2}$/,
  period: /^\d{4}-(?:Q[1-4]|H[12])$/, quarter: /^\d{4}-Q[1-4]$/, half: /^\d{4}-H[12]$/,
};

/**
 * "Admissions rose last week compared with the same week last year", "sales in the third quarter, against the same
 * period last year": the week, month, day or reporting period the story named just before, a year earlier (not the
 * one the article's date falls in); "costs rose 3% over the same period": that period itself.
 */
function sameTimeAsBefore(mentions: DateMention[]): void {
  for (let k = 1; k < mentions.length; k++) {
    const same = SAME_UNIT.exec(mentions[k].text);
    const yearBack = same?.[2] !== undefined;
    // "the same period" alone has a value only where the story speaks of results (the grammar's period reader);
    // "released the same day" is the day the story spoke of last, if one is near (afterDaySpokenOf)
    if (!same || mentions[k].value === undefined || !/\d{4}/.test(mentions[k].value!)) continue;
    if (!yearBack && !/^(?:period|quarter|half)$/i.test(same[1])) continue;
    const shape = VALUE_OF_UNIT[same[1].toLowerCase()];
    for (let j = k - 1; j >= 0 && mentions[j].end >= mentions[k].start - PERIOD_REACH; j--) {
      const value = mentions[j].value ?? '';
      // ("approvals so far this year are 8% above the same period last year": the year to date, a year back)
      const yearToDate = same[1].toLowerCase() === 'period' && /^\d{4}$/.test(value) && YEAR_TO_DATE.test(mentions[j].text);
      if (!(shape.test(value) || yearToDate) || LOOKS_BACK.test(mentions[j].text) && !/^last (?:week|month)$/i.test(mentions[j].text)) continue;
      mentions[k].value = yearBack ? yearEarlier(value) : value;
      break;
    }
  }
}

/** The current year counted so far: "this year", "the year to date". */
const YEAR_TO_DATE = /\bthis year$|\byear[ -]to[ -]date$/i;

/** A school year named: "the 2026-27 academic year", "the current school year" (valued as the year it ends in). */
const SCHOOL_YEAR = /\b(?:school|academic)\s+year$/i;
/** The words of a school's calendar: "the spring term", "the autumn semester", "half-term". */
const TERM_WORDS = /\b(?:terms?|semesters?|trimesters?|half-terms?)\b/i;
/** A month, day or season a school year's calendar may name without its year. */
const PART_OF_SCHOOL_YEAR = /^(\d{4})-(\d{2}|SP|SU|FA|WI)(-\d{2})?$/;

/**
 * "a calendar for the 2026-27 academic year that lengthens the spring term and moves the October half-term": in a
 * sentence about terms after a school year is written out, a month, day or season without its year is in that school
 * year, August to December in its first calendar year and January to July in its second, whatever the article's date
 * (until another school year is named: "the current school year" leaves what follows to its tense).
 */
function inTheSchoolYearNamed(text: string, mentions: DateMention[]): void {
  let ends: number | undefined;
  for (const mention of mentions) {
    // only a school year written out anchors; "the current school year" leaves the terms after it to their tense
    if (SCHOOL_YEAR.test(mention.text)) { ends = /\d{4}/.test(mention.text) && /^\d{4}$/.test(mention.value ?? '') ? +mention.value! : undefined; continue; }
    if (ends === undefined || mention.type !== 'DATE' || /\d{4}|['’]\d\d/.test(mention.text)) continue;
    const part = PART_OF_SCHOOL_YEAR.exec(mention.value ?? '');
    if (!part || !TERM_WORDS.test(text.slice(sentenceStartBefore(text, mention.start), sentenceEndAfter(text, mention.end)))) continue;
    const first = part[2] === 'FA' || part[2] === 'WI' || (/^\d/.test(part[2]) && +part[2] >= 8);
    const value = pad(first ? ends - 1 : ends, 4) + mention.value!.slice(4);
    if (!part[3] || parseDay(value) !== undefined) mention.value = value;
  }
}

/** A day or month and what may follow it: "2027-01-05", "2026-03", a clock time kept. */
/** Days before a day-first date that share its month: "on 9 and 10 March", "on 3, 4 and 5 June", "from 3 to 5 July". */
const DAYS_BEFORE = /\b(?:on|from|between|for|until|till|by|over)\s+((?:\d{1,2}(?:st|nd|rd|th)?(?:\s*,\s*|\s+(?:and|or|to|until|till)\s+|\s*[-–]\s*))+)$/i;
/** Days after a month-first date that share its month: "March 9 and 10", "March 9, 10 and 11", up to a clause's end. */
const DAYS_AFTER = /^((?:(?:\s*,\s*|\s+(?:and|or|to|through|until)\s+|\s*[-–]\s*)\d{1,2}(?:st|nd|rd|th)?\b)+)(?=\s*(?:$|[.;:](?!\d)|[!?)]|,\s*\d{4}\b|,?\s+(?:in|at|on|when|with|as|after|before|and|but|the|this|next|last)\b))/i;
/** A month-first date that ends on its day: "March 9", "Sept. 21st" (not "Friday", not "June 2, 2025"). */
const MONTH_THEN_DAY = /^\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?$/u;
const DAY_NUMBER = /\d{1,2}/g;
const DAY_FIRST = /^\d/;
const FULL_DAY = /^(\d{4})-(\d{2})-\d{2}$/;

/**
 * "The road will close on 9 and 10 March", "the fair runs on March 9 and 10": each day of a list that shares one
 * month and year is a date of its own, valued in the month and year its named day has.
 */
function daysSharingAMonth(text: string, mentions: DateMention[]): void {
  const added: DateMention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const full = m.type === 'DATE' ? FULL_DAY.exec(m.value ?? '') : null;
    if (!full) continue;
    const year = +full[1], month = +full[2];
    const dayFirst = DAY_FIRST.test(m.text);
    const previousEnd = k > 0 ? mentions[k - 1].end : 0;
    const nextStart = k + 1 < mentions.length ? mentions[k + 1].start : text.length;
    let from: number, run: string;
    if (dayFirst) {
      const before = DAYS_BEFORE.exec(text.slice(Math.max(previousEnd, m.start - 40), m.start));
      if (!before) continue;
      run = before[1];
      from = m.start - run.length;
    } else {
      if (!MONTH_THEN_DAY.test(m.text)) continue;
      // (up to the year the list may end with, which is a mention of its own)
      const after = DAYS_AFTER.exec(text.slice(m.end, m.end + 40));
      if (!after) continue;
      run = after[1];
      from = m.end;
    }
    for (const d of run.matchAll(DAY_NUMBER)) {
      const day = +d[0];
      if (!isValidDay(year, month, day)) continue;
      const start = from + d.index;
      if (start >= nextStart || start < previousEnd) break;
      const end = start + d[0].length + (/^(?:st|nd|rd|th)/i.exec(run.slice(d.index + d[0].length))?.[0].length ?? 0);
      added.push({ start, end, text: text.slice(start, end), type: 'DATE', value: `${pad(year, 4)}-${pad(month)}-${pad(day)}` });
    }
  }
  if (added.length === 0) return;
  mentions.push(...added);
  mentions.sort((a, b) => a.start - b.start);
}

const DAY_OR_MONTH = /^(\d{4})(-\d{2}(?:-\d{2})?)(T.*)?$/;
/** A range's end that names its year, or one counted from the article's: "March of this year", "June last year". */
const HAS_YEAR = /\d{4}|\b(?:this|last|next|that|the following|the previous) year\b/i;
/** Between the two ends of a range: "from 5 January to 26 March", "between May and July", "3–7 June". */
const RANGE_BETWEEN = /^\s*(?:to|until|till|through|and|[-–—])\s*$/i;

/**
 * "The government began shutting down early Tuesday after Congress failed to agree by midnight", written on Tuesday:
 * a midnight told as done on the article's own day is the one that began it (the end of the day before), not the one
 * still to come at its end.
 */
/** Words of a sentence that keep its midnight ahead: "is", "will", "must", "until". */
const NOT_GONE = new Set(['will', 'would', 'shall', "'ll", 'is', 'are', 'must', 'has', 'have', 'until', 'tonight', 'expected', 'due']);
function midnightGone(text: string, mentions: DateMention[], ref: Day): void {
  const end = `${formatDay(ref)}T24:00`;
  for (const m of mentions) {
    if (m.value !== end || !/^midnight$/i.test(m.text)) continue;
    // (a deadline's "by midnight" too: its sentence has a past form and nothing of the present or the future)
    const words = text.slice(sentenceStartBefore(text, m.start), sentenceEndAfter(text, m.end)).match(/[\p{L}'’]+/gu) ?? [];
    if (!words.some(isPastWord) || words.some(w => NOT_GONE.has(w.toLowerCase()))) continue;
    m.value = `${formatDay(addDays(ref, -1))}T24:00`;
  }
}

/** Between an opening day and a closing one ahead in one sentence: "open on October 1 and close in mid-January". */
const OPENS_THEN_CLOSES = /^\s*,?\s+and\s+(?:will\s+|would\s+)?(?:close|closes|end|ends|finish|finishes|conclude|concludes|run|runs|last|lasts)\s+(?:[\p{Ll}]+\s+){0,2}?(?:in|on|by|until|through)\s+(?:(?:early|late|mid)[\s-]+)?$/u;

/**
 * "Submissions open on October 1 and close in mid-January": what closes after it opens closes on the first such
 * month or day after the opening, whatever the tense put it in.
 */
function closesAfterItOpens(text: string, mentions: DateMention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k], b = mentions[k + 1];
    if (a.type !== 'DATE' || b.type !== 'DATE' || HAS_YEAR.test(b.text)) continue;
    const from = MONTH_OR_DAY_VALUE.exec(a.value ?? ''), to = MONTH_OR_DAY_VALUE.exec(b.value ?? '');
    if (!from || !to || !OPENS_THEN_CLOSES.test(text.slice(a.end, b.start))) continue;
    // (only a close the tense put before the opening moves: told in the past, "closed in June" after "opened in March" may
    // mean the opening was the year before)
    if (`${to[1]}-${to[2]}${to[3] ?? ''}` >= `${from[1]}-${from[2]}${(from[3] ?? '').slice(0, to[3] === undefined ? 0 : 3)}`) continue;
    const later = to[2] > from[2] || (to[2] === from[2] && (to[3] ?? '') >= (from[3] ?? ''));
    const value = `${pad(+from[1] + (later ? 0 : 1), 4)}-${to[2]}${to[3] ?? ''}`;
    if (to[3] === undefined || parseDay(value) !== undefined) b.value = value;
  }
}

/** A period's end day after it: "ended Sept. 29", "ending June 30", "to March" (not "in the quarter to $2.35 billion"). */
const ENDED_AFTER = /^,?\s+(?:(?:that|which)\s+)?(?:(?:ended|ending|ends)\b|(?:to|through)\s+(?:the\s+end\s+of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/;
/** "the three months to", "the quarter ended": a quarter named by the day it ends. */
const THREE_MONTHS_ENDED = /\b(?:three\s+months|quarter|13\s+weeks)\s+(?:that\s+|which\s+)?(?:ended|ending|to|through)\s+(?:on\s+)?$/i;
/** How far before "the quarter" the quarter it stands for may be named. */
const QUARTER_NAMED_REACH = 500;

/**
 * "profit in its fiscal second quarter fell … Revenue for the quarter rose": "the quarter" after a quarter named a
 * sentence or two before is that quarter, not the one the article's date is in.
 */
function theQuarterNamedBefore(text: string, mentions: DateMention[]): void {
  for (let k = 1; k < mentions.length; k++) {
    const m = mentions[k];
    // (not "the quarter ended Sept. 29", which its own day places)
    if (!/^the quarter$/i.test(m.text) || ENDED_AFTER.test(text.slice(m.end, m.end + 20))) continue;
    for (let j = k - 1; j >= 0 && mentions[j].end >= m.start - QUARTER_NAMED_REACH; j--) {
      const before = mentions[j];
      // "its Q3 covered the three months to June 28. Revenue in the quarter": the quarter that day ends
      const ended = /^(\d{4})-(\d{2})-\d{2}$/.exec(before.value ?? '');
      if (ended && THREE_MONTHS_ENDED.test(text.slice(Math.max(0, before.start - 40), before.start))) {
        m.value = `${ended[1]}-Q${Math.ceil(+ended[2] / 3)}`;
        break;
      }
      // (past "a year earlier", which a quarter's value may be given too)
      if (before.type !== 'DATE' || !/^\d{4}-Q[1-4]$/.test(before.value ?? '') || !/quarter/i.test(before.text)) continue;
      m.value = before.value;
      break;
    }
  }
}

/** A weekday alone, a part of it perhaps: "Wednesday", "Tuesday evening", "early Friday". */
const WEEKDAY_IN_PAIR = /^(?:(?:early|late)\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?$/i;
/** What joins two weekdays named as one spell: "Tuesday evening and Wednesday", "Thursday or Friday", "Monday-Tuesday". */
/** How many days after the first the second of a pair may fall: "Monday to Saturday". */
const PAIR_GAP = 5;
const WEEKDAY_PAIR = /^\s*(?:,\s*)?(?:and|or|through|to|[-–])\s*$/i;

/**
 * "warned of more severe storms Tuesday evening and Wednesday", written on Tuesday: a weekday joined to a day still to
 * come (or the article's own) is the first such day after it, not one the clause's tense sent back.
 */
function weekdayPairsRunForward(text: string, mentions: DateMention[], ref: Day): void {
  const today = formatDay(ref);
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k], b = mentions[k + 1];
    const first = WEEKDAY_IN_PAIR.exec(a.text), second = WEEKDAY_IN_PAIR.exec(b.text);
    if (!first || !second || !WEEKDAY_PAIR.test(text.slice(a.end, b.start))) continue;
    const from = parseDay((a.value ?? '').slice(0, 10));
    // (the article's own day only as its evening or night: "statements made Friday and Thursday", "gusts on Wednesday
    // and Thursday" told on that Wednesday, are of days gone)
    const day = (a.value ?? '').slice(0, 10);
    if (!from || day < today || (day === today && !/(?:evening|night)$/i.test(a.text)) || (b.value ?? '').length < 10) continue;
    const gap = (weekdayOfStem(second[1]) - isoWeekday(from) + 7) % 7 || 7;
    // (a later day of the same week, not one named out of order)
    if (gap > PAIR_GAP) continue;
    b.value = formatDay(addDays(from, gap)) + b.value!.slice(10);
  }
}

/**
 * "The spring term will run from 5 January to 26 March": a range runs forward, so an end named without its year is
 * the first such day on or after the start (a start of 2027 puts the end in 2027, whatever the article's date), and a
 * start named without its year is the last such day on or before an end that has its year.
 */
function rangesRunForward(text: string, mentions: DateMention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k], b = mentions[k + 1];
    if (a.type !== 'DATE' || b.type !== 'DATE' || !RANGE_BETWEEN.test(text.slice(a.end, b.start))) continue;
    if (!/\b(?:from|between)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, a.start - 14), a.start))) continue;
    const from = DAY_OR_MONTH.exec(a.value ?? ''), to = DAY_OR_MONTH.exec(b.value ?? '');
    if (!from || !to || from[2].length !== to[2].length) continue;
    // ("between August 2010 and March of this year": an end with its own year, a relative one too)
    const aYear = HAS_YEAR.test(a.text), bYear = HAS_YEAR.test(b.text);
    // (a day that year has not, 29 February, is left as it was)
    const exists = (value: string) => value.length < 10 || parseDay(value.slice(0, 10)) !== undefined;
    if (!bYear) {
      const value = pad(+from[1] + (to[2] < from[2] ? 1 : 0), 4) + to[2];
      if (exists(value)) b.value = value + (to[3] ?? '');
    } else if (!aYear) {
      const value = pad(+to[1] - (from[2] > to[2] ? 1 : 0), 4) + from[2];
      if (exists(value)) a.value = value + (from[3] ?? '');
    }
  }
}

/**
 * "Corrin profit rises in first half" over "profit rose 14% in the first half": a half whose own sentence
 * gives no tense (a headline's present, a caption) is the one the story places by its tense, the first after it or
 * else the last before it.
 */
function asTheStoryPlacesIt(mentions: DateMention[], notes: Notes): void {
  const key = (m: DateMention) => { const p = writtenPart(m.text); return p && `${p.part}${p.n}`; };
  for (const mention of notes.parts) {
    if (notes.tensedParts.has(mention)) continue;
    const part = key(mention);
    // a quarter's year is the nearest already; a half's may be a year back
    if (!part?.startsWith('H')) continue;
    const placed = mentions.filter(m => notes.tensedParts.has(m) && key(m) === part);
    const source = placed.find(m => m.start > mention.start) ?? placed[placed.length - 1];
    if (source?.value !== undefined) mention.value = source.value;
  }
}

/** "every Monday and Thursday", "each Tuesday, Thursday or Saturday": the weekdays after a set's are repeated too. */
function weekdaysOfASet(text: string, mentions: DateMention[]): void {
  for (let k = 1; k < mentions.length; k++) {
    const set = /^XXXX-WXX-[1-7]$/.test(mentions[k - 1].value ?? '') && mentions[k - 1].type === 'SET';
    const day = WEEKDAY_WORD.exec(mentions[k].text);
    if (!set || !day || day[0].length !== mentions[k].text.length || !/^(?:,\s*|\s+(?:and|or)\s+|,\s*(?:and|or)\s+)$/.test(text.slice(mentions[k - 1].end, mentions[k].start))) continue;
    const weekday = weekdayOfStem(day[1]);
    mentions[k] = { ...mentions[k], type: 'SET', value: `XXXX-WXX-${weekday}` };
  }
}

/** How far back the day "the Saturday" falls after may be named: about the paragraph before. */
const STORY_DAY_REACH = 600;

/**
 * "The cold snap began on February 8 … took the van onto the ice on the Saturday": a weekday after "the" is a day of
 * the time the story tells of, the first such weekday on or after the last day it named (within reach); with no such
 * day it stays a weekday of unknown date (XXXX-WXX-6), never the article's Saturday.
 */
function onTheDayOfTheStory(text: string, mentions: DateMention[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const mention = mentions[k];
    const weekday = /^XXXX-WXX-([1-7])$/.exec(mention.value ?? '');
    if (!weekday || mention.type !== 'DATE' || !/\bthe\s+$/i.test(text.slice(Math.max(0, mention.start - 4), mention.start))) continue;
    for (let j = k - 1; j >= 0 && mentions[j].end >= mention.start - STORY_DAY_REACH; j--) {
      const before = mentions[j];
      if (before.type !== 'DATE') continue;
      const day = parseDay((before.value ?? '').slice(0, 10));
      if (!day) break;
      const ahead = (+weekday[1] - isoWeekday(day) + 7) % 7;
      mention.value = formatDay(addDays(day, ahead));
      break;
    }
  }
}

/**
 * "Canadian Thanksgiving", and "Thanksgiving" in a story from Canada (a Canadian place or the country named, no "U.S.
 * Thanksgiving"), is Canada's, the second Monday of October, not the fourth Thursday of November the holiday list gives.
 */
function thanksgivingInCanada(text: string, mentions: DateMention[]): void {
  const found = mentions.filter(m => /^thanksgiving$/i.test(m.text) && /^\d{4}-11-\d{2}$/.test(m.value ?? ''));
  if (found.length === 0 || !CANADA.test(text)) return;
  const fromCanada = !US_THANKSGIVING.test(text);
  for (const m of found) {
    if (fromCanada || /\bCanadian\s+$/i.test(text.slice(Math.max(0, m.start - 10), m.start))) {
      m.value = formatDay(nthWeekday(+m.value!.slice(0, 4), 10, 1, 2));
    }
  }
}
const CANADA = /\b(?:Canada|Canadians?|Ontario|Quebec|Québec|Toronto|Ottawa|Montreal|Montréal|Vancouver|Alberta|Manitoba|Saskatchewan|Calgary|Edmonton|Winnipeg|Halifax|Nova Scotia|New Brunswick)\b/i;
const US_THANKSGIVING = /\b(?:U\.S\.|US|American)\s+Thanksgiving\b/;

/** A date in figures with slashes or hyphens: "10/03/2025", "14-03-2025", "3/10/25". */
const FIGURES_DATE = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/;

/**
 * "LAGOS, 14/03/2025 - … the vote on 10/03/2025": where the text writes one date in figures day first (its first
 * number no month), and none month first, every such date is read day first, not as the US's month and day.
 */
function numericDatesDayFirst(mentions: DateMention[]): void {
  let dayFirst = false;
  for (const m of mentions) {
    const figures = FIGURES_DATE.exec(m.text);
    if (!figures) continue;
    if (+figures[2] > 12) return;
    if (+figures[1] > 12) dayFirst = true;
  }
  if (!dayFirst) return;
  for (const m of mentions) {
    const figures = FIGURES_DATE.exec(m.text);
    if (!figures || +figures[1] > 12 || !m.value || !/^\d{4}-\d{2}-\d{2}$/.test(m.value)) continue;
    const year = +m.value.slice(0, 4), month = +figures[2], day = +figures[1];
    if (isValidDay(year, month, day)) m.value = formatDay({ year, month, day });
  }
}

/**
 * "the Sunday after Thanksgiving", "the Tuesday before Christmas Day": the first such weekday after (or before) the
 * day named right after it, not the one nearest the article's date.
 */
function weekdayNextToADay(text: string, mentions: DateMention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const weekday = WEEKDAY_ALONE.exec(mentions[k].text);
    const side = weekday && THE_BEFORE_WEEKDAY.test(text.slice(Math.max(0, mentions[k].start - 4), mentions[k].start))
      ? /^\s+(after|before)\s+$/i.exec(text.slice(mentions[k].end, mentions[k + 1].start)) : null;
    const day = side && parseDay(mentions[k + 1].value?.slice(0, 10) ?? '');
    if (!weekday || !side || !day || (mentions[k + 1].value ?? '').length !== 10) continue;
    const wanted = weekdayOfStem(weekday[1]);
    const steps = side[1].toLowerCase() === 'after' ? ((wanted - isoWeekday(day) + 7) % 7 || 7) : -((isoWeekday(day) - wanted + 7) % 7 || 7);
    mentions[k].value = formatDay(addDays(day, steps));
  }
}
const WEEKDAY_ALONE = /^(mon|tues|wednes|thurs|fri|satur|sun)day$/i;
const THE_BEFORE_WEEKDAY = /\bthe\s$/i;

/**
 * "Next Sunday", written on a Thursday, is read as the coming Sunday, as TimeML systems resolve it and as most news
 * uses it (the Sunday after would be named by its date). A story that also says "this Sunday" tells the two apart:
 * there "next Sunday" is the Sunday of the week after.
 */
function nextAfterThis(mentions: DateMention[]): void {
  const thisDays = new Map<string, string>();
  for (const m of mentions) {
    const day = /^this\s+(mon|tues|wednes|thurs|fri|satur|sun)day$/i.exec(m.text);
    if (day && m.value) thisDays.set(day[1].toLowerCase(), m.value);
  }
  if (thisDays.size === 0) return;
  for (const m of mentions) {
    const day = /^next\s+(mon|tues|wednes|thurs|fri|satur|sun)day$/i.exec(m.text);
    const same = day && thisDays.get(day[1].toLowerCase());
    const parsed = same && m.value === same ? parseDay(same) : undefined;
    if (parsed) m.value = formatDay(addDays(parsed, 7));
  }
}

/** What the scan notes of mentions for the passes after it. */
interface Notes {
  /** Clock times without a day ("at 7 p.m."), which take the reference day. */
  dayless: Set<DateMention>;
  /** Weekdays whose sentence gives no tense, which take the most recent such day. */
  untensed: Set<DateMention>;
  /** Weekdays in a headline, which the story below dates. */
  headlines: Set<DateMention>;
  /** The month the article's fiscal year ends in, when it says so (not December). */
  fiscalYearEnd: number | undefined;
  /** Quarters and halves named without their year, and which of them a tense placed. */
  parts: Set<DateMention>;
  tensedParts: Set<DateMention>;
}

/** A Markdown heading or a front-matter title: "# Council approves budget on Tuesday", "title: …". */
const HEADLINE_LINE = /^[ \t]*(?:#{1,6}[ \t]|title:)/i;
/** How near the top a plain line may stand to be read as the headline: after a date line and a blank line or two. */
const PLAIN_HEADLINE_REACH = 200;
function inHeadline(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (HEADLINE_LINE.test(text.slice(lineStart, start))) return true;
  if (lineStart > PLAIN_HEADLINE_REACH) return false;
  // a plain text's headline: a short line of words near the top that ends with no sentence's punctuation
  const lineEnd = text.indexOf('\n', start);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
  return line.length <= 120 && !/[.!?:;,"”’)]$/.test(line) && (line.match(/\p{L}+/gu) ?? []).length >= 4;
}
/**
 * A headline that stands on its own line, not a hard-wrapped line of a paragraph: a Markdown heading, the text's first
 * line (before a date line, not a line going on in lower case), or a line between blank lines.
 */
function headlineStandingAlone(text: string, start: number): boolean {
  if (!inHeadline(text, start)) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (HEADLINE_LINE.test(text.slice(lineStart, start))) return true;
  const lineEnd = text.indexOf('\n', start);
  const next = lineEnd < 0 ? '' : text.slice(lineEnd + 1, lineEnd + 3);
  if (/^\s*$/.test(text.slice(0, lineStart))) return !/^[ \t]*\p{Ll}/u.test(next);
  return /\n[ \t]*\n$/.test(text.slice(Math.max(0, lineStart - 4), lineStart)) && (lineEnd < 0 || /^[ \t]*(?:\n|$)/.test(next));
}
/** "Council to vote on budget Tuesday": the headline's future. */
// (not a level a figure reached: "Inflation slows to three-year low in April", "Sales fall to lowest in a decade")
const HEADLINE_FUTURE = /\bto\s+(?!(?:a|an|the|its|their|record|new|lowest|highest|lows?|highs?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\b)\p{Ll}+\b(?!-)/u;

/**
 * "# Council approves budget on Tuesday" over "The council approved the budget on Tuesday": a headline's present tense
 * tells of what just happened as often as of what is to come, so the headline's weekday is the day the story gives
 * that weekday below it; with none there, the present reads as the coming day.
 */
function asTheStoryDates(mentions: readonly DateMention[], headlines: ReadonlySet<DateMention>): void {
  for (let k = 0; k < mentions.length; k++) {
    const name = headlines.has(mentions[k]) ? WEEKDAY_WORD.exec(mentions[k].text) : null;
    if (!name || mentions[k].value === undefined) continue;
    for (let j = k + 1; j < mentions.length; j++) {
      const same = WEEKDAY_WORD.exec(mentions[j].text);
      if (!same || headlines.has(mentions[j]) || same[1].toLowerCase() !== name[1].toLowerCase()) continue;
      const day = /^\d{4}-\d{2}-\d{2}/.exec(mentions[j].value ?? '');
      if (day) mentions[k].value = day[0] + mentions[k].value!.slice(10);
      break;
    }
  }
}

const WEEKDAY_WORD = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const WEEKDAY_STEMS = ['mon', 'tues', 'wednes', 'thurs', 'fri', 'satur', 'sun'];
/** The ISO weekday (Monday 1) of a weekday's stem as the patterns here capture it ("wednes", "Satur"). */
const weekdayOfStem = (stem: string): number => WEEKDAY_STEMS.indexOf(stem.toLowerCase()) + 1;

const POSSESSIVE_AFTER = /^['’]s/;

/**
 * "The fair runs through Sunday, with the last concert on Sunday": a weekday whose own sentence gives no tense is the
 * same day as that weekday named before it with a tense, not the most recent one.
 */
function sameDayAsNamedBefore(text: string, mentions: readonly DateMention[], untensed: ReadonlySet<DateMention>, headlines: ReadonlySet<DateMention>): void {
  for (let k = 1; k < mentions.length; k++) {
    const mention = mentions[k];
    const name = untensed.has(mention) ? WEEKDAY_WORD.exec(mention.text) : null;
    if (!name || mention.value === undefined) continue;
    for (let j = k - 1; j >= 0; j--) {
      const before = mentions[j];
      const same = WEEKDAY_WORD.exec(before.text);
      // a headline's day is dated by the story, not the story's by the headline
      if (!same || same[1].toLowerCase() !== name[1].toLowerCase() || untensed.has(before) || headlines.has(before)) continue;
      const day = /^\d{4}-\d{2}-\d{2}/.exec(before.value ?? '');
      // (not a day ahead for a weekday told as done, its verb too far for the tense rules: "She said another march was
      // planned for next Friday. … Amnesty criticised the use of tear gas in a statement on Friday night."; but a
      // possessive's is the day's own thing, whatever is said of it: "Tickets for Saturday's game sold out")
      if (day && day[0] > mention.value.slice(0, 10) && !POSSESSIVE_AFTER.test(text.slice(mention.end, mention.end + 2))
        && sentenceTense(text, mention.start, mention.end) === 'past'
        && !AHEAD.test(text.slice(sentenceStartBefore(text, mention.start), sentenceEndAfter(text, mention.end)))) break;
      const entry = day && LINE_OPENING.test(text.slice(text.lastIndexOf('\n', mention.start - 1) + 1, mention.start));
      if (day) mention.value = ((entry ? laterInTheStory(mentions, k, day[0], name[1]) : undefined) ?? day[0]) + mention.value.slice(10);
      break;
    }
  }
}

/** "the fiscal quarter", "the first half": a period a results statement names by the day it ended ("the year ended …"
 *  is its length, P1Y, as TimeML tags it). */
const PERIOD_OF_RESULTS = /^the\s+(?:fiscal\s+|financial\s+)?(?:(?:first|second|third|fourth)\s+)?(quarter|half)$/i;
/** "the week", "the latest week": a week a data release counts up to a day. */
const WEEK_OF_RESULTS = /^the\s+(?:latest\s+|previous\s+)?week$/i;
const WEEK_ENDED_ON = /^\s+(?:(?:that|which)\s+)?(?:ended|ending|ends|to|through)\s+(?:on\s+)?$/i;
/** Between such a period and its last day: "ended", "ending", "that ended on". */
const ENDED_ON = /^\s+(?:(?:that|which)\s+)?(?:ended|ending|ends)\s+(?:on\s+)?$/i;

/**
 * "the quarter ended March 31", "the first half ending June 30": the calendar quarter or half that ends on that day
 * (2025-Q1, 2025-H1), not the one the article is in; nothing where the day ends no calendar one (a fiscal quarter).
 */
function periodsEndedOn(text: string, mentions: DateMention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    // "in the week ended Nov. 24", "the week to March 9": the week that day ends (data releases count such weeks)
    const weekDay = WEEK_OF_RESULTS.test(mentions[k].text) && WEEK_ENDED_ON.test(text.slice(mentions[k].end, mentions[k + 1].start))
      ? parseDay(DAY_VALUE.exec(mentions[k + 1].value ?? '')?.[0].slice(0, 10) ?? '') : undefined;
    if (weekDay) { mentions[k] = { ...mentions[k], type: 'DATE', value: formatWeek(weekDay) }; continue; }
    const period = PERIOD_OF_RESULTS.exec(mentions[k].text);
    const day = period && ENDED_ON.test(text.slice(mentions[k].end, mentions[k + 1].start)) ? DAY_VALUE.exec(mentions[k + 1].value ?? '') : null;
    if (!period || !day) continue;
    const [, year, month] = day.map(Number);
    const unit = period[1].toLowerCase();
    const months = unit === 'half' ? 6 : 3;
    if (month % months === 0) mentions[k] = { ...mentions[k], type: 'DATE', value: `${pad(year, 4)}-${unit === 'half' ? 'H' : 'Q'}${month / months}` };
  }
}

/**
 * "Play resumes on Friday, with a rest day on Saturday": a weekday with no verb of its own after a day ahead in the same
 * sentence is ahead as well, the first such day after it (a week's plan told in one sentence).
 */
function afterTheDayAheadBefore(text: string, mentions: readonly DateMention[], untensed: ReadonlySet<DateMention>, ref: Day): void {
  const today = formatDay(ref);
  for (let k = 1; k < mentions.length; k++) {
    const mention = mentions[k];
    const name = untensed.has(mention) && mention.value !== undefined ? WEEKDAY_WORD.exec(mention.text) : null;
    if (!name) continue;
    const sentenceStart = sentenceStartBefore(text, mention.start);
    const before = mentions[k - 1];
    const day = before.start >= sentenceStart && !untensed.has(before) ? /^\d{4}-\d{2}-\d{2}/.exec(before.value ?? '') : null;
    const from = day && day[0] > today ? parseDay(day[0]) : undefined;
    const wanted = weekdayOfStem(name[1]);
    // (the same weekday named again is the same day: sameDayAsNamedBefore)
    if (!from || isoWeekday(from) === wanted) continue;
    mention.value = formatDay(addDays(from, (wanted - isoWeekday(from) + 7) % 7 || 7)) + mention.value!.slice(10);
  }
}

/** What is named "of the year": an award ("album of the year", "player of the year award"). */
const AWARD_OF_BEFORE = /\b(?:album|song|record|single|player|coach|manager|driver|rider|rookie|newcomer|athlete|sportsman|sportswoman|sportsperson|footballer|cricketer|goal|team|horse|trainer|jockey|artist|entertainer|performer|film|movie|book|novel|game|show|designer|architect|chef|restaurant|photographer|journalist|reporter|car|brand|product|company|employee|teacher|word|woman|man|person)s?\s+of\s+$/i;
/** "1:47 of the third round", "5:02 into the second period": how far into a bout or a period of play. */
const INTO_PLAY_AFTER = /^\s+(?:of|into|left\s+in)\s+(?:the\s+)?(?:\p{L}+\s+)?(?:round|period|quarter|half|set|inning|innings|frame|stage|overtime|extra\s+time)\b/iu;
/** Words that make a quarter or a half one of a game: "opened the third quarter with a 17-2 run", "12 points in the first half",
 *  "halting the game for 34 minutes in the third quarter". */
const GAME_WORDS = /\b(?:rebounds?|assists?|touchdowns?|field\s+goals?|free\s+throws?|three-pointers?|layups?|dunks?|interceptions?|turnovers?|timeouts?|buzzer|halftime|quarterback|tip-off|\d{1,3}-\d{1,3}\s+(?:run|lead|deficit|win|victory|defeat)|Super\s+Bowl|(?:halt|stop|suspend|delay|resum)(?:e|ed|ing|s)?\s+(?:the\s+)?(?:game|match|play)\s+(?:for|in|during|until|after|before|briefly|twice)|(?:game|match|play)\s+(?:was|were)\s+(?:halted|stopped|suspended|delayed|resumed))\b/i;
const GOLF_WORDS = /\b(?:putts?|birdie[ds]?|bogey(?:s|ed)?|eagle[ds]?|parred|holed|tee|tee-shot|fairway|green|bunker|hole|holes|round of \d\d)\b/i;
/** "the third quarter", "the first half", "the fourth": a quarter or a half named by its place. */
const PART_OF_PLAY = /^(?:the\s+)?(?:first|second|third|fourth|final|opening|last)[\s-]+(?:quarter|half)$/i;

/**
 * "album of the year", "1:47 of the third round", "opened the third quarter with a 17-2 run": a prize's name, a time
 * into a bout, a period of a game — no time of the calendar or the clock.
 */
function timeOfAGame(text: string, start: number, end: number, written: string): boolean {
  if (/^the\s+year$/i.test(written) && AWARD_OF_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return true;
  if (/^\d{1,2}:\d\d$/.test(written) && INTO_PLAY_AFTER.test(text.slice(end, end + 40))) return true;
  // "holed a putt on the 16th", "birdied the 18th": a golf course's hole, no day of the month
  if (/^the\s+\d{1,2}(?:st|nd|rd|th)$/i.test(written)) return GOLF_WORDS.test(text.slice(sentenceStartBefore(text, start), sentenceEndAfter(text, end)));
  if (!PART_OF_PLAY.test(written)) return false;
  const sentence = text.slice(sentenceStartBefore(text, start), sentenceEndAfter(text, end));
  // (points are an index's as well: "the Dow fell 120 points in the first half")
  return GAME_WORDS.test(sentence) || (PLAYER_POINTS.test(sentence) && !MARKET_WORDS.test(sentence));
}
const PLAYER_POINTS = /\b\d{1,3}\s+points\b/i;

/**
 * A season's, a holiday's or the night's word before a thing it names a kind of: "the winter wheat crop", "a
 * Christmas cake", "overnight emergency care", "The summer minimum extent" (not "the summer months", "Christmas Eve").
 */
function kindOfAThing(text: string, end: number, written: string): boolean {
  if (!KIND_WORD.test(written)) return false;
  // ("grew almost overnight", "an overnight success": how fast, not when)
  if (/^overnight$/i.test(written) && (OVERNIGHT_AS_FAST.test(text.slice(Math.max(0, end - 30), end - written.length))
    || /^\s+(?:success|sensation|star|hit)\b/i.test(text.slice(end, end + 14)))) return true;
  const next = /^[ \t]+(\p{L}+)(?:[ \t]+(\p{L}+))?/u.exec(text.slice(end, end + 40));
  if (next === null) return false;
  // ("overnight emergency care": a word describing the thing may stand between)
  return KINDS_OF_THINGS.has(next[1].toLowerCase()) || (/overnight$/i.test(written) && next[2] !== undefined && KINDS_OF_THINGS.has(next[2].toLowerCase()));
}
const OVERNIGHT_AS_FAST = /\b(?:almost|virtually|practically|seemingly|nearly|literally|all but)\s+$/i;
const KIND_WORD = /^(?:the\s+)?(?:spring|summer|autumn|fall|winter|christmas|easter|halloween|overnight)$/i;
const KINDS_OF_THINGS = new Set(['wheat', 'barley', 'oats', 'rye', 'crop', 'crops', 'sowing', 'plantings', 'onion', 'onions',
  'squash', 'vegetables', 'coat', 'coats', 'jacket', 'jackets', 'tyres', 'tires', 'boots', 'clothing', 'wear', 'collection',
  'collections', 'minimum', 'maximum', 'extent', 'cake', 'cakes', 'pudding', 'puddings', 'tree', 'trees', 'lights', 'card',
  'cards', 'jumper', 'jumpers', 'sweater', 'sweaters', 'carol', 'carols', 'decorations', 'song', 'songs', 'film', 'films',
  'movie', 'movies', 'special', 'specials', 'bake', 'advert', 'adverts', 'ad', 'ads', 'egg', 'eggs', 'bunny', 'costume',
  'costumes', 'pumpkin', 'pumpkins', 'care', 'stay', 'stays', 'bag', 'bags', 'train', 'trains', 'bus', 'buses', 'flight',
  'flights', 'trials', 'trial', 'parking', 'accommodation', 'staff', 'shift', 'shifts', 'number', 'leader', 'leaders']);

/** A unit in the plural written with its capital, then "of" and a capitalised word: a title's words ("The Last Days of
 *  Bartholomew Quist", "One Hundred Years of Solitude"), as prose writes no time so. */
function wordsOfATitle(text: string, end: number, written: string): boolean {
  return TITLE_UNIT.test(written) && OF_A_NAME_AFTER.test(text.slice(end, end + 12));
}
const TITLE_UNIT = /(?:^|\s)(?:Days|Weeks|Months|Years|Hours|Minutes|Decades|Centuries)$/;
const OF_A_NAME_AFTER = /^\s+of\s+(?:the\s+)?\p{Lu}/u;
const MARKET_WORDS = /\b(?:index|indexes|indices|shares?|stocks?|Dow|Nasdaq|S&P|FTSE|DAX|Nikkei|yields?|basis|percent|per\s+cent|bonds?|polls?|survey)\b|%/i;

/** Only a list's or a timeline's markup before a mention on its line: "**", "- ", "### ". */
const LINE_OPENING = /^[ \t]*(?:[-*+][ \t]+|#{1,6}[ \t]+)?[*_]*$/;

/**
 * An entry of a timeline, "**Monday, August 17** - … **Wednesday** - … **Friday** - …" after "Friday, August 14": where the story has moved on
 * past the weekday named before (its last day named is later), a weekday of it is the first such day from that last
 * day on, not the one of the week before.
 */
function laterInTheStory(mentions: readonly DateMention[], k: number, same: string, weekday: string): string | undefined {
  for (let j = k - 1; j >= 0; j--) {
    const last = mentions[j].type === 'DATE' || mentions[j].type === 'TIME' ? /^\d{4}-\d{2}-\d{2}/.exec(mentions[j].value ?? '') : null;
    if (!last) continue;
    const day = parseDay(last[0]);
    const before = parseDay(same);
    // only a story told day by day: its last day a weekday too, less than a week on
    if (!day || !before || last[0] <= same || !WEEKDAY_WORD.test(mentions[j].text) || last[0] >= formatDay(addDays(before, 7))) return undefined;
    const wanted = weekdayOfStem(weekday);
    return formatDay(addDays(day, (wanted - isoWeekday(day) + 7) % 7));
  }
  return undefined;
}

/** "on the eve of the vote" right after a clock time: the day before an event, which no day named before is ("on the
 *  day of the burial" is the burial's day, which may be). */
const ON_AN_EVENTS_EVE = /^\s+on\s+the\s+eve\s+of\s+(?:the|its|his|her|their)\s+\p{Ll}/u;

/** "at 9 a.m. on Wednesday": a clock time is on the day named right after it, not the article's day. */
function onTheDayNamedNext(text: string, mentions: DateMention[], dayless: ReadonlySet<DateMention>): void {
  const placed = new Set<DateMention>();
  // times placed on a day after the one spoken of: "by 3 a.m. the following morning"
  const dayAfter = new Set<DateMention>();
  for (let k = 0; k + 1 < mentions.length; k++) {
    const time = mentions[k], next = mentions[k + 1];
    if (!dayless.has(time) || time.value === undefined) continue;
    const day = /^\d{4}-\d{2}-\d{2}/.exec(next.value ?? '');
    // (". On Monday" after "11:55 a.m." opens the next sentence)
    // "at 11 a.m. next Thursday": the day may follow the time without "on"
    // ("at 4:15 on the morning of Tuesday, March 11, 1975": the day's part between them)
    const adjacent = /^\s{1,3}(?:\(\s*(?:[A-Z]{2,4}|local time)\s*\)\s{1,3})?(?:on\s{1,3}(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?)?$/.test(text.slice(time.end, next.start));
    if (day && adjacent) { time.value = day[0] + time.value.slice(10); placed.add(time); }
    if (day && adjacent && /\b(?:following|next)\b/i.test(next.text)) dayAfter.add(time);
    // "died at 9.10am the same day" with no day near to say which: the time is on that unknown day, not the article's
    if (adjacent && next.type === 'DATE' && next.value === undefined && FOLLOWING.test(next.text)) { time.value = time.value.slice(10); placed.add(time); }
    // "at 10:00 local time (1500 UTC) on Monday", "at 9 a.m. (0800 GMT) Friday": the time and its other zone's are both
    // on that day
    const after = mentions[k + 2];
    const on = after && /^\d{4}-\d{2}-\d{2}/.exec(after.value ?? '');
    if (on && next.type === 'TIME' && dayless.has(next) && /^\s{0,2}\(\s*$/.test(text.slice(time.end, next.start))
      && /^\s*\)\s{1,3}(?:on\s{1,3})?$/.test(text.slice(next.end, after.start))) {
      for (const t of [time, next]) { t.value = on[0] + t.value!.slice(10); placed.add(t); }
    }
  }
  // "polls open at 7 a.m. and close at 8 p.m. on Sunday": a time joined by "and" to a time placed on a day is on it too
  // (not to one on the day after: "started at 11:40 p.m. and was out by 3 a.m. the following morning")
  for (let k = mentions.length - 2; k >= 0; k--) {
    const time = mentions[k], next = mentions[k + 1];
    if (!dayless.has(time) || placed.has(time) || time.value === undefined || !placed.has(next) || dayAfter.has(next)) continue;
    if (/^[^.;!?\n]{0,12}\band\b[^.;!?\n]{0,24}$/.test(text.slice(time.end, next.start))) {
      time.value = next.value!.slice(0, 10) + time.value.slice(10);
      placed.add(time);
    }
  }
  // "the vote on Thursday came after a session that began at 3 p.m.", "the concert at 9 p.m. on Sunday and fireworks
  // at 10 p.m.": a clock time is on the day the story speaks of, named in its sentence or the one before
  for (let k = 0; k < mentions.length; k++) {
    const time = mentions[k];
    if (!dayless.has(time) || placed.has(time) || time.value === undefined) continue;
    // "Updated at 10:05 GMT" under the last paragraph, "### 09:42 GMT" over a live page's entry: a stamp's time is on
    // the page's day, not on the day the paragraph before spoke of
    if (STAMP_BEFORE_TIME.test(text.slice(text.lastIndexOf('\n', time.start - 1) + 1, time.start))) continue;
    // "every 15 minutes from 10 a.m. to midnight daily": the hours of a repeated timetable are on no one day
    if (inTimetable(text, mentions, k) || timetableSlot(text, time)) { time.value = time.value.slice(10); continue; }
    // "ends at midnight on the eve of the vote": on a day the story does not date here
    if (ON_AN_EVENTS_EVE.test(text.slice(time.end, time.end + 40))) { time.value = time.value.slice(10); continue; }
    // "the truce held overnight", "the river rose overnight": told in the past, the night before the day
    // the story speaks of (named in its sentence or the one before, else the article's)
    // (a headline's present tells what has happened: "Truce holds overnight")
    const nightBefore = /^overnight$/i.test(time.text) && (sentenceTense(text, time.start, time.end) === 'past'
      || (inHeadline(text, time.start) && !/\b(?:to|will|would)\s/i.test(text.slice(text.lastIndexOf('\n', time.start - 1), time.start))));
    let nightOf = false;
    const timeline = !nightBefore ? timelineDay(text, mentions, k) : undefined;
    if (timeline) { time.value = timeline + time.value.slice(10); continue; }
    for (let j = k - 1; j >= 0; j--) {
      const before = mentions[j];
      // ("on the day of the service": a day the story does not date; "lost its peg overnight": the night before the day
      // spoken of, which a later hour of that day is not on)
      if (before.type === 'DURATION' || before.type === 'SET' || before.value === undefined || /^overnight$/i.test(before.text)) continue;
      const between = text.slice(before.end, time.start);
      // "Thieves struck early Sunday, police said on Monday. Footage shows them entering at 3:42 a.m.": the day a thing was
      // said, in a sentence before, is not the day it tells of; nor is a span's bound there ("thefts reported since
      // January"; in the time's own sentence it frames the time: "Since 2019 the shop has opened at 9 a.m.")
      const lead = text.slice(Math.max(0, before.start - 40), before.start);
      // ("officials said on Sunday. Rivers rose two metres overnight": the night before the day of the saying, though)
      if (((SAID_ON_BEFORE.test(lead) && !nightBefore) || SPAN_BOUND_BEFORE.test(lead)) && between.search(SENTENCE_BREAK) >= 0) continue;
      // "fighting 14 fires on Tuesday morning, down from 23 fires on Monday. Three villages were evacuated overnight": a
      // day a figure is compared with is not the day the story speaks of
      if (COMPARED_FROM.test(text.slice(sentenceStartBefore(text, before.start), before.start)) && between.search(SENTENCE_BREAK) >= 0) continue;
      // "meet on Saturday, chasing a first title since the 2009-10 season. Kick-off is at 3 p.m.": a year named in
      // passing in the sentence before is no day the story moved to (in the clock time's own sentence it is its frame)
      // (nor a century: "escaped with a 17th-century chain")
      if (/^\d{2,4}$/.test(before.value ?? '') && (between.match(SENTENCE_BREAK) ?? []).length > 0) continue;
      // (two sentences back where the paragraph tells on what happened that day: "won the run-off on Sunday. She took
      // 52% of the vote. Her rival conceded shortly before 11 p.m.")
      const breaks = (between.match(SENTENCE_BREAK) ?? []).length;
      if (between.length > DAY_SPOKEN_OF_REACH || breaks > 2
        || (breaks === 2 && (between.includes('\n') || !/^\d{4}-\d{2}-\d{2}/.test(before.value ?? '')
          || before.value!.slice(0, 10) > time.value.slice(0, 10) || !toldAsDone(text, time)))) break;
      // "the storm would strengthen overnight" after "by Tuesday evening": a forecast's tonight; only a day of its
      // own sentence ("Friday, August 14 - … across the ridge overnight") is the day whose night it is
      if (/^overnight$/i.test(time.text) && !nightBefore && (between.match(SENTENCE_BREAK) ?? []).length > 0) break;
      const day = /^\d{4}-\d{2}-\d{2}(?=$|T)/.exec(before.value ?? '');
      // "The council on Tuesday night approved a budget for 2027 after a meeting that ran past midnight": a year or a
      // month between the time and a day its own sentence names is what the sentence speaks of, not the time's frame
      if (!day && breaks === 0 && /^\d{4}(?:-\d{2})?$/.test(before.value ?? '') && dayEarlierInSentence(text, mentions, j, time)) continue;
      // "She spoke last night. She is due to speak at noon.": a day gone by, named in the sentence before, is no day
      // for a time its own sentence puts ahead; that time stays on the page's day
      if (day && day[0] < time.value.slice(0, 10) && (between.match(SENTENCE_BREAK) ?? []).length > 0
        && tenseAround(text, time.start, time.end, YEAR_TENSE_REACH) === 'future') break;
      // "… expected in the early hours of Friday. Turnout by 6pm was 31%": a day still ahead, named in a sentence
      // before, is no day for a time its own sentence tells as done; that time stays on the page's day
      if (day && day[0] > time.value.slice(0, 10) && (between.match(SENTENCE_BREAK) ?? []).length > 0 && toldAsDone(text, time)) break;
      // "released on bail until 4 January … people were in Kell Street between 1.45am and 2.15am": a day ahead is no day
      // for a time its clause tells in the past; an earlier day may be
      if (day && day[0] > time.value.slice(0, 10) && (between.match(SENTENCE_BREAK) ?? []).length > 0 && toldBeforeAsDone(text, time)) continue;
      if (day) time.value = day[0] + time.value.slice(10);
      // ("began on Thursday night … rose overnight": that night itself)
      if (day && nightBefore && /TNI$/.test(before.value ?? '') && /\bnight$/i.test(before.text)) nightOf = true;
      // "Counting began after 10.30pm. A recount would start no earlier than 4am": a time foreseen after a later hour
      // of the same day is the next morning's
      const clock = /T(\d\d:\d\d)/.exec(before.value ?? ''), own = /T(\d\d:\d\d)/.exec(time.value);
      if (day && before.type === 'TIME' && clock && own && own[1] < clock[1] && foresees(text, time)) {
        const next = parseDay(day[0]);
        if (next) time.value = formatDay(addDays(next, 1)) + time.value.slice(10);
      }
      break;
    }
    const night = nightBefore && !nightOf ? parseDay(time.value.slice(0, 10)) : undefined;
    if (night) time.value = formatDay(addDays(night, -1)) + time.value.slice(10);
    // "began at around 11 pm on Sunday and was extinguished by 4 am": an earlier hour told next in the same sentence,
    // joined to the later one, is on the day after it
    if (!nightBefore) {
      const later = laterHourBefore(text, mentions, k);
      const next = later && parseDay(later);
      if (next) time.value = formatDay(addDays(next, 1)) + time.value.slice(10);
    }
  }
}

/** Whether a mention before the j-th, in the same sentence as `time`, names a day. */
function dayEarlierInSentence(text: string, mentions: readonly DateMention[], j: number, time: DateMention): boolean {
  for (let i = j - 1; i >= 0; i--) {
    if (text.slice(mentions[i].end, time.start).search(SENTENCE_BREAK) >= 0) return false;
    if (DAY_VALUE.test(mentions[i].value ?? '')) return true;
  }
  return false;
}

/** A comparison's opening before a figure's day in its clause: "down from 23 fires on", "compared with 40 on". */
const COMPARED_FROM = /\b(?:(?:up|down)\s+from|compared\s+(?:with|to))\s+(?:[^\s,;]+\s+){0,5}(?:on\s+)?$/i;

/** The day of a later hour told just before a clock time in its sentence, joined to it ("at 11 pm on Sunday and … by
 *  4 am"), where the time is on that day: the day the time is past midnight from. */
function laterHourBefore(text: string, mentions: readonly DateMention[], k: number): string | undefined {
  const time = mentions[k];
  const own = /^(\d{4}-\d{2}-\d{2})T(\d\d:\d\d)/.exec(time.value ?? '');
  if (!own) return undefined;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const between = text.slice(mentions[j].end, time.start);
    if (between.search(SENTENCE_BREAK) >= 0) return undefined;
    if (mentions[j].type !== 'TIME') continue;
    const clock = /^(\d{4}-\d{2}-\d{2})T(\d\d:\d\d)/.exec(mentions[j].value ?? '');
    // (an evening's or a night's hour, then a morning's: "moved from its 3pm kick-off to 12.30pm" stays that day)
    if (!clock || clock[1] !== own[1] || clock[2] < '17:00' || own[2] >= '12:00') return undefined;
    return /\b(?:and|until|till|to|by)\b/i.test(between) && !/\b(?:earlier|before)\b/i.test(between) ? own[1] : undefined;
  }
  return undefined;
}

/** "futures for February", "crude for January delivery", "the March contract": a traded contract's month. */
const CONTRACT_BEFORE = /\b(?:futures|contracts?|crude|oil|gas|wheat|corn|soybeans|gold|silver|copper|cocoa|coffee|sugar|cotton)\s+for\s+$/i;
const CONTRACT_AFTER = /^\s+(?:delivery|contract|futures)\b/i;
const BARE_MONTH_VALUE = /^(\d{4})-(\d{2})$/;

/**
 * A futures contract's month is one still to be delivered, whatever the tense of the market's move ("Brent futures for
 * February fell", written in November): the first such month from the reference month on.
 */
function contractMonths(text: string, mentions: DateMention[], ref: Day): void {
  for (const m of mentions) {
    const month = m.type === 'DATE' && /^\p{L}+\.?$/u.test(m.text) ? BARE_MONTH_VALUE.exec(m.value ?? '') : null;
    if (!month || !(CONTRACT_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) || CONTRACT_AFTER.test(text.slice(m.end, m.end + 12)))) continue;
    const year = +month[2] < ref.month ? ref.year + 1 : ref.year;
    m.value = `${pad(year, 4)}-${month[2]}`;
  }
}

/** The era after a year or a century: "1100 BC", "500 B.C.", "the 14th century BCE". */
const BC_AFTER = /^[ \t]?(?:BCE?|B\.C\.(?:E\.)?)(?![\p{L}\d])/u;
/** What joins the first year of a range to the second: "between 1150 and 1050 BC", "1150-1050 BC". */
const RANGE_JOINER = /^\s*(?:and|to|-|–)\s*$/;

/**
 * "around 1100 BC", "the late 14th century BC": a year or a century before Christ, valued as TIMEX3 writes it (BC1100,
 * BC13), its era in the span; the first year of a range ending in such a year is of that era too ("between 1150 and
 * 1050 BC").
 */
function beforeChrist(text: string, mentions: DateMention[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const era = BC_AFTER.exec(text.slice(m.end, m.end + 8));
    if (!era || m.type !== 'DATE' || !/^\d{2}$|^\d{4}$/.test(m.value ?? '')) continue;
    m.value = 'BC' + m.value;
    m.end += era[0].length;
    m.text = text.slice(m.start, m.end);
    const first = mentions[k - 1];
    if (first && first.type === 'DATE' && /^\d{4}$/.test(first.value ?? '') && +first.value! > +m.value.slice(2)
      && RANGE_JOINER.test(text.slice(first.end, m.start))) first.value = 'BC' + first.value;
  }
}

/** "said on ", "told reporters on ", "announced ": the day a thing was said comes next. */
const SAID_ON_BEFORE = /\b(?:said|says|told(?:\s+[\p{Ll}]+){0,2}|announced|confirmed|stated|added)\s+(?:on\s+)?$/u;
/** "since ", "until ": a span's bound comes next. */
const SPAN_BOUND_BEFORE = /\b(?:since|until|till)\s+$/i;

/** How far back, in a timeline, the last hour placed on a day may stand: a few short paragraphs. */
const TIMELINE_REACH = 800;

/**
 * "Problems began at 13:05 UTC on 7 July. … Reports peaked at 14:30 UTC. … restored by 21:20 UTC": a later hour told
 * as done, a few paragraphs after the last hour placed on a day, with no other day named between, is on that day —
 * further back than the sentence before, where a day alone would be too far.
 */
function timelineDay(text: string, mentions: readonly DateMention[], k: number): string | undefined {
  const time = mentions[k];
  const own = /T(\d\d:\d\d)/.exec(time.value ?? '');
  if (!own) return undefined;
  for (let j = k - 1; j >= 0 && mentions[j].end >= time.start - TIMELINE_REACH; j--) {
    const before = mentions[j];
    const placed = /^(\d{4}-\d{2}-\d{2})T(\d\d:\d\d)/.exec(before.value ?? '');
    if (before.type !== 'TIME' || !placed) continue;
    // (both told as done: "A recount would start no earlier than 4am" is no hour of the timeline)
    if (own[1] <= placed[2] || !toldAsDone(text, time) || foresees(text, before)) return undefined;
    // (a day of its own named since: the story moved to it)
    for (let n = j + 1; n < k; n++) {
      const day = DAY_VALUE.exec(mentions[n].value ?? '');
      if (day && day[0].slice(0, 10) !== placed[1]) return undefined;
    }
    return placed[1];
  }
  return undefined;
}

/** Whether a mention's sentence foresees: "would start", "will be declared". */
function foresees(text: string, mention: DateMention): boolean {
  const sentence = text.slice(sentenceStartBefore(text, mention.start), sentenceEndAfter(text, mention.end));
  return /\b(?:will|would|shall)\b|['’]ll\b/i.test(sentence);
}

/** Whether a mention's sentence tells what was done ("was", "began", "had until") and foresees nothing ("would"). */
function toldAsDone(text: string, mention: DateMention): boolean {
  // its clause: the sentence up to a few words after the time ("by 6pm was 31%"), ended by the time's own full stop
  const end = mention.text.endsWith('.') ? mention.end : Math.min(sentenceEndAfter(text, mention.end), mention.end + 30);
  const sentence = text.slice(sentenceStartBefore(text, mention.start), end);
  return PAST_FORM.test(sentence) && !/\b(?:will|would|shall|wo|could|might|may)\b|['’]ll\b/i.test(sentence);
}

/** Whether the clause before a mention tells what was ("people were in Kell Street between 1.45am"), foreseeing nothing. */
function toldBeforeAsDone(text: string, mention: DateMention): boolean {
  const before = text.slice(sentenceStartBefore(text, mention.start), mention.start);
  return PAST_FORM.test(before) && !/\b(?:will|would|shall|wo)\b|['’]ll\b/i.test(before);
}

/** What may stand before a clock time that opens a line as a stamp: a heading's marks, emphasis, "Updated at". */
const STAMP_BEFORE_TIME = /^[ \t]*(?:#{1,6}[ \t]*)?[*_]*[ \t]*(?:(?:last[ \t]+)?(?:updated|published|posted|filed|modified|edited)(?:[ \t]+(?:at|on))?[ \t]*:?[ \t]*)?$/i;

/** How near a repeated time ("daily", "every Monday") a clock time is one of its hours. */
const TIMETABLE_REACH = 40;

/** Whether mention k stands in the same sentence as a set ("daily", "every hour"), near it. */
function inTimetable(text: string, mentions: readonly DateMention[], k: number): boolean {
  const near = (other: DateMention | undefined, from: number, to: number): boolean =>
    other !== undefined && other.type === 'SET' && to - from <= TIMETABLE_REACH && !/[.;!?\n]/.test(text.slice(from, to));
  const time = mentions[k];
  for (let j = k - 1; j >= 0 && mentions[j].type === 'TIME'; j--) if (near(mentions[j - 1], mentions[j - 1]?.end ?? 0, mentions[j].start)) return true;
  for (let j = k + 1; j < mentions.length && mentions[j - 1].type === 'TIME'; j++) if (near(mentions[j], mentions[j - 1].end, mentions[j].start)) return true;
  return near(mentions[k - 1], mentions[k - 1]?.end ?? 0, time.start) || near(mentions[k + 1], time.end, mentions[k + 1]?.start ?? 0);
}

/** What a timetable runs: the 11:45 p.m. departure, the 7 a.m. sailing. */
const SERVICE = String.raw`(?:departures?|arrivals?|services?|trains?|bus|buses|coach(?:es)?|ferry|ferries|flights?|sailings?|crossings?|shuttles?|trams?)`;
/** A clock time, maybe followed by more: ", 5:40 and 5:55 a.m.". */
const MORE_TIMES = String.raw`(?:\s*(?:,|\band\b|\bor\b)\s*(?:\d{1,2}(?:[:.]\d\d)?|noon|midnight)(?:\s*[ap]\.?m\.?)?)*`;
const SLOT_AFTER = new RegExp(String.raw`^${MORE_TIMES}\s+${SERVICE}\b`, 'i');
/** "services leave Ashby at …", "the ferry sails at …": what a timetable says, in the present, of no one day. */
const RUNS_AT = new RegExp(String.raw`\b${SERVICE}\s+(?:(?!will\b|would\b|shall\b)\p{L}+\s+){0,2}?(?:leaves?|departs?|runs?|arrives?|calls?|sails?|stops?)\b`, 'iu');

/**
 * "The 11:45 p.m. and 12:30 a.m. departures end on February 28", "three new services leave Ashby at 5:25, 5:40 and
 * 5:55 a.m.": the times of a timetable name its slots, which run on every day the timetable does, not on a day the
 * story speaks of. A day written in the time's own sentence still holds it ("the ferry leaves at 9 a.m. on Monday").
 */
function timetableSlot(text: string, time: DateMention): boolean {
  if (SLOT_AFTER.test(text.slice(time.end, time.end + 80))) return true;
  // a time that ends its sentence ("5:55 a.m.") ends it with its own full stop
  const from = sentenceStartBefore(text, time.start), to = sentenceEndAfter(text, time.end - 1);
  const sentence = text.slice(from, to);
  return RUNS_AT.test(text.slice(from, time.start)) && !WEEKDAY_WORD.test(sentence) && !/\b(?:today|tonight|tomorrow|yesterday)\b/i.test(sentence);
}

/** How far back the day a clock time is on may be named: the sentence before, about. */
const DAY_SPOKEN_OF_REACH = 300;
const SENTENCE_BREAK = /[.!?]["”’)]?\s+(?=["“(]?\p{Lu})|\n/gu;

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;

/** Whether the day at `start` opens its sentence, alone or after "on": "On Friday the library closes early". */
function opensSentence(text: string, start: number): boolean {
  return /^\s*(?:on\s+)?$/i.test(text.slice(sentenceStartBefore(text, start), start));
}

/** Up to `reach` characters back from `at`, starting at a word boundary. */
function windowStartBefore(text: string, at: number, reach: number): number {
  const floor = Math.max(0, at - reach);
  let i = floor;
  if (i > 0 && !isSpace(text.charCodeAt(i - 1))) {
    while (i < at && !isSpace(text.charCodeAt(i))) i++;
  }
  return i;
}

/** Up to `reach` characters on from `at` (the tokenizer completes a word cut at the end). */
function windowEndAfter(text: string, at: number, reach: number): number {
  return Math.min(text.length, at + reach);
}

/** "a year earlier", "a year ago", "year-earlier": in results, the same period a year before. */
const YEAR_BACK = /^(?:a year (?:ago|earlier)|year-(?:ago|earlier))$/i;
const QUARTER = /^(\d{4})-(Q[1-4]|H[12])$/;
/** How far back a quarter or half still sets the period "a year earlier" compares with. */
const PERIOD_REACH = 600;

/** "compared with a loss of $3 million last year": in results, the same period of last year. */
const COMPARED = /\bcompared\s+(?:with|to)\s+(?:\S+\s+){0,5}$/i;
function comparedWithLastYear(text: string, mention: DateMention): boolean {
  return /^last year$/i.test(mention.text) && COMPARED.test(text.slice(Math.max(0, mention.start - 60), mention.start));
}

/** How near a year must be named for "a year earlier" to count from it: the same or the previous sentence. */
const YEAR_NAMED_REACH = 80;

/** "Two years ago the council froze rates; a year earlier it cut them": a year before the year named just before. */
function yearBeforeTheOneJustNamed(text: string, found: readonly DateMention[], mention: DateMention): string | undefined {
  if (!/^a year earlier$/i.test(mention.text) || found.length === 0) return undefined;
  const last = found[found.length - 1];
  if (last.type !== 'DATE' || last.end < mention.start - YEAR_NAMED_REACH || /\n/.test(text.slice(last.end, mention.start))) return undefined;
  // "year-earlier results …, a year earlier": both say the same year
  if (/year-|\b(?:earlier|prior|previous)\b/i.test(last.text)) return undefined;
  // (a month or a day just named, the same month or day of the year before: "2,450 euros in September, up from 1,980
  // euros a year earlier"; not the day a period ended, "in the three months to December 31", whose period it is)
  const year = /^(\d{4})((?:-\d{2}){0,2})$/.exec(last.value ?? '');
  if (!year || (year[2] && PERIOD_END_BEFORE.test(text.slice(Math.max(0, last.start - 24), last.start)))) return undefined;
  return pad(+year[1] - 1, 4) + year[2];
}
const PERIOD_END_BEFORE = /\b(?:to|ended|ending|ends|through|until|end\s+of)\s+(?:the\s+)?$/i;

/** Periods that already look back a year ("the year-ago quarter", "last year's quarter") are no period to look back from. */
const LOOKS_BACK = /\b(?:ago|earlier|last|prior|previous)\b|year-|\d{4} (?:period|quarter)/i;

/** "the year", "the full year", "the whole year". */
const WHOLE_YEAR = /^the\s+(?:(?:full|whole|entire)\s+)?year$/i;

/**
 * "a loss for the fourth quarter of 2019. For the full year, the airline lost …": the year whose last quarter or half
 * the text spoke of just before (within reach), not the article's.
 */
function yearOfTheClosingPeriodBefore(found: readonly DateMention[], at: number): string | undefined {
  for (let k = found.length - 1; k >= 0 && found[k].end >= at - PERIOD_REACH; k--) {
    if (found[k].type !== 'DATE') continue;
    const closing = /^(\d{4})-(?:Q4|H2)$/.exec(found[k].value ?? '');
    return closing ? closing[1] : undefined;
  }
  return undefined;
}

/** The quarter or half a year before the one the text spoke of last (within reach), if any. */
function reportingPeriodBefore(found: readonly DateMention[], at: number): string | undefined {
  for (let k = found.length - 1; k >= 0 && found[k].end >= at - PERIOD_REACH; k--) {
    // "now has 120 million users, up from 85 million a year earlier": a year before now, not before the quarter above
    if (found[k].value === 'PRESENT_REF') return undefined;
    if (LOOKS_BACK.test(found[k].text)) continue;
    const m = QUARTER.exec(found[k].value ?? '');
    if (m) return yearEarlier(found[k].value!);
  }
  return undefined;
}

function parseWindow(text: string, from: number, to: number, ref: Day | undefined, out: DateMention[], notes: Notes): void {
  const tokens = tokenize(text, from, to);
  const grammar = new DateGrammar(tokens, ref);
  // the sentence or the one before it: "Profit rose 14%. The second half would be tougher, she said."
  grammar.resultsAt = at => {
    const start = sentenceStartBefore(text, at), end = sentenceEndAfter(text, at);
    const sentence = text.slice(start, end);
    if (speaksOfResults(sentence)) return true;
    let before = start - 1;
    while (before > 0 && /\s/.test(text[before])) before--;
    return before > 0 && speaksOfResults(text.slice(sentenceStartBefore(text, before), end));
  };
  let i = 0;
  while (i < tokens.length) {
    // expressions stay within one paragraph
    let lineEnd = i + 1;
    while (lineEnd < tokens.length && !tokens[lineEnd].lineBreak) lineEnd++;
    grammar.limit = lineEnd;
    while (i < lineEnd) {
      const match = grammar.matchAt(i);
      if (!match || match.end <= i) { i++; continue; }
      const start = tokens[i].start, end = tokens[match.end - 1].end;
      const mention: DateMention = { start, end, text: phraseOf(text, start, end), type: match.type };
      if (timeOfAGame(text, start, end, mention.text) || wordsOfATitle(text, end, mention.text) || kindOfAThing(text, end, mention.text)) { i = match.end; continue; }
      if (match.value !== undefined) {
        if (match.floating === 'part' && ref) {
          const before = text.slice(sentenceStartBefore(text, start), start);
          let tense = reportedTense(before, text.slice(end, end + 60));
          // "profit will rise in the second half, analysts said": the part's own clause, not the attribution after it
          if (tense === 'unknown' && futureAuxiliaryBefore(before)) tense = 'future';
          if (tense === 'unknown') tense = tenseAround(text, start, end, YEAR_TENSE_REACH);
          if (tense === 'unknown') tense = sentenceTense(text, start, end);
          mention.value = partForTense(match.value, tense, ref, foreseenWithin(before, mention.text));
          notes.parts.add(mention);
          if (tense !== 'unknown') notes.tensedParts.add(mention);
        }
        const headline = match.floating === 'week' && ref !== undefined && inHeadline(text, start);
        if (headline) notes.headlines.add(mention);
        // ("Screening to start in April", "Council to vote on budget Tuesday": a headline's "to" and its verb, for a month
        // or a season as for a weekday)
        const headlineFuture = (headline || (match.floating === 'year' && ref !== undefined && inHeadline(text, start)))
          && HEADLINE_FUTURE.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start));
        // ("Inflation slows to three-year low in April" over a story of May: a headline's present tells what has
        // happened as often as what is to come, so its month or season is the nearest one)
        const headlineNearest = !headlineFuture && match.floating === 'year' && ref !== undefined && headlineStandingAlone(text, start);
        const tense = match.floating === 'part' || headlineNearest ? 'unknown' : headlineFuture ? 'future'
          : match.floating && ref ? tenseOfMention(text, start, end, match.floating,
            match.floating === 'year' && DAY_VALUE.test(match.value) && +match.value.slice(0, 4) === ref.year && match.value.slice(0, 10) > formatDay(ref)) : 'unknown';
        if (match.floating !== 'part') mention.value = match.floating && ref ? valueForTense(match.value, match.floating, tense, ref) : match.value;
        if (match.floating === 'week' && tense === 'unknown') notes.untensed.add(mention);
        if (match.floating === 'year' && mention.value !== undefined) mention.value = inTheYearJustNamed(text, out, mention, ref) ?? mention.value;
        if (match.floating === 'month' && ref && mention.value !== undefined) mention.value = inTheMonthJustNamed(text, out, mention, ref) ?? mention.value;
      }
      if (notes.fiscalYearEnd !== undefined && ref && mention.type === 'DATE' && mention.value !== undefined) {
        const fiscal = fiscalPartValue(text, mention, notes.fiscalYearEnd, ref);
        if (fiscal !== null) mention.value = fiscal;
      }
      if (BARE_SEASON.test(mention.text) && /^\d{4}-(?:SP|SU|FA|WI)$/.test(mention.value ?? '')
        && HABITUAL.test(text.slice(sentenceStartBefore(text, start), sentenceEndAfter(text, end)))) mention.value = 'XXXX' + mention.value!.slice(4);
      const nth = NTH_WEEK_OF.exec(mention.text);
      const month = nth && /^(\d{4})-(\d{2})$/.exec(mention.value ?? '');
      if (nth && month) mention.value = weekOfMonth(+month[1], +month[2], nth[1].toLowerCase());
      const nthDay = NTH_WEEKDAY_OF.exec(mention.text);
      const ofMonth = nthDay && /^(\d{4})-(\d{2})$/.exec(mention.value ?? '');
      if (nthDay && ofMonth) {
        const weekday = weekdayOfStem(nthDay[2]);
        mention.value = formatDay(nthWeekday(+ofMonth[1], +ofMonth[2], weekday, NTH.get(nthDay[1].toLowerCase())!));
      }
      const weekOf = WEEK_OF.exec(mention.text);
      const day = weekOf && parseDay(mention.value?.slice(0, 10) ?? '');
      if (weekOf && day) mention.value = formatWeek(day) + (weekOf[1] ? '-WE' : '');
      if (mention.value !== undefined && (YEAR_BACK.test(mention.text) || comparedWithLastYear(text, mention))) {
        const period = yearBeforeTheOneJustNamed(text, out, mention) ?? reportingPeriodBefore(out, start);
        if (period) mention.value = period;
      }
      if (mention.type === 'DATE' && mention.value !== undefined && WHOLE_YEAR.test(mention.text)) mention.value = yearOfTheClosingPeriodBefore(out, start) ?? mention.value;
      if (ref && mention.type === 'TIME' && mention.value?.startsWith('T')) notes.dayless.add(mention);
      if (ref && ofTheYearSpokenOf(text, mention, out, ref, notes.dayless)) { i = match.end; continue; }
      if (ref) thisTimeLastYear(text, mention, ref);
      if (ref) mention.value = anchored(text, mention, out, ref, notes.dayless);
      out.push(mention);
      i = match.end;
    }
  }
}

/** A month's name or its abbreviation in a mention's words, by its first letters (no other word of a date opens so
 *  but "decade", whose value is no month's). */
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/**
 * "In February the firm cut 40 jobs on the 9th", "talks began on March 3 and broke down on the 9th": a day of the
 * month alone is in the month named last, in its sentence (or as a whole month in the one before), not the article's. A mention of the
 * article's own day (its dateline) names no month the story speaks of.
 */
function inTheMonthJustNamed(text: string, found: readonly DateMention[], mention: DateMention, ref: Day): string | undefined {
  const own = sentenceStartBefore(text, mention.start);
  const from = own > 1 ? sentenceStartBefore(text, own - 1) : 0;
  const refDay = formatDay(ref);
  for (let k = found.length - 1; k >= 0 && found[k].start >= from; k--) {
    const named = MONTH_OR_DAY_VALUE.exec(found[k].value ?? '');
    if (!named || !MONTH_NAME.test(found[k].text) || found[k].value === refDay) continue;
    // a day named in the sentence before may be a month the story has moved on from ("was announced on May 20 … took
    // effect on the 1st"); a month named there is the one it speaks of
    if (named[3] !== undefined && found[k].start < own) continue;
    const day = +mention.value!.slice(8, 10);
    return isValidDay(+named[1], +named[2], day) ? `${named[1]}-${named[2]}-${pad(day)}` : undefined;
  }
  return undefined;
}

/**
 * "closed on May 3, the day before the ferry strike": "the day" set off after a date is that date (the grammar leaves "the
 * day before an event" without a value); "the week" so set off is the date's week.
 */
function dayInApposition(text: string, mentions: DateMention[]): void {
  for (let k = 1; k < mentions.length; k++) {
    const m = mentions[k], before = mentions[k - 1];
    const unit = m.value === undefined ? /^the (day|week)$/i.exec(m.text) : null;
    const day = unit && /^\d{4}-\d{2}-\d{2}$/.exec(before.value ?? '');
    if (!unit || !day || !/^\s*,\s*$/.test(text.slice(before.end, m.start))) continue;
    const parsed = parseDay(day[0]);
    m.value = unit[1].toLowerCase() === 'day' ? day[0] : parsed && formatWeek(parsed);
  }
}

/**
 * "meets only once in August, on Aug. 7-8": a day set off after its month, named alone just before, is in that month's
 * year (a present timetable had sent a day already gone to next year).
 */
function dayOfTheMonthBefore(text: string, mentions: DateMention[]): void {
  for (let k = 1; k < mentions.length; k++) {
    const m = mentions[k], before = mentions[k - 1];
    const month = /^(\d{4})-(\d{2})$/.exec(before.value ?? ''), day = /^(\d{4})-(\d{2})-(\d{2})/.exec(m.value ?? '');
    if (!month || !day || month[2] !== day[2] || month[1] === day[1] || HAS_YEAR.test(m.text)) continue;
    if (!/^\s*,\s*(?:on\s+)?$/.test(text.slice(before.end, m.start)) || parseDay(`${month[1]}-${day[2]}-${day[3]}`) === undefined) continue;
    m.value = month[1] + m.value!.slice(4);
  }
}

/**
 * "will move from its September slot to late May starting next year": a month, a day or a season without its year, then
 * "starting" (or "beginning", "from") and a year, is in that year.
 */
function startingTheYearAfter(text: string, mentions: DateMention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const m = mentions[k], year = mentions[k + 1];
    const own = /^\d{4}(-(?:\d{2}(?:-\d{2})?|SP|SU|FA|WI))$/.exec(m.value ?? '');
    if (!own || HAS_YEAR.test(m.text) || !/^\d{4}$/.test(year.value ?? '')) continue;
    if (!/^\s*,?\s+(?:starting|beginning|from)\s+(?:in\s+)?$/i.test(text.slice(m.end, year.start))) continue;
    const value = year.value + own[1];
    if (own[1].length < 6 || parseDay(value) !== undefined) m.value = value;
  }
}

/** How far back "the month" looks for the month it refers to: a story's lead names it, a few paragraphs up. */
const MONTH_ANTECEDENT_REACH = 1500;
const THE_MONTH = /^the month$/i;
const WHOLE_MONTH_WORDS = /\bmonth\b/i;
/** Words of monthly figures beyond a firm's results: a labour market's, prices', an index's. */
const FIGURES = /\b(?:jobs|jobless|payrolls|wages|prices|rents|vacancies|figures|data|index)\b/i;

/**
 * "Unemployment rose by 12,000 over the month": in a story of monthly figures, "the month" is the month they are for,
 * named before ("in April", "last month"), not the article's own (published in May, the month is not over). With no
 * month named, a past sentence of figures says only that it is some month before the article's: left without a value
 * rather than given the article's month (TimeML values such a reference by what it refers back to).
 */
function theMonthSpokenOf(text: string, mentions: DateMention[], ref: Day): void {
  const refDay = formatDay(ref);
  mentions.forEach((m, k) => {
    if (!THE_MONTH.test(m.text) || m.type !== 'DATE') return;
    let antecedent: string | undefined;
    for (let j = k - 1; j >= 0 && mentions[j].start >= m.start - MONTH_ANTECEDENT_REACH && antecedent === undefined; j--) {
      const named = MONTH_OR_DAY_VALUE.exec(mentions[j].value ?? '');
      if (!named || mentions[j].value === refDay || mentions[j].value!.length > 10
        || !(MONTH_NAME.test(mentions[j].text) || (!named[3] && WHOLE_MONTH_WORDS.test(mentions[j].text)))) continue;
      // "212 transfers between January 2017 and August 2024, most on the last day of the month": any month of the
      // range, which no one value says
      antecedent = j > 0 && MONTH_OR_DAY_VALUE.test(mentions[j - 1].value ?? '') && RANGE_BETWEEN.test(text.slice(mentions[j - 1].end, mentions[j].start))
        ? '' : `${named[1]}-${named[2]}`;
    }
    const sentenceEnd = sentenceEndAfter(text, m.end);
    // ("rose by 12,000 over the month, figures for April showed": named after it, in its own sentence)
    for (let j = k + 1; antecedent === undefined && j < mentions.length && mentions[j].end <= sentenceEnd; j++) {
      if (/^\d{4}-\d\d$/.test(mentions[j].value ?? '') && MONTH_NAME.test(mentions[j].text)) antecedent = mentions[j].value;
    }
    if (antecedent !== undefined) m.value = antecedent || undefined;
    else if ((speaksOfResults(text.slice(sentenceStartBefore(text, m.start), sentenceEnd)) || FIGURES.test(text.slice(sentenceStartBefore(text, m.start), sentenceEnd)))
      && sentenceTense(text, m.start, m.end) === 'past') m.value = undefined;
  });
}

/** A season named without a determiner or a year: "in winter", "through summer". */
const BARE_SEASON = /^(?:spring|summer|autumn|fall|winter)$/i;
/** Words that make a sentence tell of a habit ("often at night and in winter gales"): its bare season is any year's. */
const HABITUAL = /\b(?:often|usually|always|normally|typically|generally|regularly|sometimes|rarely|seldom|routinely|frequently)\b/i;

/** "the first week of February": the grammar leaves a month without its year as the month, for the tense to place. */
const NTH_WEEK_OF = /^the\s+(first|second|third|fourth|last|final)\s+week\s+of\s+\p{L}+\.?$/iu;
/** "the first Monday in October": the day, once the month's year is known. */
const NTH_WEEKDAY_OF = /^the\s+(first|second|third|fourth|last|final)\s+(mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:of|in)\s+\p{L}+\.?$/iu;
const NTH = new Map([['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['last', -1], ['final', -1]]);

/** The ISO week holding the middle of the nth week of a month (the last: its last seven days). */
function weekOfMonth(year: number, month: number, nth: string): string {
  const n = NTH.get(nth)!;
  const last = [31, isValidDay(year, 2, 29) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return formatWeek({ year, month, day: n > 0 ? 7 * (n - 1) + 4 : last - 3 });
}

/** "the week of September 14", "the weekend of February 7-8": read as the day, valued as its week. */
const WEEK_OF = /^the\s+week(end)?\s+of\s/i;

/** A month, or a day of it, without its year: "2026-02" or "2026-02-08" (a time of day after it allowed). */
const MONTH_OR_DAY_VALUE = /^(\d{4})-(\d{2})(-\d{2})?(?=$|T)/;

/**
 * "For eleven days in February 1976 … The cold snap began on February 8": a month or a day without its year, in the
 * sentence after (or the same sentence as) that month named with its year, is in that year, not the one nearest the
 * article's date (and a month in or beside a season named with its year just before: "the summer of '76 … from May
 * until the end of August"). Only the same month counts, only a year written out, and only a month said as the time of the story
 * ("in February 1976"), not as a name ("the March 1962 pit inquiry"); a day that year has not (29 February) stays.
 * In a history (a year at least two before the article's, the sentence opening on it: "In June 1944 …") a later month
 * of that year counts too.
 */
function inTheYearJustNamed(text: string, found: readonly DateMention[], mention: DateMention, ref: Day | undefined): string | undefined {
  const own = MONTH_OR_DAY_VALUE.exec(mention.value ?? '');
  if (!own) return seasonInTheYearJustNamed(text, found, mention);
  const framed = inTheYearOfItsSentence(text, found, mention, own);
  if (framed) return framed;
  for (let k = found.length - 1; k >= 0; k--) {
    const before = found[k];
    if ((text.slice(before.end, mention.start).match(SENTENCE_BREAK) ?? []).length > 1) return undefined;
    if (before.type !== 'DATE') continue;
    // "remembers the summer of '76 … 'We had no rain from May until the end of August'": a month of that season, or
    // one beside it, named with its year just before, is in that year
    const season = /^(\d{4})-(SP|SU|FA)$/.exec(before.value ?? '');
    if (season && /\d{4}|['’]\d\d/.test(before.text) && own[3] === undefined && season[1] !== own[1]
      && Math.abs(+own[2] - SEASON_MIDDLE[season[2]]) <= 2) return season[1] + mention.value!.slice(4);
    const named = MONTH_OR_DAY_VALUE.exec(before.value ?? '');
    if (!named || !/\b\d{4}\b/.test(before.text)) continue;
    // "in February 1976" sets the time the story tells of; "the March 1962 pit inquiry" only names an event in passing
    // (nor "higher than in May 2012": a time compared with)
    // (in a history, a day "on" which the story is told sets its month too: "The fire started on the evening of 13
    // August 1921 … By the morning of 16 August …")
    const onADay = named[3] !== undefined && own[3] !== undefined && named[2] === own[2] && ref !== undefined && +named[1] <= ref.year - 2
      && ON_A_DAY_BEFORE.test(text.slice(Math.max(0, before.start - 32), before.start));
    if (!onADay && !/(?<!\bthan\s+)\b(?:in|during|throughout)\s+(?:early|late|mid-?)?\s*$/i.test(text.slice(Math.max(0, before.start - 20), before.start))) return undefined;
    // (a history's later month of that year too: "The Allies landed in June 1944. In July the town was freed"; not a
    // year just gone, which news names to compare with: "sales in March 2025 … in July")
    const history = ref !== undefined && +named[1] <= ref.year - 2 && own[3] === undefined && +own[2] > +named[2]
      && OPENS_ON_ITS_TIME.test(text.slice(sentenceStartBefore(text, before.start), before.start));
    if ((named[2] !== own[2] && !history) || named[1] === own[1]) return undefined;
    const value = named[1] + mention.value!.slice(4);
    return own[3] === undefined || parseDay(value.slice(0, 10)) ? value : undefined;
  }
  return undefined;
}

/**
 * "In 2012 the ice was broken up by a storm in August", "The 2012 low followed a storm in August", "Last year, a storm in
 * late January cut power": a sentence that
 * opens on its year tells of that year, and a month (or a day of it) without its year later in it is in that year.
 * Only an opening year counts: one named in passing ("The firm, founded in 1988, said in August …") sets no time.
 */
function inTheYearOfItsSentence(text: string, found: readonly DateMention[], mention: DateMention, own: RegExpExecArray): string | undefined {
  const before = found[found.length - 1];
  // ("Last year, a storm in late January cut power": a year said relatively opens the sentence as well)
  if (!before || before.type !== 'DATE' || !/^\d{4}$/.test(before.value ?? '') || !/^(?:\d{4}|(?:last|this|next) year)$/i.test(before.text)
    || before.value === own[1]) return undefined;
  const sentenceStart = sentenceStartBefore(text, mention.start);
  if (before.start < sentenceStart || !YEAR_OPENING.test(text.slice(sentenceStart, before.start))) return undefined;
  if (/\b(?:this|last|next|of)\s+$/i.test(text.slice(Math.max(0, mention.start - 6), mention.start))) return undefined;
  const value = before.value + mention.value!.slice(4);
  return own[3] === undefined || parseDay(value.slice(0, 10)) ? value : undefined;
}
/** "on ", "on the evening of " before a day of a history. */
const ON_A_DAY_BEFORE = /\b(?:on|of)\s+(?:the\s+(?:morning|afternoon|evening|night|early\s+hours)\s+of\s+)?$/i;
/** A sentence opening on its time: "In ", "By early ", "During " (then the month and year). */
const OPENS_ON_ITS_TIME = /^\s*["“'‘(]?(?:in|during|throughout|by)\s+(?:(?:early|late|mid-?)\s*)?$/i;
/** What may stand before the year a sentence opens on: "In ", "During ", "By late ", "The " ("The 2012 low"). */
const YEAR_OPENING = /^\s*["“'‘(]?(?:(?:in|during|throughout|by)\s+(?:(?:early|late|mid-?)\s*)?|the\s+)?$/i;

/**
 * "Prices rose in the spring of 2024 and fell over the summer": a season without its year after a season or a month
 * named with its year, in the same sentence or the one before, is in that year.
 */
function seasonInTheYearJustNamed(text: string, found: readonly DateMention[], mention: DateMention): string | undefined {
  const own = /^\d{4}-(SP|SU|FA)$/.exec(mention.value ?? '');
  if (!own) return undefined;
  for (let k = found.length - 1; k >= 0; k--) {
    const before = found[k];
    if ((text.slice(before.end, mention.start).match(SENTENCE_BREAK) ?? []).length > 1) return undefined;
    if (before.type !== 'DATE') continue;
    const named = /^(\d{4})-(?:SP|SU|FA|\d{2})$/.exec(before.value ?? '');
    if (!named || !/\b\d{4}\b/.test(before.text)) return undefined;
    return `${named[1]}-${own[1]}`;
  }
  return undefined;
}

/** The middle month of a season that lies within one year. */
const SEASON_MIDDLE: Readonly<Record<string, number>> = { SP: 4, SU: 7, FA: 10 };

/** "the following year" after "In 1995": counted from the time the text spoke of last, not from the article's date. */
const FOLLOWING = /^(?:the (?:following|previous|preceding|prior|same)|that(?: same)?) (year|month|week|weekend|day)$|^the next (day)$|^the (year|month|week|weekend|day) (?:before|after|earlier|later)$/i;
/** A part of such a time, which names the time itself ("later that year", "the end of the following month", "early
 *  the next day"), as "the end of 1998" names 1998. */
const PART_OF_A_TIME = /^(?:the (?:very )?(?:end|start|beginning|middle|rest|remainder|close) of |(?:early|late|mid|earlier|later)(?: in)?[ -])/i;
const DAY_VALUE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;
const YEAR_OR_MONTH = /^(\d{4})(?:-(\d{2}))?(?:$|-)/;
/** "the following spring", "the previous winter", "the next summer" (told in the past: "The next summer it burned"). */
const SEASON_AFTER = /^(?:the (following|previous|next)|that) (spring|summer|autumn|fall|winter)$/i;
const SEASON_CODES: Readonly<Record<string, string>> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };

/** "The mill opened in 1836. The following spring it burned": the season of the year after (or before) the one just named. */
function seasonAfterYearSpokenOf(mention: DateMention, found: readonly DateMention[], season: RegExpExecArray): string | undefined {
  for (let k = found.length - 1; k >= 0 && found[k].end >= mention.start - FOLLOWING_REACH; k--) {
    if (found[k].type !== 'DATE' || SEASON_AFTER.test(found[k].text)) continue;
    const m = YEAR_OR_MONTH.exec(found[k].value ?? '');
    if (!m) continue;
    const shift = season[1] === undefined ? 0 : season[1].toLowerCase() === 'previous' ? -1 : 1;
    return `${pad(+m[1] + shift, 4)}-${SEASON_CODES[season[2].toLowerCase()]}`;
  }
  return undefined;
}

/** "this time last year", "the same time next year": the article's month of that year, said as one time. */
function thisTimeLastYear(text: string, mention: DateMention, ref: Day): void {
  const year = /^(last|next) year$/i.exec(mention.text);
  const lead = year && THIS_TIME_BEFORE.exec(text.slice(Math.max(0, mention.start - 24), mention.start));
  if (!year || !lead) return;
  mention.start -= lead[0].length;
  mention.text = phraseOf(text, mention.start, mention.end);
  mention.value = `${pad(ref.year + (year[1].toLowerCase() === 'last' ? -1 : 1), 4)}-${pad(ref.month)}`;
}
const THIS_TIME_BEFORE = /(?:this|the same|about this|around this) time\s+$/i;

/** A month or a season of a year named before: "in December of that year", "the spring of the following year". */
const MONTH_OR_SEASON_VALUE = /^\d{4}-(\d{2}|SP|SU|FA|WI)$/;

/**
 * "The plant opened in 1998. In December of that year it flooded": the month (or season) named alone and the year
 * after it are one time, the month of the year the text spoke of, not the month nearest the article's date (which
 * "that year" would then follow). Joins the two into the mention before when so, and says whether it did.
 */
function ofTheYearSpokenOf(text: string, mention: DateMention, out: DateMention[], ref: Day, dayless: ReadonlySet<DateMention>): boolean {
  const before = out[out.length - 1];
  if (!before || text.slice(before.end, mention.start) !== ' of ' || /\d/.test(before.text)) return false;
  const part = MONTH_OR_SEASON_VALUE.exec(before.value ?? '');
  const unit = FOLLOWING.exec(mention.text)?.[1];
  if (!part || unit?.toLowerCase() !== 'year') return false;
  const year = anchored(text, mention, out.slice(0, -1), ref, dayless);
  if (year === undefined || !/^\d{4}$/.test(year)) return false;
  before.end = mention.end;
  before.text = phraseOf(text, before.start, mention.end);
  before.value = `${year}-${part[1]}`;
  return true;
}

/** "the following March", "the previous June". */
const MONTH_AFTER = /^the (following|previous|preceding) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|t|tember|ober|ember)?\.?$/i;
const MONTH_STEMS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * "She moved there in 1968, and the following March they married": the first such month after (or before) the time
 * the story spoke of last, if one is near; else left as the grammar read it (counted from the article's date).
 */
function monthAfterTimeSpokenOf(mention: DateMention, found: readonly DateMention[], named: RegExpExecArray): string | undefined {
  const month = MONTH_STEMS.indexOf(named[2].toLowerCase()) + 1;
  const forward = named[1].toLowerCase() === 'following';
  for (let k = found.length - 1; k >= 0 && found[k].end >= mention.start - FOLLOWING_REACH; k--) {
    if (found[k].type !== 'DATE') continue;
    const m = YEAR_OR_MONTH.exec(found[k].value ?? '');
    if (!m) continue;
    const year = +m[1], from = m[2] === undefined ? undefined : +m[2];
    const shift = forward ? (from !== undefined && month > from ? 0 : 1) : (from !== undefined && month < from ? 0 : -1);
    return `${pad(year + shift, 4)}-${pad(month)}`;
  }
  return mention.value;
}

/** How far back the time a "following year" counts from may stand. */
const FOLLOWING_REACH = 400;

/**
 * The value of a mention given the mentions before it: a clock time without a day is on the reference day ("around
 * 7:15 p.m."), and "the following year" follows the year the text spoke of last.
 */
function anchored(text: string, mention: DateMention, found: readonly DateMention[], ref: Day, dayless: ReadonlySet<DateMention>): string | undefined {
  const value = mention.value;
  if (mention.type === 'TIME' && value?.startsWith('T')) return formatDay(ref) + value;
  const after = afterTimeSpokenOf(text, mention, found, dayless) ?? weekdayNextToDaySpokenOf(mention, found);
  if (after !== undefined) return after;
  // "She reported it to the chief executive the next day": with no day before it to count from, a day after the
  // article's own in a sentence told in the past cannot be right; the day is found, its date left unknown
  if (FORWARD_DAY.test(mention.text) && toldInThePast(text, mention)) return undefined;
  return turnNearTimeSpokenOf(mention, found) ?? decadeSpokenOf(text, mention, found) ?? value;
}

/** "the decade", "the end of the century": of a whole decade or century, perhaps a part of it. */
const THE_DECADE = /^(?:the\s+(?:very\s+)?(?:end|start|beginning|middle|rest|close)\s+of\s+)?the\s+(decade|century)$/i;

/**
 * "The band formed in 1971. By the end of the decade it had split": a decade or century told in the past is the one of
 * the year the story spoke of last, not the article's.
 */
function decadeSpokenOf(text: string, mention: DateMention, found: readonly DateMention[]): string | undefined {
  const unit = THE_DECADE.exec(mention.text);
  // "The war ended in 1945. In the following decade he wrote four novels": the decade after the year spoken of (told
  // in the past, "the next decade" too), not the one after the article's
  const after = unit ? undefined : DECADE_AFTER.exec(mention.text);
  if (!unit && !after) return undefined;
  if (!(after && /^follow/i.test(after[1])) && !toldInThePast(text, mention)) return undefined;
  for (let k = found.length - 1; k >= 0 && found[k].end >= mention.start - FOLLOWING_REACH; k--) {
    if (found[k].type !== 'DATE' || DECADE_AFTER.test(found[k].text)) continue;
    const year = /^(\d{4})(?:$|-)/.exec(found[k].value ?? '');
    if (!year) continue;
    if (after) return String(+year[1].slice(0, 3) + 1);
    return unit![1].toLowerCase() === 'decade' ? year[1].slice(0, 3) : year[1].slice(0, 2);
  }
  return undefined;
}
// (not "the previous decade": "from 2.2 percent in the previous decade" after "in 2019" is the one before the article's)
const DECADE_AFTER = /^the\s+(following|next)\s+decade$/i;

/** The sentence tells what happened: a past form in it (a reporting verb too: "reported it the next day") and nothing ahead. */
function toldInThePast(text: string, mention: DateMention): boolean {
  const sentence = text.slice(sentenceStartBefore(text, mention.start), sentenceEndAfter(text, mention.end));
  if (AHEAD.test(sentence)) return false;
  return (sentence.match(/\p{L}+/gu) ?? []).some(isPastWord);
}
/** Words that put some of a sentence ahead: "said the talks would resume the next day", "said storms could bring
 *  gusts on Thursday". */
const AHEAD = /\b(?:will|would|shall|could|may|might|can|should|won['’]t|wo|going to|is to|are to|set to|plans?|planned|expects?|expected|scheduled|due|until)\b|['’]ll\b/i;

/** "the next morning", "the following evening": a part of the day after the one the text spoke of; "that night",
 *  "the same afternoon": of that day. */
const PART_OF_THE_DAY_AFTER = /^(?:(?:the )?(following|next)|that(?: same)?|the same) (morning|afternoon|evening|night)$/i;
const PART_CODES: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/** A day or week after the one spoken of, or that one ("the next day", "the following week", "the day after", "the
 *  same day", "the next morning"). */
const FORWARD_DAY = /^(?:the (?:following|next|same) (?:day|week|weekend)|(?:the )?(?:following|next|same) (?:morning|afternoon|evening|night)|the (?:day|week) after)$/i;

const TURN = /^(?:the\s+)?turn\s+of\s+the\s+(decade|century|millennium)$/i;
/** A year, decade ("187") or century ("18") value, as the year in its middle. */
const YEARISH = /^(\d{2,4})(?:$|-)/;

/**
 * "By the 1870s the mill employed 1,200 workers. At the turn of the century the owners built a school": the turn
 * nearest the time the story speaks of (1900), not the one nearest the article (2000, the grammar's reading).
 */
function turnNearTimeSpokenOf(mention: DateMention, found: readonly DateMention[]): string | undefined {
  const turn = TURN.exec(mention.text);
  if (!turn) return undefined;
  const size = { decade: 10, century: 100, millennium: 1000 }[turn[1].toLowerCase() as 'decade' | 'century' | 'millennium'];
  for (let k = found.length - 1; k >= 0 && found[k].end >= mention.start - FOLLOWING_REACH; k--) {
    if (found[k].type !== 'DATE') continue;
    const m = YEARISH.exec(found[k].value ?? '');
    if (!m) continue;
    const year = m[1].length === 4 ? +m[1] : m[1].length === 3 ? +m[1] * 10 + 5 : +m[1] * 100 + 50;
    return pad(Math.round(year / size) * size, 4);
  }
  return undefined;
}

/**
 * "arrested on March 3 and charged the following day", "the final on Sunday, May 10 … a replay the following
 * weekend": counted from the day the text spoke of last, if one is near; else left as the grammar read it.
 */
function afterDaySpokenOf(text: string, mention: DateMention, found: readonly DateMention[], dayless: ReadonlySet<DateMention>, unit: string, shift: number): string | undefined {
  for (let k = found.length - 1; k >= 0 && found[k].end >= mention.start - FOLLOWING_REACH; k--) {
    if (FOLLOWING.test(found[k].text) || found[k].type === 'DURATION' || found[k].type === 'SET') continue;
    // "burned on December 28. The blaze started at 11:40 p.m. and was out the following morning": a clock time with no
    // day of its own is not yet placed (it is on the day before it, not the article's): the day before it counts
    if (dayless.has(found[k])) continue;
    // "died at 9.10am the same day": the clock time right before is on the day this names, no day to count from
    if (found[k].type === 'TIME' && /^\s{1,3}$/.test(text.slice(found[k].end, mention.start))) continue;
    const m = DAY_VALUE.exec(found[k].value ?? '');
    // ("on 23 June next year, the first such vote since 1995. … the following morning": a year a span runs from is no
    // time the story moved to)
    if (!m && /\bsince\s+$/i.test(text.slice(Math.max(0, found[k].start - 8), found[k].start))) continue;
    // a month or a year said since the day: the story has moved on from it
    if (!m) return found[k].type === 'DATE' && /^\d{4}-\d{2}$|^\d{4}$/.test(found[k].value ?? '') ? undefined : mention.value;
    const day = { year: +m[1], month: +m[2], day: +m[3] };
    if (unit === 'day') return formatDay(addDays(day, shift));
    if (unit === 'week') return formatWeek(addDays(day, 7 * shift));
    // "the following weekend" after a Saturday or Sunday is the next one; after a weekday, that week's
    const weekend = isoWeekday(day) >= 6 || shift < 0 ? addDays(day, 7 * (shift || 0)) : day;
    return formatWeek(weekend) + '-WE';
  }
  return undefined;
}

/** "the following Thursday", "the previous Friday": a weekday counted from the day the text spoke of, not from today. */
const NEXT_TO_WEEKDAY = /^the (following|next|previous|preceding) (mon|tues|wednes|thurs|fri|satur|sun)day$/i;

/**
 * "sank on Tuesday, March 10 … divers reached it the following Thursday": the first such weekday after (or, for "the
 * previous", before) the day the text spoke of last, if one is near; else left as the grammar read it.
 */
function weekdayNextToDaySpokenOf(mention: DateMention, found: readonly DateMention[]): string | undefined {
  const named = NEXT_TO_WEEKDAY.exec(mention.text);
  if (!named) return undefined;
  const weekday = weekdayOfStem(named[2]);
  for (let k = found.length - 1; k >= 0 && found[k].end >= mention.start - FOLLOWING_REACH; k--) {
    if (found[k].type === 'DURATION' || found[k].type === 'SET') continue;
    const m = DAY_VALUE.exec(found[k].value ?? '');
    if (!m) return undefined;
    const day = { year: +m[1], month: +m[2], day: +m[3] };
    const forward = /following|next/i.test(named[1]);
    const steps = forward ? ((weekday - isoWeekday(day) + 7) % 7 || 7) : -((isoWeekday(day) - weekday + 7) % 7 || 7);
    return formatDay(addDays(day, steps));
  }
  return undefined;
}

/** "the following year", "that month": counted from the year or month the text spoke of last, if one is near. */
function afterTimeSpokenOf(text: string, mention: DateMention, found: readonly DateMention[], dayless: ReadonlySet<DateMention>): string | undefined {
  const season = SEASON_AFTER.exec(mention.text);
  if (season && (!/next/i.test(season[1] ?? '') || toldInThePast(text, mention))) return seasonAfterYearSpokenOf(mention, found, season);
  const month = MONTH_AFTER.exec(mention.text);
  if (month) return monthAfterTimeSpokenOf(mention, found, month);
  const part = PART_OF_THE_DAY_AFTER.exec(mention.text);
  if (part) {
    const day = afterDaySpokenOf(text, mention, found, dayless, 'day', part[1] ? 1 : 0);
    return day && DAY_VALUE.test(day) ? `${day.slice(0, 10)}T${PART_CODES[part[2].toLowerCase()]}` : day;
  }
  const time = mention.text.replace(PART_OF_A_TIME, '');
  const following = FOLLOWING.exec(time);
  if (!following) return undefined;
  const shift = /following|next|after$|later$/i.test(time) ? 1 : /^that|same/i.test(time) ? 0 : -1;
  const unit = (following[1] ?? following[2] ?? following[3]).toLowerCase();
  if (unit === 'day' || unit === 'week' || unit === 'weekend') return afterDaySpokenOf(text, mention, found, dayless, unit, shift);
  for (let k = found.length - 1; k >= 0 && found[k].end >= mention.start - FOLLOWING_REACH; k--) {
    if (found[k].type !== 'DATE' || FOLLOWING.test(found[k].text)) continue;
    const m = YEAR_OR_MONTH.exec(found[k].value ?? '');
    if (!m) continue;
    if (unit === 'year') return pad(+m[1] + shift, 4);
    if (m[2] === undefined) return undefined;
    const month = addMonths(+m[1], +m[2], shift);
    return `${pad(month.year, 4)}-${pad(month.month)}`;
  }
  return undefined;
}

