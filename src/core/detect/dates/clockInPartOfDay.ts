// "about 11:00 last night", "at 7.30 this evening", "at 3 this afternoon": a clock time written without a.m. or p.m.
// next to the part of the day it falls in is that part's hour (23:00, 19:30, 15:00), not the morning's. Only the hours
// the part holds after noon move; "2:00 last night" (the small hours) is left as written.
import type { DateMention } from '../spans';

/** a.m. or p.m. written in the time, or a word hour ("noon", "midnight"). */
const HALF_WRITTEN = /[ap]\.?\s?m\b|noon|midnight/i;
/** The hours (of a 12-hour clock) each part holds after noon. */
const AFTER_NOON: Record<string, [number, number]> = { AF: [1, 6], EV: [4, 11], NI: [6, 11] };

/** The value of `time`, a dayless clock time on the day of `part` ("last night", "Monday evening"), in that part. */
export function clockInPartOfDay(time: DateMention, part: DateMention): string | undefined {
  const p = /T(AF|EV|NI)$/.exec(part.value ?? '');
  const clock = /T(\d{2}):(\d{2})$/.exec(time.value ?? '');
  if (!p || !clock || HALF_WRITTEN.test(time.text) || !/\d/.test(time.text)) return undefined;
  const hour = +clock[1];
  const [low, high] = AFTER_NOON[p[1]];
  if (hour < low || hour > high) return undefined;
  return `${time.value!.slice(0, -5)}${hour + 12}:${clock[2]}`;
}
