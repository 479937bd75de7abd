// "Wednesday, October 14 saw prices open below Tuesday's close. Following Monday's jump …": a page that opens a
// paragraph on a day written with its weekday and its date tells of that day's week; a weekday alone later in the same
// paragraph is the day of that name near it, not a day of the article's own week: within three days either side, leaning
// a day back where its sentence is in the past ("forced them to call off Monday's launch", after "Friday, September 3")
// and a day on where it looks ahead. A picture's caption, closed by its credit, does the same from its day with its year.
import type { DateMention } from '../spans';
import { addDays, daysBetween, formatDay, isoWeekday, parseDay } from './calendar';
import { DAY_THEN_BLANK, weekdayOfStem } from './shapes';
import { sentenceTense } from './tense';

/** A day written with its weekday first and a month's date: "Wednesday, October 14th", "Tuesday, 3 March 2015". */
const WEEKDAY_AND_DATE = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?\p{L}{3,}\.?\s+\d/iu;
/** A weekday alone, perhaps with a part of it ("Tuesday", "Tuesday's", "Monday evening"). */
const WEEKDAY_ALONE = /^(mon|tues|wednes|thurs|fri|satur|sun)day(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?$/i;
/** How many days either side of the day named a weekday alone may lie (a week in all). */
const NEAR = 3;

/** A day written with its year last: "December 30, 2003", "5 March 2010". */
const YEAR_LAST = /\b(?:1[89]|20)\d\d$/;
/**
 * A picture's credit in brackets ending a paragraph: one naming a photo or holding a slash ("(AP Photo/Ana Ruiz)",
 * "[Ana Ruiz/Agency]") or a single name in square brackets ("[Agency]"; "(Tuesday)" is a day's). A caption tells of
 * the day its picture was taken, and a weekday in it ("died on Tuesday") is near that day, not in the week of the page
 * saved long after.
 */
const CAPTION_CREDIT_END = /(?:[([][^()[\]\n]{0,60}(?:[Pp]hoto|PHOTO|\/)[^()[\]\n]{0,60}[)\]]|\[\p{Lu}[\p{L}-]+\])[ \t|]*$/u;

function captionParagraph(text: string, at: number): boolean {
  const lineEnd = text.indexOf('\n', at);
  const end = lineEnd < 0 ? text.length : lineEnd;
  return CAPTION_CREDIT_END.test(text.slice(Math.max(at, end - 140), end).trimEnd());
}

export function weekdaysNearTheDayNamed(text: string, mentions: DateMention[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const named = mentions[k];
    const own = /^\d{4}-\d{2}-\d{2}$/.exec(named.value ?? '');
    const weekdayFirst = own !== null && DAY_THEN_BLANK.test(named.text) && WEEKDAY_AND_DATE.test(named.text);
    // (a caption tells in the present of a day gone: "A deputy takes pictures …, March 5, 2010.")
    const caption = own !== null && !weekdayFirst && YEAR_LAST.test(named.text) && captionParagraph(text, named.end);
    const day = weekdayFirst || caption ? parseDay(own![0]) : undefined;
    // (a day ahead named in passing does not move the story's week: "will meet on Monday, June 29, and the mayor
    // attends a summit on Friday" may well be this Friday)
    if (!day || (!caption && sentenceTense(text, named.start, named.end) === 'future')) continue;
    const paragraphEnd = text.indexOf('\n', named.end);
    const end = paragraphEnd < 0 ? text.length : paragraphEnd;
    for (let j = k + 1; j < mentions.length && mentions[j].start < end; j++) {
      const m = mentions[j];
      // (another day with its date opens its own stretch of the story)
      if (/^\d{4}-\d{2}-\d{2}$/.test(m.value ?? '') && /\d/.test(m.text)) break;
      const name = WEEKDAY_ALONE.exec(m.text);
      const current = parseDay((m.value ?? '').slice(0, 10));
      // (a weekday already near the day named was placed by a rule before, from its own evidence)
      if (!name || !current || Math.abs(daysBetween(current, day)) <= NEAR + 1) continue;
      const wanted = weekdayOfStem(name[1]);
      const tense = sentenceTense(text, m.start, m.end);
      const lean = tense === 'past' ? -1 : tense === 'future' ? 1 : 0;
      for (let d = -NEAR + lean; d <= NEAR + lean; d++) {
        const candidate = addDays(day, d);
        if (isoWeekday(candidate) === wanted) { m.value = formatDay(candidate) + m.value!.slice(10); break; }
      }
    }
  }
}
