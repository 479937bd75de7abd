// Named days TimeML tags as dates. Fixed-date holidays resolve to a month and day, Easter and the days named after it
// to the Western churches' date (what English-language news means by them); other movable or country-specific ones
// ("Independence Day", "Ramadan") stay unresolved rather than guess.

export interface Holiday {
  /** Lower-case tokens, apostrophes written "'" ("new year's day" → new, year, ', s, day). */
  readonly words: readonly string[];
  readonly month?: number;
  readonly day?: number;
  /** Days after Easter Sunday ("Good Friday": -2), for the days named after it. */
  readonly easter?: number;
}

const h = (phrase: string, month?: number, day?: number): Holiday =>
  ({ words: phrase.replace(/'/g, " ' ").split(/\s+/).filter(Boolean), month, day });
const e = (phrase: string, easter: number): Holiday => ({ ...h(phrase), easter });

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

/** Longest first, so "Christmas Eve" wins over "Christmas". */
export const HOLIDAYS: readonly Holiday[] = [
  h("new year's day", 1, 1), h("new year's eve", 12, 31), h('christmas eve', 12, 24), h('christmas day', 12, 25),
  h('orthodox christmas', 1, 7), h('boxing day', 12, 26), h("valentine's day", 2, 14), h('victory day'),
  h('independence day'), h('memorial day'), h('labor day'), h('labour day'), e('good friday', -2), e('easter sunday', 0),
  e('easter monday', 1), h('christmas', 12, 25), e('easter', 0), h('thanksgiving'), h('halloween', 10, 31), h('ramadan'),
  h('hanukkah'), h('passover'), h('eid'),
].sort((a, b) => b.words.length - a.words.length);

/** First words of holidays, for the trigger scan. */
export const HOLIDAY_TRIGGERS: readonly string[] = ['christmas', 'easter', 'thanksgiving', 'halloween', 'ramadan', 'hanukkah', 'passover', 'eid'];
