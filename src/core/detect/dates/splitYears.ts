/** Months and quarters of a fiscal year that runs across two calendar years: "July-March 2001-02", "March quarter FY25". */
import type { DateMention } from '../spans';
import { pad } from './calendar';
import { MONTHS } from './lexicon';

/** The next year's last two figures right after a year: "2001-02", "2023–24" (not "2001-025"). */
const NEXT_YEAR_SHORT = /^[-–](\d{2})(?!\d)/;
/** A year at the end of a mention's words: "March 2001", "the January-March period of 2023". */
const YEAR_AT_END = /(\d{4})$/;
/** Between the two months of a range: "July-March", "July to March". */
const RANGE_JOIN = /^\s*(?:[-–]|to)\s*$/;
/** A month of some year, or a quarter. */
const MONTH_VALUE = /^(\d{4})-(\d{2})$/;
const QUARTER_VALUE = /^(\d{4})-Q([1-4])$/;

/**
 * Which of a split year's two calendar years a month falls in, where every fiscal year that runs across two agrees:
 * those starting in April, July or October all hold October to December in the first and January to March in the
 * second; April to September is in either, as the year starts (undefined).
 */
function sideOfMonth(month: number): 0 | 1 | undefined {
  return month <= 3 ? 1 : month >= 10 ? 0 : undefined;
}

/**
 * "For the nine months (July-March 2001-02)", "in the January-March period of 2023-24 fiscal year": a month, a range
 * of months or a quarter written before a year split as "2001-02" is in that fiscal year, not in its first calendar
 * year: a range that runs past December starts in the first and ends in the second, and a month or quarter on its own
 * takes the side every such year gives it (January to March the second, October to December the first).
 */
export function monthsOfSplitYears(text: string, mentions: DateMention[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const year = m.type === 'DATE' ? YEAR_AT_END.exec(m.text) : null;
    const next = year ? NEXT_YEAR_SHORT.exec(text.slice(m.end, m.end + 4)) : null;
    if (!year || !next || +next[1] !== (+year[1] + 1) % 100) continue;
    const first = +year[1];
    const quarter = QUARTER_VALUE.exec(m.value ?? '');
    if (quarter) {
      const side = sideOfMonth(+quarter[2] * 3);
      if (side !== undefined) m.value = `${pad(first + side, 4)}-Q${quarter[2]}`;
      continue;
    }
    if (!MONTH_VALUE.test(m.value ?? '')) continue;
    const before = k > 0 ? mentions[k - 1] : undefined;
    const joined = before && !/\d/.test(before.text) && RANGE_JOIN.test(text.slice(before.end, m.start)) && MONTH_VALUE.test(before.value ?? '');
    placeInSplitYear(first, m, joined ? before : undefined);
  }
}

/**
 * Gives month mention `m`, and `from` that opens a range with it, their calendar years in the split year starting in
 * `first`: a range that runs past December starts in the first and ends in the second; otherwise both take the side
 * every such year gives them, or keep their values where it depends on the year's start.
 */
function placeInSplitYear(first: number, m: DateMention, from: DateMention | undefined): void {
  const to = m.value!.slice(5), start = from?.value!.slice(5);
  const past = start !== undefined && +start > +to;
  const side = past ? 1 : sideOfMonth(+to);
  if (side === undefined || (start !== undefined && !past && sideOfMonth(+start) !== side)) return;
  m.value = `${pad(first + side, 4)}-${to}`;
  if (from) from.value = `${pad(past ? first : first + side, 4)}-${start}`;
}

/** After a range of months, the split year it is of: " (2020-21)", " period of the 2009/10 fiscal year", " of FY23". */
const SPLIT_YEAR_AFTER = /^\s*(?:\(|,?\s+(?:period\s+)?of\s+(?:the\s+)?(?:(?:fiscal|financial)\s+year\s+)?)(?:((?:19|20)\d\d)[-–/](\d{2})(?!\d)|FY\s?(\d{2})\b)/i;

/**
 * "during July-March (2020-21)", "in July-May of FY23": a range of months without their year, with the split year
 * they are of right after them, is in that fiscal year as `monthsOfSplitYears` reads a range written with it.
 */
export function rangesBeforeSplitYears(text: string, mentions: DateMention[]): void {
  for (let k = 1; k < mentions.length; k++) {
    const before = mentions[k - 1], m = mentions[k];
    if (/\d/.test(before.text) || /\d/.test(m.text) || !RANGE_JOIN.test(text.slice(before.end, m.start))) continue;
    if (!MONTH_VALUE.test(before.value ?? '') || !MONTH_VALUE.test(m.value ?? '')) continue;
    const split = SPLIT_YEAR_AFTER.exec(text.slice(m.end, m.end + 60));
    // (a short fiscal year, "FY23", is named by the year it ends in)
    const first = split?.[3] !== undefined ? 1999 + +split[3] : split ? +split[1] : NaN;
    if (split && (split[3] !== undefined || +split[2] === (first + 1) % 100)) placeInSplitYear(first, m, before);
  }
}

/** A fiscal year written short, valued as the year it ends in: "FY25", "FY 2025". */
const FISCAL_YEAR_SHORT = /^FY\s?(?:\d{2}|\d{4})$/;
/** Right before it: a quarter named by the month it ends in, "March quarter", "the December quarter of". */
const MONTH_QUARTER_BEFORE = /(?:\bthe\s+)?\b([A-Z][a-z]{2,8})\.?\s+quarter\s+(?:of\s+)?$/;

/**
 * "net profit for March quarter FY25": a quarter named by its last month with the fiscal year after it is that
 * quarter of the fiscal year, January to March in the year it ends in and October to December in the year before
 * (where every fiscal year across two calendar years agrees; June's and September's quarters depend on the year's
 * start and are left), read as one mention with the quarter.
 */
export function monthQuartersOfFiscalYears(text: string, mentions: DateMention[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (!FISCAL_YEAR_SHORT.test(m.text) || !/^\d{4}$/.test(m.value ?? '')) continue;
    const named = MONTH_QUARTER_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
    const month = named ? MONTHS.get(named[1].toLowerCase()) : undefined;
    if (!named || month === undefined || month % 3 !== 0) continue;
    const side = sideOfMonth(month);
    if (side === undefined) continue;
    const start = m.start - named[0].length;
    // (the quarter read on its own just before, "the March quarter" then "FY25", goes into the one mention)
    let first = k;
    while (first > 0 && mentions[first - 1].start >= start) first--;
    const value = `${pad(+m.value! - 1 + side, 4)}-Q${month / 3}`;
    mentions.splice(first, k - first + 1, { start, end: m.end, text: text.slice(start, m.end), type: 'DATE', value });
    k = first;
  }
}
