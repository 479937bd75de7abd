// Word lists the time-expression grammar is built from. Keys are lower case; abbreviations are stored without the dot.

/** Month name or abbreviation → month number (1-12). "May" and "March" are handled with extra context by the grammar. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8],
  ['september', 9], ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

/** Abbreviations that only count as months when written with a capital letter (and usually a dot). */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec']);

/** Weekday → ISO weekday number (Monday = 1). Only full names: "Sun" and "Wed" are too often other words. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6], ['sunday', 7],
  ['tues', 2], ['thurs', 4],
]);

/** Three-letter weekdays, read only before a date ("Tue 10 Mar 2026", "Thu, Nov 5"), where none is another word. */
export const SHORT_WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['mon', 1], ['tue', 2], ['wed', 3], ['thu', 4], ['fri', 5], ['sat', 6], ['sun', 7],
]);

/** Plural weekdays ("on Tuesday nights", "Mondays") mark a recurring set. */
export const WEEKDAYS_PLURAL: ReadonlyMap<string, number> = new Map([
  ['mondays', 1], ['tuesdays', 2], ['wednesdays', 3], ['thursdays', 4], ['fridays', 5], ['saturdays', 6], ['sundays', 7],
]);

export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['autumn', 'FA'], ['fall', 'FA'], ['winter', 'WI'],
  ['springtime', 'SP'], ['summertime', 'SU'], ['wintertime', 'WI'],
]);

/** Calendar units. `iso` is the ISO 8601 duration designator; decades, centuries and quarters are expressed in years or months. */
export interface Unit {
  readonly iso: 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'S';
  readonly times: number;
  readonly name: 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second' | 'decade' | 'century' | 'quarter' | 'weekend' | 'half';
}
const unit = (iso: Unit['iso'], times: number, name: Unit['name']): Unit => ({ iso, times, name });
const YEAR = unit('Y', 1, 'year'), MONTH = unit('M', 1, 'month'), WEEK = unit('W', 1, 'week'), DAY = unit('D', 1, 'day');
const HOUR = unit('H', 1, 'hour'), MINUTE = unit('MIN', 1, 'minute'), SECOND = unit('S', 1, 'second');
const DECADE = unit('Y', 10, 'decade'), CENTURY = unit('Y', 100, 'century'), QUARTER = unit('M', 3, 'quarter');
const WEEKEND = unit('D', 2, 'weekend'), FORTNIGHT = unit('W', 2, 'week');

export const UNITS_SINGULAR: ReadonlyMap<string, Unit> = new Map([
  ['year', YEAR], ['yr', YEAR], ['month', MONTH], ['week', WEEK], ['day', DAY], ['hour', HOUR], ['hr', HOUR],
  ['minute', MINUTE], ['min', MINUTE], ['second', SECOND], ['sec', SECOND], ['decade', DECADE], ['century', CENTURY],
  ['quarter', QUARTER], ['weekend', WEEKEND], ['fortnight', FORTNIGHT], ['millennium', unit('Y', 1000, 'century')],
]);
export const UNITS_PLURAL: ReadonlyMap<string, Unit> = new Map([
  ['years', YEAR], ['yrs', YEAR], ['months', MONTH], ['weeks', WEEK], ['days', DAY], ['hours', HOUR], ['hrs', HOUR],
  ['minutes', MINUTE], ['mins', MINUTE], ['seconds', SECOND], ['secs', SECOND], ['decades', DECADE],
  ['centuries', CENTURY], ['quarters', QUARTER], ['weekends', WEEKEND], ['fortnights', FORTNIGHT], ['millennia', unit('Y', 1000, 'century')],
]);

/** Cardinal numbers written as words. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30],
  ['forty', 40], ['fourty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map([['hundred', 100], ['thousand', 1000], ['million', 1e6]]);

/** Ordinals written as words, as in "the third quarter" or "the 20th century". */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8],
  ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14],
  ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20],
  ['twenty-first', 21], ['thirtieth', 30], ['last', -1], ['final', -1],
]);

/** Vague quantities: "several years", "a few days" — a duration whose length is unknown. */
export const VAGUE_QUANTITIES: ReadonlySet<string> = new Set(['several', 'few', 'many', 'some', 'numerous']);

/** Words that give a following number or duration a fuzzy edge; TimeML keeps them inside the expression (but not focus words like "only"). */
export const APPROXIMATORS: ReadonlySet<string> = new Set([
  'nearly', 'almost', 'about', 'approximately', 'roughly', 'around', 'some',
]);

/** Parts of the day, with the TimeML code used in values ("TMO" = morning). */
export const DAY_PARTS: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'], ['overnight', 'NI'],
]);

/** Frequency adverbs: each is a whole SET expression. */
export const FREQUENCY_ADVERBS: ReadonlyMap<string, string> = new Map([
  ['hourly', 'PT1H'], ['daily', 'P1D'], ['nightly', 'P1D'], ['weekly', 'P1W'], ['biweekly', 'P2W'], ['monthly', 'P1M'],
  ['quarterly', 'P3M'], ['annually', 'P1Y'], ['yearly', 'P1Y'], ['biannually', 'P6M'], ['semiannually', 'P6M'],
]);
