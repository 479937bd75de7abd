// A day of a month written without its year where the story has just written a day of that month with its year, or
// that very day already: "the meeting of February 19, 2019. … passed a motion on February 5", "hosts the festival June
// 1–30, 2019 (most events June 25–30)", "its Feb. 22 meeting … the Feb. 22 budget". A writer who has just given the
// month its year does not mean another year's month by the next bare day of it, nor another day by the same day again.
import type { DateMention } from '../spans';
import { formatDay, type Day } from './calendar';
import { sentenceStartBefore } from './tense';
import { isPatternSpace } from '../../text/whiteSpace';

/** A month's name and a day, alone (a range's end allowed): "Feb. 22", "June 25–30", "5 February", "March 3rd". */
const BARE_MONTH_DAY = /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)(?:\s*[-–]\s*\d{1,2})?$/i;

/** A weekday before a day: "Thursday ", "Wed., ". */
const WEEKDAY_FIRST = /^(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s+/i;

/** A day with its year written out: "February 19, 2019", "1 June 2019", "June 1–30, 2019". */
const WRITTEN_WITH_YEAR = /\b\d{4}$/;

/** "since", "than", "from", "before" a day with its year: a time compared with or counted from, not the story's. */
const COMPARED_BEFORE = /\b(?:since|than|from|before|until|till)\s+(?:the\s+)?$/i;

/** "next Feb. 22", "last June 5", "this March 3": a day said to be another occurrence. */
const OCCURRENCE_BEFORE = /\b(?:next|last|this|coming|previous|following)\s+$/i;

/** How far back the same day written again is still the same day (a few paragraphs). */
const SAME_DAY_REACH = 1500;

/** The longest first line read as a headline. */
const HEADLINE_LENGTH = 150;

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

export function dayOfTheMonthNamed(text: string, mentions: DateMention[], ref: Day | undefined): void {
  const refDay = ref && formatDay(ref);
  for (let k = 1; k < mentions.length; k++) {
    const m = mentions[k];
    const own = m.type === 'DATE' ? DAY.exec(m.value ?? '') : null;
    if (!own || !BARE_MONTH_DAY.test(m.text) || OCCURRENCE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) continue;
    const again = sameDayBefore(text, mentions, k, own, ref);
    const named = again ?? sameMonthWithItsYearBefore(text, mentions, k, own);
    if (named === undefined || named === m.value!.slice(0, 4)) continue;
    const value = named + m.value!.slice(4);
    // (another day of the month: one ahead of the article's stays ahead, and one gone stays gone, "the policy adopted
    // on March 1, 2024 will be reviewed on March 15" being this year's review)
    if (again === undefined && (refDay === undefined || (value.slice(0, 10) < refDay) !== (m.value!.slice(0, 10) < refDay))) continue;
    m.value = value;
  }
}

/** The year of the same month and day written earlier, within reach. */
// (not a bare day in the article's first line, a headline, which takes its day from the story below rather than
// giving the story one: "Airport runway closed Sept 21-26" over "will be closed from September 21 to 26")
function sameDayBefore(text: string, mentions: readonly DateMention[], k: number, own: RegExpExecArray, ref: Day | undefined): string | undefined {
  const m = mentions[k];
  const lineEnd = text.indexOf('\n');
  const firstLineEnd = lineEnd >= 0 && lineEnd <= HEADLINE_LENGTH ? lineEnd : -1;
  for (let j = k - 1; j >= 0 && mentions[j].end >= m.start - SAME_DAY_REACH; j--) {
    const before = DAY.exec(mentions[j].value ?? '');
    if (!before || mentions[j].type !== 'DATE' || before[2] !== own[2] || before[3] !== own[3]) continue;
    // ("Thursday 2 February", "on Friday, June 15 … quoting reference 1239 of June 15": a day named with its weekday has
    // the year the weekday falls in, as good as one written; not one the weekday has sent years ahead of the article's,
    // which is no year the story gave)
    const weekday = WEEKDAY_FIRST.exec(mentions[j].text);
    if (weekday && ref && +before[1] > ref.year + 1) continue;
    const bare = BARE_MONTH_DAY.test(weekday ? mentions[j].text.slice(weekday[0].length) : mentions[j].text);
    if ((!bare && !WRITTEN_WITH_YEAR.test(mentions[j].text)) || (bare && !weekday && mentions[j].start < firstLineEnd)) continue;
    return before[1];
  }
  return undefined;
}

/**
 * Where the sentence holding `at` starts, read on back past one reach of sentenceStartBefore, up to two more, as a long
 * sentence of a report is ("From 22 to 28 April 2020, one case was reported from …, the Congo. … on 17 April").
 */
function farSentenceStart(text: string, at: number): number {
  let from = sentenceStartBefore(text, at);
  for (let n = 0; n < 2 && from > 0 && !SENTENCE_ENDED.test(text[from - 1]); n++) from = sentenceStartBefore(text, from);
  return from;
}
const SENTENCE_ENDED = /[.!?\n]/;

/** The year of a day of the same month written with its year in the same sentence or the one before. */
function sameMonthWithItsYearBefore(text: string, mentions: readonly DateMention[], k: number, own: RegExpExecArray): string | undefined {
  const m = mentions[k];
  const sentence = farSentenceStart(text, m.start);
  let back = sentence - 1;
  while (back > 0 && isPatternSpace(text.charCodeAt(back))) back--;
  const from = back > 0 ? farSentenceStart(text, back) : 0;
  for (let j = k - 1; j >= 0 && mentions[j].start >= from; j--) {
    const before = mentions[j];
    const day = DAY.exec(before.value ?? '');
    if (before.type !== 'DATE' || !day || !WRITTEN_WITH_YEAR.test(before.text)) continue;
    if (day[2] !== own[2] || COMPARED_BEFORE.test(text.slice(Math.max(0, before.start - 16), before.start))) return undefined;
    return day[1];
  }
  return undefined;
}
