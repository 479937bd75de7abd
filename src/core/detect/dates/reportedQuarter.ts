// "this quarter" and "the previous quarter" in a results story: counted from the quarter the story reports (the one
// its lead names: "Norvik's second-quarter profit rose … 'We delivered record sales this quarter'"), not from the
// quarter the article's date falls in, once the story has named it.
import type { DateMention } from '../spans';
import { pad } from './calendar';
import { speaksOfResults } from './parts';
import { LOOKS_BACK } from './shapes';
import { sentenceStartBefore, sentenceTense } from './tense';

/** "this quarter" (told in the past), "the previous quarter", "prior quarter", "the preceding quarter". */
const RELATIVE_QUARTER = /^(?:(this)|(?:the )?(?:previous|prior|preceding)) quarter$/i;

/** Before a quarter a figure is compared with: "than we did ", "up from ", "compared with ". */
const COMPARED_BEFORE = /\b(?:than|from|compared\s+(?:with|to)|versus|against)\b[^.!?\n]{0,30}$/i;

/**
 * "We worked 2.4 per cent more hours than we did last quarter", in a release on the June quarter: "last quarter" a
 * figure is compared with is the one before the quarter reported, read as "the previous quarter" is (not the one
 * before the article's date); matched as RELATIVE_QUARTER's "previous" (no "this").
 */
function lastQuarterComparedWith(text: string, m: DateMention): RegExpExecArray | null {
  if (!/^last quarter$/i.test(m.text) || !COMPARED_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) return null;
  return RELATIVE_QUARTER.exec('previous quarter');
}

/** How far back the lead that names the reported quarter may be: a results story's whole account. */
const REPORTED_REACH = 3000;

/** How far before "the previous quarter" a quarter it is counted from is near (followingSpokenOf's reach). */
const NEAR = 400;

/**
 * The mentions before the k-th, nearest first, within REPORTED_REACH, and no further back than a few sentences past a
 * day written with its year (another story's dateline on a page of many).
 */
function* earlierInStory(mentions: readonly DateMention[], k: number): Generator<DateMention> {
  const at = mentions[k].start;
  let dated = false;
  for (let j = k - 1; j >= 0 && mentions[j].end >= at - REPORTED_REACH; j--) {
    const before = mentions[j];
    if (/^\d{4}-\d{2}-\d{2}$/.test(before.value ?? '') && /\d{4}/.test(before.text)) dated = true;
    if (dated && before.end < at - 500) return;
    yield before;
  }
}

/** Words in a quarter's sentence before it that make it one compared with, or forecast, not the one reported. */
const NOT_REPORTED_BEFORE = /\b(?:from|than|against|versus|vs|compared|since|ago|earlier|preceding|will|would|expects?|expected|forecasts?|sees)\b/i;

const QUARTER_VALUE = /^(\d{4})-Q([1-4])$/;

/** Whether a mention names a quarter reported: "second-quarter", "the third quarter", "Q3" (not one compared with). */
function reported(text: string, m: DateMention): boolean {
  return m.type === 'DATE' && QUARTER_VALUE.test(m.value ?? '') && /quarter|\bQ[1-4]\b/i.test(m.text) && !RELATIVE_QUARTER.test(m.text)
    && !LOOKS_BACK.test(m.text) && !/\blast year\b/i.test(m.text) && !NOT_REPORTED_BEFORE.test(text.slice(sentenceStartBefore(text, m.start), m.start));
}

/** A quarter, or a month, "the previous quarter" near after it counts from (followingSpokenOf), save one that is itself
 *  compared with ("from the preceding first quarter", "a year earlier"). */
function countsFrom(text: string, m: DateMention): boolean {
  return m.type === 'DATE' && /^\d{4}-(?:Q[1-4]|\d{2})$/.test(m.value ?? '') && !RELATIVE_QUARTER.test(m.text)
    && !/\b(?:ago|earlier)\b|\byear-|^the (?:same|corresponding|comparable)\b/i.test(m.text) && !/\b(?:preceding|previous|prior)\s+$/i.test(text.slice(Math.max(0, m.start - 12), m.start));
}

/** "a year ago", "a year earlier": in results, the period reported a year back. */
const YEAR_BACK = /^(?:a|one) year (?:ago|earlier)$/i;

/**
 * "Harlow's third-quarter profit rose … [paragraphs on] … net income fell to $2 billion from $3 billion a year earlier":
 * a year back in a sentence of results, valued as a year (no quarter or half was named within the reporting-period
 * reader's reach), is the quarter the story reports a year before, when that quarter is of the year after the one
 * given (a year counted back from a quarter of another year is no comparison with it).
 */
function yearBackOfTheReported(text: string, mentions: readonly DateMention[], k: number): string | undefined {
  const m = mentions[k];
  const start = sentenceStartBefore(text, m.start);
  // (a figure compared with it, "from $3 billion a year earlier"; not "higher costs compared with a year earlier")
  const clause = text.slice(start, m.start);
  if (!/\d/.test(clause) || !speaksOfResults(clause)) return undefined;
  // (not where its sentence names another period the figures are for: "For the nine months, it earned …, a year earlier")
  // (its sentence as a reader sees it: sentenceStartBefore may stop inside a name, "America West posted")
  const clauseStart = Math.max(0, m.start - 200);
  const cut = /[.!?]\s+(?=\p{Lu})|\n/gu;
  let from = clauseStart;
  for (const c of text.slice(clauseStart, m.start).matchAll(cut)) from = clauseStart + c.index + c[0].length;
  for (let j = k - 1; j >= 0 && mentions[j].start >= Math.min(start, from); j--) if (mentions[j].type === 'DURATION' || /^\d{4}(?:-H[12])?$/.test(mentions[j].value ?? '')) return undefined;
  let source: DateMention | undefined;
  for (const before of earlierInStory(mentions, k)) if (reported(text, before)) source = before;
  const q = source && QUARTER_VALUE.exec(source.value!);
  return q && +q[1] - 1 === +m.value! ? `${pad(+q[1] - 1, 4)}-Q${q[2]}` : undefined;
}

/** "the 2021 quarter", "the year-ago quarter"'s twin: a year's quarter compared with the one reported. */
const YEAR_QUARTER = /^the \d{4} quarter$/i;

/**
 * "production totaled 45,939 ounces in the third quarter, down from 58,777 ounces in the 2021 quarter": the same quarter
 * of the year written as the one the story reports (not that year's last), back to another story's dated line.
 */
function sameQuarterOfYear(text: string, mentions: readonly DateMention[], k: number): string | undefined {
  let source: DateMention | undefined;
  for (const before of earlierInStory(mentions, k)) if (reported(text, before) && !YEAR_QUARTER.test(before.text)) source = before;
  const q = source && QUARTER_VALUE.exec(source.value!);
  return q ? `${mentions[k].value!.slice(0, 4)}-Q${q[2]}` : undefined;
}

/** "the second half", "second-half", "the second half of the year", "H2" (no year of its own, no "last year"). */
const SECOND_HALF = /^(?:(?:the )?second[ -]half(?: of (?:the|this) year)?|H2)$/i;

/** A first half, second quarter or third quarter reported: the second half after it is in the same year. */
const HALF_YEAR_VALUE = /^(\d{4})-(?:H1|Q[23])$/;

/**
 * The year of the first half (or second or third quarter) a results story reports first, back to another story's dated
 * line: "Kesmet reported a 4% rise in first-half output … risks remain elevated in the second half" is that year's second
 * half, not the one before it (after a first or fourth quarter, the second half may be last year's or this; one placed
 * after the year reported is a half ahead, kept: a first half reported in March, "the second half will be tougher").
 */
function halfYearReported(text: string, mentions: readonly DateMention[], k: number): string | undefined {
  let year: string | undefined;
  for (const before of earlierInStory(mentions, k)) {
    const v = before.type === 'DATE' && /quarter|half|\b[QH][1-4]\b/i.test(before.text) ? HALF_YEAR_VALUE.exec(before.value ?? '') : null;
    if (v && !LOOKS_BACK.test(before.text) && !/\blast year\b/i.test(before.text)
      && !NOT_REPORTED_BEFORE.test(text.slice(sentenceStartBefore(text, before.start), before.start))) year = v[1];
  }
  return year;
}

/**
 * Gives "this quarter" told in the past ("contributed 19 cents to earnings this quarter") the quarter the story
 * reports, and "the previous quarter" the one before the quarter (or month) named near before it, else before the one
 * reported; the reported quarter is the first one the story names as its own, back to another story's dated line.
 * A year back in results is the reported quarter a year before (yearBackOfTheReported).
 * A second half after a first half (or a second or third quarter) reported is in that one's year.
 * Returns whether any moved (a comparison with "the same period last year" is then counted again).
 */
export function quartersCountedFromTheReported(text: string, mentions: DateMention[]): boolean {
  let moved = false;
  for (let k = 1; k < mentions.length; k++) {
    const m = mentions[k];
    if (SECOND_HALF.test(m.text) && m.type === 'DATE' && /^\d{4}-H2$/.test(m.value ?? '')) {
      const year = halfYearReported(text, mentions, k);
      if (year !== undefined && year > m.value!.slice(0, 4)) { m.value = year + '-H2'; moved = true; }
      continue;
    }
    if (YEAR_BACK.test(m.text) && m.type === 'DATE' && /^\d{4}$/.test(m.value ?? '')) {
      const value = yearBackOfTheReported(text, mentions, k);
      if (value !== undefined) { m.value = value; moved = true; }
      continue;
    }
    if (YEAR_QUARTER.test(m.text) && m.type === 'DATE' && QUARTER_VALUE.test(m.value ?? '')) {
      const value = sameQuarterOfYear(text, mentions, k);
      if (value !== undefined && value !== m.value) { m.value = value; moved = true; }
      continue;
    }
    const relative = m.type === 'DATE' ? RELATIVE_QUARTER.exec(m.text) ?? lastQuarterComparedWith(text, m) : null;
    if (!relative || !QUARTER_VALUE.test(m.value ?? '')) continue;
    // ("this quarter-over-quarter rise": a comparison's adjective, no time)
    if (/^-(?:over|on)-/i.test(text.slice(m.end, m.end + 6))) continue;
    if (relative[1] && sentenceTense(text, m.start, m.end) !== 'past') continue;
    let source: DateMention | undefined;
    for (const before of earlierInStory(mentions, k)) {
      // (a quarter or a month named near before "the previous quarter" is what it counts from, as followingSpokenOf
      // reads it; NEAR is within the story's reach below)
      if (!relative[1] && before.end >= m.start - NEAR && countsFrom(text, before)) { source = before; break; }
      if (reported(text, before)) source = before;
    }
    const q = source && /^(\d{4})-(?:Q([1-4])|(\d{2}))$/.exec(source.value!);
    if (!q) continue;
    const n = +q[1] * 4 + (q[2] ? +q[2] : Math.ceil(+q[3] / 3)) - 1 - (relative[1] ? 0 : 1);
    const value = `${pad(Math.floor(n / 4), 4)}-Q${(n % 4) + 1}`;
    if (value !== m.value) { m.value = value; moved = true; }
  }
  return moved;
}
