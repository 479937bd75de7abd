// "about 11:00 last night", "at 7.30 this evening", "at 3 this afternoon": a clock time written without a.m. or p.m.
// next to the part of the day it falls in is that part's hour (23:00, 19:30, 15:00), not the morning's. Only the hours
// the part holds after noon move; "2:00 last night" (the small hours) is left as written.
import type { DateMention } from '../spans';
import { pad } from './calendar';

/** a.m. or p.m. written in the time, or a word hour ("noon", "midnight"). */
const HALF_WRITTEN = /[ap]\.?\s?m\b|noon|midnight/i;
/** The 12-hour clock's hours each part of the day plainly holds, and what to add to them for the 24-hour clock. */
const HOURS: Record<string, [number, number, number]> = { MO: [5, 11, 0], AF: [1, 6, 12], EV: [4, 11, 12], NI: [6, 11, 12] };

/** The value of `time`, a dayless clock time on the day of `part` ("last night", "Monday evening"), in that part. */
export function clockInPartOfDay(time: DateMention, part: DateMention): string | undefined {
  const p = /T(AF|EV|NI)$/.exec(part.value ?? '');
  const clock = /T(\d{2}):(\d{2})$/.exec(time.value ?? '');
  if (!p || !clock || HALF_WRITTEN.test(time.text) || !/\d/.test(time.text)) return undefined;
  const hour = +clock[1];
  const [low, high, add] = HOURS[p[1]];
  if (hour < low || hour > high) return undefined;
  return `${time.value!.slice(0, -5)}${hour + add}:${clock[2]}`;
}

// "Police were called at 9 last night", "the vote opened at 10 this morning": a bare hour after "at", right before the
// part of the day it falls in, is a clock time, that part's hour on that part's day (21:00 the day before, 10:00 today).
// Alone, "at 9" may be a figure ("closed at 9"), so the grammar reads no bare hour; the part of the day beside it says
// it is the clock's. Only the hours a part plainly holds are read (the small hours of "at 2 last night" are left).

/** "at 9 ", "at about 10 " right before the part of the day; the approximation is the time's, as in "about 11:00". */
const AT_BARE_HOUR = /\bat\s+((?:about|around|roughly|approximately|nearly|just\s+after|just\s+before)\s+)?(\d{1,2})\s+$/i;
/** A figure's verb before "at": "the index closed at 9 this morning" is a level, not a time. */
const LEVEL_AT = /\b(?:closed|stood|traded|finished|ended|peaked|rose|fell|climbed|dropped|remained|was|were|is|are|priced|valued)\s+at\s+(?:(?:about|around|roughly|approximately|nearly|just\s+after|just\s+before)\s+)?\d{1,2}\s+$/i;

/** Adds the bare hour before each part of a day with its day ("last night", "this morning") as a time of that part. */
export function bareHoursInPartOfDay(text: string, mentions: DateMention[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const part = mentions[k];
    const p = /^(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI)$/.exec(part.value ?? '');
    // (cheap test first: a figure just before the part of the day)
    if (!p || !/\d\s+$/.test(text.slice(Math.max(0, part.start - 3), part.start))) continue;
    const before = text.slice(Math.max(0, part.start - 40), part.start);
    const at = AT_BARE_HOUR.exec(before);
    if (!at || LEVEL_AT.test(before)) continue;
    const [low, high, add] = HOURS[p[2]];
    const hour = +at[2];
    if (hour < low || hour > high) continue;
    const start = part.start - before.length + at.index + /^at\s+/i.exec(at[0])![0].length;
    const end = start + (at[1] ?? '').length + at[2].length;
    if (k > 0 && mentions[k - 1].end > start) continue;
    mentions.splice(k, 0, { start, end, text: text.slice(start, end), type: 'TIME', value: `${p[1]}T${pad(hour + add)}:00` });
    k++;
  }
}
