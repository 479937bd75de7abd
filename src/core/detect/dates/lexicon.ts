// Word lists the time-expression grammar is built from. Keys are lower case; abbreviations are stored without the dot.

import { wordList, wordSet } from '../../text/wordList';

/** Month name or abbreviation → month number (1-12). "May" and "March" are handled with extra context by the grammar. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8],
  ['september', 9], ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

/** Abbreviations that only count as months when written with a capital letter (and usually a dot). */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = wordSet('jan feb mar apr jun jul aug sept sep oct nov dec');

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
export const VAGUE_QUANTITIES: ReadonlySet<string> = wordSet('several few many some numerous');

/** Words that give a following number or duration a fuzzy edge; TimeML keeps them inside the expression (but not focus words like "only"). */
export const APPROXIMATORS: ReadonlySet<string> = wordSet('nearly almost about approximately roughly around some');

/** Parts of the day, with the TimeML code used in values ("TMO" = morning). */
export const DAY_PARTS: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'], ['overnight', 'NI'],
]);

/** Frequency adverbs: each is a whole SET expression. */
export const FREQUENCY_ADVERBS: ReadonlyMap<string, string> = new Map([
  ['hourly', 'PT1H'], ['daily', 'P1D'], ['nightly', 'P1D'], ['weekly', 'P1W'], ['biweekly', 'P2W'], ['monthly', 'P1M'],
  ['quarterly', 'P3M'], ['annually', 'P1Y'], ['yearly', 'P1Y'], ['biannually', 'P6M'], ['semiannually', 'P6M'],
]);

export const DATE_PREPOSITIONS = wordSet('in since by until till through during before after from to of on early late mid last next this that each every between and or around circa throughout as past');

/** Measures written short before "per": "145 km per hour". */
export const MEASURE_ABBREVIATIONS = wordSet('km m mi ft kg lb lbs kw kwh mw mwh gw cm mm l');

/** Words before a dotted number that make it a version's: "version 1.2.2026", "build 3.1.2025". */
export const VERSION_WORDS = wordSet('version v release build update firmware patch ios android');

export const PART_ORDINALS = wordSet('first second last latter early later');

/** Words before "year" that name a year running across two calendar years: "the 2025-26 financial year". */
export const SPAN_YEAR_KINDS = wordSet('financial fiscal school academic tax budget marketing crop model');

/** Words before a year across two that make it one period, not a range: "the 2025-26 budget". */
export const SPAN_OWNERS = wordSet('the its their his her our this next last');

/** Ordinals that count the steps of a set: "every second Tuesday", "every third year". */
export const SET_STEPS = new Map([['second', 2], ['third', 3], ['fourth', 4]]);

/** Which week of a month: "the third week of June"; -1 for the last. */
export const WEEK_ORDINALS = new Map([['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['last', -1], ['final', -1]]);

/** Words before a bare "first half" with no determiner, as a headline writes it: "profit up in first half". */
export const HALF_LEADS = wordSet('in for during over through into by from until since');

export const PART_NOUNS = wordSet('half part days weeks months');

/** Words after a count and unit that do not make the unit an adjective ("two days ago", not "a two day rally"). */
export const FUNCTION_WORDS = wordSet('and or to of ago earlier later before after in on at for from with by the a an is was will has had old');

export const COMMON_VAGUE_UNITS = wordSet('year month week day hour');

/** "for the next year", "for the past week": words that make "the … year" after "for" a length of time. */
/** Words before a bare plural unit and "of" that make it a span of something: "after months of talks", "faced weeks
 *  of protests", "follows years of neglect". */
export const BARE_SPAN_LEADS = wordSet('after following despite amid through ending ends end follows'
  + ' followed faced faces endured spent spend took takes take needed needs caps capped'
  + ' crowns crowned');

export const FOR_SPANS = wordSet('next past coming last');

/** Verbs of how long something takes, before a bare plural unit: "could take weeks", "took months". */
export const TAKES = wordSet('take takes took taking taken lasts lasted lasting spent spend spends spending');

/** Words before "last" that make it the verb: "could last weeks", "to last months". */
export const LAST_AFTER = wordSet('could would will may might can should to must');

/** Plural nouns after a weekday that make it every such day: "Sunday services", "Saturday trains". */
export const RUNS_ON_A_DAY = wordSet('services trains buses flights sailings ferries trams departures');

/** Marks that may open a live page's entry before its time ("## ", "**"), and what sets the time off after it. */
export const ENTRY_MARKS = new Set(['#', '*', '_', '>']);

export const ENTRY_SEPARATORS = new Set(['—', '–', '-', ':', '*', '_', '|']);

/** Words before a four-digit number that make it a year, not a 24-hour time: "in 1930", "since 1800". */
export const YEAR_PREPOSITIONS = wordSet('in since during of');

/** Nouns before "of the day" that make it an idiom: "the heat of the day", "the order of the day", "dish of the day". */
export const NOUNS_OF_THE_DAY = wordSet('heat order hero heroes question questions word story topic'
  + ' dish soup catch news mood talk star player goal save shot issue quote picture'
  + ' photo hottest warmest coolest coldest brightest busiest quietest');

/** "the day before", "the year after": a unit counted from the time the story speaks of. */
export const BEFORE_OR_AFTER = wordSet('before after earlier later');

/** Words after a unit that count time on from a point: "a fortnight later", "a week earlier". */
/** Words that open an event's name after "the week before": "the vote", "its launch", "his trial". */
export const EVENT_DETERMINERS = wordSet('the its his her their our');

export const COUNTED_ON = wordSet('later earlier ago before after');

/** Words after "the Saturday" that make it a day counted from another ("the Saturday before the vote"). */
export const SAME_DAY_FOLLOWERS = wordSet("before after of following prior preceding 's ’s");

/** Capitalised words that make a weekday part of a title ("Sunday Times"). */
export const MEDIA_NAMES = wordSet('times telegraph mirror express post herald observer star sport mail night independent tribune business review magazine edition show club school');

/** Words ending in "s" that are not plural nouns. */
export const NON_PLURAL_S = wordSet('this thus was has is its his hers ours yours theirs less unless always perhaps afterwards towards besides nevertheless news takes makes lasts needs spends earns costs pays takes gets goes does says plus across whereas');

/** Words that may follow "May" or "March" the month ("in May and June"); anything else suggests the verb. */
export const MONTH_FOLLOWERS = wordSet('and or to through when as after before of that is was will last this next');

/** What is counted for a month, after its name: "March sales", "May payrolls". */
export const MONTHLY_FIGURES = wordSet('sales figures data orders output production payrolls exports imports'
  + ' inflation deliveries delivery contract contracts futures issue reading survey index jobs');

/** Events held on a day of a month, after its name and a "the": "the March hearing", "the May elections". */
export const MONTH_EVENTS = wordSet('hearing hearings meeting meetings election elections vote summit trial'
  + ' deadline referendum poll polls session conference ruling verdict launch primary budget');

/** Words after which "May" and "March" can only be months. */
export const STRONG_MONTH_CONTEXT = wordSet('in since until till by during last next this early late mid through from each every');

export const YEAR_BLOCKERS_BEFORE = wordSet('no number flight route room page pages model version chapter section article rule resolution highway interstate bus vol volume channel apartment suite box item exhibit gate platform bill code form dow index at about nearly almost some over than only just');

export const COUNTED_NOUNS = wordSet('percent per people persons men women children troops soldiers employees workers jobs units shares cars points feet foot meters metres miles kilometers kilometres km tons tonnes barrels dollars yen pounds euros francs marks acres votes cases deaths seats members students homes houses copies rounds times hours minutes days weeks months years residents refugees prisoners patients visitors passengers customers stores plants others yards tanks aircraft planes vehicles guns police officers delegates cents rubles yuan rupees lire pesos mph degrees calories words pieces items signatures head ships boats sites villages companies firms banks schools beds units and to or of out');

/** Zones named in words before "time": "Eastern Time", "Central European time". */
export const ZONE_NAMES = wordSet('eastern central mountain pacific atlantic alaska hawaii greenwich');

export const TIME_ZONES = wordSet('est edt cst cdt mst mdt pst pdt gmt utc bst cet cest et pt ct'
  // the zones of other continents news gives in capitals: "02:17 AEST", "18:30 JST", "9:00 IST"
  + ' aest aedt acst acdt awst nzst nzdt jst kst hkt sgt msk eet eest ist sast'
  + ' akst akdt hst adt wib pht ict');

export const DURATION_ADJECTIVES = wordSet('more additional full straight consecutive long trading business working calendar further extra whole entire successive solid short school fiscal');

export const MULTIWORD_APPROXIMATORS: readonly (readonly string[])[] = [
  wordList('more than'), wordList('less than'), wordList('fewer than'), wordList('at least'), wordList('at most'), wordList('up to'), wordList('no more than'),
  wordList('no less than'), wordList('not more than'), wordList('as many as'), wordList('as much as'), wordList('as long as'),
  wordList('as little as'), wordList('well over'), wordList('just over'), wordList('just under'), wordList('a little more than'), wordList('little more than'),
  wordList('the better part of'), wordList('the last'), wordList('the past'), wordList('the next'), wordList('the first'), wordList('the coming'), wordList('the previous'),
  wordList('the final'), wordList('the following'), wordList('the remaining'), wordList('the latest'), wordList('the prior'), wordList('the preceding'), wordList('the same'),
  ['some'],
];

/** What may follow a time that opens a clause: a comma, a subject ("That fall, she enrolled", "that fall they wed"). */
export const AFTER_A_TIME = new Set([',', 'she', 'he', 'they', 'we', 'i', 'it', 'the', 'a', 'an', 'his', 'her', 'their', 'our', 'my', 'there']);

/** Nouns a month names a kind of: "the previous July record", "the following March meeting". */
export const MONTHLY_THINGS = wordSet('record records high low figure figures reading total average peak'
  + ' level rate data report meeting session issue edition deadline election vote sales');

/** Verbs after which "that" opens a clause: "said that spring rains were heavy". */
export const SAYING_VERBS = wordSet('said says say told tells think thinks thought believe believes'
  + ' believed know knew knows hope hoped hopes claimed claims argued argues reported warned'
  + ' noted added explained found showed shows suggests suggested means meant felt feel so');

/** Nouns a part of the day names a kind of ("night shift", "evening classes", "morning show"), not a time. */
export const PART_OF_DAY_COMPOUNDS = wordSet('shift shifts club clubs bus buses market markets sky time'
  + ' watch vision school class classes flight flights train trains service services show'
  + ' shows news paper papers prayer prayers tea session sessions rush commute peak star'
  + ' person people sickness routine walk walks owl owls life worker workers staff meal dress wear');

export const RELATIVE_DETERMINERS = new Map<string, number>([['this', 0], ['last', -1], ['next', 1], ['past', -1], ['coming', 1], ['previous', -1], ['current', 0], ['following', 1]]);

export const THE_RELATIVES = new Map<string, number>([
  ['past', -1], ['last', -1], ['next', 1], ['coming', 1], ['previous', -1], ['following', 1], ['same', 0], ['current', 0],
  ['latest', -1], ['prior', -1], ['preceding', -1], ['first', 0], ['final', 0], ['remaining', 1], ['ensuing', 1], ['upcoming', 1],
]);

export const EDGE_WORDS = new Map<string, string>([
  ['end', 'end'], ['beginning', 'start'], ['start', 'start'], ['middle', 'mid'], ['rest', 'end'], ['remainder', 'end'], ['close', 'end'],
  ['turn', 'start'], ['dawn', 'start'], ['course', ''], ['bulk', ''], ['balance', 'end'],
]);

export const PERIOD_MODIFIERS = wordSet('full fiscal latest current comparable same corresponding previous prior recent final past first calendar financial');

export const POINT_APPROXIMATORS = wordSet('around about approximately roughly circa just');

/** Words before "the fall" that make it the season: a deadline's or a span's ("until the fall", "during the fall"). */
export const FALL_OPENERS = wordSet('until till through throughout during');

/** Words after "the fall" that make it a drop or a tumble: "the fall in prices", "the fall from the roof". */
export const FALL_NOT_AFTER = wordSet('in from on at to and of off into was is has had');

/** Words before "the 14th" that make it a day: a date's prepositions, not "at the 14th" or "of the 3rd". */
export const DAY_ALONE_LEADS = wordSet('on by until till through since from before after to and');

/** Clock words with their time of day. */
export const CLOCK_WORDS = new Map<string, string>([['noon', 'T12:00'], ['midday', 'T12:00'], ['midnight', 'T24:00']]);

export const LATEST = new Set(['latest']);

/** Words that make a period the one the story named before: "over the same period", "the corresponding period". */
export const SAME_WORDS = wordSet('same corresponding comparable');

/** Words that make "the quarter" the running one: "the current quarter", "the present quarter". */
export const CURRENT_WORDS = wordSet('current present ongoing this');
