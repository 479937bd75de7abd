// Passes over the found days that read them together: days sharing one month ("on 9 and 10 March"), ranges that
// run forward, a closing day after an opening one, a day in apposition, day-first figures, BC years.
import type { DateMention } from '../spans';
import { lazyPattern } from '../../text/lazyPattern';
import { addDays, formatDay, formatWeek, isValidDay, isoWeekday, pad, parseDay, type Day } from './calendar';
import { MONTH_OR_DAY_VALUE, RANGE_BETWEEN, weekdayOfStem } from './shapes';
import { writesInDayFirstStyle } from './dayFirstStyle';

/** Days before a day-first date that share its month: "on 9 and 10 March", "on 3, 4 and 5 June", "from 3 to 5 July",
 *  "from the 12th to 16th September". */
const DAYS_BEFORE = /\b(?:on|from|between|for|until|till|by|over)\s+(?:the\s+)?((?:\d{1,2}(?:st|nd|rd|th)?(?:\s*,\s*|\s+(?:and|or|to|until|till)\s+|\s*[-–]\s*))+)$/i;

/** The same run opening a line of a list: "• 17 to 22 April 2025" (a page's list of days it is closed). */
const DAYS_OPEN_LINE = /\n[ \t]*(?:[•·*][ \t]*)?(\d{1,2}(?:st|nd|rd|th)?[ \t]*(?:to|until|[-–])[ \t]*)$/;

/** Days after a month-first date that share its month: "March 9 and 10", "March 9, 10 and 11", up to a clause's end. */
const DAYS_AFTER = /^((?:(?:\s*,\s*|\s+(?:and|or|to|through|until)\s+|\s*[-–—]\s*)\d{1,2}(?:st|nd|rd|th)?\b)+)(?=\s*(?:$|[.;:](?!\d)|[!?)]|,\s*\d{4}\b|,?\s+(?:in|at|on|when|with|as|after|before|and|but|the|this|next|last)\b))/i;

/** A month-first date that ends on its day: "March 9", "Sept. 21st" (not "Friday", not "June 2, 2025"). */
const MONTH_THEN_DAY = /^\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?$/u;

const DAY_NUMBER = /\d{1,2}/g;

const DAY_FIRST = /^\d/;

const FULL_DAY = /^(\d{4})-(\d{2})-\d{2}$/;

/**
 * "The road will close on 9 and 10 March", "the fair runs on March 9 and 10": each day of a list that shares one
 * month and year is a date of its own, valued in the month and year its named day has.
 */
export function daysSharingAMonth(text: string, mentions: DateMention[]): void {
  const added: DateMention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const full = m.type === 'DATE' ? FULL_DAY.exec(m.value ?? '') : null;
    if (!full) continue;
    let year = +full[1];
    const month = +full[2];
    const dayFirst = DAY_FIRST.test(m.text);
    const previousEnd = k > 0 ? mentions[k - 1].end : 0;
    const nextStart = k + 1 < mentions.length ? mentions[k + 1].start : text.length;
    let from: number, run: string;
    if (dayFirst) {
      const lead = text.slice(Math.max(previousEnd, m.start - 40), m.start);
      const before = DAYS_BEFORE.exec(lead) ?? DAYS_OPEN_LINE.exec(lead);
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
      // ("July 20 - 24, 2023": the year written after the list's last day is its first day's too)
      const stated = /^,[ \t]*(\d{4})(?!\d)/.exec(text.slice(m.end + run.length, m.end + run.length + 8));
      if (stated && +stated[1] !== year && isValidDay(+stated[1], month, +full[0].slice(8))) {
        year = +stated[1];
        m.value = pad(year, 4) + m.value!.slice(4);
      }
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

/** A day or month and what may follow it: "2027-01-05", "2026-03", a clock time kept. */
const DAY_OR_MONTH = /^(\d{4})(-\d{2}(?:-\d{2})?)(T.*)?$/;

/** A range's end that names its year, or one counted from the article's: "March of this year", "June last year". */
const HAS_YEAR = /\d{4}|\b(?:this|last|next|that|the following|the previous) year\b/i;

/** Between an opening day and a closing one ahead in one sentence: "open on October 1 and close in mid-January". */
const AND_CLOSES = /^\s*,?\s+and\s+(?:will\s+|would\s+)?(?:close|end|finish|conclude|run|last)/;
const OPENS_THEN_CLOSES = lazyPattern(() => /^\s*,?\s+and\s+(?:will\s+|would\s+)?(?:close|closes|end|ends|finish|finishes|conclude|concludes|run|runs|last|lasts)\s+(?:[\p{Ll}]+\s+){0,2}?(?:in|on|by|until|through)\s+(?:(?:early|late|mid)[\s-]+)?$/u);

/**
 * "Submissions open on October 1 and close in mid-January": what closes after it opens closes on the first such
 * month or day after the opening, whatever the tense put it in.
 */
export function closesAfterItOpens(text: string, mentions: DateMention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k], b = mentions[k + 1];
    if (a.type !== 'DATE' || b.type !== 'DATE' || HAS_YEAR.test(b.text)) continue;
    const from = MONTH_OR_DAY_VALUE.exec(a.value ?? ''), to = MONTH_OR_DAY_VALUE.exec(b.value ?? '');
    if (!from || !to) continue;
    const between = text.slice(a.end, b.start);
    // (its verb first: the pattern's letter class costs some 0.3 ms to compile)
    if (!AND_CLOSES.test(between) || !OPENS_THEN_CLOSES().test(between)) continue;
    // (only a close the tense put before the opening moves: told in the past, "closed in June" after "opened in March" may
    // mean the opening was the year before)
    if (`${to[1]}-${to[2]}${to[3] ?? ''}` >= `${from[1]}-${from[2]}${(from[3] ?? '').slice(0, to[3] === undefined ? 0 : 3)}`) continue;
    const later = to[2] > from[2] || (to[2] === from[2] && (to[3] ?? '') >= (from[3] ?? ''));
    const value = `${pad(+from[1] + (later ? 0 : 1), 4)}-${to[2]}${to[3] ?? ''}`;
    if (to[3] === undefined || parseDay(value) !== undefined) b.value = value;
  }
}

/**
 * "The spring term will run from 5 January to 26 March": a range runs forward, so an end named without its year is
 * the first such day on or after the start (a start of 2027 puts the end in 2027, whatever the article's date), and a
 * start named without its year is the last such day on or before an end that has its year.
 */
export function rangesRunForward(text: string, mentions: DateMention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k], b = mentions[k + 1];
    if (a.type !== 'DATE' || b.type !== 'DATE') continue;
    // ("a calendar starting with celebrations on February 21 and ending with New Year's Eve fireworks": a series of
    // events told from its first to its last runs forward too)
    const fromTo = RANGE_BETWEEN.test(text.slice(a.end, b.start)) && /\b(?:from|between)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, a.start - 14), a.start));
    // ("sales for April to June", "the April-June quarter": two months named alone and joined as a range are one
    // period of less than a year, whatever stands before them; each took its year from its own reading, and where the
    // two disagree the earlier reading holds, as the tense of "is expected to report sales for April to June" is the
    // report's, not the period's: a start after its end goes back before the end, an end a year or more after its start
    // back to the first such month after the start)
    if (!fromTo && MONTH_ALONE.test(a.text) && MONTH_ALONE.test(b.text) && MONTH_RANGE_BETWEEN.test(text.slice(a.end, b.start))) {
      const from = /^(\d{4})-(\d{2})$/.exec(a.value ?? ''), to = /^(\d{4})-(\d{2})$/.exec(b.value ?? '');
      if (from && to && a.value! > b.value!) a.value = pad(+to[1] - (from[2] > to[2] ? 1 : 0), 4) + '-' + from[2];
      else if (from && to && (+to[1] - +from[1]) * 12 + (+to[2] - +from[2]) >= 12) b.value = pad(+from[1] + (to[2] < from[2] ? 1 : 0), 4) + '-' + to[2];
      continue;
    }
    // ("(April 5–July 9, 2017)", "May 2 through June 11, 2017": two days joined by a dash or "through" are a range
    // without a "from" before them too; two days written with their figures only, as a month alone may be one end of a
    // list of periods, and "January 2 – New Year's Day" is a day and its name; on one line, one of them with its year)
    const joined = !fromTo && DIGIT.test(a.text) && DIGIT.test(b.text) && DAY_RANGE_BETWEEN.test(text.slice(a.end, b.start))
      && (HAS_YEAR.test(a.text) || HAS_YEAR.test(b.text));
    if (!fromTo && !joined && !(SERIES_ENDS_WITH.test(text.slice(a.end, b.start)) && SERIES_STARTS_WITH.test(text.slice(Math.max(0, a.start - 80), a.start)))) continue;
    const from = DAY_OR_MONTH.exec(a.value ?? ''), to = DAY_OR_MONTH.exec(b.value ?? '');
    if (!from || !to || from[2].length !== to[2].length || (joined && from[2].length !== 6)) continue;
    // ("power cuts from Monday to Wednesday": two weekdays run within a week, the close the first such day on or after
    // the start, not the same day a year on)
    if (WEEKDAY_ALONE.test(a.text) && WEEKDAY_ALONE.test(b.text)) {
      const start = parseDay(a.value!.slice(0, 10)), close = parseDay(b.value!.slice(0, 10));
      if (start && close && b.value! < a.value!) b.value = formatDay(addDays(start, (isoWeekday(close) - isoWeekday(start) + 7) % 7)) + b.value!.slice(10);
      continue;
    }
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

/** A figure: a day written with its number. */
const DIGIT = /\d/;
/** Between the days of a range on one line: "April 5–July 9", "May 2 through June 11". */
const DAY_RANGE_BETWEEN = /^[ \t]*(?:to|until|till|through|[-–—])[ \t]*$/i;

/** ", and ending with", "and closing with the": between the first and the last of a series told in order. */
const SERIES_ENDS_WITH = /^\s*,?\s*and\s+(?:ending|closing|finishing|concluding)\s+(?:with|on)\s+(?:the\s+|a\s+)?$/i;

/** "starting with … on", "opening with …": the first of such a series, in its sentence. */
const SERIES_STARTS_WITH = /\b(?:starting|beginning|opening)\s+(?:with|on)\b[^.;!?]*$/i;

/** Between the months of a range: "April to June", "April-June" (not "and", which may join two periods). */
const MONTH_RANGE_BETWEEN = /^\s*(?:to|until|till|through|[-–—])\s*$/i;

/** A month named alone: "January", "Jan.", "early March". */
const MONTH_ALONE = /^(?:(?:early|late|mid)[\s-]+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/i;

/** Between months of one year: "January and February of last year", "March, April or May 2025", and a range's two
 *  months, "April-June 2024", "April to June 2024" (a range across the new year is counted back by the month order). */
const MONTHS_JOINED = /^\s*(?:,\s*)?(?:(?:and|or|to|through)\s+|[-–—]\s*)?$/i;

/**
 * "rose in January and February of last year", "in March, April and May 2025": months named alone before a month that
 * names its year (or one counted from the article's) are of that year, the year before where a month before it in
 * the year follows it ("December and January 2025").
 */
export function monthsSharingAYear(text: string, mentions: DateMention[], ref: Day | undefined): void {
  for (let k = mentions.length - 1; k > 0; k--) {
    const last = mentions[k];
    const month = /^(\d{4})-(\d{2})$/.exec(last.value ?? '');
    if (!month || last.type !== 'DATE') continue;
    if (!HAS_YEAR.test(last.text)) {
      if (ref && MONTH_ALONE.test(last.text)) k = monthsAloneJoined(text, mentions, k, ref);
      continue;
    }
    let year = +month[1], next = +month[2];
    for (let j = k - 1; j >= 0; j--) {
      const a = mentions[j];
      const value = /^(\d{4})-(\d{2})$/.exec(a.value ?? '');
      if (!value || a.type !== 'DATE' || !MONTH_ALONE.test(a.text) || !MONTHS_JOINED.test(text.slice(a.end, mentions[j + 1].start))) break;
      if (+value[2] > next) year--;
      a.value = `${pad(year, 4)}-${value[2]}`;
      next = +value[2];
    }
  }
}

/**
 * "sales in November and December", "strikes in December and January": months named alone and joined, each given a
 * year by the story's tense on its own, are of one season, in their order (a year on after December). The one nearest
 * the article's month keeps its year and gives the others theirs. A list that runs back ("October and September") is
 * left as it is. Returns the index of the run's first month (the caller's loop goes on before it).
 */
function monthsAloneJoined(text: string, mentions: DateMention[], k: number, ref: Day): number {
  let first = k;
  while (first > 0) {
    const a = mentions[first - 1];
    if (a.type !== 'DATE' || !MONTH_ALONE.test(a.text) || !/^\d{4}-\d{2}$/.test(a.value ?? '') || !MONTHS_JOINED.test(text.slice(a.end, mentions[first].start))) break;
    first--;
  }
  if (first === k) return k;
  // each month's offset in years from the first's: one on where the order wraps past December, none else
  const offsets: number[] = [0];
  for (let j = first + 1; j <= k; j++) {
    const before = +mentions[j - 1].value!.slice(5), month = +mentions[j].value!.slice(5);
    if (month < before && before - month < 9) return first;
    offsets.push(offsets[offsets.length - 1] + (month < before ? 1 : 0));
  }
  const now = ref.year * 12 + ref.month;
  let anchor = first, nearest = Infinity;
  for (let j = first; j <= k; j++) {
    const v = mentions[j].value!, distance = Math.abs(+v.slice(0, 4) * 12 + +v.slice(5) - now);
    if (distance < nearest) { nearest = distance; anchor = j; }
  }
  const year = +mentions[anchor].value!.slice(0, 4) - offsets[anchor - first];
  for (let j = first; j <= k; j++) mentions[j].value = `${pad(year + offsets[j - first], 4)}${mentions[j].value!.slice(4)}`;
  return first;
}

/**
 * "10/12/2020" beside "12 October" and no "October 12": a page that writes its dates in words day first, as British
 * and Commonwealth news does, writes them so in figures too. (Asked only of a page with a date in figures, which most
 * have not: the two patterns below, case-blind Unicode ones, are then never compiled.)
 */
function writesDayBeforeMonth(mentions: DateMention[]): boolean {
  let wordsDayFirst = false, wordsMonthFirst = false;
  for (const m of mentions) {
    if (FIGURES_DATE.test(m.text) || m.type !== 'DATE' || !/\d/.test(m.text)) continue;
    if (DAY_THEN_MONTH().test(m.text)) wordsDayFirst = true;
    else if (MONTH_NAME_THEN_DAY().test(m.text)) wordsMonthFirst = true;
  }
  return wordsDayFirst && !wordsMonthFirst;
}

/** A day written before its month's name: "12 October", "Monday 4 March", "3rd of March 2021". */
const DAY_THEN_MONTH = lazyPattern(() => /(?:^|[^\p{L}\d])\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?(?![\p{L}\d])/iu);
/** A month's name before its day: "October 12", "Oct. 12, 2020" (not "October 2020"). */
const MONTH_NAME_THEN_DAY = lazyPattern(() => /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?![\d])/iu);

/** A date in figures with slashes or hyphens: "10/03/2025", "14-03-2025", "3/10/25". */
const FIGURES_DATE = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/;

/**
 * "LAGOS, 14/03/2025 - … the vote on 10/03/2025": where the text writes one date in figures day first (its first
 * number no month), and none month first, every such date is read day first, not as the US's month and day (so too
 * where it writes days before their months' names, prices in pounds or euros only, or in a day-first country's style).
 */
export function numericDatesDayFirst(mentions: DateMention[], text: string): void {
  let dayFirst = false, figuresSeen = false;
  for (const m of mentions) {
    const figures = FIGURES_DATE.exec(m.text);
    if (!figures) continue;
    figuresSeen = true;
    if (+figures[2] > 12) return;
    if (+figures[1] > 12) dayFirst = true;
  }
  if (!dayFirst && !(figuresSeen && (writesDayBeforeMonth(mentions) || writesDayFirstInFull(mentions) || poundsOrEurosOnly(text) || writesInDayFirstStyle(text)))) return;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const figures = FIGURES_DATE.exec(m.text);
    if (!figures || +figures[1] > 12 || !m.value || !/^\d{4}-\d{2}-\d{2}$/.test(m.value)) continue;
    const year = +m.value.slice(0, 4), month = +figures[2], day = +figures[1];
    if (!isValidDay(year, month, day)) continue;
    const read = m.value;
    m.value = formatDay({ year, month, day });
    // ("Updated: 12-04-2023 21:01 IST": the clock time after the date, read on the day as first read, goes with it)
    const clock = mentions[k + 1];
    if (clock && clock.type === 'TIME' && clock.value?.startsWith(read + 'T')) clock.value = m.value + clock.value.slice(10);
  }
}

/**
 * "by - 09/12/2025 … £20,000 into a Cash ISA": prices in pounds or euros and none in dollars, a British or European
 * page's, whose dates in figures are day first (tried only where such a date is, and none reads month first).
 */
function poundsOrEurosOnly(text: string): boolean {
  return (text.includes('£') || text.includes('€')) && !text.includes('$');
}

/**
 * "Updated: 12-04-2023" on a page stamped "2023-04-12" (or "12 April 2023"): a date in figures whose day-first reading
 * the page writes out with its year, where no such date's month-first reading is, is written day first.
 */
function writesDayFirstInFull(mentions: DateMention[]): boolean {
  const full = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'DATE' && !FIGURES_DATE.test(m.text) && /\d{4}/.test(m.text) && /^\d{4}-\d{2}-\d{2}$/.test(m.value ?? '')) full.add(m.value!);
  }
  if (full.size === 0) return false;
  let dayLed = false;
  for (const m of mentions) {
    const figures = FIGURES_DATE.exec(m.text);
    if (!figures || !/^\d{4}/.test(m.value ?? '')) continue;
    const year = +m.value!.slice(0, 4), a = +figures[1], b = +figures[2];
    if (a > 12 || b > 12) continue;
    if (full.has(formatDay({ year, month: a, day: b }))) return false;
    if (full.has(formatDay({ year, month: b, day: a }))) dayLed = true;
  }
  return dayLed;
}

/** A weekday written alone. */
const WEEKDAY_ALONE = /^(mon|tues|wednes|thurs|fri|satur|sun)day$/i;

/** ", 19 to ", " 25 – ": a day's number after a weekday named alone, then the word or dash of a range. */
const DAY_THEN_RANGE = /^,?[ \t]+(\d{1,2})(?:st|nd|rd|th)?[ \t]*(?:to|until|till|[-–])[ \t]*$/;

/**
 * "from Tuesday, 19 to Friday, 22 September", "Monday 25 to Friday 29 September": a range's opening weekday and day,
 * whose month and year its closing day gives, is one day when it falls on that weekday (the grammar read the weekday
 * alone, and the day's number not at all).
 */
export function weekdayOpeningARange(text: string, mentions: DateMention[]): void {
  for (let k = 1; k < mentions.length; k++) {
    const m = mentions[k], before = mentions[k - 1];
    const weekday = before.text.length <= 9 ? WEEKDAY_ALONE.exec(before.text) : null;
    const full = weekday ? FULL_DAY.exec(m.value ?? '') : null;
    const gap = full ? DAY_THEN_RANGE.exec(text.slice(before.end, m.start)) : null;
    if (!gap) continue;
    const day = { year: +full![1], month: +full![2], day: +gap[1] };
    if (!isValidDay(day.year, day.month, day.day) || isoWeekday(day) !== weekdayOfStem(weekday![1])) continue;
    const end = before.end + gap[0].indexOf(gap[1]) + gap[1].length;
    mentions[k - 1] = { start: before.start, end, text: text.slice(before.start, end), type: 'DATE', value: formatDay(day) };
  }
}

/**
 * "closed on May 3, the day before the ferry strike": "the day" set off after a date is that date (the grammar leaves "the
 * day before an event" without a value); "the week" so set off is the date's week.
 */
export function dayInApposition(text: string, mentions: DateMention[]): void {
  for (let k = 1; k < mentions.length; k++) {
    const m = mentions[k], before = mentions[k - 1];
    // "Wednesday, the day before Thanksgiving, is the peak": a weekday set off before a day that falls on it is that day
    const weekday = WEEKDAY_ALONE.exec(before.text);
    const named = weekday && /^\d{4}-\d{2}-\d{2}$/.test(m.value ?? '') ? parseDay(m.value!) : undefined;
    if (weekday && named && isoWeekday(named) === weekdayOfStem(weekday[1]) && /^\s*,\s*$/.test(text.slice(before.end, m.start))) {
      before.value = m.value;
      continue;
    }
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
export function dayOfTheMonthBefore(text: string, mentions: DateMention[]): void {
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
export function startingTheYearAfter(text: string, mentions: DateMention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const m = mentions[k], year = mentions[k + 1];
    const own = /^\d{4}(-(?:\d{2}(?:-\d{2})?|SP|SU|FA|WI))$/.exec(m.value ?? '');
    if (!own || HAS_YEAR.test(m.text) || !/^\d{4}$/.test(year.value ?? '')) continue;
    if (!/^\s*,?\s+(?:starting|beginning|from)\s+(?:in\s+)?$/i.test(text.slice(m.end, year.start))) continue;
    const value = year.value + own[1];
    if (own[1].length < 6 || parseDay(value) !== undefined) m.value = value;
  }
}

/** A day then "in" and its year: " in ". */
const IN_BETWEEN = /^[ \t]+in[ \t]+$/;

/**
 * "was born on 24 May in 1819", "died on March 3 in 1901": a day of a month without its year, then "in" and a year
 * written out, is in that year (the year is the day's, said after it; the two stay two mentions). Not a holiday
 * ("Easter in 1956"), whose day moves with the year.
 */
export function dayThenInItsYear(text: string, mentions: DateMention[]): void {
  for (let k = 1; k < mentions.length; k++) {
    const year = mentions[k], day = mentions[k - 1];
    if (year.type !== 'DATE' || !/^\d{4}$/.test(year.text) || year.value !== year.text || day.type !== 'DATE' || /\d{4}/.test(day.text) || !/\d/.test(day.text)
      || !/^\d{4}-\d{2}-\d{2}$/.test(day.value ?? '') || !IN_BETWEEN.test(text.slice(day.end, year.start))) continue;
    const value = year.value + day.value!.slice(4);
    if (parseDay(value)) day.value = value;
  }
}

/** A month's name and a day, alone: "Oct. 20", "April 30", "14 August". */
const BARE_DAY_OF_MONTH = /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)$/i;

/** A day written with its year or its weekday: "Feb. 2, 2024", "Friday, January 7". */
const YEAR_OR_WEEKDAY_WRITTEN = /\d{4}|^(?:mon|tue|wed|thu|fri|sat|sun)/i;

/**
 * "The dates begin Feb. 2, 2024, in Oslo and conclude Oct. 20 in Lyon", "on Friday, January 7 … the August 9th
 * election": a later day of the year named without its year after a day in the same sentence is in that day's
 * year, not another year near it that its own tense or nearness chose (a sentence tells its days in their order).
 */
export function laterDayInItsSentence(text: string, mentions: DateMention[], refDay: string | undefined): void {
  for (let k = 1; k < mentions.length; k++) {
    const a = mentions[k - 1], b = mentions[k];
    // (the day before names its year, or a weekday that fixes it; a range's two ends are rangesRunForward's)
    if (a.type !== 'DATE' || b.type !== 'DATE' || !BARE_DAY_OF_MONTH.test(b.text) || !YEAR_OR_WEEKDAY_WRITTEN.test(a.text)) continue;
    const from = /^(\d{4})-(\d\d-\d\d)/.exec(a.value ?? ''), to = /^(\d{4})-(\d\d-\d\d)$/.exec(b.value ?? '');
    if (!from || !to || to[1] === from[1] || Math.abs(+to[1] - +from[1]) > 2 || to[2] <= from[2] || b.start - a.end > 160) continue;
    const between = text.slice(a.end, b.start);
    if (/[.!?]\s|\n|\b(?:ago|last|since|earlier|previous(?:ly)?|had|to|through|until|till)\b|^\s*[-–]/i.test(between)) continue;
    const value = from[1] + '-' + to[2];
    // (not across the article's date: "adopted on March 1, 2026, will be reviewed on March 15" stays ahead)
    if (refDay === undefined || (value < refDay) === (b.value! < refDay)) b.value = value;
  }
}
