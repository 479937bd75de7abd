// "HOURS: Monday-Thursday 9am-7pm | Friday 9am-5pm", and under a heading "Museum Hours": "Open 10 AM to 4 PM
// Wednesday-Monday. Closed on Tuesday.": a place's opening hours, the weekdays of every week (a set, as "Mondays" is),
// no day of the week the page was written in, and the clock times beside them of no one day.
import type { DateMention } from '../spans';
import { WEEKDAY_WORD, weekdayOfStem } from './shapes';

/** A line of hours: "Hours:", "Office hours:", "HOURS" as its label (not "Hours after the vote …"), or "Open"/"Closed"
 *  opening it before a clock time or a weekday. */
const HOURS_LINE = /^[ \t*•·>-]*(?:(?:[A-Za-z]+[ \t]+){0,2}hours[ \t]*(?:[:|–-]|\(|$)|(?:open|closed)[ \t]+(?:\d|on\b|daily\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day))/i;
/** The line's own word "hours", or a heading over it that ends in it ("MUSEUM OPERATING Hours", "Hours of Operation"). */
const HOURS_WORD = /\bhours\b/i;
const HEADING_OF_HOURS = /\bhours(?:[ \t]+of[ \t]+(?:operation|business))?[ \t:]*$/i;

/** Re-reads the weekdays of an opening-hours line as weekdays of every week, and its clock times as of no day. */
export function openingHours(text: string, mentions: DateMention[]): void {
  let lineStart = -1, hours = false, hoursEnd = -1;
  // (the end of lineStart's line: a mention that starts within it is on it, with no search back to the line's start,
  // which over a long paragraph of several mentions read it again for each)
  let lineEnd = -1;
  for (let k = 0; k < mentions.length; k++) {
    const mention = mentions[k];
    const start = lineStart >= 0 && lineStart <= mention.start && mention.start <= lineEnd ? lineStart : text.lastIndexOf('\n', mention.start - 1) + 1;
    if (start !== lineStart) {
      const newline = text.indexOf('\n', start);
      lineEnd = newline < 0 ? text.length : newline;
      // (the next line of the list under the same heading: "Open 11 AM to 4 PM Saturday and Sunday." right below)
      const under = hours && /^\r?\n[ \t]*$/.test(text.slice(hoursEnd, start));
      lineStart = start;
      hours = hoursLine(text, start, mentions, k, under);
      if (hours) hoursEnd = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
    }
    if (!hours) continue;
    const day = WEEKDAY_WORD.exec(mention.text);
    if (day && day[0].length === mention.text.length) mentions[k] = { ...mention, type: 'SET', value: `XXXX-WXX-${weekdayOfStem(day[1])}` };
    else if (mention.type === 'TIME' && /\d/.test(mention.text) && /^\d{4}-\d\d-\d\dT\d/.test(mention.value ?? '')) mentions[k] = { ...mention, value: mention.value!.slice(10) };
  }
}

/** Whether the line from `start` is one of hours whose weekdays are each week's: it opens so, says "hours" or stands
 *  under a heading that does (or right below such a line), names a weekday and a clock time, and names no day of a month. */
function hoursLine(text: string, start: number, mentions: DateMention[], k: number, under: boolean): boolean {
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  const line = text.slice(start, end);
  if (!HOURS_LINE.test(line)) return false;
  if (!HOURS_WORD.test(line) && !under) {
    // the heading: the last line before it that holds anything
    const above = text.slice(Math.max(0, start - 120), start).trimEnd();
    if (!HEADING_OF_HOURS.test(above.slice(above.lastIndexOf('\n') + 1))) return false;
  }
  let weekday = false, clock = false;
  for (let j = k; j < mentions.length && mentions[j].start < end; j++) {
    const m = mentions[j];
    const day = WEEKDAY_WORD.exec(m.text);
    if (day && day[0].length === m.text.length) weekday = true;
    // (a clock time read with its weekday: "4:00 PM Sunday")
    else if (m.type === 'TIME' && /\d/.test(m.text)) { clock = true; weekday ||= day !== null; }
    else if (m.type === 'DATE' && /^\d{4}-\d\d-\d\d/.test(m.value ?? '')) return false;
  }
  return weekday && clock;
}
