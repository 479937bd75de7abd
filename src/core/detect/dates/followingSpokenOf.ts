// Times counted from a time the article spoke of, not from the article's own date: "the following month", "the
// previous year", "that spring", "the next day", "the turn of the century", "the decade".
import type { DateMention } from '../spans';
import { addDays, addMonths, formatDay, formatWeek, isoWeekday, mondayOfWeek, pad, type Day } from './calendar';
import { AHEAD, DAY_VALUE, FOLLOWING, phraseOf, RANGE_BETWEEN, weekdayOfStem } from './shapes';
import { isPastWord, sentenceEndAfter, sentenceStartBefore } from './tense';
import { wordList } from '../../text/wordList';

/** A part of such a time, which names the time itself ("later that year", "the end of the following month", "early
 *  the next day"), as "the end of 1998" names 1998. */
const PART_OF_A_TIME = /^(?:the (?:very )?(?:end|start|beginning|middle|rest|remainder|close) of |(?:early|late|mid|earlier|later)(?: in)?[ -])/i;

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

/** A month or a season of a year named before: "in December of that year", "the spring of the following year". */
const MONTH_OR_SEASON_VALUE = /^\d{4}-(\d{2}|SP|SU|FA|WI)$/;

/**
 * "The plant opened in 1998. In December of that year it flooded": the month (or season) named alone and the year
 * after it are one time, the month of the year the text spoke of, not the month nearest the article's date (which
 * "that year" would then follow). Joins the two into the mention before when so, and says whether it did.
 */
export function ofTheYearSpokenOf(text: string, mention: DateMention, out: DateMention[], ref: Day, dayless: ReadonlySet<DateMention>): boolean {
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

const MONTH_STEMS = wordList('jan feb mar apr may jun jul aug sep oct nov dec');

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
export function anchored(text: string, mention: DateMention, found: readonly DateMention[], ref: Day, dayless: ReadonlySet<DateMention>): string | undefined {
  const value = mention.value;
  if (mention.type === 'TIME' && value?.startsWith('T')) return formatDay(ref) + value;
  const after = afterTimeSpokenOf(text, mention, found, dayless) ?? weekdayNextToDaySpokenOf(mention, found);
  if (after === UNDATED) return undefined;
  if (after !== undefined) return after;
  // "She reported it to the chief executive the next day": with no day before it to count from, a day after the
  // article's own in a sentence told in the past cannot be right; the day is found, its date left unknown
  if (FORWARD_DAY.test(mention.text) && toldInThePast(text, mention)) return undefined;
  return turnNearTimeSpokenOf(mention, found) ?? decadeSpokenOf(text, mention, found) ?? value;
}

/** What a day counted from the time spoken of last gets when that time is a month or a year: no date. */
const UNDATED = '';

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
  // ("the decade that just ended": the one before the article's, as read)
  if (unit && /^\s+(?:that\s+)?just\s+(?:ended|closed)\b/i.test(text.slice(mention.end, mention.end + 24))) return undefined;
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
export function toldInThePast(text: string, mention: DateMention): boolean {
  const sentence = text.slice(sentenceStartBefore(text, mention.start), sentenceEndAfter(text, mention.end));
  if (AHEAD.test(sentence)) return false;
  return (sentence.match(/\p{L}+/gu) ?? []).some(isPastWord);
}

/** "the next morning", "the following evening": a part of the day after the one the text spoke of; "that night",
 *  "the same afternoon": of that day. */
const PART_OF_THE_DAY_AFTER = /^(?:(?:the )?(following|next)|that(?: same)?|the same) (morning|afternoon|evening|night)$/i;

const PART_CODES: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/** A week's value: "2026-W48". */
const WEEK_VALUE = /^(\d{4})-W(\d\d)$/;

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
    // ("first fall this century … since the turn of the century": the century the article is in, whose turn is the
    // one nearest the article, as the grammar read it)
    if (/^(?:this|the current) century$/i.test(found[k].text)) return undefined;
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
  let spans = false;
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
    // a month or a year said since the day: the story has moved on from it, to a time with no day to count from
    // (but a span of years or months set between is background: "sentenced him on Tuesday … the fraud ran from 2008
    // until 2016. The previous day, the court had …" counts from the Tuesday, and with no day before it the day is
    // left unknown)
    if (!m && found[k].type === 'DATE' && /^\d{4}-\d{2}$|^\d{4}$/.test(found[k].value ?? '')) {
      if (!endOfASpan(text, found, k)) return UNDATED;
      spans = true;
      continue;
    }
    // ("celebrated its anniversary last week … held the following week": the week after that week; "the previous
    // week's position" after a forecast for next week is still the one before the article's)
    const week = m || unit !== 'week' || shift <= 0 ? undefined : WEEK_VALUE.exec(found[k].value ?? '');
    const monday = week ? mondayOfWeek(+week[1], +week[2]) : undefined;
    if (monday) return formatWeek(addDays(monday, 7 * shift));
    if (!m) return mention.value;
    const day = { year: +m[1], month: +m[2], day: +m[3] };
    if (unit === 'day') return formatDay(addDays(day, shift));
    if (unit === 'week') return formatWeek(addDays(day, 7 * shift));
    // "the following weekend" after a Saturday or Sunday is the next one; after a weekday, that week's
    const weekend = isoWeekday(day) >= 6 || shift < 0 ? addDays(day, 7 * (shift || 0)) : day;
    return formatWeek(weekend) + '-WE';
  }
  return spans ? UNDATED : undefined;
}

/** "from 2008 until 2016", "between 2019 and 2022": whether found[k] is an end of a span of years or months. */
function endOfASpan(text: string, found: readonly DateMention[], k: number): boolean {
  const before = found[k - 1], after = found[k + 1];
  return (before !== undefined && RANGE_BETWEEN.test(text.slice(before.end, found[k].start)))
    || (after !== undefined && RANGE_BETWEEN.test(text.slice(found[k].end, after.start)));
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

/** "the previous quarter", "the prior quarter", "the following quarter". */
const QUARTER_NEXT_TO = /^the (following|previous|preceding|prior) quarter$/i;

/** A time a figure is compared with, not the period it is for: "from a year ago", "the same quarter last year". */
const COMPARED_PERIOD = /\b(?:ago|earlier)\b|\byear-|^the (?:same|corresponding|comparable)\b/i;

/**
 * "GDP grew 7.7% in the fourth quarter, down from 7.8% in the previous quarter", "expanded 1.8% in the three months to
 * December from the previous quarter": the quarter before (or after) the one the figures are for, named last (a quarter,
 * or a month the quarter holds), not the one before the article's; else left as the grammar read it. A day named between
 * is when the figures came out ("data showed on Monday"), no period of them.
 */
function quarterNextToPeriodSpokenOf(mention: DateMention, found: readonly DateMention[], shift: number): string | undefined {
  for (let k = found.length - 1; k >= 0 && found[k].end >= mention.start - FOLLOWING_REACH; k--) {
    if (found[k].type !== 'DATE' || QUARTER_NEXT_TO.test(found[k].text) || COMPARED_PERIOD.test(found[k].text)) continue;
    const m = /^(\d{4})-(?:Q([1-4])|(\d{2}))$/.exec(found[k].value ?? '');
    if (!m) continue;
    const q = (+m[1]) * 4 + (m[2] !== undefined ? +m[2] : Math.ceil(+m[3] / 3)) - 1 + shift;
    return `${pad(Math.floor(q / 4), 4)}-Q${(q % 4) + 1}`;
  }
  return mention.value;
}

const NEXT_TOLD = /^the next (year|month)$/i;

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
  const quarter = QUARTER_NEXT_TO.exec(mention.text);
  if (quarter) return quarterNextToPeriodSpokenOf(mention, found, quarter[1].toLowerCase() === 'following' ? 1 : -1);
  const time = mention.text.replace(PART_OF_A_TIME, '');
  // "He left the country in 1989. The next year he returned": told in the past, "the next year" (or month) follows the
  // one the story spoke of, as "the following year" does; told ahead it is the article's next
  const next = NEXT_TOLD.exec(time);
  const following = FOLLOWING.exec(time) ?? (next && toldInThePast(text, mention) ? next : null);
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
