// Named days TimeML tags as dates. Fixed-date holidays resolve to a month and day; Easter and the days named after it
// to the Western churches' date (what English-language news means by them); a day kept on the nth weekday of its month
// where only one country keeps it by that name ("Martin Luther King Jr. Day", "Presidents' Day", "Labor Day" spelt so,
// "Election Day", the United States' Tuesday after the first Monday of November) to that weekday, and
// "Thanksgiving" to the United States' (the fourth Thursday of November), which is what English-language news means by
// it unqualified (the scan makes it Canada's, the second Monday of October, in a story from Canada). Those that countries keep on
// different days or by a lunar calendar ("Independence Day", "Labour Day" spelt so, "Mother's Day", "Ramadan", "Diwali") stay
// unresolved rather than guess.
import { addDays, type Day, nthWeekday } from './calendar';
import { wordList } from '../../text/wordList';

export interface Holiday {
  /** Lower-case tokens, apostrophes written "'" ("new year's day" → new, year, ', s, day). */
  readonly words: readonly string[];
  readonly month?: number;
  readonly day?: number;
  /** Days after Easter Sunday ("Good Friday": -2), for the days named after it. */
  readonly easter?: number;
  /** The nth (1-4; -1 the last) ISO weekday (1 Monday … 7 Sunday) of `month`, and days after it ("Black Friday": 1). */
  readonly nthWeekday?: { readonly month: number; readonly weekday: number; readonly nth: number; readonly after: number };
  /** Found only with every word capitalised ("Election Day", not "Election day for those living inside Bosnia"). */
  readonly capitalised?: boolean;
  /** Also a given name ("Ramadan Abedi"), as "June" and "April" are: not the day before a capitalised word. */
  readonly givenName?: boolean;
}

const h = (phrase: string, month?: number, day?: number): Holiday =>
  ({ words: phrase.replace(/'/g, " ' ").split(/\s+/).filter(Boolean), month, day });
const e = (phrase: string, easter: number): Holiday => ({ ...h(phrase), easter });
const nth = (phrase: string, month: number, weekday: number, n: number, after = 0): Holiday =>
  ({ ...h(phrase), nthWeekday: { month, weekday, nth: n, after } });
const MONDAY = 1, THURSDAY = 4;

/** Easter Sunday of a year in the Gregorian calendar (the anonymous Gregorian computus): [month, day]. */
export function easterSunday(year: number): [number, number] {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100;
  const d = Math.floor(b / 4), f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
  const hh = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4;
  const l = (32 + 2 * (b % 4) + 2 * i - hh - k) % 7;
  const m = Math.floor((a + 11 * hh + 22 * l) / 451);
  const month = Math.floor((hh + l - 7 * m + 114) / 31);
  return [month, ((hh + l - 7 * m + 114) % 31) + 1];
}

/** The day a movable holiday falls on in `year`; undefined for one fixed to a month and day, or not resolved. */
export function movableDay(holiday: Holiday, year: number): Day | undefined {
  if (holiday.easter !== undefined) {
    const [month, day] = easterSunday(year);
    return addDays({ year, month, day }, holiday.easter);
  }
  if (!holiday.nthWeekday) return undefined;
  const { month, weekday, nth: n, after } = holiday.nthWeekday;
  return addDays(nthWeekday(year, month, weekday, n), after);
}

/** Longest first, so "Christmas Eve" wins over "Christmas". */
export const HOLIDAYS: readonly Holiday[] = [
  h("new year's day", 1, 1), h("new year's eve", 12, 31), h('christmas eve', 12, 24), h('christmas day', 12, 25),
  h('orthodox christmas', 1, 7), h('boxing day', 12, 26), h("valentine's day", 2, 14), h('victory day'),
  h('independence day'), h('memorial day'), h('labour day'), e('good friday', -2), e('easter sunday', 0),
  e('easter monday', 1), h('christmas', 12, 25), e('easter', 0), nth('thanksgiving', 11, THURSDAY, 4), h('halloween', 10, 31), { ...h('ramadan'), givenName: true },
  h('hanukkah'), h('passover'), h('eid'),
  h('juneteenth', 6, 19), h('veterans day', 11, 11), h('remembrance day', 11, 11), h('armistice day', 11, 11),
  h('bastille day', 7, 14), h('fourth of july', 7, 4), h('anzac day', 4, 25), h('australia day', 1, 26), h('canada day', 7, 1),
  h("st patrick's day", 3, 17), h("st . patrick's day", 3, 17), h("saint patrick's day", 3, 17), h('guy fawkes night', 11, 5),
  h('bonfire night', 11, 5),
  e('ash wednesday', -46), e('palm sunday', -7), e('maundy thursday', -3), e('holy thursday', -3), e('holy saturday', -1),
  e('shrove tuesday', -47), e('pancake day', -47), e('ascension day', 39), e('pentecost', 49), e('whit sunday', 49),
  e('whit monday', 50),
  nth('martin luther king jr . day', 1, MONDAY, 3), nth('martin luther king jr day', 1, MONDAY, 3),
  nth('martin luther king day', 1, MONDAY, 3), nth('mlk day', 1, MONDAY, 3), nth("presidents ' day", 2, MONDAY, 3),
  nth("president's day", 2, MONDAY, 3), nth('presidents day', 2, MONDAY, 3),
  // the United States' general election, the Tuesday after the first Monday of November (capitalised so in its news)
  { ...nth('election day', 11, MONDAY, 1, 1), capitalised: true },
  // "Labor Day", spelt so, is the United States' first Monday of September (Canada's "Labour Day" falls on it too, but
  // that spelling is also Australia's and May Day's elsewhere, and stays unresolved)
  { ...nth('labor day', 9, MONDAY, 1), capitalised: true },
  // the shopping days after the United States' Thanksgiving, the fourth Thursday of November, kept so worldwide
  nth('black friday', 11, THURSDAY, 4, 1), nth('cyber monday', 11, THURSDAY, 4, 4),
  h("mother's day"), h("father's day"), h('diwali'), h('lunar new year'), h('chinese new year'), h('yom kippur'),
  h('rosh hashanah'),
].sort((a, b) => b.words.length - a.words.length);

/** First words of holidays, for the trigger scan. */
export const HOLIDAY_TRIGGERS: readonly string[] = wordList('christmas easter thanksgiving halloween ramadan hanukkah passover eid'
  + ' juneteenth pentecost diwali kippur hashanah');
