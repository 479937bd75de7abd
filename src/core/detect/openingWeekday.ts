// "A storm formed Monday (Oct. 9) morning …", "If you read this on Monday, April 1, the eclipse is a week away": on a page
// that states no date of its own, a day written in its opening with its weekday (its year perhaps too) tells the page's
// week and year (a story names its own days so), where the file's date, saved years later, tells neither. Without it
// the later "Tuesday" and "April 8" were read in the week and the year the file was saved.
import type { StatedDate } from './reference';
import { daysBetween, isValidDay, isoWeekday, parseDay } from './dates/calendar';
import { WEEKDAYS } from './dates/lexicon';
import { scanDates } from './dates/scan';
import { tenseAround } from './dates/tense';

/** A day of a month without its year, as the scan reads it. */
const YEARLESS_DAY = /^XXXX-\d{2}-\d{2}$/;
/** A full day with its year. */
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The first day in `text` from `from` to `limit` written with its weekday, no year ("Monday, April 1", "Monday (Oct. 9)").
 * Its year: the one of the nearest full date before it, or the next, where the day falls on its weekday there ("a
 * spacewalk on Jan. 13, 2017 … will begin Friday, March 24" is 2017's); else left for the caller (the latest such day).
 */
export function openingWeekdayDay(text: string, from: number, limit: number): StatedDate | undefined {
  const head = text.slice(from, limit);
  if (!/day\b/i.test(head)) return undefined;
  const mentions = scanDates(head, undefined);
  let year: number | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k], value = m.value ?? '';
    if (m.type !== 'DATE') continue;
    let weekday = WEEKDAYS.get(/^\p{L}+/u.exec(m.text)?.[0].toLowerCase() ?? ''), day = m;
    if (FULL_DAY.test(value)) {
      year = +value.slice(0, 4);
      // ("… near Osk, Sunday, Oct. 6, 2024. (Photo: …)", "“Monday 29 January 2024, the utility announces …”": a full
      // date written with its weekday, as a caption or a statement dates the day it shows, is the page's day too)
      // (not a span's days, "Monday 14 September 2026 – Friday 18 September 2026", nor a sentence's subject, "Tuesday,
      // March 4, 2008 was the coldest day")
      if (weekday !== undefined && isoWeekday(parseDay(value)!) === weekday && !/^\s*(?:[–—-]|\p{Ll})/u.test(head.slice(m.end))
        && !/[–—-]\s*$/.test(head.slice(Math.max(0, m.start - 8), m.start))
        // (nor a day announced ahead, "protests scheduled for Wednesday, June 12, 2024")
        && tenseAround(head, m.start, m.end, 2) !== 'future') {
        return { date: value, from: 'dateline', start: from + m.start, end: from + m.end, weekday, told: true };
      }
      continue;
    }
    // "Monday (Oct. 9)": the weekday alone, then its day in brackets
    if (/^XXXX-WXX-[1-7]$/.test(value) && k + 1 < mentions.length && /^\s*\(\s*$/.test(head.slice(m.end, mentions[k + 1].start))
      && /^\s*\)/.test(head.slice(mentions[k + 1].end))) {
      weekday = +value.slice(-1);
      day = mentions[k + 1];
    }
    if (weekday === undefined || !YEARLESS_DAY.test(day.value ?? '')) continue;
    // (not a schedule's line opening on its day, "Monday, May 29 – Memorial Day": a year's list, not the page's week)
    const lineStart = head.lastIndexOf('\n', m.start) + 1;
    if (/^[\s•*-]*$/.test(head.slice(lineStart, m.start)) && /^\s*[–—:-]/.test(head.slice(day.end))) continue;
    const month = +day.value!.slice(5, 7), dom = +day.value!.slice(8);
    const stated: StatedDate = { date: day.value!, from: 'dateline', start: from + m.start, end: from + day.end, weekday, told: true };
    const fits = (y: number) => isValidDay(y, month, dom) && isoWeekday({ year: y, month, day: dom }) === weekday;
    for (const y of year === undefined ? [] : [year, year + 1]) if (fits(y)) return { ...stated, date: `${y}${stated.date.slice(4)}` };
    // (else the year of the first full date after it, within a season of it: a post's own date closing it, "… on
    // Sunday, May 3. — Ann Hale (@annhale) April 30, 2020", but no birth date in an obituary, "born Feb. 5, 1937")
    const next = mentions.find((n, j) => j > k && n.type === 'DATE' && FULL_DAY.test(n.value ?? ''));
    const after = next && parseDay(next.value!)!;
    for (const y of after ? [after.year, after.year + 1] : []) {
      if (fits(y) && Math.abs(daysBetween({ year: y, month, day: dom }, after!)) <= 92) return { ...stated, date: `${y}${stated.date.slice(4)}` };
    }
    return stated;
  }
  return undefined;
}
