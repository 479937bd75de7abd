/** "The last weekend before Christmas": the weekend before the day named after it. */
import type { DateMention } from '../spans';
import { addDays, formatWeek, isoWeekday, parseDay } from './calendar';

/**
 * "Shoppers crowded the malls on the last weekend before Christmas": "last" there is the final weekend ahead of the
 * day named next, not the weekend before the article's day; its Sunday is the last one before that day. Called only
 * where the text holds "last weekend before".
 */
export function lastWeekendBefore(text: string, mentions: DateMention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const m = mentions[k], day = parseDay(mentions[k + 1].value?.slice(0, 10) ?? '');
    if (day && /^the last weekend$/i.test(m.text) && /^\s+before\s+$/.test(text.slice(m.end, mentions[k + 1].start))) {
      m.value = formatWeek(addDays(day, -(isoWeekday(day) % 7 || 7))) + '-WE';
    }
  }
}
