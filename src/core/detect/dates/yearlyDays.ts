// "Interest is paid annually on December 31", "applications open March 1 of each year", "between January 1 and
// December 31 each year": a day of the month said to come round every year is every year's (a set, as "every Monday"
// is), not the one day of this year or next the month and day alone would be read as.
import type { DateMention } from '../spans';

/** Right before the day: "annually on", "every year on (the)". */
const EVERY_YEAR_BEFORE = /\b(?:annually|yearly|(?:every|each)\s+year)\s+on\s+(?:the\s+)?$/i;
/** Right after it: "of each year", "every year" (not "every year since"). */
const EVERY_YEAR_AFTER = /^,?\s+(?:of\s+)?(?:each|every)\s+year\b(?!\s+(?:since|until|before|after))/i;
/** Between two days of a span that comes round every year: "between January 1 and", "from April 6 to". */
const SPAN_BETWEEN = /^\s*(?:and|to|through|until|[-–])\s*$/i;

/** Re-reads a month and day (written without its year) that the words beside it say recurs every year as a set. */
export function daysOfEveryYear(text: string, mentions: DateMention[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    // (cheap first: "year" or "annually" just after or before it)
    const after = text.slice(m.end, m.end + 20), before = text.slice(Math.max(0, m.start - 30), m.start);
    if (!after.includes('year') && !/year|annual/i.test(before)) continue;
    if (!yearless(m)) continue;
    if (EVERY_YEAR_BEFORE.test(before)) setOf(mentions, k);
    else if (EVERY_YEAR_AFTER.test(after)) {
      setOf(mentions, k);
      // ("between January 1 and December 31 each year": the span's first day too)
      const first = k > 0 ? mentions[k - 1] : undefined;
      if (first && yearless(first) && SPAN_BETWEEN.test(text.slice(first.end, m.start))) setOf(mentions, k - 1);
    }
  }
}

/** A month and day without its year, as "March 1" or "1st March" (its value one year's day). */
function yearless(m: DateMention): boolean {
  return m.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(m.value ?? '') && /^\D*\d{1,2}(?:st|nd|rd|th)?\D*$/.test(m.text) && /\p{L}{3}/u.test(m.text);
}

function setOf(mentions: DateMention[], k: number): void {
  mentions[k] = { ...mentions[k], type: 'SET', value: 'XXXX' + mentions[k].value!.slice(4) };
}
