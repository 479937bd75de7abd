// Dates, times, durations and recurring times as a person reads them ("Tuesday, March 10, 2026", "about 3 years",
// "every Monday"), never as the TimeML codes detection resolves them to (2026-03-10, P3Y, XXXX-WXX-1). Detection may
// already give a date its `display` words; those are preferred, this is what is shown when it does not.
import type { DateMention } from '../detect/spans';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const ORDINALS = ['first', 'second', 'third', 'fourth'];
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const DAY_PARTS: Record<string, string> = { MO: 'morning', MI: 'midday', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };
const REFERENCES: Record<string, string> = { PRESENT_REF: 'now (the time of writing)', PAST_REF: 'some time in the past', FUTURE_REF: 'some time in the future' };
const UNITS: Record<string, [string, string]> = {
  Y: ['year', 'years'], M: ['month', 'months'], W: ['week', 'weeks'], D: ['day', 'days'], DE: ['decade', 'decades'], CE: ['century', 'centuries'],
  H: ['hour', 'hours'], MIN: ['minute', 'minutes'], S: ['second', 'seconds'], Q: ['quarter', 'quarters'],
};
const EVERY: Record<string, string> = { Y: 'year', M: 'month', W: 'week', D: 'day', H: 'hour', MIN: 'minute', S: 'second', Q: 'quarter' };

/** The words a hover, the Claims view or a report shows for a detected date: detection's own `display` when it has
 *  one, else the resolved value in words, else a plain statement that it was not resolved. */
export function readableDate(date: Pick<DateMention, 'type' | 'value'> & { display?: string }): string {
  if (typeof date.display === 'string' && date.display.trim()) return date.display.trim();
  if (!date.value) return 'not resolved to a calendar value';
  return timexInWords(date.type, date.value) ?? 'not resolved to a calendar value';
}

/** When a review was saved, to the minute ("2026-03-03 10:05 UTC"; only digits, '-', ':' and letters, nothing Markdown
 *  reads); undefined for text that is no time. */
export function readableTimestamp(iso: string): string | undefined {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return undefined;
  return new Date(time).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

/** A TimeML value in words; undefined for a shape this does not know (so no code is ever shown as if it were words). */
export function timexInWords(type: DateMention['type'], value: string): string | undefined {
  if (REFERENCES[value]) return REFERENCES[value];
  if (type === 'DURATION') return durationInWords(value);
  if (type === 'SET') return setInWords(value);
  return pointInWords(value);
}

function plural(n: number, [one, many]: [string, string]): string {
  return `${n} ${n === 1 ? one : many}`;
}

function monthName(month: string): string | undefined {
  return MONTHS[Number(month) - 1];
}

/** A calendar day with its weekday, which is what a fact-checker compares "on Tuesday" against. */
function dayInWords(year: string, month: string, day: string): string | undefined {
  const name = monthName(month);
  if (!name) return undefined;
  const dayNumber = Number(day);
  if (year === 'XXXX') return `${name} ${dayNumber} (year not given)`;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, dayNumber));
  if (date.getUTCDate() !== dayNumber) return `${name} ${dayNumber}, ${Number(year)}`;
  return `${WEEKDAYS[(date.getUTCDay() + 6) % 7]}, ${name} ${dayNumber}, ${Number(year)}`;
}

function timeOfDayInWords(time: string): string | undefined {
  if (time === 'NI') return 'at night';
  if (DAY_PARTS[time]) return `in the ${DAY_PARTS[time]}`;
  const clock = /^(\d{2}):?(\d{2})?(?::?(\d{2}))?$/.exec(time);
  if (clock) return `at ${clock[1]}:${clock[2] ?? '00'}`;
  return undefined;
}

/** DATE and TIME values: a day, month, year, decade, week, quarter, half, season, with an optional time of day. */
function pointInWords(value: string): string | undefined {
  const [datePart, timePart] = value.split('T');
  const when = datePart === '' ? '' : dateInWords(datePart);
  if (when === undefined) return undefined;
  if (timePart === undefined) return when;
  const time = timeOfDayInWords(timePart);
  if (!time) return undefined;
  if (!when) return time.replace(/^(?:at|in the) /, '');
  return `${when}, ${time}`;
}

function dateInWords(value: string): string | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4}|XXXX)-(\d{2})-(\d{2})$/.exec(value))) return dayInWords(m[1], m[2], m[3]);
  if ((m = /^(\d{4}|XXXX)-(\d{2})$/.exec(value))) {
    const name = monthName(m[2]);
    return name && (m[1] === 'XXXX' ? `${name} (year not given)` : `${name} ${Number(m[1])}`);
  }
  if ((m = /^(\d{4})$/.exec(value))) return `the year ${Number(m[1])}`;
  if ((m = /^(\d{3})$/.exec(value))) return `the ${m[1]}0s`;
  if ((m = /^(\d{2})$/.exec(value))) return `the ${ordinalNumber(Number(m[1]) + 1)} century`;
  if ((m = /^(\d{4}|XXXX)-W(\d{2})(-WE)?$/.exec(value))) return weekInWords(m[1], Number(m[2]), m[3] !== undefined);
  if ((m = /^(\d{4}|XXXX)-WXX-([1-7])$/.exec(value))) return `a ${WEEKDAYS[Number(m[2]) - 1]}`;
  if ((m = /^(\d{4}|XXXX)-Q([1-4])$/.exec(value))) return withYear(`the ${ORDINALS[Number(m[2]) - 1]} quarter`, m[1]);
  if ((m = /^(\d{4}|XXXX)-H([12])$/.exec(value))) return withYear(`the ${m[2] === '1' ? 'first' : 'second'} half`, m[1]);
  if ((m = /^(\d{4}|XXXX)-(SP|SU|FA|WI)$/.exec(value))) return m[1] === 'XXXX' ? SEASONS[m[2]] : `${SEASONS[m[2]]} ${Number(m[1])}`;
  return undefined;
}

/** An ISO week by its Monday ("the week of Monday, March 2, 2026"), or its weekend by its Saturday. */
function weekInWords(year: string, week: number, weekend: boolean): string {
  if (year === 'XXXX') return `${weekend ? 'the weekend of ' : ''}week ${week} (year not given)`;
  const january4 = new Date(Date.UTC(Number(year), 0, 4));
  const monday = Date.UTC(Number(year), 0, 4 - ((january4.getUTCDay() + 6) % 7) + 7 * (week - 1) + (weekend ? 5 : 0));
  const day = new Date(monday);
  const first = dayInWords(String(day.getUTCFullYear()), String(day.getUTCMonth() + 1), String(day.getUTCDate()));
  return weekend ? `the weekend of ${first}` : `the week of ${first}`;
}

function withYear(words: string, year: string): string {
  return year === 'XXXX' ? `${words} (year not given)` : `${words} of ${Number(year)}`;
}

function ordinalNumber(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** "P3Y" → "3 years", "PXY" → "several years", "PT90MIN"/"PT90M" → "90 minutes", "P1Y6M" → "1 year and 6 months". */
function durationInWords(value: string): string | undefined {
  const m = /^P(?:((?:[\dX.]+(?:Y|M|W|D|DE|CE|Q))+))?(?:T((?:[\dX.]+(?:H|MIN|M|S))+))?$/.exec(value);
  if (!m || (!m[1] && !m[2])) return undefined;
  const parts: string[] = [];
  const read = (section: string, time: boolean) => {
    for (const [, amount, unit] of section.matchAll(/([\dX.]+)(DE|CE|MIN|[YMWDQHS])/g)) {
      const key = time && unit === 'M' ? 'MIN' : unit;
      const names = UNITS[key];
      if (!names) return false;
      if (amount === 'X') parts.push(`several ${names[1]}`);
      else if (!Number.isFinite(Number(amount))) return false;
      else parts.push(plural(Number(amount), names));
    }
    return true;
  };
  if (m[1] && !read(m[1], false)) return undefined;
  if (m[2] && !read(m[2], true)) return undefined;
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
}

/** Recurring times: "P1W" → "every week", "P2W" → "every 2 weeks", "XXXX-WXX-1" → "every Monday",
 *  "XXXX-WXX-1TEV" → "every Monday evening", "TXXMO" → "every morning", "XXXX-03" → "every March". */
function setInWords(value: string): string | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^P(?:T)?(\d+|X)(Y|M|W|D|H|MIN|S|Q)$/.exec(value))) {
    const unit = value.startsWith('PT') && m[2] === 'M' ? 'MIN' : m[2];
    const every = EVERY[unit];
    if (!every) return undefined;
    if (m[1] === '1') return `every ${every}`;
    if (m[1] === 'X') return `every few ${UNITS[unit][1]}`;
    return `every ${m[1]} ${UNITS[unit][1]}`;
  }
  if ((m = /^XXXX-WXX-([1-7])(?:T(MO|MI|AF|EV|NI|DT))?$/.exec(value))) {
    return `every ${WEEKDAYS[Number(m[1]) - 1]}${m[2] ? ' ' + DAY_PARTS[m[2]] : ''}`;
  }
  if ((m = /^TXX(MO|MI|AF|EV|NI|DT)$/.exec(value))) return `every ${DAY_PARTS[m[1]]}`;
  if ((m = /^XXXX-(\d{2})$/.exec(value))) return monthName(m[1]) && `every ${monthName(m[1])}`;
  if ((m = /^XXXX-(SP|SU|FA|WI)$/.exec(value))) return `every ${SEASONS[m[1]]}`;
  return undefined;
}
