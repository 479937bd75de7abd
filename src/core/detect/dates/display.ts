// A date's value as a reader says it: "Thursday 30 October 2025" for 2025-10-30, "about ten years" for P10Y, "the
// week of 23 November 2026" for 2026-W48, "now" for PRESENT_REF. Hovers, the Claims view and reports show this;
// `value` stays the TIMEX3 value for tools. Pure and English-only, like the detector.
import type { DateType } from '../spans';
import { addDays, isValidDay, isoWeekday, mondayOfWeek } from './calendar';
import { writtenPart } from './fiscal';
import { wordList } from '../../text/wordList';

const MONTH_NAMES = wordList('January February March April May June July August September October'
  + ' November December');
const WEEKDAY_NAMES = wordList('Monday Tuesday Wednesday Thursday Friday Saturday Sunday');
const SMALL_NUMBERS = wordList('zero one two three four five six seven eight nine ten eleven'
  + ' twelve');
const ORDINALS = wordList('first second third fourth');
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const DAY_PARTS: Record<string, string> = { MO: 'morning', MI: 'midday', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };
const REFERENCES: Record<string, string> = { PRESENT_REF: 'now', PAST_REF: 'the past', FUTURE_REF: 'the future' };
const UNITS: Record<string, [string, string]> = {
  Y: ['year', 'years'], M: ['month', 'months'], W: ['week', 'weeks'], D: ['day', 'days'], DE: ['decade', 'decades'],
  CE: ['century', 'centuries'], Q: ['quarter', 'quarters'], H: ['half', 'halves'], WE: ['weekend', 'weekends'],
};
const TIME_UNITS: Record<string, [string, string]> = { H: ['hour', 'hours'], M: ['minute', 'minutes'], S: ['second', 'seconds'] };
/** How a hedged "… ago" places its point: more than six years ago is in that year or before it, less than in it or after. */
const AGO_HEDGES: Record<string, string> = { 'more than': 'or earlier', 'at least': 'or earlier', 'less than': 'or later', 'up to': 'or later' };
/** Which part of a period the written expression names. */
const PARTS: [RegExp, string][] = [
  [/^(?:(?:the )?early|the early part of|the beginning of|the start of)\b/i, 'early '],
  [/^(?:(?:the )?mid\b|(?:the )?mid-|the middle of)/i, 'mid-'],
  [/^(?:(?:the )?late|the latter part of)\b/i, 'late '],
  [/^(?:the )?end of\b|^year-end$|^year end$/i, 'the end of '],
  [/^(?:the )?turn of the (?:year|month)\b/i, 'the start of '],
  [/^(?:the )?turn of\b/i, 'around '],
];
/** A duration written as a range of counts: "six to eight weeks", "6-8 weeks", "two or three days". */
const COUNT = String.raw`(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const DURATION_RANGE = new RegExp(String.raw`^(?:between\s+)?(${COUNT})\s*(?:to|-|–|or|and)\s*${COUNT}\s+\p{L}+$`, 'iu');
const NUMBER_WORD = /^\p{L}+$/u;
/** How the written expression hedges its amount: "about three years", "more than a decade". */
const HEDGES: [RegExp, string][] = [
  [/^(?:about|around|roughly|approximately|some|nearly|almost|close to|or so)\b/i, 'about'],
  [/^(?:more than|over|well over|just over)\b/i, 'more than'],
  [/^(?:at least|no less than|no fewer than)\b/i, 'at least'],
  [/^(?:less than|fewer than|under|just under)\b/i, 'less than'],
  [/^(?:up to|at most|no more than)\b/i, 'up to'],
];

/**
 * The readable form of a time expression's value; the written text when there is no value or it is not understood.
 * `text` is the expression as written, used for hedges ("about") that TIMEX3 values do not keep.
 */
export function displayDate(date: { type: DateType; value?: string; text: string }): string {
  const value = date.value;
  if (value === undefined || value === '') return date.text;
  if (REFERENCES[value]) return REFERENCES[value];
  if (date.type === 'SET') {
    const repeated = setText(date.text);
    if (repeated) return repeated;
  }
  if (date.type === 'DURATION' || value.startsWith('P')) {
    let amount = durationText(value);
    if (amount === undefined) return date.text;
    // "10 working days": TIMEX3 counts them as days, but an editor counting to a deadline needs the kind of day said
    const kind = /\b(working|business|school|trading|sitting|court)\s+days?\b/i.exec(date.text);
    if (kind && /days?$/.test(amount)) amount = `${amount.replace(/ days?$/, '')} ${kind[1].toLowerCase()} ${amount.endsWith('days') ? 'days' : 'day'}`;
    if (date.type === 'SET') return 'every ' + amount.replace(/^one /, '');
    // "six to eight weeks", "6-8 weeks": valued as its upper end, shown as the range it is
    const range = DURATION_RANGE.exec(date.text.trim());
    if (range) {
      const low = NUMBER_WORD.test(range[1]) ? range[1].toLowerCase() : Number(range[1]) <= 12 ? SMALL_NUMBERS[Number(range[1])] : range[1];
      return `${low} to ${amount}`;
    }
    const hedge = HEDGES.find(([pattern]) => pattern.test(date.text.trim()));
    return hedge ? `${hedge[1]} ${amount}` : amount;
  }
  // "the third quarter" of a fiscal year ending in June, valued as the calendar quarter it is (2026-Q1): its months,
  // never "the first quarter", which the story does not say
  const fiscal = fiscalMonths(date.text, value);
  if (fiscal && date.type !== 'SET') return fiscal;
  const shown = /^\d{4}$/.test(value) ? yearOfKind(date.text, value) ?? pointText(value)
    : /^\d{4}-WI$/.test(value) && YEAR_SPAN.test(date.text) ? `winter ${value.slice(0, 4)}–${String(+value.slice(0, 4) + 1).slice(2)}`
      : pointText(value);
  if (shown === undefined) return date.text;
  // "H1 FY26", "the fiscal first quarter of 2026": a part of the fiscal year, not of the calendar year
  const ofYear = /^(\d{4})-(?:Q[1-4]|H[12])$/.exec(value);
  const fiscalYear = ofYear && /(?:^|\s)(?:FY|fiscal\b)/i.test(date.text) ? yearOfKind(date.text, ofYear[1]) : undefined;
  if (fiscalYear && date.type !== 'SET') return shown.replace(/ of \d{4}$/, ` of ${fiscalYear}`);
  // "XXXX-Q4": the fourth quarter of every year, not "every the fourth quarter"
  if (date.type === 'SET') return shown.startsWith('the ') ? `${shown} of every year` : 'every ' + shown;
  // "more than six years ago" is valued as the year six years back; the reader is told which side of it
  if (/\bago$/i.test(date.text.trim())) {
    const hedge = HEDGES.find(([pattern]) => pattern.test(date.text.trim()));
    if (hedge) return hedge[1] === 'about' ? `about ${shown}` : `${shown} ${AGO_HEDGES[hedge[1]]}`;
  }
  // "mid-2028", "late last year", "the end of the year": TIMEX3 keeps which part of a period in a modifier, not the value
  const part = /^(?:\d{4}|\d{2,3}|\d{4}-(?:\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI))$/.test(value)
    ? PARTS.find(([pattern]) => pattern.test(date.text.trim())) : undefined;
  if (!part) return shown;
  // "the early 1990s", not "early the 1990s"
  return shown.startsWith('the ') && !part[1].startsWith('the ') && part[1] !== 'around ' ? `the ${part[1]}${shown.slice(4)}` : part[1] + shown;
}

/** The months of a calendar quarter or half whose words name another part (a fiscal one): "January to March 2026". */
function fiscalMonths(text: string, value: string): string | undefined {
  const m = /^(\d{4})-([QH])([1-4])$/.exec(value);
  const written = m ? writtenPart(text) : undefined;
  if (!m || !written || (written.part === m[2] && written.n === +m[3])) return undefined;
  const length = m[2] === 'Q' ? 3 : 6;
  const first = (+m[3] - 1) * length;
  return `${MONTH_NAMES[first]} to ${MONTH_NAMES[first + length - 1]} ${m[1]}`;
}

const WEEKDAY = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const STEP = '(other|second|third|fourth)';
/**
 * Sets whose value keeps only how often ("P1M", "P2W"): which day, and how many times, is in the words. Each with the
 * words every match of it holds, looked for first in the words lower-cased: the case-blind patterns cost 0.2-0.3 ms
 * each to compile, and most sets ("every year", "daily") name no weekday.
 */
const SET_WORDS: [(lower: string) => boolean, RegExp, (m: RegExpExecArray) => string][] = [
  [lower => lower.includes('day') && lower.includes(' month'), new RegExp(`^(?:the )?(first|second|third|fourth|last|final) ${WEEKDAY} of (?:every|each) month$`, 'i'),
    m => `the ${m[1].toLowerCase() === 'final' ? 'last' : m[1].toLowerCase()} ${title(m[2])} of every month`],
  [lower => lower.includes('day') && lower.includes(' month'), new RegExp(`^(?:every|each) (second|third|fourth) ${WEEKDAY} of (?:the|every|each) month$`, 'i'),
    m => `the ${m[1].toLowerCase()} ${title(m[2])} of every month`],
  [lower => lower.includes('day') && /^(?:every|each) (?:other|second|third|fourth) /.test(lower), new RegExp(`^(?:every|each) ${STEP} ${WEEKDAY}$`, 'i'), m => `every ${m[1].toLowerCase()} ${title(m[2])}`],
  [lower => lower.includes('weekday'), /^(?:(?:every|each) weekday|weekdays)(?: (morning|afternoon|evening|night))?$/i, m => `every weekday${m[1] ? ' ' + m[1].toLowerCase() : ''}`],
  [() => true, /^(once|twice|thrice|\S+ times) (a|an|per|every|each) (\S+)$/i, m => `${m[1].toLowerCase()} ${m[2].toLowerCase()} ${m[3].toLowerCase()}`],
];
/** A year running into the next, as written: "2025-26", "2025/2026". */
const YEAR_SPAN = /(?<!\d)(\d{4}|\d{2})\s*[-–‑/]\s*(\d{4}|\d{2})\b/;
const YEAR_KIND = /\b(season|term|campaign|(?:financial|fiscal|school|academic|tax|budget|marketing|crop|model) year)\b/i;

/**
 * A fiscal, school or sports year, which TIMEX3 values as the calendar year it ends in: "FY26" → "fiscal year 2026",
 * "the 2025-26 financial year" → "the 2025–26 financial year", so an editor sees which year the story meant.
 */
function yearOfKind(text: string, value: string): string | undefined {
  const span = YEAR_SPAN.exec(text);
  // "25/26" is shown as "2025–26": the value is the year it ends in
  const kind = YEAR_KIND.exec(text);
  // "the current school year", valued 2026: the 2025–26 school year
  const across = !span && kind && /school|academic/i.test(kind[1]) ? `${+value - 1}–${value.slice(2)}` : undefined;
  const years = span ? `${span[1].length === 2 ? +value - 1 : span[1]}–${span[2]}` : across ?? String(+value);
  if (kind) return `the ${years} ${kind[1].toLowerCase()}`;
  if (/(?:^|\s)(?:FY|fiscal\b)/i.test(text)) return `fiscal year ${years}`;
  return span ? years : undefined;
}

const title = (w: string): string => w[0].toUpperCase() + w.slice(1).toLowerCase();

/** The readable form of a set that names more than its value holds, from its words; undefined for other sets. */
function setText(text: string): string | undefined {
  const written = text.trim().replace(/\s+/g, ' ');
  const lower = written.toLowerCase();
  for (const [mayMatch, pattern, say] of SET_WORDS) {
    if (!mayMatch(lower)) continue;
    const m = pattern.exec(written);
    if (m) return say(m);
  }
  return undefined;
}

/** "2025-10-30" → "Thursday 30 October 2025", "2025-10" → "October 2025", "XXXX-WXX-4" → "Thursday", and so on. */
function pointText(value: string): string | undefined {
  const [datePart, timePart] = splitTime(value);
  const day = datePart === '' ? '' : calendarText(datePart);
  if (day === undefined) return undefined;
  if (timePart === undefined) return day;
  const time = timeText(timePart);
  if (time === undefined) return undefined;
  return day === '' ? time : `${day}, ${time}`;
}

function splitTime(value: string): [string, string | undefined] {
  const t = value.indexOf('T');
  return t < 0 ? [value, undefined] : [value.slice(0, t), value.slice(t + 1)];
}

function calendarText(value: string): string | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const [year, month, day] = [+m[1], +m[2], +m[3]];
    if (!isValidDay(year, month, day)) return undefined;
    return `${WEEKDAY_NAMES[isoWeekday({ year, month, day }) - 1]} ${day} ${MONTH_NAMES[month - 1]} ${year}`;
  }
  if ((m = /^XXXX-(\d{2})-(\d{2})$/.exec(value)) && isValidDay(2024, +m[1], +m[2])) return `${+m[2]} ${MONTH_NAMES[+m[1] - 1]}`;
  if ((m = /^(\d{4}|XXXX)-(\d{2})$/.exec(value)) && +m[2] >= 1 && +m[2] <= 12) return withYear(MONTH_NAMES[+m[2] - 1], m[1]);
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const monday = mondayOfWeek(+m[1], +m[2]);
    if (!monday) return undefined;
    if (m[3]) {
      const saturday = addDays(monday, 5);
      return `the weekend of ${saturday.day} ${MONTH_NAMES[saturday.month - 1]} ${saturday.year}`;
    }
    return `the week of ${monday.day} ${MONTH_NAMES[monday.month - 1]} ${monday.year}`;
  }
  if ((m = /^XXXX-WXX-([1-7])$/.exec(value))) return WEEKDAY_NAMES[+m[1] - 1];
  if ((m = /^(\d{4}|XXXX)-Q([1-4])$/.exec(value))) return withYear(`the ${ORDINALS[+m[2] - 1]} quarter`, m[1], ' of ');
  if ((m = /^(\d{4}|XXXX)-H([12])$/.exec(value))) return withYear(`the ${ORDINALS[+m[2] - 1]} half`, m[1], ' of ');
  if ((m = /^(\d{4}|XXXX)-(SP|SU|FA|WI)$/.exec(value))) return withYear(SEASONS[m[2]], m[1]);
  if ((m = /^BC(\d{4})$/.exec(value))) return `${+m[1]} BC`;
  if ((m = /^BC(\d{2})$/.exec(value))) return `the ${ordinalNumber(+m[1] + 1)} century BC`;
  // (a year of the first millennium is said with its era: "AD 79")
  if (/^\d{4}$/.test(value)) return +value < 1000 ? `AD ${+value}` : String(+value);
  if (/^\d{3}$/.test(value)) return `the ${+value * 10}s`;
  if (/^\d{2}$/.test(value)) return `the ${ordinalNumber(+value + 1)} century`;
  return undefined;
}

function withYear(text: string, year: string, joiner = ' '): string {
  return year === 'XXXX' ? text : `${text}${joiner}${+year}`;
}

function timeText(value: string): string | undefined {
  const part = DAY_PARTS[value];
  if (part) return part;
  const m = /^(\d{2}):(\d{2})/.exec(value);
  if (m && +m[1] === 24 && +m[2] === 0) return 'midnight';
  return m && +m[1] < 24 && +m[2] < 60 ? `${m[1]}:${m[2]}` : undefined;
}

/** "P10Y" → "ten years", "PT3H" → "three hours", "PXY" → "years", "P1.5Y" → "1.5 years". */
function durationText(value: string): string | undefined {
  const m = /^P(T?)(\d+(?:\.\d+)?|X)(DE|CE|WE|[YMWDQH]|MIN|S)$/.exec(value);
  if (!m) return mixedDurationText(value);
  const units = m[1] === 'T' ? TIME_UNITS[m[3] === 'MIN' ? 'M' : m[3]] : UNITS[m[3]];
  if (!units) return undefined;
  if (m[2] === 'X') return units[1];
  const n = Number(m[2]);
  const count = Number.isInteger(n) && n <= 12 ? SMALL_NUMBERS[n] : String(n);
  return `${count} ${n === 1 ? units[0] : units[1]}`;
}

/** "P2Y6M" → "two years and six months", "PT1M30S" → "one minute and 30 seconds", "PT3H41M7S" → "three hours,
 *  41 minutes and seven seconds". */
function mixedDurationText(value: string): string | undefined {
  const m = /^P((?:\d+[YMWD])*)(?:T((?:\d+[HMS])+))?$/.exec(value);
  if (!m) return undefined;
  const parts = [...m[1].matchAll(/(\d+)([YMWD])/g)].map(([, n, unit]) => durationText(`P${n}${unit}`))
    .concat([...(m[2] ?? '').matchAll(/(\d+)([HMS])/g)].map(([, n, unit]) => durationText(`PT${n}${unit}`)));
  if (parts.length < 2 || parts.some(p => p === undefined)) return undefined;
  // ("three hours, 41 minutes and seven seconds")
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function ordinalNumber(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}
