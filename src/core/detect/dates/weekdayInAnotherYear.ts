/** A weekday said to be in a year other than its day's: "a property for rent Friday in 2015" is no day of this week. */
import type { DateMention } from '../spans';

/** A weekday alone, Monday (1) to Sunday (7). */
const WEEKDAY = /^(?:(Mon)|(Tues)|(Wednes)|(Thurs)|(Fri)|(Satur)|(Sun))day$/i;

/**
 * "Sign stands outside a property for rent Friday in 2015": a weekday followed by "in" and a year is a day of that
 * year, not of the page's week, and the year gives no week to find it in; so it is that weekday of a week unknown
 * (not where the weekday's day already lies in the year named: "on Friday in 2026").
 */
export function weekdaysInAnotherYear(text: string, mentions: DateMention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const m = mentions[k], year = mentions[k + 1];
    if (year.text !== year.value || !/^\d{4}$/.test(year.text) || !/^\s+in\s+$/.test(text.slice(m.end, year.start))) continue;
    const weekday = WEEKDAY.exec(m.text);
    if (!weekday || !/^\d{4}-\d{2}-\d{2}$/.test(m.value ?? '') || m.value!.startsWith(year.text)) continue;
    m.value = `XXXX-WXX-${weekday.slice(1).findIndex(Boolean) + 1}`;
  }
}
