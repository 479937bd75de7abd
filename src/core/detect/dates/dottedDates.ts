// Dates in figures parted by dots with a year in two figures ("29.03.19", "3.19.19"). European and British pages write
// the day first, some US pages (a network's transcript, a council's blog) the month first, and the date alone does not
// say which; nor do the page's dates in words (an English page from Accra or Bonn writes "July 5, 2023" beside a stamp
// "05.07.2023"). The grammar reads them month first, as it reads slashes; the page's other dates settle the order here.
import type { DateMention } from '../spans';
import { formatDay } from './calendar';

/** A dotted date with a two-figure year, as the grammar reads it: "29.03.19", "3.19.19". */
const DOTTED_SHORT = /^(\d{1,2})\.(\d{1,2})\.(\d{2})$/;
/** Any date in figures: "14/03/2025", "3-19-19", "29.03.19". */
const FIGURES = /^(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{2}|\d{4})$/;
/** A day with its year written out: "November 5, 2017", "2017-11-05". */
const YEAR_WRITTEN = /\d{4}/;

/**
 * A dotted date with a two-figure year is read as the one of its two days that the page writes in full elsewhere
 * ("Meet the Press - November 5, 2017" … "11.05.17"); else day first where a date in figures on the page has a first
 * number no month could be ("29.03.19", "14/03/2025"), month first where one has a second number no month could be
 * ("3.19.19"). Where the page says neither, or both, the date is dropped unless it says its own order: no value beats
 * a wrong one.
 */
export function dottedDates(mentions: DateMention[]): void {
  if (!mentions.some(m => DOTTED_SHORT.test(m.text))) return;
  let dayFirst = false, monthFirst = false;
  const fullDays = new Set<string>();
  for (const m of mentions) {
    const figures = FIGURES.exec(m.text);
    if (!figures) {
      if (m.type === 'DATE' && YEAR_WRITTEN.test(m.text) && /^\d{4}-\d\d-\d\d$/.test(m.value ?? '')) fullDays.add(m.value!);
      continue;
    }
    if (+figures[1] > 12 && +figures[2] <= 12) dayFirst = true;
    if (+figures[2] > 12 && +figures[1] <= 12) monthFirst = true;
  }
  for (let k = mentions.length - 1; k >= 0; k--) {
    const dotted = DOTTED_SHORT.exec(mentions[k].text);
    if (!dotted) continue;
    const a = +dotted[1], b = +dotted[2];
    if (a > 12 || b > 12 || a === b) continue;
    const year = +mentions[k].value!.slice(0, 4);
    const asRead = formatDay({ year, month: a, day: b }), dayLed = formatDay({ year, month: b, day: a });
    const named = fullDays.has(asRead) !== fullDays.has(dayLed);
    if (named ? fullDays.has(dayLed) : dayFirst && !monthFirst) mentions[k].value = dayLed;
    else if (!named && dayFirst === monthFirst) mentions.splice(k, 1);
  }
}
