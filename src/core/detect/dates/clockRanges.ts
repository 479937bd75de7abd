// The hours of a listing: "2 to 7 p.m.", "10 to 11:30 a.m. Wednesday, Dec. 11", "5:30-8:30 p.m. Fri.", "at 4:00 &
// 5:00 p.m.". A range's start or a list's earlier hour often leaves its a.m. or p.m. and its day to the hour that
// closes it: a bare start ("2 to") is still a time, on the close's day and in its half of the day unless that would
// put it after the close ("11 to 1 p.m." opens at 11 a.m.); a start read alone on the page's day is on the close's
// day ("from 5:30 to 7:30 p.m. Thursday, Dec. 13"; one later in the day than the close is on the day before:
// "from 9 p.m. to 5 a.m. Saturday"); an hour listed before one with its p.m. is in the afternoon too ("6:00, 7:00 &
// 8:00 p.m.").
import type { DateMention } from '../spans';
import { addDays, formatDay, parseDay } from './calendar';

/** An hour with its half of the day and nothing more: "7 p.m.", "10:45 a.m.", "8pm", "8.30pm". */
const HOUR_WITH_HALF = /^(\d{1,2})(?:[:.](\d\d))?\s*([ap])\.?\s?m\b\.?/i;
/** A start read alone: an hour, perhaps with its half of the day, "noon" or "midnight", and no day. */
const BARE_START = /^(?:\d{1,2}(?:[:.]\d\d)?(?:\s*[ap]\.?\s?m\b\.?)?|noon|midnight)$/i;
/** An hour without its half of the day. */
const HALFLESS = /^\d{1,2}[:.]\d\d$/;
/** Between a range's start and its close, as a listing writes it (not "until": "shut from 10pm until 6am on Monday"
 *  may run from tonight). */
const RANGE_JOIN = /^\s*(?:to|-|–|—)\s*$/i;
/** Between hours of a list. */
const LIST_JOIN = /^\s*(?:,|&|and|or|,\s*(?:&|and|or))\s*$/i;
/** A bare number opening a range just before the hour that closes it: "2 to ", "10:15-", "9—" (not a figure's end,
 *  a price's or a date's: "$5-", "2019-", "1.5 to"). */
const BARE_HOUR_BEFORE = /(?:^|[^\d:.,$£€/\-–—\p{L}])(\d{1,2})(?:[:.](\d\d))?\s*(?:to|-|–|—)\s*$/u;

const pad = (n: number): string => String(n).padStart(2, '0');

/** The day part of a value ("2025-03-04" of "2025-03-04T19:00"), or '' for a time on no one day ("T19:00"). */
const dayOf = (value: string): string => /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0] ?? '';

/** `day` minus one day, or `day` itself when it is no day. */
function dayBefore(day: string): string {
  const d = parseDay(day);
  return d ? formatDay(addDays(d, -1)) : day;
}

/** The minutes into the day of a value's clock ("…T19:30" → 1170), or undefined. */
function minutesOf(value: string | undefined): number | undefined {
  const m = /T(\d\d):(\d\d)$/.exec(value ?? '');
  return m ? +m[1] * 60 + +m[2] : undefined;
}

/** Adds the bare starts of ranges of hours and gives the starts and listed hours their close's day and half. */
export function hoursOfListings(text: string, mentions: DateMention[]): void {
  const added: DateMention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const close = mentions[k];
    if (close.type !== 'TIME') continue;
    const end = minutesOf(close.value);
    if (end === undefined) continue;
    const prev = mentions[k - 1];
    // a start read alone: on the close's day (the day before when later in the day than the close)
    // (not the day of a close that runs on to the next line: "9 a.m. to 4 p.m.⏎Sunday, April 12" is a new line's date)
    const runsOn = text.slice(close.start, close.end).includes('\n');
    if (prev && prev.type === 'TIME' && BARE_START.test(prev.text) && RANGE_JOIN.test(text.slice(prev.end, close.start))) {
      if (runsOn) continue;
      const start = minutesOf(prev.value);
      const day = dayOf(close.value!);
      if (start !== undefined && day) prev.value = `${start > end ? dayBefore(day) : day}T${prev.value!.slice(-5)}`;
      continue;
    }
    const half = HOUR_WITH_HALF.exec(close.text);
    if (!half) continue;
    // "4:00 & 5:00 p.m.", "6:00, 7:00 & 8:00 p.m.": the hours listed before take its half of the day and its day
    for (let j = k - 1; j >= 0; j--) {
      const hour = mentions[j];
      if (hour.type !== 'TIME' || !HALFLESS.test(hour.text) || !LIST_JOIN.test(text.slice(hour.end, mentions[j + 1].start))) break;
      const h = +hour.text.split(/[:.]/)[0];
      if (h < 1 || h > 12) break;
      hour.value = `${runsOn ? dayOf(hour.value ?? '') : dayOf(close.value!)}T${pad((h % 12) + (half[3].toLowerCase() === 'p' ? 12 : 0))}:${hour.text.slice(-2)}`;
    }
    // "2 to 7 p.m.": the bare start missed
    const before = BARE_HOUR_BEFORE.exec(text.slice(Math.max(0, close.start - 14), close.start));
    if (!before) continue;
    const h = +before[1], min = before[2] === undefined ? 0 : +before[2];
    if (h < 1 || h > 12 || min > 59) continue;
    const startAt = close.start - before[0].length + before[0].indexOf(before[1]);
    if (prev && prev.end > startAt) continue;
    let start = (h % 12) * 60 + min + (half[3].toLowerCase() === 'p' ? 12 * 60 : 0);
    if (start > end) start -= 12 * 60;
    if (start < 0) continue;
    const startText = before[2] === undefined ? before[1] : text.slice(startAt, startAt + before[1].length + 3);
    added.push({
      start: startAt, end: startAt + startText.length, text: startText, type: 'TIME',
      value: `${runsOn ? '' : dayOf(close.value!)}T${pad(Math.floor(start / 60))}:${pad(start % 60)}`,
    });
  }
  if (added.length === 0) return;
  mentions.push(...added);
  mentions.sort((a, b) => a.start - b.start);
}
