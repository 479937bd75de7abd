// Quarters and halves of a firm's fiscal year. A results story that states its firm's fiscal year ("the fiscal year
// ends June 30") counts "the third quarter" and "first-half" in that year: with a year ending in June the third quarter
// is January to March. TIMEX3 has no fiscal quarters, so such a quarter is valued as the calendar quarter or half it
// covers, when it covers one (a year ending in March, June, September or December); else it gets no value at all,
// rather than a calendar quarter it is not.
import type { Day } from './calendar';
import { formatYear, pad } from './calendar';
import type { DateMention } from '../spans';
import { speaksOfResults } from './parts';
import { sentenceStartBefore } from './tense';
import { MONTHS } from './lexicon';
import { matchesStartingAt } from '../../text/cuedMatches';

const MONTH = String.raw`(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
/** "its fiscal year ends June 30", "the financial year, which ended in March", "the fiscal year ending Sept. 30",
 *  "fiscal 2027 ends in June". */
const YEAR_ENDS = new RegExp(String.raw`\b(?:fiscal|financial)\s+(?:years?|(?:year\s+)?\d{4}),?\s+(?:(?:that|which)\s+)?(?:ends?|ending|ended|closes|closed|closing|runs\s+(?:to|through|until)|to)\s+(?:on\s+|in\s+)?(?:the\s+end\s+of\s+|(?:early|late|mid)[\s-]+)?${MONTH}(?!\p{L})`, 'iuy');
/** "a fiscal year that runs from July to June", "its financial year runs from April 1 to March 31". */
const YEAR_RUNS = new RegExp(String.raw`\b(?:fiscal|financial)\s+years?,?\s+(?:(?:that|which)\s+)?runs\s+from\s+${MONTH}(?:\s+\d{1,2})?\s+(?:to|through|until)\s+${MONTH}(?!\p{L})`, 'iuy');
/** "fiscal 2027, which begins on July 1", "its financial year starts in April": the year ends the month before (the
 *  month it begins in when it begins late in it). */
const YEAR_BEGINS = new RegExp(String.raw`\b(?:fiscal|financial)\s+(?:years?|(?:year\s+)?\d{4}),?\s+(?:(?:that|which)\s+)?(?:begins|began|starts|started|beginning|starting)\s+(?:on\s+|in\s+)?${MONTH}(?!\p{L})(?:\s+(\d{1,2})\b)?`, 'iuy');
/** "second-quarter results next week, for the three months to September": a quarter (or half) and the months it covers,
 *  said in one sentence, which tell where the year ends (September closing a second quarter: a year ending in March). */
const PART_COVERS = new RegExp(String.raw`\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?(quarter|half)\b[^.!?\n]{0,120}?\b(three|3|six|6)\s+months\s+(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?${MONTH}(?!\p{L})`, 'iu');
const MONTHS_COVERED = /\b(?:three|3|six|6)\s+months\s+(?:to|ended|ending|through)\b/i;
/** What every match of MONTHS_COVERED holds, from a word the pattern engine skips through a text to: MONTHS_COVERED,
 *  tried at every character, cost 8-20 ms a megabyte, and most articles have no "months to" at all. */
const MONTHS_TO = /months\s+(?:to|ended|ending|through)\b/i;
const monthsCovered = (text: string): boolean => MONTHS_TO.test(text) && MONTHS_COVERED.test(text);
/** Where YEAR_ENDS and YEAR_RUNS can begin (each tried from every character, in Unicode case-insensitive mode, cost
 *  14 ms a megabyte). */
const FISCAL_WORD = /\b(?:fiscal|financial)/gi;
/**
 * Where YEAR_ENDS, YEAR_RUNS or YEAR_BEGINS may begin, case-blind: the fiscal year and its verb's first letters. (Their
 * case-blind Unicode letters cost a process some 5 ms to compile; ſ and the Kelvin sign, which that flag folds to
 * letters of these words and this pattern does not, send a text to FISCAL_WORD.)
 */
const FISCAL_YEAR_VERB = /\b(?:fiscal|financial)\s+(?:years?|(?:year\s+)?\d{4}),?\s+(?:(?:that|which)\s+)?(?:end|clos|run|to\s|begin|began|start)/gi;
const FOLDS_TO_LETTER = /[\u017f\u212a]/;

/**
 * The month (1-12) the article's fiscal year ends in, when the article states it and every statement agrees; a year
 * ending in December is the calendar year and needs nothing. Where no statement says where a year ends, the month it
 * begins in, or the months a quarter or half covers ("second-quarter results …, for the three months to September"),
 * tell it.
 */
export function fiscalYearEnd(text: string): number | undefined {
  const fiscal = /\b(?:fiscal|financial)\s+(?:year|\d{4})/i.test(text);
  if (!fiscal && !monthsCovered(text) && !quarterOfFiscalNamed(text)) return undefined;
  const ends = new Set<number>();
  if (fiscal) {
    // (where no character folds to a letter under the Unicode flag, only where the year's verb stands, which most of
    // the articles that name a fiscal year lack: the three patterns are then never compiled)
    const cue = FOLDS_TO_LETTER.test(text) ? FISCAL_WORD : FISCAL_YEAR_VERB;
    for (const m of matchesStartingAt(text, cue, YEAR_ENDS)) ends.add(MONTHS.get(m[1].toLowerCase()) as number);
    for (const m of matchesStartingAt(text, cue, YEAR_RUNS)) ends.add(MONTHS.get(m[2].toLowerCase()) as number);
    // (a year of 52 or 53 weeks "began on Sept. 28" ends late in September, not in August)
    if (ends.size === 0) {
      for (const m of matchesStartingAt(text, cue, YEAR_BEGINS)) ends.add(((MONTHS.get(m[1].toLowerCase()) as number) + (m[2] && +m[2] >= 15 ? 11 : 10)) % 12 + 1);
    }
  }
  if (ends.size === 0) {
    const end = endFromQuarterEnded(text);
    if (end !== undefined) ends.add(end);
  }
  const covers = ends.size === 0 && monthsCovered(text) ? PART_COVERS.exec(text) : null;
  // (a quarter covers three months, a half six)
  if (covers && (covers[2].toLowerCase() === 'quarter') === /^(?:three|3)$/i.test(covers[3])) {
    const n = ORDINALS[covers[1].toLowerCase()], months = covers[2].toLowerCase() === 'quarter' ? 3 : 6;
    if (months === 3 || n <= 2) ends.add(((MONTHS.get(covers[4].toLowerCase()) as number) + (12 / months - n) * months + 11) % 12 + 1);
  }
  if (ends.size !== 1) return undefined;
  const end = [...ends][0];
  return end === 12 ? undefined : end;
}

/** "the third quarter of this fiscal", "the fourth quarter last fiscal": a quarter of the firm's year, "fiscal" a noun. */
const QUARTER_OF_FISCAL = /\b(first|second|third|fourth)\s+quarter\s+(?:(?:of|for|in)\s+)?(?:the\s+)?(?:this|current|last|previous)\s+fiscal\b(?!\s+(?:year|\d))/gi;
/** "for the quarter ended March 31": the month the quarter reported closes in. */
const QUARTER_ENDED = new RegExp(String.raw`\bquarter\s+ended\s+(?:on\s+)?${MONTH}(?!\p{L})`, 'giu');
const quarterOfFiscalNamed = (text: string): boolean => text.includes(' fiscal') && /quarter\s+ended/i.test(text);

/**
 * "reported a rise in its profit for the third quarter of this fiscal … for the quarter ended March 31": a story that
 * numbers its quarter in the firm's year and says which month it closed in tells where that year ends (a third quarter
 * closing in March: a year ending in June). Only where every such quarter and every closing month agree.
 */
function endFromQuarterEnded(text: string): number | undefined {
  if (!quarterOfFiscalNamed(text)) return undefined;
  const ordinals = new Set([...text.matchAll(QUARTER_OF_FISCAL)].map(m => ORDINALS[m[1].toLowerCase()]));
  const months = new Set([...text.matchAll(QUARTER_ENDED)].map(m => MONTHS.get(m[1].toLowerCase()) as number));
  if (ordinals.size !== 1 || months.size !== 1) return undefined;
  return ([...months][0] + 3 * (4 - [...ordinals][0]) + 11) % 12 + 1;
}

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};
/** "the third quarter", "fourth-quarter", "the fiscal first half", "the final quarter", "Q3", "H1 FY26". */
const WRITTEN_PART = /\b(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+(?:fiscal\s+)?(quarter|half)\b|\b([QH])([1-4])\b/i;
/** "the first half of the fiscal year", "the second half of the current financial year". */
const HALF_OF_FISCAL_YEAR = /^(?:the\s+)?(first|second)\s+half\s+of\s+(?:the\s+|this\s+|its\s+)?(?:(current|new|next|coming|last|previous|past)\s+)?(?:fiscal|financial)\s+year$/i;
/** "its fiscal year ends", "a financial year that closes on": told in the present, the end of every such year. */
const YEAR_ENDS_ON = /\b(?:fiscal|financial)\s+years?,?\s+(?:(?:that|which)\s+)?(?:ends|closes|runs\s+(?:to|through|until))\s+(?:on\s+|in\s+)?(?:the\s+end\s+of\s+)?$/i;
/** "its fiscal year runs from April to March": the months every such year starts and ends in, before either. */
const YEAR_RUNS_FROM = /\b(?:fiscal|financial)\s+years?,?\s+(?:(?:that|which)\s+)?runs\s+from\s+$/i;
const YEAR_RUNS_TO = /\b(?:fiscal|financial)\s+years?,?\s+(?:(?:that|which)\s+)?runs\s+from\s+\p{L}+\.?(?:\s+\d{1,2})?\s+(?:to|through|until)\s+$/iu;
/** "fiscal 2027 ends in", "fiscal year 2026, which ended on": a fiscal year named by its year, then its end. */
const NAMED_YEAR_ENDS = /\b(?:fiscal|financial)\s+(?:year\s+)?(\d{4}),?\s+(?:(?:that|which)\s+)?(?:ends|ended|closes|closed|runs\s+(?:to|through|until))\s+(?:on\s+|in\s+)?(?:the\s+end\s+of\s+)?$/i;
/** "the fiscal year", "its current financial year", "the full fiscal year", "next fiscal year". */
const WHOLE_FISCAL_YEAR = /^(?:the\s+|this\s+|its\s+)?(?:(current|new|next|coming|last|previous|past)\s+)?(?:full\s+)?(?:fiscal|financial)\s+year$/i;
/** ", which ended in June", "that closed": the year named has closed. */
const CLOSED_AFTER = /^,?\s+(?:(?:which|that)\s+)?(?:ended|closed|finished)\b/i;
/** "… of the new fiscal year" after the mention: which fiscal year, said after it (and as South Asian desks write it,
 *  "fiscal" a noun and "of" left out: "the fourth quarter last fiscal"). */
const OF_FISCAL_YEAR = /^\s+(?:of\s+)?(?:the\s+|this\s+|its\s+)?(current|new|next|coming|last|previous|past)\s+(?:fiscal|financial)(?:\s+year)?\b(?!\s+\d)/i;
const QUARTER_OR_HALF = /^(\d{4})-([QH])([1-4])$/;

/** The quarter or half a mention's words name ("the third quarter": Q3; "the first half of the fiscal year": H1). */
export function writtenPart(written: string): { part: 'Q' | 'H'; n: number } | undefined {
  const half = HALF_OF_FISCAL_YEAR.exec(written);
  if (half) return { part: 'H', n: half[1].toLowerCase() === 'first' ? 1 : 2 };
  const w = WRITTEN_PART.exec(written);
  if (!w) return undefined;
  const part = (w[2] ? (w[2].toLowerCase() === 'quarter' ? 'Q' : 'H') : w[3].toUpperCase()) as 'Q' | 'H';
  return { part, n: w[1] ? ORDINALS[w[1].toLowerCase()] ?? (part === 'Q' ? 4 : 2) : +w[4] };
}

/**
 * The value of a quarter or half of the fiscal year ending in month `end`, for a mention the grammar read as a
 * calendar quarter or half ("2026-Q3" for "the third quarter"); `null` when the mention is no fiscal part (a calendar
 * year written without "fiscal", "the calendar third quarter", a count of quarters), `undefined` when it is one but no
 * calendar quarter or half is the same time.
 */
export function fiscalPartValue(text: string, mention: { start: number; end: number; text: string; value?: string }, end: number, ref: Day): string | undefined | null {
  const written = mention.text;
  // "whose fiscal year ends June 30": the day every year ends on, not one June 30 (a day written with its year is that
  // day: "the fiscal year ends on March 31, 2027")
  const day = /\d{4}/.test(written) ? null : /^\d{4}(-\d{2}(?:-\d{2})?)$/.exec(mention.value ?? '');
  // ("whose financial year ends in late March"; "its fiscal year runs from April to March": both months)
  const lead = day ? text.slice(Math.max(0, mention.start - 60), mention.start) : '';
  if (day && (YEAR_ENDS_ON.test(lead.replace(/(?:early|late|mid)[\s-]+$/i, '')) || YEAR_RUNS_FROM.test(lead) || YEAR_RUNS_TO.test(lead))) return 'XXXX' + day[1];
  // "whose fiscal 2027 ends in June": the end of the year named, which is the calendar year it ends in
  const named = day && NAMED_YEAR_ENDS.exec(text.slice(Math.max(0, mention.start - 60), mention.start));
  if (day && named) return named[1] + day[1];
  if (/\bcalendar\b/i.test(written)) return null;
  const fiscalWord = /\b(?:fiscal|financial|FY)|\bFY\d/i.test(written);
  let part: 'Q' | 'H';
  let n: number;
  let year: number | undefined;
  let shift = 0;
  const half = HALF_OF_FISCAL_YEAR.exec(written);
  const whole = WHOLE_FISCAL_YEAR.exec(written);
  if (whole && /^\d{4}$/.test(mention.value ?? '')) {
    // "the current fiscal year" in November, of a year ending in June: the one ending next June; "the fiscal year,
    // which ended in June": the one closed
    const current = ref.month > end ? ref.year + 1 : ref.year;
    const closed = CLOSED_AFTER.test(text.slice(mention.end, mention.end + 40)) ? -1 : 0;
    return formatYear(current + (relativeWord(whole[1]) || closed));
  }
  if (half && /^\d{4}$/.test(mention.value ?? '')) {
    part = 'H';
    n = half[1].toLowerCase() === 'first' ? 1 : 2;
    shift = relativeWord(half[2]);
    // "a budget for fiscal 2027 … spending will rise in the first half of the fiscal year": of the year named last
    if (!half[2]) year = fiscalYearNamedBefore(text, mention.start);
  } else {
    const value = QUARTER_OR_HALF.exec(mention.value ?? '');
    const w = writtenPart(written);
    if (!value || !w || w.part !== value[2]) return null;
    ({ part, n } = w);
    // a year written out without "fiscal" is the calendar's ("the third quarter of 2026")
    if (/\d{4}|\d['’]?s\b/.test(written.replace(/\b(?:Q|H)[1-4]\b/gi, '')) || /\bFY\d/i.test(written)) {
      if (!fiscalWord) return null;
      year = +value[1];
    } else if (/\blast year\b|\ba year (?:ago|earlier)\b|\byear-(?:ago|earlier)\b/i.test(written)) shift = -1;
    else if (/\bnext year\b/i.test(written)) shift = 1;
    const after = OF_FISCAL_YEAR.exec(text.slice(mention.end, mention.end + 60));
    if (after) shift = relativeWord(after[1]);
  }
  const parts = part === 'Q' ? 4 : 2;
  if (n < 1 || n > parts) return null;
  // the fiscal year the reference day is in, and the part of it
  const current = ref.month > end ? ref.year + 1 : ref.year;
  if (year === undefined) {
    year = current + shift;
    // "the fourth quarter" early in a fiscal year: the one just closed, as for calendar quarters
    if (shift === 0 && part === 'Q') {
      const monthsIn = (ref.month - end + 11) % 12;
      if (n - (Math.floor(monthsIn / 3) + 1) > 2) year--;
    }
  }
  // months counted from year 0: the fiscal year `year` starts the month after `end` of the year before
  const first = (year - 1) * 12 + end + (n - 1) * (12 / parts);
  const months = 12 / parts;
  if (first % months !== 0) return undefined;
  const calendarYear = Math.floor(first / 12);
  return `${formatYear(calendarYear)}-${part}${(first % 12) / months + 1}`;
}

/** How far back "the fiscal year" looks for the fiscal year it refers to. */
const FISCAL_YEAR_REACH = 1000;
const FISCAL_YEAR_NAMED = /\b(?:fiscal|financial)\s+(?:year\s+)?(\d{4})\b/gi;

/** The fiscal year named last before `at` ("fiscal 2027", "financial year 2026"), if one is near. */
function fiscalYearNamedBefore(text: string, at: number): number | undefined {
  let year: number | undefined;
  for (const m of text.slice(Math.max(0, at - FISCAL_YEAR_REACH), at).matchAll(FISCAL_YEAR_NAMED)) year = +m[1];
  return year;
}

function relativeWord(word: string | undefined): number {
  const w = (word ?? '').toLowerCase();
  return w === 'next' ? 1 : w === 'last' || w === 'previous' || w === 'past' ? -1 : 0;
}

/** "in the year to", "for the financial year ending": a firm's year named by the month it ends in. */
const YEAR_TO_BEFORE = /\byear\s+(?:to|ending)\s+$/i;
/** A forecast in the sentence before it (not "will report", a year gone reported ahead). */
const FORECAST = /\b(?:expects?|forecasts?|projects?|projected|predicts?|sees|targets?|guidance)\b/i;

/**
 * "Toyota expects operating profit of ¥1.6 trillion in the year to March", written in May: the year a results
 * forecast is for ends at the next such month (or this one), not the one gone. A month or day written without its year.
 */
export function yearForecastToMonth(text: string, mentions: DateMention[], ref: Day): void {
  for (const m of mentions) {
    const v = /^\d{4}-(\d{2})((?:-\d{2})?)$/.exec(m.value ?? '');
    if (!v || /\d{4}/.test(m.text) || !YEAR_TO_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))) continue;
    const before = text.slice(sentenceStartBefore(text, m.start), m.start);
    if (FORECAST.test(before) && speaksOfResults(before)) m.value = pad(+v[1] < ref.month ? ref.year + 1 : ref.year, 4) + m.value!.slice(4);
  }
}
