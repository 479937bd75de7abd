// Values of time expressions (TimeML / ISO 8601), resolved against the reference day where one is known.
import {
  addDays, addMonths, type Day, formatDay, formatMonth, formatQuarter, formatWeek, formatYear, isValidDay, isoWeekday, pad,
} from './calendar';
import type { Unit } from './lexicon';
import { wordList } from '../../text/wordList';

/** A calendar day, XXXX for an unknown year; a day the month lacks ("February 29, 2027") keeps only its month. */
export function ymd(year: number | undefined, month: number, day: number): string {
  // "June 31" is in no year: only its month is known
  if (year === undefined) return isValidDay(2024, month, day) ? `XXXX-${pad(month)}-${pad(day)}` : `XXXX-${pad(month)}`;
  return isValidDay(year, month, day) ? formatDay({ year, month, day }) : formatMonth(year, month);
}
/**
 * A day named without its year ("July 3") in the year nearest the reference; "February 29" in the nearest year
 * that has one, so the value is never a day the calendar lacks.
 */
export function nearestDay(ref: Day | undefined, month: number, day: number): string {
  const year = nearestYear(ref, month);
  // "February 30", "31 April": a day no month has is never shown as a day; only its month is known
  if (!isValidDay(2024, month, day)) return year === undefined ? `XXXX-${pad(month)}` : formatMonth(year, month);
  if (year === undefined) return `XXXX-${pad(month)}-${pad(day)}`;
  for (let k = 0; k < 8; k++) {
    for (const candidate of k === 0 ? [year] : [year - k, year + k]) {
      if (isValidDay(candidate, month, day)) return formatDay({ year: candidate, month, day });
    }
  }
  return `XXXX-${pad(month)}-${pad(day)}`;
}
/** The day n days from the reference. */
export function shiftDays(ref: Day | undefined, n: number): string | undefined {
  return ref ? formatDay(addDays(ref, n)) : undefined;
}
/** The value of "<shift> <unit>": last week, next month, this year, two years ago. */
export function relativeValue(ref: Day | undefined, unit: Unit, shift: number | undefined): string | undefined {
  if (!ref || shift === undefined || !Number.isFinite(shift)) return undefined;
  switch (unit.name) {
    // ("two and a half years ago": the month so many months back, no year with a fraction)
    case 'year': if (!Number.isInteger(shift)) { const m = addMonths(ref.year, ref.month, Math.round(12 * shift)); return formatMonth(m.year, m.month); }
      return formatYear(ref.year + shift);
    case 'decade': return String(Math.floor((ref.year + 10 * shift) / 10)).padStart(3, '0');
    case 'century': return String(Math.floor((ref.year + 100 * shift) / 100)).padStart(2, '0');
    case 'month': { const m = addMonths(ref.year, ref.month, shift); return formatMonth(m.year, m.month); }
    case 'quarter': {
      const m = addMonths(ref.year, ref.month, 3 * shift);
      return formatQuarter(m.year, Math.floor((m.month - 1) / 3) + 1);
    }
    case 'half': return `${formatYear(ref.year)}-H${ref.month <= 6 ? 1 : 2}`;
    case 'week': return formatWeek(addDays(ref, 7 * shift));
    case 'weekend': return formatWeek(addDays(ref, 7 * shift)) + '-WE';
    case 'day': return formatDay(addDays(ref, shift));
    default: return undefined;
  }
}
/** A weekday: "last" (shift < 0) and "next" (shift > 0) skip today; a bare weekday is the most recent one. */
export function weekdayValue(ref: Day | undefined, weekday: number, shift: number): string | undefined {
  if (!ref) return `XXXX-WXX-${weekday}`;
  const today = isoWeekday(ref);
  let delta: number;
  if (shift < 0) delta = -(((today - weekday + 7) % 7) || 7);
  else if (shift > 0) delta = ((weekday - today + 7) % 7) || 7;
  else delta = -((today - weekday + 7) % 7); // news mostly reports the past: the most recent such day
  return formatDay(addDays(ref, delta));
}
/** "last May", "next March", "this September". */
export function monthValue(ref: Day | undefined, month: number, shift: number): string {
  if (!ref) return `XXXX-${pad(month)}`;
  let year = ref.year;
  if (shift < 0) year = month < ref.month ? year : year - 1;
  else if (shift > 0) year = month > ref.month ? year : year + 1;
  return formatMonth(year, month);
}
/** A month named without a year is the one nearest the reference date ("in October", written in January, is last October). */
export function nearestYear(ref: Day | undefined, month: number): number | undefined {
  if (!ref) return undefined;
  const diff = month - ref.month;
  return diff > 6 ? ref.year - 1 : diff < -6 ? ref.year + 1 : ref.year;
}
/** ISO 8601 duration of n units; X when the count is vague ("several years" → PXY). */
export function durationValue(n: number | undefined, unit: Unit): string {
  const amount = n === undefined ? 'X' : String(Math.round(n * unit.times * 1000) / 1000);
  const mixed = n === undefined ? undefined : mixedUnits(n * unit.times, unit.iso);
  if (mixed) return mixed;
  if (unit.iso === 'H' || unit.iso === 'S') return `PT${amount}${unit.iso}`;
  if (unit.iso === 'MIN') return `PT${amount}M`;
  return `P${amount}${unit.iso}`;
}

const DURATION_PARTS = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const PART_LETTERS = wordList('Y M D H M S');
/** How many of the next smaller unit make one: months in a year, days in a month, hours, minutes, seconds. */
const NEXT_UNIT_PER = [12, 31, 24, 60, 60];

/**
 * "four years and eight months", "1 minute 12 seconds": two whole durations, the second in smaller units, as one
 * (P4Y8M, PT1M12S); undefined where they do not join so (weeks, fractions, a smaller unit first).
 */
export function joinedDuration(larger: string, smaller: string): string | undefined {
  const a = DURATION_PARTS.exec(larger), b = DURATION_PARTS.exec(smaller);
  if (!a || !b) return undefined;
  const lastOfA = a.slice(1).reduce((last, part, k) => (part === undefined ? last : k), -1);
  const firstOfB = b.slice(1).findIndex(part => part !== undefined);
  // the next smaller unit only, fewer than make one of the larger ("18 months and 200 hours" are two things)
  if (lastOfA < 0 || firstOfB !== lastOfA + 1 || +b[firstOfB + 1] >= NEXT_UNIT_PER[lastOfA]) return undefined;
  const parts = a.slice(1).map((part, k) => part ?? b[k + 1]);
  const date = parts.slice(0, 3).map((p, k) => (p === undefined ? '' : p + PART_LETTERS[k])).join('');
  const time = parts.slice(3).map((p, k) => (p === undefined ? '' : p + PART_LETTERS[k + 3])).join('');
  return `P${date}${time ? 'T' + time : ''}`;
}

/** The next smaller unit and how many of it make one: "2 1/2 years" is P2Y6M, "a minute and a half" PT1M30S. */
const SMALLER: Partial<Record<Unit['iso'], { times: number; value: (whole: number, part: number) => string }>> = {
  Y: { times: 12, value: (whole, part) => `P${whole}Y${part}M` },
  D: { times: 24, value: (whole, part) => `P${whole}DT${part}H` },
  H: { times: 60, value: (whole, part) => `PT${whole}H${part}M` },
  MIN: { times: 60, value: (whole, part) => `PT${whole}M${part}S` },
};

/** A fractional amount written with whole units and the smaller unit, where the fraction comes out even. */
function mixedUnits(amount: number, iso: Unit['iso']): string | undefined {
  const whole = Math.floor(amount);
  const smaller = SMALLER[iso];
  if (whole === amount || whole < 1 || !smaller) return undefined;
  const part = Math.round((amount - whole) * smaller.times * 1000) / 1000;
  return Number.isInteger(part) ? smaller.value(whole, part) : undefined;
}

/** The same time a year earlier, its year less one and the rest kept: "2026-W29" → "2025-W29", "2026-Q3" → "2025-Q3". */
export function yearEarlier(value: string): string {
  return formatYear(+value.slice(0, 4) - 1) + value.slice(4);
}
