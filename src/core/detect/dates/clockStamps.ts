/** A day and its clock time written side by side as a page's stamp ("July 27, 2023 01:44 pm") are one time of that day. */
import type { DateMention } from '../spans';

// A page's stamp writes its day and its clock time together, with at most a comma or a bar between ("20.07.24, 06:24
// PM", "Tuesday, 21 August, 2018 14:22 IST"), or the time first ("8:20 AM. EDT May 24, 2017"); TIMEX3 reads them as one
// time. Only a day written with its date joins: a weekday and its clock ("Friday 2245 UTC", "4 p.m. this Saturday")
// are read apart, as the Wikinews reading holds them, and so are a day and a clock joined by a word ("on May 3 at 9
// a.m.") and a clock that opens a range ("June 3, 10 a.m. to 2 p.m.", a listing's hours).

/** The value of a day written with its date, with or without its year. */
const WRITTEN_DAY = /^(?:\d{4}|XXXX)-\d{2}-\d{2}$/;
/** The clock of a time's value. */
const CLOCK_VALUE = /T(\d{2}:\d{2}(?::\d{2})?)$/;
/** Between a day and the clock time after it: a space or two, a comma, or a bar, on one line. */
// (or a slash, as a wire's page prints its stamp: "April 9, 2019 / 10:05 AM")
const DAY_THEN_CLOCK = /^(?:,? {1,2}| [|/] )$/;
/** Between a clock time and the day after it: a space, after a stop or before a time zone ("8:20 AM. EDT May 24"). */
// (or a comma, "5:00 p.m., 27 May 2024", or a zone spelled out, "14:01 British Summer Time 14 October 2020")
const CLOCK_THEN_DAY = /^[.,]? (?:[A-Z]{2,4} |(?:[A-Z][a-z]+ ){2}Time )?$/;
/** A 24-hour clock the scan leaves alone, right after its day ("January 07, 2012 00:00:00", "4 Aug 2018, 19:06"). */
const BARE_CLOCK = /^([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:.])/;
/** A clock that opens a range or a list: "10 a.m. to 2 p.m.", "9 a.m.-5 p.m.", "10 a.m. and 4 p.m.". */
// (not a dash before the story's first words: "November 19, 2014, 7:55 AM - Highway 400 had to be closed")
const OPENS_A_RANGE = /^\s*(?:(?:to|until|till|through|and|or)(?:\s|\d)|[-–—]\s*(?:\d|noon|midnight))/i;

/** Joins each day written with its date to the clock time written beside it, in place. */
export function stampsWithTheirClock(text: string, mentions: DateMention[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const day = mentions[k];
    if (!WRITTEN_DAY.test(day.value ?? '') || !/\d/.test(day.text)) continue;
    const next = mentions[k + 1], prev = mentions[k - 1];
    if (next && isClock(next) && DAY_THEN_CLOCK.test(text.slice(day.end, next.start)) && !OPENS_A_RANGE.test(text.slice(next.end, next.end + 4))) {
      mentions.splice(k, 2, joined(text, day, day.start, next.end, CLOCK_VALUE.exec(next.value!)![1]));
    } else if (prev && isClock(prev) && CLOCK_THEN_DAY.test(text.slice(prev.end, day.start))) {
      mentions.splice(k - 1, 2, joined(text, day, prev.start, day.end, CLOCK_VALUE.exec(prev.value!)![1]));
      k--;
    } else {
      // ("02/02/2005 - 12:39:34": or a dash between spaces)
      const gap = /^(?: - |,? )/.exec(text.slice(day.end, day.end + 3));
      const bare = gap && BARE_CLOCK.exec(text.slice(day.end + gap[0].length, day.end + gap[0].length + 10));
      if (!bare || (next && next.start < day.end + gap![0].length + bare[0].length)) continue;
      mentions[k] = joined(text, day, day.start, day.end + gap![0].length + bare[0].length, bare[0]);
    }
  }
}

/** A time of the clock, written with its figures ("06:24 PM", "14:22 IST"), not a part of the day. */
function isClock(m: DateMention): boolean {
  return m.type === 'TIME' && CLOCK_VALUE.test(m.value ?? '') && /\d/.test(m.text);
}

/** The stamp from `start` to `end`: a time of `day`'s date at `clock`. */
function joined(text: string, day: DateMention, start: number, end: number, clock: string): DateMention {
  return { start, end, text: text.slice(start, end), type: 'TIME', value: `${day.value}T${clock}` };
}
