// Passes over the found periods that give each the one the story means: "the same week last year", a school year's
// terms, "the quarter" and "the month" named before, a period ended on a day, futures' contract months, a
// half told without a tense.
import type { DateMention } from '../spans';
import { formatDay, pad, parseDay, weekOfMonthValue, type Day } from './calendar';
import { writtenPart } from './fiscal';
import { speaksOfResults } from './parts';
import { DAY_VALUE, LOOKS_BACK, MONTH_NAME, MONTH_OR_DAY_VALUE, PERIOD_REACH, RANGE_BETWEEN } from './shapes';
import { sentenceEndAfter, sentenceStartBefore, sentenceTense } from './tense';
import { yearEarlier } from './values';
import { weeksBoundedByADay } from './weekBounded';
import { wordSet } from '../../text/wordList';

/**
 * "the same period last year", "the same week a year earlier", or "the same period" alone: the unit it names, the
 * calendar values of it, and whether it looks a year back.
 */
const SAME_UNIT = /^the (?:same|corresponding|comparable) (week|month|day|period|quarter|half|time)\b(.*(?:last year|a year (?:ago|earlier)|the (?:previous|prior|preceding) year))?(?:\s+(?:of|in)\s+(\d{4}))?$/i;

const VALUE_OF_UNIT: Readonly<Record<string, RegExp>> = {
  week: /^\d{4}-W\d{2}$/, month: /^\d{4}-\d{2}$/, day: /^\d{4}-\d{2}-\d{2}$/,
  period: /^\d{4}-(?:Q[1-4]|H[12])$/, quarter: /^\d{4}-Q[1-4]$/, half: /^\d{4}-H[12]$/,
  // "the same time last year": whatever time its sentence named before it ("in the first quarter of 2015 than it did
  // the same time last year", "As of April 4, … down 0.4% from the same time last year")
  time: /^\d{4}-(?:Q[1-4]|H[12]|W\d{2}|\d{2}(?:-\d{2})?)$/,
};

/**
 * "Admissions rose last week compared with the same week last year", "sales in the third quarter, against the same
 * period last year": the week, month, day or reporting period the story named just before, a year earlier (not the
 * one the article's date falls in); "costs rose 3% over the same period": that period itself.
 */
export function sameTimeAsBefore(mentions: DateMention[], text?: string): void {
  for (let k = 1; k < mentions.length; k++) {
    const same = SAME_UNIT.exec(mentions[k].text);
    const yearBack = same?.[2] !== undefined;
    // "the same period" alone has a value only where the story speaks of results (the grammar's period reader);
    // "released the same day" is the day the story spoke of last, if one is near (afterDaySpokenOf)
    if (!same || mentions[k].value === undefined || !/\d{4}/.test(mentions[k].value!)) continue;
    if (!yearBack && !/^(?:period|quarter|half)$/i.test(same[1])) continue;
    const shape = VALUE_OF_UNIT[same[1].toLowerCase()];
    // (a time only from its own sentence)
    const time = same[1].toLowerCase() === 'time';
    for (let j = k - 1; j >= 0 && mentions[j].end >= mentions[k].start - PERIOD_REACH; j--) {
      if (time && (text === undefined || mentions[j].end < sentenceStartBefore(text, mentions[k].start))) break;
      // ("the January-March quarter 2015", its year read apart until quarterYear joins them: the year written)
      const next = j + 1 < k ? mentions[j + 1] : undefined;
      const yearAfter = next && next.start - mentions[j].end <= 1 && /^\d{4}$/.test(next.text) && /^\d{4}-(?:Q[1-4]|H[12])$/.test(mentions[j].value ?? '') ? next.text : undefined;
      const value = yearAfter !== undefined ? yearAfter + mentions[j].value!.slice(4) : mentions[j].value ?? '';
      // ("borrowing in the year to date (April 2017 to September 2017) … compared with the same period in 2016": the
      // months named, as a quarter, a half or a year where they make one, else their year; none across two years)
      // ("in the nine months ended March 31 … the same period last year": those months, unless the period's own end
      // follows it: "over the same period to September")
      const months = same[1].toLowerCase() === 'period' && text !== undefined
        ? monthRangeEndingAt(text, mentions, j) ?? (ENDED_AFTER.test(text.slice(mentions[k].end, mentions[k].end + 20)) ? null : monthsEndedOn(text, mentions, j)) : null;
      if (months !== null) {
        const year = same[3] !== undefined ? +same[3] : yearBack ? +months.year - 1 : +months.year;
        mentions[k].value = months.part === undefined ? undefined : pad(year, 4) + months.part;
        break;
      }
      // ("approvals so far this year are 8% above the same period last year": the year to date, a year back)
      const yearToDate = same[1].toLowerCase() === 'period' && /^\d{4}$/.test(value) && YEAR_TO_DATE.test(mentions[j].text);
      if (!(shape.test(value) || yearToDate) || LOOKS_BACK.test(mentions[j].text) && !/^last (?:week|month)$/i.test(mentions[j].text)) continue;
      // ("For the fourth quarter, it expects … It posted $3 million, against $5 million in the same quarter last year":
      // a period a forecast names is not the one a sentence with no forecast of its own compares with)
      if (yearBack && text !== undefined && !FORECAST_BEFORE.test(sentenceOf(text, mentions[k])) && foreseen(text, mentions[j], sentenceOf(text, mentions[k]))) continue;
      // ("the same period in 2012": the period named before, in the year written)
      mentions[k].value = same[3] !== undefined && !yearToDate ? same[3] + value.slice(4) : yearBack ? yearEarlier(value) : value;
      break;
    }
  }
}

/** Between the two months of a range: "to", "through", a dash. */
const MONTH_RANGE_BETWEEN = /^\s*(?:to|through|until|-|–|—)\s*$/i;

/**
 * "April 2017 to September 2017" ending with mention `j`: its year, and the part of that year the months make ("-Q2",
 * "-H1", "" for the whole year, the year alone for other runs); null for no range of months of one year.
 */
function monthRangeEndingAt(text: string, mentions: readonly DateMention[], j: number): { year: string; part: string | undefined } | null {
  const last = /^(\d{4})-(\d{2})$/.exec(mentions[j].value ?? '');
  const first = j > 0 ? /^(\d{4})-(\d{2})$/.exec(mentions[j - 1].value ?? '') : null;
  if (!last || !first || !MONTH_RANGE_BETWEEN.test(text.slice(mentions[j - 1].end, mentions[j].start))) return null;
  if (first[1] !== last[1]) return { year: last[1], part: undefined };
  const from = +first[2], to = +last[2];
  if (to < from) return null;
  const span = to - from + 1;
  const part = span === 12 ? '' : span === 6 && to % 6 === 0 ? `-H${to / 6}` : span === 3 && to % 3 === 0 ? `-Q${to / 3}` : '';
  return { year: last[1], part };
}

/** Between a count of months and the day or month that ends them: "ended", "period ending", "to", "through". */
const MONTHS_ENDED_BETWEEN = /^[\s-]*(?:period\s+)?(?:(?:that|which)\s+)?(?:ended|ending|to|through)\s+(?:on\s+)?$/i;

/**
 * "the nine months ended March 31" ending with mention `j` (the day or month, after a duration of months): its year and
 * the part of that year the months make, as monthRangeEndingAt gives them; the part is undefined where the months
 * reach into the year before (July to March), which no one value names.
 */
function monthsEndedOn(text: string, mentions: readonly DateMention[], j: number): { year: string; part: string | undefined } | null {
  const last = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(mentions[j].value ?? '');
  const count = j > 0 ? /^P(\d{1,2})M$/.exec(mentions[j - 1].value ?? '') : null;
  if (!last || !count || mentions[j - 1].type !== 'DURATION' || !MONTHS_ENDED_BETWEEN.test(text.slice(mentions[j - 1].end, mentions[j].start))) return null;
  const n = +count[1], to = +last[2];
  if (n < 1 || n > 12) return null;
  if (to - n + 1 < 1) return { year: last[1], part: undefined };
  const part = n === 12 ? '' : n === 6 && to % 6 === 0 ? `-H${to / 6}` : n === 3 && to % 3 === 0 ? `-Q${to / 3}` : '';
  return { year: last[1], part };
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
export function inTheSchoolYearNamed(text: string, mentions: DateMention[]): void {
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

/** A period's end day after it: "ended Sept. 29", "ending June 30", "to March" (not "in the quarter to $2.35 billion"). */
const ENDED_AFTER = /^,?\s+(?:(?:that|which)\s+)?(?:(?:ended|ending|ends)\b|(?:to|through)\s+(?:the\s+end\s+of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/;

/** "the three months to", "the quarter ended": a quarter named by the day it ends. */
const THREE_MONTHS_ENDED = /\b(?:three\s+months|quarter|13\s+weeks)\s+(?:that\s+|which\s+)?(?:ended|ending|to|through)\s+(?:on\s+)?$/i;

/** How far before a year back in results the quarter it is counted from may be named. */
const QUARTER_NAMED_REACH = 500;

/** How far before "the quarter" the quarter it stands for may be named: a results story's whole account of it. */
const THE_QUARTER_REACH = 1500;

/** Words that make a quarter one a forecast names, not one reported: "will report losses through the third quarter". */
const FORECAST_BEFORE = /\b(?:will|would|expects?|expected|forecasts?|predicts?|projects?|sees|thinks)\b/i;

/** A forecast's verb right after a period that opens its sentence: "For the fourth quarter, Intel expects …". */
const FORECAST_AFTER = /^,\s+(?:[\p{L}.'’-]+\s+){0,3}(?:will|would|expects?|forecasts?|predicts?|projects?|sees)\b/u;

/**
 * Whether a forecast names the period `m`: its verb before it in its sentence, or right after it where it opens one
 * (this one only for a `reader` sentence that forecasts nothing itself: "Analysts expect … for the quarter" is of it).
 */
function foreseen(text: string, m: DateMention, reader: string): boolean {
  const start = sentenceStartBefore(text, m.start);
  return FORECAST_BEFORE.test(text.slice(start, m.start))
    || (/^[\s"“]*(?:for|in)\s+$/i.test(text.slice(start, m.start)) && FORECAST_AFTER.test(text.slice(m.end, m.end + 60)) && !FORECAST_BEFORE.test(reader));
}

/** The last day of a quarter of 52- or 53-week years may fall in the first week of the next calendar quarter. */
const FISCAL_WEEKS_SPILL = 7;

/** The quarter that ends on a day: "the quarter ended Oct. 1" of a year counted in weeks is the third, not the fourth. */
function quarterEndedOn(year: number, month: number, day: number): string {
  const spilled = month % 3 === 1 && day <= FISCAL_WEEKS_SPILL;
  const q = spilled ? (month === 1 ? 4 : (month - 1) / 3) : Math.ceil(month / 3);
  return `${pad(spilled && month === 1 ? year - 1 : year, 4)}-Q${q}`;
}

/** The sentence a mention stands in. */
const sentenceOf = (text: string, m: DateMention): string => text.slice(sentenceStartBefore(text, m.start), sentenceEndAfter(text, m.end));

/** "the quarter", "the end of the quarter": the quarter a results story is about, once it has named it. */
const THE_QUARTER = /^(?:the (?:end|start|close) of )?the quarter$/i;

/**
 * "profit in its fiscal second quarter fell … Revenue for the quarter rose": "the quarter" after a quarter named a
 * sentence or two before is that quarter, not the one the article's date is in. Returns whether any moved.
 */
export function theQuarterNamedBefore(text: string, mentions: DateMention[]): boolean {
  let moved = false;
  for (let k = 1; k < mentions.length; k++) {
    const m = mentions[k];
    // (not "the quarter ended Sept. 29", which its own day places)
    if (!THE_QUARTER.test(m.text) || ENDED_AFTER.test(text.slice(m.end, m.end + 20))) continue;
    let dated = false;
    let forecast: string | undefined; // the quarter found, or a forecast's while none other is
    for (let j = k - 1; j >= 0 && mentions[j].end >= m.start - THE_QUARTER_REACH; j--) {
      const before = mentions[j];
      // "its Q3 covered the three months to June 28. Revenue in the quarter": the quarter that day ends
      const ended = /^(\d{4})-(\d{2})-(\d{2})$/.exec(before.value ?? '');
      if (ended && THREE_MONTHS_ENDED.test(text.slice(Math.max(0, before.start - 40), before.start))) {
        forecast = quarterEndedOn(+ended[1], +ended[2], +ended[3]);
        break;
      }
      // (a sentence or two back at most past a day written with its year, another story's dateline on a page of many)
      if (ended && /\d{4}/.test(before.text)) dated = true;
      if (dated && before.end < m.start - QUARTER_NAMED_REACH) break;
      // (past "a year earlier", which a quarter's value may be given too)
      if (before.type !== 'DATE' || !/^\d{4}-Q[1-4]$/.test(before.value ?? '') || !/quarter/i.test(before.text)) continue;
      // (a quarter named to compare with is not the one told of: "... decision received in the third quarter last
      // year"; one a forecast names is, only if the story reported none before it: "reported third-quarter earnings …
      // and issued a tepid forecast for the fourth quarter. … fell 6% in the quarter")
      if (LOOKS_BACK.test(before.text) || /\blast year\b/i.test(before.text)) continue;
      if (foreseen(text, before, sentenceOf(text, m))) {
        forecast ??= before.value;
        continue;
      }
      forecast = before.value;
      break;
    }
    if (forecast !== undefined && forecast !== m.value) { m.value = forecast; moved = true; }
  }
  return moved;
}

/** "a year ago", "a year earlier", "year-ago", "the year-earlier period", "the prior-year quarter": in results, the
 *  period spoken of, a year before. */
const YEAR_BACK_OF_PERIOD = /^(?:a year (?:ago|earlier)|(?:the )?(?:year-(?:ago|earlier)|prior-year)(?: (?:period|quarter))?)$/i;

/** What follows "the prior-year" that makes it a reporting period's: "the prior-year period", "prior-year quarter". */
const PERIOD_AFTER = /^[ \t]+(?:period|quarter|three\s+months)\b/i;

/**
 * "Profit for the third quarter was $3.3 billion, against $3.0 billion for the year-ago quarter", "For the quarter,
 * Accenture made $342 million, up from $305 million a year ago": once "the quarter" has the quarter named before it
 * (theQuarterNamedBefore), a year back in results is that quarter a year before, not the quarter a year before the
 * article's date (which the scan, reading left to right, could only give it); "the prior-year period" is the same.
 * Only a year back already valued as a quarter (the scan found it in results), or one a period's word follows, moves.
 */
export function yearBackOfTheQuarter(text: string, mentions: DateMention[]): void {
  for (let k = 1; k < mentions.length; k++) {
    const m = mentions[k];
    if (!YEAR_BACK_OF_PERIOD.test(m.text)) continue;
    const asPeriod = /^\d{4}-Q[1-4]$/.test(m.value ?? '') || (/prior-year$/i.test(m.text) && PERIOD_AFTER.test(text.slice(m.end, m.end + 20)));
    if (!asPeriod) continue;
    for (let j = k - 1; j >= 0 && mentions[j].end >= m.start - QUARTER_NAMED_REACH; j--) {
      const before = mentions[j];
      // "the three months ended Sept. 25, versus … in the year-ago period": the quarter that day ends
      const ended = /^(\d{4})-(\d{2})-\d{2}$/.exec(before.value ?? '');
      if (ended && THREE_MONTHS_ENDED.test(text.slice(Math.max(0, before.start - 40), before.start))) {
        // ("the fiscal-first quarter ended Sept. 30": the quarter named before the day, which a fiscal year numbers)
        const named = j > 0 ? mentions[j - 1] : undefined;
        m.value = named && /quarter/i.test(named.text) && /^\d{4}-Q[1-4]$/.test(named.value ?? '') && before.start - named.end <= 25
          ? yearEarlier(named.value!) : `${pad(+ended[1] - 1, 4)}-Q${Math.ceil(+ended[2] / 3)}`;
        break;
      }
      if (before.type !== 'DATE' || !/^\d{4}-Q[1-4]$/.test(before.value ?? '')) continue;
      // (a year back just before, already placed, says the same: "… from the prior-year period. … rose from the
      // prior-year period")
      if (YEAR_BACK_OF_PERIOD.test(before.text)) { m.value = before.value; break; }
      if (LOOKS_BACK.test(before.text) || /\blast year\b/i.test(before.text)) continue;
      // (not a quarter a forecast names: "he thinks steelmakers will report losses through the third quarter of 1990")
      if (FORECAST_BEFORE.test(text.slice(sentenceStartBefore(text, before.start), before.start))) continue;
      m.value = yearEarlier(before.value!);
      break;
    }
  }
}

/**
 * "Corrin profit rises in first half" over "profit rose 14% in the first half": a half whose own sentence
 * gives no tense (a headline's present, a caption) is the one the story places by its tense, the first after it or
 * else the last before it.
 */
export function asTheStoryPlacesIt(mentions: DateMention[], parts: ReadonlySet<DateMention>, tensedParts: ReadonlySet<DateMention>): void {
  const key = (m: DateMention) => { const p = writtenPart(m.text); return p && `${p.part}${p.n}`; };
  for (const mention of parts) {
    if (tensedParts.has(mention)) continue;
    const part = key(mention);
    // a quarter's year is the nearest already; a half's may be a year back
    if (!part?.startsWith('H')) continue;
    const placed = mentions.filter(m => tensedParts.has(m) && key(m) === part);
    const source = placed.find(m => m.start > mention.start) ?? placed[placed.length - 1];
    if (source?.value !== undefined) mention.value = source.value;
  }
}

/** "the fiscal quarter", "the first half": a period a results statement names by the day it ended ("the year ended …"
 *  is its length, P1Y, as TimeML tags it). */
const PERIOD_OF_RESULTS = /^(?:the\s+(?:fiscal\s+|financial\s+)?(?:(?:first|second|third|fourth)\s+)?(quarter|half)|(?:the\s+)?(Q)[1-4])$/i;

/** Between such a period and its last day: "ended", "ending", "that ended on". */
const ENDED_ON = /^\s+(?:(?:that|which)\s+)?(?:ended|ending|ends)\s+(?:on\s+)?$/i;

/**
 * "the quarter ended March 31", "the first half ending June 30": the calendar quarter or half that ends on that day
 * (2025-Q1, 2025-H1), not the one the article is in; nothing where the day ends no calendar one (a fiscal quarter).
 */
export function periodsEndedOn(text: string, mentions: DateMention[]): void {
  // ("in the week ended Nov. 24": weekBounded.ts)
  weeksBoundedByADay(text, mentions);
  for (let k = 0; k + 1 < mentions.length; k++) {
    const period = PERIOD_OF_RESULTS.exec(mentions[k].text);
    const day = period && ENDED_ON.test(text.slice(mentions[k].end, mentions[k + 1].start)) ? DAY_VALUE.exec(mentions[k + 1].value ?? '') : null;
    if (!period || !day) continue;
    const [, year, month, date] = day.map(Number);
    // ("the Q1 ended March 31, 2002": a quarter written short)
    const unit = (period[1] ?? 'quarter').toLowerCase();
    const months = unit === 'half' ? 6 : 3;
    // ("the quarter ended Oct. 1", "the half ended Jan. 2": a year counted in weeks, whose part spills into the next month)
    const spilled = month % months === 1 && date <= FISCAL_WEEKS_SPILL;
    if (month % months === 0 || spilled) {
      const n = spilled ? (month === 1 ? 12 / months : (month - 1) / months) : month / months;
      mentions[k] = { ...mentions[k], type: 'DATE', value: `${pad(spilled && month === 1 ? year - 1 : year, 4)}-${unit === 'half' ? 'H' : 'Q'}${n}` };
    }
  }
}

/** "futures for February", "crude for January delivery", "the March contract": a traded contract's month; and as
 *  the wires write it, "gold futures for delivery in February", "copper for settlement in May", "September Brent crude
 *  futures", "the December WTI contract". */
const CONTRACT_BEFORE = /\b(?:(?:futures|contracts?|crude|oil|gas|wheat|corn|soybeans|gold|silver|copper|cocoa|coffee|sugar|cotton)\s+for|(?:for|contracts?)\s+(?:delivery|settlement)\s+in)\s+$/i;

const CONTRACT_AFTER = /^\s+(?:(?:Brent|WTI|West|Texas|Intermediate|crude|oil|gold|silver|copper|corn|wheat|soybean|soybeans|cocoa|coffee|sugar|cotton|natural|gas|heating|palm|Comex|Nymex)\s+){0,4}(?:delivery|contracts?|futures)\b/i;

/** A month before a traded market's name and its futures: "December German Bund futures", "the June Nikkei futures
 *  contract", "the December Bund future" (capitalised names of the market, up to three). */
const CONTRACT_NAMED_AFTER = /^[ \t]+(?:\p{Lu}[\p{L}-]*[ \t]+){1,3}(?:futures?|contracts?)\b/u;
/** Its last word, tested first (its letter classes cost some 0.3 ms to compile). */
const CONTRACT_WORD = /[ \t](?:future|contract)/;

/** A month before a commodity and its move, as the wires write a contract without "futures": "December natural gas
 *  rose 36 cents", "September arabica coffee settled down 2.55 cents", "January platinum down $10.30", "December
 *  white sugar fell 0.4%". */
const CONTRACT_MOVED_AFTER = /^[ \t]+(?:(?:London|New[ \t]+York|ICE|Liffe|Comex|Nymex|raw|white|light|sweet|heating|natural|arabica|robusta|Brent|WTI)[ \t]+){0,3}(?:gold|silver|platinum|palladium|copper|aluminium|aluminum|nickel|zinc|crude|oil|gas|gasoline|diesel|gasoil|coffee|cocoa|sugar|cotton|wheat|corn|soybeans?|soyoil|soymeal|canola|rapeseed|cattle|hogs|lumber|Brent|WTI|arabica|robusta)[ \t]+(?:futures?[ \t]+)?(?:rose|fell|settled|closed|ended|finished|traded|gained|lost|added|slipped|dropped|climbed|jumped|eased|firmed|edged|declined|was|were|up|down|shed)\b/i;

/**
 * The words CONTRACT_MOVED_AFTER's first word may be (its market, its grade or its commodity), in lower case: the
 * pattern, long and case-blind, cost a process some 5–15 ms to compile, which it paid at the first month's name alone.
 */
const CONTRACT_FIRST_WORDS = wordSet('aluminium aluminum arabica brent canola cattle cocoa coffee comex copper corn cotton crude diesel gas gasoil gasoline gold heating hogs ice liffe light london lumber natural new nickel nymex oil palladium platinum rapeseed raw robusta silver soybean soybeans soymeal soyoil sugar sweet wheat white wti zinc');

/** CONTRACT_MOVED_AFTER, tried only where the words after the month open with one of CONTRACT_FIRST_WORDS. */
function contractMovedAfter(after: string): boolean {
  let start = 0;
  while (after.charCodeAt(start) === 32 || after.charCodeAt(start) === 9) start++;
  let end = start;
  while (end < after.length && after.charCodeAt(end) !== 32 && after.charCodeAt(end) !== 9) end++;
  return start > 0 && CONTRACT_FIRST_WORDS.has(after.slice(start, end).toLowerCase()) && CONTRACT_MOVED_AFTER.test(after);
}
const BARE_MONTH_VALUE = /^(\d{4})-(\d{2})$/;

/**
 * A futures contract's month is one still to be delivered, whatever the tense of the market's move ("Brent futures for
 * February fell", written in November): the first such month from the reference month on.
 */
export function contractMonths(text: string, mentions: DateMention[], ref: Day): void {
  for (const m of mentions) {
    const month = m.type === 'DATE' && /^\p{L}+\.?$/u.test(m.text) ? BARE_MONTH_VALUE.exec(m.value ?? '') : null;
    const after = month ? text.slice(m.end, m.end + 64) : '';
    if (!month || !(CONTRACT_BEFORE.test(text.slice(Math.max(0, m.start - 32), m.start)) || CONTRACT_AFTER.test(after)
      || (CONTRACT_WORD.test(after) && CONTRACT_NAMED_AFTER.test(after)) || contractMovedAfter(after))) continue;
    const year = +month[2] < ref.month ? ref.year + 1 : ref.year;
    m.value = `${pad(year, 4)}-${month[2]}`;
  }
}

/** How far back "the month" looks for the month it refers to: a story's lead names it, a few paragraphs up. */
const MONTH_ANTECEDENT_REACH = 1500;

/** "the month", "the final week of the month", "the first weekend of the month": the last two a part of it. */
const THE_MONTH = /^(?:the\s+(first|second|third|fourth|last|final)\s+week(end)?\s+of\s+)?the month$/i;

const NTH_OF_MONTH = new Map([['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['last', -1], ['final', -1]]);

const WHOLE_MONTH_WORDS = /\bmonth\b/i;

/** Words of monthly figures beyond a firm's results: a labour market's, prices', an index's. */
const FIGURES = /\b(?:jobs|jobless|payrolls|wages|prices|rents|vacancies|figures|data|index)\b/i;

/** Whether a mention valued in the month `month` stands in the sentence of mention k or the one before it. */
function namedNear(text: string, mentions: readonly DateMention[], k: number, month: string): boolean {
  const before = sentenceStartBefore(text, mentions[k].start) - 1;
  const from = before > 0 ? sentenceStartBefore(text, before) : 0;
  return mentions.some((m, j) => j !== k && m.start >= from && m.end <= sentenceEndAfter(text, mentions[k].end) && (m.value ?? '').startsWith(month));
}

/**
 * "Unemployment rose by 12,000 over the month": in a story of monthly figures, "the month" is the month they are for,
 * named before ("in April", "last month"), not the article's own (published in May, the month is not over). With no
 * month named, a past sentence of figures says only that it is some month before the article's: left without a value
 * rather than given the article's month (TimeML values such a reference by what it refers back to).
 */
export function theMonthSpokenOf(text: string, mentions: DateMention[], ref: Day): void {
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
    const part = THE_MONTH.exec(m.text)!;
    // ("Parents will be asked in the final week of the month", paragraphs after "the last week of October": a week of
    // the month is of one named in its sentence or the one before, else of the article's)
    if (part[1] && antecedent !== undefined && !namedNear(text, mentions, k, antecedent)) antecedent = undefined;
    const named = antecedent && /^(\d{4})-(\d\d)$/.exec(antecedent);
    if (antecedent !== undefined && part[1]) m.value = named ? weekOfMonthValue(+named[1], +named[2], NTH_OF_MONTH.get(part[1].toLowerCase())!, part[2] !== undefined) : undefined;
    else if (antecedent !== undefined) m.value = antecedent || undefined;
    else if ((speaksOfResults(text.slice(sentenceStartBefore(text, m.start), sentenceEnd)) || FIGURES.test(text.slice(sentenceStartBefore(text, m.start), sentenceEnd)))
      && sentenceTense(text, m.start, m.end) === 'past') m.value = undefined;
  });
}

/** A season named by its years: "the 2025-26 season", "the 2025/26 campaign" (across two years), "the 2025 season". */
const SEASON_BY_YEARS = /\b(\d{4})(?:\s*[-–/]\s*(\d{2}|\d{4}))?\s+(?:season|campaign)\b/i;

/** "this season", "last season", "next season". */
const SEASON_COUNTED = /^(this|last|next)\s+season$/i;

/**
 * "Rovers finished 14th at the end of the 2025-26 season … Next season we want to be in the top half": where the story
 * names a season by its years, "this", "last" and "next season" are counted from the one running on the article's
 * date, valued as a season named so is (the year it ends in). A season across two years is taken to run from August
 * to May, with June and July between two; one within a year is that year's. With no season named, they keep no value (whose season, and when, is not told).
 */
export function seasonsCountedFromOneNamed(text: string, mentions: DateMention[], ref: Day): void {
  if (!mentions.some(m => m.value === undefined && SEASON_COUNTED.test(m.text))) return;
  const named = SEASON_BY_YEARS.exec(text);
  if (!named) return;
  const across = named[2] !== undefined;
  // (in June and July, between two seasons across years, "last season" is the one just ended, "this" and "next season"
  // the one to come)
  const between = across && (ref.month === 6 || ref.month === 7);
  const running = across ? (ref.month >= 6 ? ref.year + 1 : ref.year) : ref.year;
  for (const m of mentions) {
    const counted = m.value === undefined ? SEASON_COUNTED.exec(m.text) : null;
    if (!counted) continue;
    const w = counted[1].toLowerCase();
    m.value = pad(running + (w === 'next' && !between ? 1 : w === 'last' ? -1 : 0), 4);
  }
}

