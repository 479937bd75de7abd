// "the Children's Christmas Party", "Operation Christmas Child", "A Christmas Story", "the Spring Hanukkah Concert":
// a holiday's one-word name written with its capital before another capitalised word is a word of an event's, a
// show's or a campaign's name, no day (the event is often dated elsewhere in its entry, "Christmas Fair: Saturday,
// Dec. 7"). A word of the day itself after it keeps the holiday ("Thanksgiving Day", "Easter Weekend", "Christmas
// Morning"), and so does a headline written in title case, where every word has its capital ("Heavy Thanksgiving
// Traffic Expected", "Thanksgiving Amid the Storm"): only a line with a word of its own in lower case is prose or a
// listing's entry.

/** The one-word holidays written so (the others, "Christmas Eve", "Boxing Day", name a day by their last word). */
const ONE_WORD_HOLIDAY = /^(?:Christmas|Easter|Halloween|Thanksgiving|Hanukkah|Passover|Diwali|Ramadan|Juneteenth|Pentecost)$/;

/** The capitalised word after it: not a word of the day or the time around it, nor a weekday or a month. */
const NAME_WORD_AFTER = /^[ \t]+(?!(?:Day|Days|Eve|Night|Nights|Morning|Mornings|Evening|Afternoon|Weekend|Week|Holidays?|Season|Break|Vacation|Recess|Time|Period|Term|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]/;

/** Lower-case words a title keeps in lower case (as in notDates' MINOR_WORD): they show no prose. */
const TITLE_MINOR = /^(?:a|an|and|as|at|but|by|for|from|in|into|nor|of|off|on|onto|or|over|per|the|than|to|up|via|vs|with)$/;

/** Whether the holiday `written` at `start`..`end` opens or stands inside a name: "Christmas Fair", "Operation Christmas Child". */
export function holidayInAName(text: string, start: number, end: number, written: string): boolean {
  if (!ONE_WORD_HOLIDAY.test(written) || !NAME_WORD_AFTER.test(text.slice(end, end + 24))) return false;
  // the line around it (a listing's entry or a sentence), as far as 200 characters either side
  const from = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - 200);
  let to = text.indexOf('\n', end);
  if (to < 0 || to > end + 200) to = Math.min(text.length, end + 200);
  const line = text.slice(from, start) + ' ' + text.slice(end, to);
  for (const m of line.matchAll(/(?<![A-Za-z'’-])[a-z][a-z'’.]*/g)) if (!TITLE_MINOR.test(m[0])) return true;
  return false;
}
