// Named days TimeML tags as dates. Fixed-date holidays resolve to a month and day; movable or country-specific ones
// ("Easter", "Independence Day") stay unresolved rather than guess.

export interface Holiday {
  /** Lower-case tokens, apostrophes written "'" ("new year's day" → new, year, ', s, day). */
  readonly words: readonly string[];
  readonly month?: number;
  readonly day?: number;
}

const h = (phrase: string, month?: number, day?: number): Holiday =>
  ({ words: phrase.replace(/'/g, " ' ").split(/\s+/).filter(Boolean), month, day });

/** Longest first, so "Christmas Eve" wins over "Christmas". */
export const HOLIDAYS: readonly Holiday[] = [
  h("new year's day", 1, 1), h("new year's eve", 12, 31), h('christmas eve', 12, 24), h('christmas day', 12, 25),
  h('orthodox christmas', 1, 7), h('boxing day', 12, 26), h("valentine's day", 2, 14), h('victory day'),
  h('independence day'), h('memorial day'), h('labor day'), h('labour day'), h('good friday'), h('easter sunday'),
  h('easter monday'), h('christmas', 12, 25), h('easter'), h('thanksgiving'), h('halloween', 10, 31), h('ramadan'),
  h('hanukkah'), h('passover'), h('eid'),
].sort((a, b) => b.words.length - a.words.length);

/** First words of holidays, for the trigger scan. */
export const HOLIDAY_TRIGGERS: readonly string[] = ['christmas', 'easter', 'thanksgiving', 'halloween', 'ramadan', 'hanukkah', 'passover', 'eid'];
