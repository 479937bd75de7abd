// Calendar arithmetic for resolving relative expressions, on plain {year, month, day} values (UTC, no time zones:
// a reference date is a calendar day, not an instant).

export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Parses YYYY-MM-DD (a trailing ISO time is ignored); undefined for anything else, so relative values stay unresolved. */
export function parseDay(iso: string): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]*Z?)?$/.exec(iso);
  if (!m) return undefined;
  const day = { year: +m[1], month: +m[2], day: +m[3] };
  return isValidDay(day.year, day.month, day.day) ? day : undefined;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** How many days `a` lies after `b` (negative before it). */
export function daysBetween(a: Day, b: Day): number {
  return (Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day)) / 86400000;
}

export function addDays(d: Day, n: number): Day {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Month arithmetic on a (year, month) pair. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12 + 12) % 12 + 1 };
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function isoWeekday(d: Day): number {
  const w = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** `month`/`day` in the first of `years`, in their order, where it is a date and falls on ISO `weekday`. */
export function dayOnWeekday(month: number, day: number, weekday: number, years: Iterable<number>): Day | undefined {
  for (const year of years) {
    if (isValidDay(year, month, day) && isoWeekday({ year, month, day }) === weekday) return { year, month, day };
  }
  return undefined;
}

/** The nth (1-5; -1 the last) ISO weekday of a month: the third Monday of January 2026 is 2026-01-19. */
export function nthWeekday(year: number, month: number, weekday: number, nth: number): Day {
  const first = (weekday - isoWeekday({ year, month, day: 1 }) + 7) % 7 + 1;
  const day = nth > 0 ? first + 7 * (nth - 1) : first + 7 * Math.floor((daysInMonth(year, month) - first) / 7);
  return { year, month, day };
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(d: Day): { year: number; week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = Date.UTC(thursday.year, 0, 1);
  const week = Math.floor((Date.UTC(thursday.year, thursday.month - 1, thursday.day) - jan1) / 86400000 / 7) + 1;
  return { year: thursday.year, week };
}

/** The Monday of an ISO 8601 week (4 January is in week 1); undefined for a week number no year has. */
export function mondayOfWeek(year: number, week: number): Day | undefined {
  if (week < 1 || week > 53) return undefined;
  const jan4 = { year, month: 1, day: 4 };
  return addDays(jan4, (week - 1) * 7 - (isoWeekday(jan4) - 1));
}

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

/**
 * A year as TIMEX3 writes it; one before the first year of our era ("2,500 years ago", counted back) as a year before
 * Christ ("BC0476": year 0 is 1 BC), as "around 1100 BC" is written (it was the year's digits without their sign: 475).
 */
export const formatYear = (year: number): string => (year >= 1 ? pad(year, 4) : `BC${pad(1 - year, 4)}`);
export const formatMonth = (year: number, month: number): string => `${pad(year, 4)}-${pad(month)}`;
export const formatDay = (d: Day): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
export function formatWeek(d: Day): string {
  const w = isoWeek(d);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}
export const formatQuarter = (year: number, quarter: number): string => `${pad(year, 4)}-Q${quarter}`;
export const formatTime = (hour: number, minute: number): string => `T${pad(hour)}:${pad(minute)}`;
export { pad };

/**
 * The nth (1-4; -1 the last) week or weekend of a month: a week is the ISO week holding the middle of its seven days
 * ("the last week of March": its last seven days), a weekend the one of the month's nth Saturday.
 */
export function weekOfMonthValue(year: number, month: number, nth: number, weekend: boolean): string {
  if (weekend) return formatWeek(nthWeekday(year, month, 6, nth)) + '-WE';
  return formatWeek({ year, month, day: nth > 0 ? 7 * (nth - 1) + 4 : daysInMonth(year, month) - 3 });
}
