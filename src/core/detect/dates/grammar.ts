// The time-expression grammar: a hand-written matcher over the token stream, one small reader per TimeML pattern
// family (calendar dates, years, relative and deictic expressions, fiscal periods, clock times, durations, sets).
// Every reader takes a token index and returns where the expression ends, its TIMEX3 type and, when it can be
// resolved against the reference day, its value. Readers never look further than a few tokens ahead, so a scan is
// linear in the text.
import type { DateType } from '../spans';
import type { Token } from './tokens';
import * as lexicon from './lexicon';
import type { Unit } from './lexicon';
import * as numbers from './numbers';
import type { Count } from './numbers';
import { HOLIDAYS, movableDay } from './holidays';
import { durationValue, joinedDuration, monthValue, nearestDay, nearestYear, relativeValue, shiftDays, weekdayValue, yearEarlier, ymd } from './values';
import { addDays, addMonths, daysBetween, type Day, dayOnWeekday, formatDay, formatMonth, formatWeek, formatQuarter, formatTime, formatYear, isValidDay, isoWeekday, nthWeekday, pad, parseDay, weekOfMonthValue } from './calendar';
import { wordSet } from '../../text/wordList';

// Imported names read once into module constants: under CommonJS (tsx: tests, benchmarks) every read of an imported
// name is a getter call, and the readers look words up in these maps at every token.
const {
  AFTER_A_TIME, APPROXIMATORS, BARE_SPAN_LEADS, BEFORE_OR_AFTER, CLOCK_WORDS, COMMON_VAGUE_UNITS, COUNTED_NOUNS,
  COUNTED_ON, CURRENT_WORDS, DATE_PREPOSITIONS, DAY_ALONE_LEADS, DAY_PARTS, DURATION_ADJECTIVES, EDGE_WORDS,
  ENTRY_MARKS, ENTRY_SEPARATORS, EVENT_DETERMINERS, FALL_NOT_AFTER, FALL_OPENERS, FOR_SPANS, FREQUENCY_ADVERBS,
  FUNCTION_WORDS, HALF_LEADS, LAST_AFTER, LATEST, MEASURE_ABBREVIATIONS, MEDIA_NAMES, MONTH_EVENTS, MONTHLY_FIGURES, MONTHLY_THINGS,
  MONTHS, MONTH_ABBREVIATIONS, MONTH_FOLLOWERS, MULTIPLIERS, MULTIWORD_APPROXIMATORS, NON_PLURAL_S, NOUNS_OF_THE_DAY,
  NUMBER_WORDS, ORDINAL_WORDS, PART_NOUNS, PART_OF_DAY_COMPOUNDS, PART_ORDINALS, PERIOD_MODIFIERS,
  POINT_APPROXIMATORS, RELATIVE_DETERMINERS, RUNS_ON_A_DAY, SAME_DAY_FOLLOWERS, SAME_WORDS, SAYING_VERBS, SEASONS,
  SET_STEPS, SHORT_WEEKDAYS, SPAN_OWNERS, SPAN_YEAR_KINDS, STRONG_MONTH_CONTEXT, TAKES, THE_RELATIVES, TIME_ZONES,
  UNITS_PLURAL, UNITS_SINGULAR, VERSION_WORDS, WEEKDAYS, WEEKDAYS_PLURAL, WEEK_ORDINALS, YEAR_BLOCKERS_BEFORE,
  YEAR_PREPOSITIONS, ZONE_NAMES,
} = lexicon;
const { readCount } = numbers;

/** A noun after "the future" ("the future government"): a word of three letters or more that is no function word,
 *  verb or adverb ("the future of", "the future is", "the future looks", "the future having", "the future together", "the future, …"). */
const NOUN_AFTER_FUTURE = /^(?!(?:of|and|for|with|that|than|from|into|against|about|after|before|beyond|despite|during|under|over|through|towards?|upon|within|without|unless|until|while|whether|since|yet|nor|instead|even|also|alone|again|will|would|may|might|could|can|should|must|shall|was|were|has|had|too|here|now|together|ahead|when|where|because|but|not|are|this|they|she|you|what|which|who|looks?|lies?|holds?|seems?|belongs?|depends?|remains?|[a-z]+ed|[a-z]+ly|[a-z]{2,}ing)$)[a-z]{3,}$/;

export interface Match {
  /** Token index just after the expression. */
  readonly end: number;
  readonly type: DateType;
  readonly value?: string;
  /**
   * What of the value was guessed from the reference day rather than written: the week of a bare weekday
   * ("Thursday") or the year of a day or month named without one ("July 3"). The tense of the sentence may move it.
   */
  readonly floating?: Floating;
}

/** 'part': a quarter or half whose year was guessed ("the first half", "the fourth quarter"); the tense may move it. */
export type Floating = 'week' | 'year' | 'part' | 'month';

interface Piece extends Match {
  /** What the expression denotes, so wrappers ("early", "the end of") know whether they apply. */
  readonly kind: PieceKind;
}
type PieceKind = 'day' | 'month' | 'year' | 'decade' | 'relative' | 'deictic' | 'period' | 'time' | 'duration' | 'ago' | 'set' | 'weekday';

/** Capitalised words a year may follow: prepositions at a sentence start, seasons, holidays. */
/** What stands before a date stamp of hyphens with a two-figure year ("Published: 11-06-07", "minutes of 6-20-06"). */
const SHORT_STAMP_BEFORE = new Set(['published', 'posted', 'updated', 'update', 'dated', 'date', 'of', 'ending', 'on', 'source', ':',
  ',', '"', '“', '(', '']);
/** Words opening a clause, before "which", that says which one "the last month" is: "the last month for which figures exist". */
const RELATIVE_CLAUSE_AFTER = wordSet('for in on during');
/** The parts of a day that may follow a weekday after a clock time: "3 am Monday morning". */
const DAY_PART_WORDS = wordSet('morning afternoon evening night');

/** A verb's auxiliary or copula after "and" or "but": a clause coordinated after a time ("the week before and was …"). */
const COORDINATED_VERBS = wordSet('was were is are had has have will would could did');

/** Words before "three quarters" that make it a share: "almost three quarters voted". */
const FRACTION_LEADS = wordSet('almost nearly about around roughly some approximately');
/** The words that say what kind of year a year's number is: "the 2023 fiscal year", "its 2024 financial year". */
const YEAR_KIND_WORDS = wordSet('fiscal financial school academic tax budget model');
const NAME_BEFORE_YEAR_OK = new Set([...DATE_PREPOSITIONS, ...SEASONS.keys(), ...MONTHS.keys(), 'fiscal', 'christmas', 'easter', 'year', 'class', 'since', 'calendar', 'a', 'the', 'for', 'at', 'with',
  // ("Vale Votes 2007", "Election 2020", "Decision 2008": a vote's name carries the year it is held in, unlike a
  // product's "Windows 2000")
  'votes', 'decides', 'elects', 'election', 'elections', 'decision',
  // ("Copyright 2024 The Harbour Wire": a notice's year)
  'copyright']);
/** Words that open a list's heading before a year: "Newest 2012 Paralympic stories", "Latest 2020 election news". */
const HEADING_WORDS_BEFORE_YEAR = wordSet('newest latest recent upcoming related more other top older newer');
/** The days a clock time may be anchored to right after it: "2000 yesterday UTC". */
const ANCHOR_DAY_WORDS = wordSet('today yesterday tomorrow');

const APPROXIMATOR_SEQUENCES = new Map<string, (readonly string[])[]>();
for (const words of MULTIWORD_APPROXIMATORS) {
  const list = APPROXIMATOR_SEQUENCES.get(words[0]) ?? [];
  list.push(words);
  APPROXIMATOR_SEQUENCES.set(words[0], list);
}

const HOLIDAY_FIRST_WORDS: ReadonlySet<string> = new Set(HOLIDAYS.map(h => h.words[0]));

/** Words an expression can start with (numbers always can); anything else is skipped without parsing. */
const START_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS.keys(), ...WEEKDAYS.keys(), ...SHORT_WEEKDAYS.keys(), ...WEEKDAYS_PLURAL.keys(), ...SEASONS.keys(), ...UNITS_SINGULAR.keys(),
  ...UNITS_PLURAL.keys(), ...NUMBER_WORDS.keys(), ...ORDINAL_WORDS.keys(), ...APPROXIMATORS, ...DAY_PARTS.keys(),
  ...FREQUENCY_ADVERBS.keys(), ...MULTIWORD_APPROXIMATORS.map(words => words[0]), ...RELATIVE_DETERMINERS.keys(),
  ...PERIOD_MODIFIERS, ...EDGE_WORDS.keys(),
  'a', 'an', 'the', 'its', 'that', 'these', 'several', 'few', 'many', 'some', 'numerous', 'couple', 'dozen', 'dozens',
  'today', 'yesterday', 'tomorrow', 'tonight', 'overnight', 'now', 'currently', 'presently', 'nowadays', 'right', 'just',
  'recently', 'lately', 'previously', 'formerly', 'more', 'most', 'only', 'very', 'soon', 'recent', 'coming', 'past',
  'future', 'upcoming', 'fiscal', 'year', 'noon', 'midday', 'midnight', 'early', 'late', 'mid', 'earlier', 'later',
  'sometime', 'middle', 'every', 'each', 'per', 'circa', 'shortly', 'q', 'h', 'fy', 'half', 'once', 'twice', 'thrice', 'weekdays', ...HOLIDAYS.map(h => h.words[0]),
]);

/** The month each season starts in (winter in December), to tell whether this year's has passed. */
const SEASON_STARTS: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** First words of England's bank holidays named by a month or a season, or of "the bank holiday weekend". */
/** Kinship nouns before a relative's name set off by commas: "his wife, June,". */
const KIN_NOUNS = wordSet('wife husband daughter daughters son sister sisters brother mother father'
  + ' partner widow widower granddaughter niece aunt fiancee fiancée stepdaughter stepmother');
/** Pronouns a person's name is joined to by "and": "he and June". */
const PERSONAL_SUBJECTS = wordSet('he she i we');
const BANK_HOLIDAY_OPENERS = wordSet('the early late may spring august summer');

/** The longer of two candidate readings (the first on a tie); empty readings do not count. */
function longer(best: Piece | undefined, candidate: Piece | undefined, start: number): Piece | undefined {
  if (!candidate || candidate.end <= start) return best;
  return !best || candidate.end > best.end ? candidate : best;
}

/** Words after "this fall in" or "last fall in" that make a phrase of their own, not what fell: "since last fall in
 *  part because …", "this fall in time for the holidays". */
const FALL_IN_PHRASES = wordSet('part time order particular addition response advance person case line turn');

/** How long after a quarter closes "the quarter" still means it: companies report it in the following weeks. */
const REPORTING_SEASON_DAYS = 45;

const DAY_VALUE_START = /^\d{4}-\d{2}-\d{2}T/;

/** "previous", "prior", "preceding": the year before, after "of the" ("the same quarter of the previous year"). */
const PRIOR_WORDS = wordSet('previous prior preceding');

function quarterOf(day: Day): number {
  return Math.floor((day.month - 1) / 3) + 1;
}

function daysIntoQuarter(day: Day): number {
  return daysBetween(day, { year: day.year, month: (quarterOf(day) - 1) * 3 + 1, day: 1 });
}

/** How many years before and after the guessed one a weekday's date is looked for in: every date but 29 February
 *  falls on each weekday within any eleven years, so only a leap day is ever looked for ahead past the next year. */
const WEEKDAY_YEARS_BACK = 11;
const WEEKDAY_YEARS_AHEAD = 6;

/** Marks that stand inside a sentence before a word: a comma, a dash, a colon, a semicolon, an opening bracket. */
const MID_SENTENCE_MARK: ReadonlySet<string> = new Set([',', ';', ':', '(', '—', '–']);

/**
 * "Saturday, April 25" named without its year: the year that makes it a Saturday, the guessed one or a neighbour, else
 * the nearest earlier, else the nearest later (news tells of days gone by: "Friday, Oct. 27" in a story read years
 * later is that Friday's year, not a Monday's).
 */
function yearOfWeekday(dated: Piece, weekday: number): { value?: string; floating?: Floating } {
  if (dated.floating !== 'year' || dated.value === undefined) return {};
  const day = parseDay(dated.value);
  if (!day) return {};
  const years = [day.year, day.year - 1, day.year + 1];
  // (back first as far as a weekday takes to come round: a day two years or more ahead of the page is seldom named by its
  // weekday, years back often is, on a page dated by a file saved long after it: "funeral set for Sunday, November
  // 25" is no day three years on)
  for (let d = 2; d <= WEEKDAY_YEARS_BACK; d++) years.push(day.year - d);
  for (let d = 2; d <= WEEKDAY_YEARS_AHEAD; d++) years.push(day.year + d);
  const found = dayOnWeekday(day.month, day.day, weekday, years);
  return found ? { value: formatDay(found), floating: undefined } : {};
}

/** Words before a four-figure time written without its zone ("Around 1300,", "until 1540 when"). */
const BARE_CLOCK_BEFORE = wordSet('at around about approximately by until till before after');
/** Words that may follow such a time (a noun after the figure makes it a count or a year's: "around 1900 people"). */
const BARE_CLOCK_NEXT = wordSet('when while and as then he she they it we i the');

export class DateGrammar {
  /** Expressions never extend to `limit` or beyond (the next line break). */
  limit = 0;
  /** Whether the sentence at a text offset speaks of a firm's or an economy's results (profit, sales, output). */
  resultsAt: (offset: number) => boolean = () => false;
  /** Whether the page writes 24-hour times with their zone elsewhere (clockPage.ts). */
  writesClockTimes: () => boolean = () => false;
  private readonly refYear: number | undefined;
  // Per-token memos; a token's readings depend only on the tokens after it up to the line end, which is fixed.
  private readonly coreCache: (Piece | null | undefined)[];
  private readonly countCache: (Count | null | undefined)[];

  constructor(private readonly tokens: readonly Token[], private readonly ref: Day | undefined) {
    this.refYear = ref?.year;
    this.coreCache = new Array(tokens.length);
    this.countCache = new Array(tokens.length);
  }

  // ---------------------------------------------------------------- token access

  private w(i: number): string {
    return i >= 0 && i < this.limit ? this.tokens[i].lower : '';
  }
  private glued(i: number): boolean {
    return i >= 0 && i < this.limit && this.tokens[i].glued;
  }
  private isNumber(i: number): boolean {
    return i >= 0 && i < this.limit && this.tokens[i].kind === 'number';
  }
  private capital(i: number): boolean {
    return i >= 0 && i < this.limit && this.tokens[i].capital;
  }
  /** A word a calendar has: a month's, a season's, a weekday's, or a holiday's first. */
  private calendarWord(i: number): boolean {
    const w = this.w(i);
    return lexicon.MONTHS.has(w) || lexicon.SEASONS.has(w) || lexicon.WEEKDAYS.has(w) || HOLIDAYS.some(h => h.words[0] === w);
  }
  private prev(i: number): string {
    return i > 0 && !this.tokens[i].lineBreak ? this.tokens[i - 1].lower : '';
  }
  /** Whether one of `words` stands at a token from i up to (not including) j. */
  private hasWordBetween(i: number, j: number, words: ReadonlySet<string>): boolean {
    for (let k = i; k < j; k++) if (words.has(this.w(k))) return true;
    return false;
  }
  /** Index after the word sequence if it starts at i, else -1. */
  private seq(i: number, words: readonly string[]): number {
    for (let k = 0; k < words.length; k++) if (this.w(i + k) !== words[k]) return -1;
    return i + words.length;
  }
  /** A glued hyphen at i followed by a glued token: "third-quarter", "mid-1990s". */
  private hyphen(i: number): boolean {
    const w = this.w(i);
    return (w === '-' || w === '‑' || w === '–') && this.glued(i) && this.glued(i + 1);
  }

  // ---------------------------------------------------------------- entry

  /** The longest expression starting at token i, or undefined. */
  matchAt(i: number): Match | undefined {
    const tok = this.tokens[i];
    if (tok.kind === 'word' ? !START_WORDS.has(tok.lower) : tok.kind === 'punct' && tok.lower !== "'" && tok.lower !== '’') return undefined;
    const m = this.expression(i);
    if (!m) return undefined;
    return m.floating && m.value !== undefined ? { end: m.end, type: m.type, value: m.value, floating: m.floating } : { end: m.end, type: m.type, value: m.value };
  }

  private expression(i: number): Piece | undefined {
    const w = this.w(i);
    // the plain reading first: on equal spans it keeps its more specific value
    let best = longer(undefined, this.core(i), i);
    best = longer(best, this.approximated(i), i);
    best = longer(best, this.edgeOf(i), i);
    best = longer(best, this.shifted(i), i);
    if (BANK_HOLIDAY_OPENERS.has(w)) best = longer(best, this.bankHoliday(i), i);
    if (best && (w === 'the' || w === 'a') && best.end === i + 1) return undefined;
    return best;
  }

  /**
   * England's bank holidays named by their month or season: "the early May bank holiday" (the first Monday of May),
   * "the late May" or "spring bank holiday" (its last Monday), "the August" or "summer bank holiday" (the last Monday
   * of August), the nearest one to the article as for a movable feast; with "weekend" after it, the weekend before that
   * Monday. "The bank holiday weekend" unnamed is found without a value.
   */
  private bankHoliday(i: number): Piece | undefined {
    const the = this.w(i) === 'the';
    let j = the ? i + 1 : i;
    let month: number | undefined, nth = -1;
    const w = this.w(j);
    if ((w === 'early' || w === 'late') && this.w(j + 1) === 'may' && this.capital(j + 1)) { month = 5; nth = w === 'early' ? 1 : -1; j += 2; }
    else if (w === 'may' && this.capital(j) && this.w(j + 1) === 'day' && this.w(j + 2) === 'bank') { month = 5; nth = 1; j += 2; }
    else if (w === 'spring') { month = 5; j++; }
    else if ((w === 'august' && this.capital(j)) || w === 'summer') { month = 8; j++; }
    // ("on summer bank holiday weekends": every year's, no one day)
    if (this.w(j) !== 'bank' || this.w(j + 1) !== 'holiday' || this.hyphen(j + 2) || this.w(j + 2) === 'weekends') return undefined;
    const weekend = this.w(j + 2) === 'weekend';
    if (month === undefined) return the && weekend ? { end: j + 3, type: 'DATE', kind: 'relative' } : undefined;
    const end = weekend ? j + 3 : j + 2;
    if (!this.ref) return { end, type: 'DATE', kind: 'day' };
    const ref = this.ref;
    const monday = (year: number): Day => nthWeekday(year, month!, 1, nth);
    const distance = (d: Day) => Math.abs(Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(ref.year, ref.month - 1, ref.day));
    let best = monday(ref.year);
    for (const other of [monday(ref.year - 1), monday(ref.year + 1)]) if (distance(other) < distance(best)) best = other;
    return weekend ? { end, type: 'DATE', value: formatWeek(addDays(best, -2)) + '-WE', kind: 'relative' }
      : { end, type: 'DATE', value: formatDay(best), kind: 'day' };
  }

  /** Everything except the wrappers (approximators, "early", "the end of"). */
  private core(i: number): Piece | undefined {
    if (i < 0 || i >= this.limit) return undefined;
    // wrappers ask for the core at the same token again and again: read it once
    const cached = this.coreCache[i];
    if (cached !== undefined) return cached === null ? undefined : cached;
    const piece = this.readCore(i);
    this.coreCache[i] = piece ?? null;
    return piece;
  }

  private readCore(i: number): Piece | undefined {
    const tok = this.tokens[i];
    const w = tok.lower;
    if (tok.kind === 'punct') {
      if (w !== "'" && w !== '’') return undefined;
      const short = this.yearNumber(i, false);
      return longer(short && { end: short.end, type: 'DATE', value: formatYear(short.year), kind: 'year' }, this.decadeOrCentury(i), i);
    }
    if (tok.kind === 'number') {
      // readers that can start with a number
      // (a four-figure clock time goes first, so that it, not the year the same figure could be, wins a tie: "until
      // 1540 when the tower called", on a page that writes its times so)
      let best = /^\d{4}$/.test(w) ? this.clockTime(i) : undefined;
      best = longer(best, this.dayFirstDate(i), i);
      best = longer(best, this.numericDate(i), i);
      best = longer(best, this.year(i), i);
      best = longer(best, this.decadeOrCentury(i), i);
      best = longer(best, this.period(i), i);
      best = longer(best, this.clockTime(i), i);
      return longer(best, this.duration(i), i);
    }
    let best = longer(undefined, this.calendarDate(i), i);
    if (w === 'the') best = longer(best, this.dayFirstDate(i), i);
    if (w === 'the') best = longer(best, this.dayAlone(i), i);
    // ("Around 1300, he flew …" on a page of 24-hour times: the figure is read as a clock time, not "around" a year)
    if (!(BARE_CLOCK_BEFORE.has(w) && this.isNumber(i + 1) && /^\d{4}$/.test(this.w(i + 1)) && this.clockTime(i + 1))) best = longer(best, this.year(i), i);
    if (w === 'the' || w === 'twenty' || ORDINAL_WORDS.has(w)) best = longer(best, this.decadeOrCentury(i), i);
    best = longer(best, this.deictic(i), i);
    best = longer(best, this.relative(i), i);
    best = longer(best, this.period(i), i);
    if (w === 'the') best = longer(best, this.openingOrClosingMonths(i), i);
    if (CLOCK_WORDS.has(w)) best = longer(best, this.clockTime(i), i);
    best = longer(best, this.duration(i), i);
    best = longer(best, this.set(i), i);
    best = longer(best, this.season(i), i);
    if (w === 'the' || w === 'this' || w === 'next' || w === 'last') best = longer(best, this.schoolYear(i), i);
    // "this season", "last season", "next season": a sport's or a trade's season, which may straddle two years and
    // whose dates the story does not give, so found without a value
    if ((w === 'this' || w === 'last' || w === 'next') && this.w(i + 1) === 'season') best = longer(best, { end: i + 2, type: 'DATE', kind: 'relative' }, i);
    // "this term", "last term": a school's term, likewise (the scan keeps it only in a story of schools: a term of office
    // or a word is none)
    if ((w === 'this' || w === 'last' || w === 'next') && this.w(i + 1) === 'term' && !this.hyphen(i + 2)) best = longer(best, { end: i + 2, type: 'DATE', kind: 'relative' }, i);
    if (tok.capital) {
      best = longer(best, this.holiday(i), i);
      best = longer(best, this.shorthandPeriod(i), i);
    }
    return best;
  }

  // ---------------------------------------------------------------- months, weekdays, days, years

  /** A month name at i: returns the month and the index after it (a glued "." after an abbreviation is included). */
  private month(i: number, loose: boolean): { month: number; end: number } | undefined {
    const w = this.w(i);
    const month = MONTHS.get(w);
    if (month === undefined) return undefined;
    const dotted = this.w(i + 1) === '.' && this.glued(i + 1);
    if (MONTH_ABBREVIATIONS.has(w)) {
      if (!this.capital(i)) return undefined;
      // "Mar" and "Jun" without a dot are too often other words: only beside a day or before a year ("Mar 10",
      // "10 Mar 2026", "Mar 2026", as web pages stamp their stories)
      if (!dotted && (w === 'mar' || w === 'jun' || w === 'jan' || w === 'dec' || w === 'sep')
        && !/^\d{1,2}$/.test(this.w(i + 1)) && !this.dayBefore(i) && !/^\d{4}$/.test(this.w(i + 1)) && !this.monthBeside(i)) return undefined;
      return { month, end: dotted ? i + 2 : i + 1 };
    }
    if (!this.capital(i) && !loose) return undefined;
    if (!this.capital(i) && (w === 'may' || w === 'march')) return undefined;
    // ("May. 18, 2017": a full name stopped as the short ones are, a day, a comma and a year after; not "in May. 12 died")
    if (dotted && this.capital(i) && /^\d{1,2}$/.test(this.w(i + 2)) && this.w(i + 3) === ',' && /^\d{4}$/.test(this.w(i + 4))) return { month, end: i + 2 };
    return { month, end: i + 1 };
  }

  /** Another month's name joined to the one at i by a hyphen, as a span of months is written ("Jan-March",
   *  "Oct-Dec"): the short name, which alone may be a given name or a word, is then a month. */
  private monthBeside(i: number): boolean {
    return (this.hyphen(i + 1) && MONTHS.has(this.w(i + 2))) || (this.hyphen(i - 1) && MONTHS.has(this.w(i - 2)));
  }

  /** A day of the month just before i ("10 Mar"), as day-first dates put it. */
  private dayBefore(i: number): boolean {
    return this.isNumber(i - 1) && !this.tokens[i].lineBreak && /^\d{1,2}(?:st|nd|rd|th)?$/.test(this.w(i - 1));
  }

  /** The full date after a weekday's part of the day, where it falls on that weekday (else it dates something else). */
  private dayOfPart(j: number, weekday: number): { end: number; value: string } | undefined {
    const dated = this.monthLed(j, true) ?? this.dayFirstDate(j);
    if (!dated || dated.kind !== 'day') return undefined;
    const value = yearOfWeekday(dated, weekday).value ?? (dated.floating === 'year' ? undefined : dated.value);
    const day = value === undefined ? undefined : parseDay(value);
    return day && isoWeekday(day) === weekday ? { end: dated.end, value: value as string } : undefined;
  }

  /** A capitalised three-letter weekday ("Tue", "Thu."), read only where a date follows it, as a web page's stamp has it. */
  private shortWeekday(i: number): { weekday: number; end: number } | undefined {
    const weekday = SHORT_WEEKDAYS.get(this.w(i));
    if (weekday === undefined || !this.capital(i)) return undefined;
    return { weekday, end: this.w(i + 1) === '.' && this.glued(i + 1) ? i + 2 : i + 1 };
  }

  private weekday(i: number): { weekday: number; end: number } | undefined {
    const w = this.w(i);
    const weekday = WEEKDAYS.get(w);
    if (weekday === undefined) return undefined;
    if (w === 'tues' || w === 'thurs') {
      if (!this.capital(i)) return undefined;
      return { weekday, end: this.w(i + 1) === '.' && this.glued(i + 1) ? i + 2 : i + 1 };
    }
    return { weekday, end: i + 1 };
  }

  /** Day of the month: "3", "3rd", "third". */
  private dayOfMonth(i: number): { day: number; end: number } | undefined {
    const w = this.w(i);
    if (this.isNumber(i)) {
      const m = /^(\d{1,2})(st|nd|rd|th)?$/.exec(w);
      if (!m) return undefined;
      const day = +m[1];
      if (day < 1 || day > 31) return undefined;
      // "Nov. 3-4" is a range of days; "May 3-1" a score; "Jan 2.5" a number
      const next = this.w(i + 1);
      if (this.glued(i + 1) && (next === '-' || next === '–') && this.isNumber(i + 2) && this.glued(i + 2) && /^\d{1,2}$/.test(this.w(i + 2))) {
        const last = +this.w(i + 2);
        return last > day && last <= 31 ? { day, end: i + 3 } : undefined;
      }
      if (this.glued(i + 1) && (next === '-' || next === '.' || next === ':' || next === '/' || next === ',') && this.isNumber(i + 2) && this.glued(i + 2)
        && !(next === ',' && /^(?:19|20)\d\d$/.test(this.w(i + 2)) && i > 0 && MONTHS.has(this.w(i - 1)))) return undefined;
      return { day, end: i + 1 };
    }
    const ordinal = ORDINAL_WORDS.get(w);
    // ("the June-through-September third quarter", "a March first half": the part of a year those months make, no day)
    if (ordinal !== undefined && ordinal > 0 && ordinal <= 31) return this.partOfYearAt(this.hyphen(i + 1) ? i + 2 : i + 1) ? undefined : { day: ordinal, end: i + 1 };
    if ((w === 'twenty' || w === 'thirty') && this.hyphen(i + 1)) {
      const unit = ORDINAL_WORDS.get(this.w(i + 2));
      if (unit !== undefined && unit > 0 && unit < 10) return { day: (w === 'twenty' ? 20 : 30) + unit, end: i + 3 };
    }
    return undefined;
  }

  /** Whether a quarter or a half of a year is named at i. */
  private partOfYearAt(i: number): boolean {
    const w = this.w(i);
    return w === 'quarter' || w === 'half';
  }

  /** A year written as digits (1000-2099) or words ("nineteen ninety-six"); `context` relaxes the checks. */
  /** Whether the comma at `i` follows a month's name, or a day's one or two figures after one. */
  private monthBeforeComma(i: number): boolean {
    const k = i > 1 && /^\d{1,2}$/.test(this.w(i - 1)) ? i - 2 : i - 1;
    return k >= 0 && MONTHS.has(this.w(k));
  }

  private yearNumber(i: number, context: boolean): { year: number; end: number } | undefined {
    const w = this.w(i);
    if (this.isNumber(i)) {
      if (w.length !== 4 || !/^\d{4}$/.test(w)) return undefined;
      const year = +w;
      if (year < 1000 || year > 2099) return undefined;
      const next = this.w(i + 1);
      if (this.glued(i + 1) && (next === ',' || next === '.' || next === '%') && this.isNumber(i + 2) && this.glued(i + 2)) return undefined;
      if (this.glued(i + 1) && next === '%') return undefined;
      const before = i > 0 ? this.tokens[i - 1] : undefined;
      // ("24 August,2018", "June 3,2020": a page stamp's comma glued to the year after a month or its day is no figure's)
      if (before && this.tokens[i].glued && /^[$£€¥#,.:/]$/.test(before.lower) && !(before.lower === ',' && this.monthBeforeComma(i - 1))) return undefined;
      // "3-1998" is not a year, but the end of a range "2014-2022" is
      if (before && this.tokens[i].glued && before.lower === '-' && i > 1 && this.tokens[i - 1].glued && this.tokens[i - 2].kind === 'number' && !/^\d{4}$/.test(this.tokens[i - 2].lower)) return undefined;
      if (context) return { year, end: i + 1 };
      const prev = this.prev(i);
      if (YEAR_BLOCKERS_BEFORE.has(prev)) return undefined;
      // "Orion 1980", "Boeing 1998": part of a name
      // (a year opening its line is no name's: "Hurricane Orla⏎2022 Atlantic hurricane season", a list of links)
      // (nor one after a list's heading word capitalised only as it opens the line: "Newest 2012 Paralympic stories")
      if (i > 0 && !this.tokens[i].lineStart && this.tokens[i - 1].capital && !NAME_BEFORE_YEAR_OK.has(prev)
        && !(HEADING_WORDS_BEFORE_YEAR.has(prev) && (i === 1 || this.tokens[i - 1].lineStart))) return undefined;
      // ("the 1922 Committee": a body named by its number, capitalised with it)
      if (next === 'committee' && this.capital(i + 1)) return undefined;
      if (COUNTED_NOUNS.has(next) && next !== 'and' && next !== 'to' && next !== 'or' && next !== 'of' && next !== 'out') return undefined;
      // ("Ottilie Brandvold (1874)": a year alone in brackets, a work's or a birth's)
      const bracketed = prev === '(' && next === ')' && this.tokens[i].glued && this.glued(i + 1);
      if (year < 1900 && !DATE_PREPOSITIONS.has(prev) && prev !== 'year' && prev !== 'fiscal' && !bracketed) return undefined;
      // ("between 1000 and 1300 pounds": an early year's range ending on a counted noun is a quantity's)
      if (year < 1900 && (next === 'and' || next === 'to') && this.isNumber(i + 2) && COUNTED_NOUNS.has(this.w(i + 3))) return undefined;
      return { year, end: i + 1 };
    }
    // "the summer of '76", "in '79", "the class of '98": a year cut to two digits after a preposition, the latest such
    // year up to a decade ahead
    if ((w === "'" || w === '’') && this.isNumber(i + 1) && this.glued(i + 1) && /^\d\d$/.test(this.w(i + 1))
      && (context || DATE_PREPOSITIONS.has(this.prev(i)) || this.prev(i) === 'class') && this.refYear !== undefined && !this.quoteClosesAfter(i)) {
      let year = Math.floor(this.refYear / 100) * 100 + +this.w(i + 1);
      if (year > this.refYear + 10) year -= 100;
      return { year, end: i + 2 };
    }
    return this.wordYear(i);
  }

  /**
   * "after ’45 Fest’", "at the '72 Fair'": the mark at i opens a quote that closes a few words on (glued to a word's end,
   * not an apostrophe inside one), so the number begins a name, no year cut to two digits.
   */
  private quoteClosesAfter(i: number): boolean {
    for (let k = i + 2; k < Math.min(this.tokens.length, this.limit, i + 8); k++) {
      const tok = this.tokens[k];
      if (tok.kind !== 'punct' || !tok.glued) continue;
      if (tok.lower === '.' || tok.lower === '!' || tok.lower === '?' || tok.lower === ',') continue;
      if (tok.lower !== "'" && tok.lower !== '’') return false;
      const next = this.tokens[k + 1];
      if (this.tokens[k - 1].kind !== 'punct' && !(next !== undefined && next.glued && next.kind === 'word')) return true;
    }
    return false;
  }

  /** A two-digit year in the century that puts it nearest the article's year ("FY26" in 2025 is 2026; in 1998, "FY02" is 2002). */
  private centuryNear(n: number): number {
    const around = this.refYear ?? 2000;
    let best = Math.floor(around / 100) * 100 + n;
    for (const candidate of [best - 100, best + 100]) if (Math.abs(candidate - around) < Math.abs(best - around)) best = candidate;
    return best;
  }

  /**
   * "-26" or "/2026" glued after a year: a period from one year into the next ("2025-26", "2025/26"), only when the
   * second year is the first's next. Returns the second year and the index after it.
   */
  private yearSpan(i: number, first: number, spacedToo = false): { last: number; end: number; spaced?: boolean } | undefined {
    const sep = this.w(i);
    // ("the 2024 – 25 fiscal year": a dash set off by spaces, as some styles write it, where the caller asks for one)
    const spaced = spacedToo && (sep === '-' || sep === '–' || sep === '—') && !this.glued(i) && !this.glued(i + 1);
    if ((sep !== '-' && sep !== '–' && sep !== '/' && sep !== '‑') && !spaced) return undefined;
    if ((!spaced && (!this.glued(i) || !this.glued(i + 1))) || !this.isNumber(i + 1)) return undefined;
    const second = this.w(i + 1);
    const last = second.length === 2 ? Math.floor(first / 100) * 100 + +second + (+second < first % 100 ? 100 : 0)
      : second.length === 4 ? +second : NaN;
    if (last !== first + 1 || (this.glued(i + 2) && (this.isNumber(i + 2) || this.w(i + 2) === sep))) return undefined;
    return spaced ? { last, end: i + 2, spaced } : { last, end: i + 2 };
  }

  /** "nineteen ninety-six", "nineteen eighty", "two thousand", "two thousand and one". */
  private wordYear(i: number): { year: number; end: number } | undefined {
    const w = this.w(i);
    const head = w === 'nineteen' ? 19 : w === 'eighteen' ? 18 : w === 'twenty' && this.w(i + 1) !== '-' ? 20 : undefined;
    if (head !== undefined) {
      const tens = NUMBER_WORDS.get(this.w(i + 1));
      // "nineteen hundred and twenty-seven", as a deed or an indictment writes its year ("nineteen hundred" alone is 1900)
      if (this.w(i + 1) === 'hundred') {
        const rest = this.w(i + 2) === 'and' ? this.yearTail(i + 3) : undefined;
        return rest ? { year: head * 100 + rest.n, end: rest.end } : { year: head * 100, end: i + 2 };
      }
      if (tens === undefined || tens < 10) return undefined;
      if (tens >= 20 && tens % 10 === 0 && this.hyphen(i + 2)) {
        const unit = NUMBER_WORDS.get(this.w(i + 3));
        if (unit !== undefined && unit > 0 && unit < 10) return { year: head * 100 + tens + unit, end: i + 4 };
      }
      if (tens >= 20 && tens % 10 === 0) {
        const unit = NUMBER_WORDS.get(this.w(i + 2));
        if (unit !== undefined && unit > 0 && unit < 10) return { year: head * 100 + tens + unit, end: i + 3 };
      }
      return { year: head * 100 + tens, end: i + 2 };
    }
    if (w === 'two' && this.w(i + 1) === 'thousand') {
      const rest = this.yearTail(this.w(i + 2) === 'and' ? i + 3 : i + 2);
      return rest ? { year: 2000 + rest.n, end: rest.end } : { year: 2000, end: i + 2 };
    }
    return undefined;
  }

  /** The last two figures of a year in words, from 1 to 99: "five", "nineteen", "twenty", "twenty-seven", "thirty one". */
  private yearTail(i: number): { n: number; end: number } | undefined {
    const n = NUMBER_WORDS.get(this.w(i));
    if (n === undefined || n < 1 || n > 90 || (n >= 20 && n % 10 !== 0)) return undefined;
    if (n < 20) return { n, end: i + 1 };
    const unitAt = this.hyphen(i + 1) ? i + 2 : i + 1;
    const unit = NUMBER_WORDS.get(this.w(unitAt));
    return unit !== undefined && unit > 0 && unit < 10 ? { n: n + unit, end: unitAt + 1 } : { n, end: i + 1 };
  }

  // ---------------------------------------------------------------- calendar dates

  /** Weekday- or month-led dates: "Friday", "Tuesday morning", "Saturday, April 25", "Oct. 15, 1999", "August 1988". */
  private calendarDate(i: number): Piece | undefined {
    const short = this.shortWeekday(i);
    if (short) {
      // "The Sun 10 March edition" is a newspaper's: a short weekday stands only where it is the date's own
      if (this.prev(i) === 'the') return undefined;
      const j = this.w(short.end) === ',' ? short.end + 1 : short.end;
      const dated = this.monthLed(j, true) ?? this.dayFirstDate(j);
      if (!dated || dated.kind !== 'day') return undefined;
      const day = dated.floating === 'year' || dated.value === undefined ? undefined : parseDay(dated.value);
      if (day && isoWeekday(day) !== short.weekday) return undefined;
      return { ...dated, ...yearOfWeekday(dated, short.weekday), kind: 'day' };
    }
    const weekday = this.weekday(i);
    if (weekday) {
      let j = weekday.end;
      if (this.w(j) === ',') j++;
      // "Saturday, April 25", and day first: "Monday 4 May", "Friday, the 9th of January"
      const dated = this.monthLed(j, true) ?? this.dayFirstDate(j);
      if (dated && dated.kind === 'day') return { ...dated, ...yearOfWeekday(dated, weekday.weekday), kind: 'day' };
      const part = DAY_PARTS.get(this.w(weekday.end));
      if (part !== undefined && this.w(weekday.end) !== 'overnight') {
        // "Sunday evening, Aug. 20, 2023", as captions write it: the part of that day, its date after a comma
        const on = this.w(weekday.end + 1) === ',' ? this.dayOfPart(weekday.end + 2, weekday.weekday) : undefined;
        if (on) return { end: on.end, type: 'TIME', value: `${on.value}T${part}`, kind: 'time' };
        return { end: weekday.end + 1, type: 'TIME', value: `${weekdayValue(this.ref, weekday.weekday, 0)}T${part}`, kind: 'time', floating: this.ref && 'week' };
      }
      // "Monday nights", and "Sunday services were doubled": what runs on every such day
      if (this.w(weekday.end) === 'nights' || this.w(weekday.end) === 'mornings' || this.w(weekday.end) === 'evenings' || this.w(weekday.end) === 'afternoons'
        || (RUNS_ON_A_DAY.has(this.w(weekday.end)) && !this.capital(weekday.end) && this.prev(i) !== 'the' && this.prev(i) !== "'s")) {
        return { end: RUNS_ON_A_DAY.has(this.w(weekday.end)) ? weekday.end : weekday.end + 1, type: 'SET', value: `XXXX-WXX-${weekday.weekday}`, kind: 'set' };
      }
      // "the Sunday Times", "Monday Night Football": part of a name
      if (this.capital(weekday.end) && (this.prev(i) === 'the' || MEDIA_NAMES.has(this.w(weekday.end)))) return undefined;
      // "Friday next week", "Tuesday last week": that weekday of the week named, one date
      const week = this.relativeWeek(weekday.end);
      if (week) return { end: week.end, type: 'DATE', value: formatDay(addDays(week.monday, weekday.weekday - 1)), kind: 'day' };
      // "the Monday after next", "the Friday before last": a week past the coming or the last such day
      const beyond = this.prev(i) === 'the' ? (this.w(weekday.end) === 'after' && this.w(weekday.end + 1) === 'next' ? 1
        : this.w(weekday.end) === 'before' && this.w(weekday.end + 1) === 'last' ? -1 : 0) : 0;
      if (beyond !== 0) {
        const nearest = this.ref && parseDay(weekdayValue(this.ref, weekday.weekday, beyond)!);
        return { end: weekday.end + 2, type: 'DATE', value: nearest ? formatDay(addDays(nearest, 7 * beyond)) : `XXXX-WXX-${weekday.weekday}`, kind: 'day' };
      }
      // "stopped on a Friday in June 1971", "took the van onto the ice on the Saturday": a day of the time the story
      // tells of, which is not the article's week; the scan may find which (onTheDayOfTheStory)
      // ("by the Tuesday deadline" names this week's Tuesday, as an adjective)
      if ((this.prev(i) === 'a' || this.prev(i) === 'the') && !SAME_DAY_FOLLOWERS.has(this.w(weekday.end)) && !this.isAttributive(weekday.end)) {
        return { end: weekday.end, type: 'DATE', value: `XXXX-WXX-${weekday.weekday}`, kind: 'weekday' };
      }
      return { end: weekday.end, type: 'DATE', value: weekdayValue(this.ref, weekday.weekday, 0), kind: 'weekday', floating: this.ref && 'week' };
    }
    const plural = WEEKDAYS_PLURAL.get(this.w(i));
    if (plural !== undefined && this.capital(i)) return { end: i + 1, type: 'SET', value: `XXXX-WXX-${plural}`, kind: 'set' };
    // "the courts sit on weekdays": daily, Mondays to Fridays (the display says which days)
    if (this.w(i) === 'weekdays' && (this.prev(i) === 'on' || this.prev(i) === 'at')) return { end: i + 1, type: 'SET', value: 'P1D', kind: 'set' };
    return this.monthPair(i) ?? this.monthLed(i, false);
  }

  /**
   * The first of two months that share the year after the second, as a magazine dates its issue: "January/February
   * 2019", "Mar/Apr 2011", "May-June 2024" ("December/January 2020": the December before).
   */
  private monthPair(i: number): Piece | undefined {
    const first = MONTHS.get(this.w(i));
    const sep = this.w(i + 1);
    if (first === undefined || (sep !== '/' && sep !== '-' && sep !== '–') || !this.capital(i)) return undefined;
    const second = this.month(i + 2, false);
    const y = second && this.yearNumber(second.end, true);
    if (!y || !this.capital(i + 2)) return undefined;
    return { end: i + 1, type: 'DATE', value: formatMonth(first > second.month ? y.year - 1 : y.year, first), kind: 'month' };
  }

  private monthLed(i: number, afterWeekday: boolean): Piece | undefined {
    const month = this.month(i, afterWeekday);
    if (!month) return undefined;
    let j = month.end;
    // "November the 29th", "April the 1st": a spoken day after "the", in figures with its ordinal ending (not "in June
    // the first ship")
    const day = this.w(j) === 'the' && /^\d\d?(?:st|nd|rd|th)$/.test(this.w(j + 1)) ? this.dayOfMonth(++j) : this.dayOfMonth(j);
    if (day && !(this.isNumber(j) && this.w(j + 1) === ':' && this.glued(j + 1) && this.isNumber(j + 2) && this.glued(j + 2))) {
      j = day.end;
      let year: number | undefined;
      let k = j;
      if (this.w(k) === ',') k++;
      // ("Last Updated: November 30, -0001": a blog's stamp for no date at all, the zero date printed as a day)
      if (this.w(k) === '-' && this.w(k + 1) === '0001') return undefined;
      const y = this.yearNumber(k, true) ?? this.relativeYear(j);
      if (y) { year = y.year; j = y.end; }
      if (year !== undefined || this.refYear === undefined) return { end: j, type: 'DATE', value: ymd(year, month.month, day.day), kind: 'day' };
      return { end: j, type: 'DATE', value: nearestDay(this.ref, month.month, day.day), kind: 'day', floating: 'year' };
    }
    // "Last updated: Oct, 03, 2021": a page stamp's comma after the month, only with the day's figures and its year
    // after a second comma ("In October, 3 people died" stays the month)
    // (a stamp's short month or zero-padded day: "In May, 12, 2019 and 2020 were dry" is a list)
    if (this.w(j) === ',' && this.isNumber(j + 1) && (this.w(j + 1).startsWith('0') || (this.w(i).length <= 4 && this.w(i) !== 'may' && this.w(i) !== 'june' && this.w(i) !== 'july'))) {
      const split = this.dayOfMonth(j + 1);
      const y = split && this.w(split.end) === ',' ? this.yearNumber(split.end + 1, true) : undefined;
      if (split && y) return { end: y.end, type: 'DATE', value: ymd(y.year, month.month, split.day), kind: 'day' };
    }
    // "August 1988", "July of 1990"
    let k = j;
    if (this.w(k) === 'of' || this.w(k) === ',') k++;
    const y = this.yearNumber(k, true);
    if (y) return { end: y.end, type: 'DATE', value: formatMonth(y.year, month.month), kind: 'month' };
    // "June last year", "January this year", "September of last year"
    const r = this.w(j) === 'of' ? j + 1 : j;
    const rel = RELATIVE_DETERMINERS.get(this.w(r));
    if (rel !== undefined && this.w(r + 1) === 'year' && !this.isPossessive(r + 2) && (this.w(r) === 'last' || this.w(r) === 'this' || this.w(r) === 'next')) {
      const year = this.refYear === undefined ? undefined : this.refYear + rel;
      return { end: r + 2, type: 'DATE', value: year === undefined ? `XXXX-${pad(month.month)}` : formatMonth(year, month.month), kind: 'month' };
    }
    if (!this.bareMonthAllowed(i)) return undefined;
    const year = nearestYear(this.ref, month.month);
    return { end: month.end, type: 'DATE', value: year === undefined ? `XXXX-${pad(month.month)}` : formatMonth(year, month.month), kind: 'month', floating: year === undefined ? undefined : 'year' };
  }

  /** "May", "March" and name-like months ("June Carter") alone need a temporal context. */
  private bareMonthAllowed(i: number): boolean {
    const w = this.w(i);
    if (w !== 'may' && w !== 'march' && w !== 'june' && w !== 'april' && w !== 'august') return true;
    const prev = this.prev(i);
    if (STRONG_MONTH_CONTEXT.has(prev)) return true;
    const next = i + 1 < this.limit ? this.tokens[i + 1] : undefined;
    // "June Carter", "April Ryan"
    if (next && next.kind === 'word' && next.capital) return false;
    // "her sisters, June and Rose": "and" and a capitalised word that no calendar has, two people's given names
    if (next?.lower === 'and' && !DATE_PREPOSITIONS.has(prev) && this.capital(i + 2) && this.tokens[i + 2].kind === 'word' && !this.isNumber(i + 3)
      && !this.calendarWord(i + 2)) return false;
    // "his wife of 60 years, June, and", "he and June moved": a relative named between commas after a kinship noun, or
    // joined by "and" to a pronoun, is a person
    if (w !== 'may' && w !== 'march' && this.namedRelative(i, prev, next?.lower)) return false;
    if (w !== 'may' && w !== 'march') return true;
    // "March sales were revised", "May payrolls": a month's figures (no verb "march" is capitalised inside a sentence)
    // (not after a given name: "Theresa May sales pitch")
    if (this.capital(i) && next?.kind === 'word' && MONTHLY_FIGURES.has(next.lower)
      && !(i > 0 && this.tokens[i - 1].kind === 'word' && this.capital(i - 1) && prev !== 'the')) return true;
    // "The March hearing was postponed", "the May elections": an event of the month, after "the" (a verb "march" takes
    // no "the" before it; "the May government" is a prime minister's)
    if (this.capital(i) && prev === 'the' && next?.kind === 'word' && MONTH_EVENTS.has(next.lower)) return true;
    if (!DATE_PREPOSITIONS.has(prev) && prev !== '-') return false;
    return !next || next.kind !== 'word' || MONTH_FOLLOWERS.has(next.lower);
  }

  /** Whether the name-like month at `i` names a relative: ", June," within five words after a kinship noun ("his wife
   *  of 60 years, June, and a son"), or "June" after a personal pronoun and "and" ("he and June moved"). */
  private namedRelative(i: number, prev: string, next: string | undefined): boolean {
    if (prev === 'and' && PERSONAL_SUBJECTS.has(this.w(i - 2))) return true;
    if (prev !== ',' || (next !== ',' && next !== 'and' && next !== ';')) return false;
    for (let k = i - 2; k >= 0 && k >= i - 6; k--) {
      if (KIN_NOUNS.has(this.w(k))) return true;
      if (this.w(k) === ',' || this.w(k) === '.') return false;
    }
    return false;
  }

  /** Business shorthand: "Q3", "Q3 2024", "H1". */
  private shorthandPeriod(i: number): Piece | undefined {
    const w = this.w(i);
    // "FY2025", "FY 2026", "FY25": a fiscal year, which TIMEX3 values as its year
    if (w === 'fy' && this.capital(i) && this.isNumber(i + 1) && /^(?:\d{2}|\d{4})$/.test(this.w(i + 1))) {
      const n = +this.w(i + 1);
      const year = n >= 100 ? n : this.centuryNear(n);
      // "FY2025-26", "FY25/26": the fiscal year that ends in the second year, as "FY26" names it
      const span = this.yearSpan(i + 2, year);
      if (span) return { end: span.end, type: 'DATE', value: formatYear(span.last), kind: 'year' };
      // "FY27." ends its sentence; "FY25x" is no year
      if (this.glued(i + 2) && !(/^[.,;:!?)]$/.test(this.w(i + 2)) && !this.isNumber(i + 3))) return undefined;
      return { end: i + 2, type: 'DATE', value: formatYear(year), kind: 'year' };
    }
    if ((w !== 'q' && w !== 'h') || !this.capital(i) || !this.isNumber(i + 1) || !this.glued(i + 1)) return undefined;
    const n = +this.w(i + 1);
    if (!/^[1-4]$/.test(this.w(i + 1)) || (w === 'h' && n > 2)) return undefined;
    if (this.glued(i + 2) && (this.w(i + 2) === '.' || this.w(i + 2) === ',') && this.isNumber(i + 3)) return undefined;
    let end = i + 2;
    let year = this.refYear;
    const y = this.yearNumber(end, true);
    if (y && y.end === end + 1 && this.isNumber(end)) { year = y.year; end = y.end; }
    else if (this.w(end) === 'fy') {
      // "H1 FY26", "Q3 FY2025-26": that part of the fiscal year
      const fiscal = this.shorthandPeriod(end);
      if (fiscal?.value && /^\d{4}$/.test(fiscal.value)) { year = +fiscal.value; end = fiscal.end; }
    }
    const code = `${w === 'q' ? 'Q' : 'H'}${n}`;
    return { end, type: 'DATE', value: `${year === undefined ? 'XXXX' : formatYear(year)}-${code}`, kind: 'period' };
  }

  /** A season without a determiner: "spring 2024", "in winter", "since summer". */
  private season(i: number): Piece | undefined {
    const w = this.w(i);
    const season = SEASONS.get(w);
    if (!season) return undefined;
    let k = i + 1;
    if (this.w(k) === 'of') k++;
    const y = this.yearNumber(k, true);
    // "winter 2020-21": the winter that starts in the first year
    const span = y && season === 'WI' && this.isNumber(k) ? this.yearSpan(y.end, y.year) : undefined;
    if (y) return { end: span ? span.end : y.end, type: 'DATE', value: `${formatYear(y.year)}-${season}`, kind: 'month' };
    // "fall" and "spring" are verbs and nouns too often to stand alone; "by Summer Lindqvist": a capitalised season
    // before another capitalised word is a given name (or opens an event's name)
    const next = i + 1 < this.limit ? this.tokens[i + 1] : undefined;
    if (this.capital(i) && next && next.kind === 'word' && next.capital) return undefined;
    if (w === 'fall' || w === 'spring' || !STRONG_MONTH_CONTEXT.has(this.prev(i)) || this.prev(i) === 'this' || this.prev(i) === 'last' || this.prev(i) === 'next') return undefined;
    return { end: i + 1, type: 'DATE', value: this.refYear === undefined ? `XXXX-${season}` : `${formatYear(this.refYear)}-${season}`, kind: 'month', floating: this.ref && 'year' };
  }

  /**
   * "the journal Neurology Today", "told USA Today on Monday": a capitalised "Today", "Tonight", "Tomorrow" or "Yesterday"
   * after a capitalised word inside a sentence ends a title's name; not in a title-case headline, where the next word is
   * capitalised too ("Council Votes Today On Budget"), nor after a sentence's first word ("Updated Today 10:30").
   */
  private endsTitle(i: number): boolean {
    if (!this.capital(i) || i < 2) return false;
    const before = this.tokens[i - 1];
    if (before.kind !== 'word' || !before.capital || this.tokens[i].glued || this.tokens[i].lineBreak) return false;
    // (the word before the title's may be a mark inside a sentence: "in two states, USA Today reports")
    const opener = this.tokens[i - 2];
    if ((opener.kind !== 'word' && !MID_SENTENCE_MARK.has(opener.lower)) || before.lineBreak || before.glued) return false;
    const next = i + 1 < this.limit ? this.tokens[i + 1] : undefined;
    return !(next && next.kind === 'word' && next.capital);
  }

  /** "Christmas Day", "New Year's Eve", "Easter": capitalised names of days. */
  private holiday(i: number): Piece | undefined {
    // (most capitalised words open no holiday: skip the loop over all of them)
    if (!this.capital(i) || !HOLIDAY_FIRST_WORDS.has(this.w(i))) return undefined;
    for (const holiday of HOLIDAYS) {
      const words = holiday.words;
      if (this.w(i) !== words[0]) continue;
      let k = 1;
      for (; k < words.length; k++) {
        const w = this.w(i + k) === '’' ? "'" : this.w(i + k);
        if (w !== words[k]) break;
      }
      if (k < words.length) continue;
      if (holiday.capitalised && words.some((_, n) => !this.capital(i + n))) continue;
      const end = i + words.length;
      // "Ramadan Abedi, the father of …": a holiday's name that is also a given name, before a capitalised word no
      // calendar has, is a person's (as "June Carter" is no month)
      if (holiday.givenName && end < this.limit && this.tokens[end].kind === 'word' && this.tokens[end].capital && !this.calendarWord(end)) return undefined;
      let value: string | undefined;
      if (holiday.easter !== undefined || holiday.nthWeekday) {
        // "Easter 2027"; without its year the nearest one, since a tense cannot move a movable feast by whole years
        const y = this.yearNumber(end, true);
        const day = (year: number): Day => movableDay(holiday, year)!;
        if (y) return { end: y.end, type: 'DATE', value: formatDay(day(y.year)), kind: 'day' };
        if (!this.ref) return { end, type: 'DATE', kind: 'day' };
        const ref = this.ref;
        const distance = (d: Day) => Math.abs(Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(ref.year, ref.month - 1, ref.day));
        let best = day(ref.year);
        for (const other of [day(ref.year - 1), day(ref.year + 1)]) if (distance(other) < distance(best)) best = other;
        return { end, type: 'DATE', value: formatDay(best), kind: 'day' };
      }
      if (holiday.month !== undefined && holiday.day !== undefined) {
        const y = this.yearNumber(end, true);
        if (y) return { end: y.end, type: 'DATE', value: `${formatYear(y.year)}-${pad(holiday.month)}-${pad(holiday.day)}`, kind: 'day' };
        // without its year, like "July 3": the nearest one, which the tense then places ("reopens on New Year's Day")
        return { end, type: 'DATE', value: nearestDay(this.ref, holiday.month, holiday.day), kind: 'day', floating: this.ref && 'year' };
      }
      return { end, type: 'DATE', value, kind: 'day' };
    }
    return undefined;
  }

  /** "3 July 2025", "the 3rd of July". */
  private dayFirstDate(i: number): Piece | undefined {
    let j = i;
    // "the 23rd of February" is said with its "the"; "the 23 February accord" puts a plain date after "the" as a
    // modifier, and the date is "23 February" (as "the February 23 accord" is "February 23")
    if (this.w(j) === 'the' && this.isNumber(j + 1)) {
      if (/^\d+$/.test(this.w(j + 1))) return undefined;
      j++;
    }
    if (!this.isNumber(j)) return undefined;
    const day = this.dayOfMonth(j);
    if (!day) return undefined;
    let k = day.end;
    if (this.w(k) === 'of') k++;
    const month = this.month(k, false);
    if (!month) return undefined;
    let end = month.end;
    let year: number | undefined;
    // ("7 March, 2013": a comma before the year, as some write a day-first date)
    const y = this.yearNumber(end, true) ?? this.relativeYear(end)
      ?? (this.w(end) === ',' && /^\d{4}$/.test(this.w(end + 1)) ? this.yearNumber(end + 1, true) : undefined);
    if (y) { year = y.year; end = y.end; }
    if (year !== undefined || this.refYear === undefined) return { end, type: 'DATE', value: ymd(year, month.month, day.day), kind: 'day' };
    return { end, type: 'DATE', value: nearestDay(this.ref, month.month, day.day), kind: 'day', floating: 'year' };
  }

  /**
   * "## 15:40 — Markets steady", "**13:30** Statement begins": a clock time from `i` to `j` that opens a paragraph (after
   * a heading's or emphasis marks only) and is set off from what follows, as a live page stamps its entries.
   */
  private opensEntry(i: number, j: number): boolean {
    let k = i;
    while (k > 0 && this.tokens[k - 1].kind === 'punct' && ENTRY_MARKS.has(this.tokens[k - 1].lower) && !this.tokens[k].lineBreak) k--;
    if (k > 0 && !this.tokens[k].lineBreak) return false;
    return j < this.limit && ENTRY_SEPARATORS.has(this.w(j));
  }

  /** "next week", "last week", "this week" right after a weekday: the Monday of that week, and where the words end. */
  private relativeWeek(j: number): { monday: Day; end: number } | undefined {
    const w = this.w(j);
    if (!this.ref || this.w(j + 1) !== 'week' || this.isPossessive(j + 2) || (w !== 'last' && w !== 'this' && w !== 'next')) return undefined;
    const monday = addDays(this.ref, 1 - isoWeekday(this.ref));
    return { monday: addDays(monday, 7 * RELATIVE_DETERMINERS.get(w)!), end: j + 2 };
  }

  /** "last year", "this year", "next year" right after a day and its month: "on 9 June last year", "June 9 this year"
   *  ("of last year" too). */
  private relativeYear(j: number): { year: number; end: number } | undefined {
    // ("June 3 of last year")
    if (this.w(j) === 'of') j++;
    const w = this.w(j);
    if (this.refYear === undefined || this.w(j + 1) !== 'year' || this.isPossessive(j + 2)) return undefined;
    if (w !== 'last' && w !== 'this' && w !== 'next') return undefined;
    return { year: this.refYear + RELATIVE_DETERMINERS.get(w)!, end: j + 2 };
  }

  /**
   * "on the 14th", "by the 3rd", "until the 21st": a day of the month alone, in the article's month until its tense or
   * a month named just before moves it (the scan does both). Only after a preposition of time and before nothing a
   * noun could be, so that "on the 12th hole", "the 5th Battalion" and "the 14th-century church" stay what they are.
   */
  private dayAlone(i: number): Piece | undefined {
    // ("as late as the 28th", "as early as the 3rd": the bound of a time, after its "as … as")
    const bound = this.prev(i) === 'as' && (this.w(i - 2) === 'late' || this.w(i - 2) === 'early') && this.w(i - 3) === 'as';
    if (!(DAY_ALONE_LEADS.has(this.prev(i)) || bound) || !this.isNumber(i + 1)) return undefined;
    const m = /^(\d{1,2})(st|nd|rd|th)$/.exec(this.w(i + 1));
    if (!m || +m[1] < 1 || +m[1] > 31) return undefined;
    const day = +m[1];
    const end = i + 2;
    const next = end < this.limit ? this.tokens[end] : undefined;
    // "will be sentenced on the 21st of this month", "by the 3rd of next month": that month's day
    const which = next?.lower === 'of' && this.w(end + 2) === 'month' && /^(?:this|next|last)$/.test(this.w(end + 1)) ? RELATIVE_DETERMINERS.get(this.w(end + 1)) : undefined;
    if (which !== undefined && this.ref) {
      const { year, month } = addMonths(this.ref.year, this.ref.month, which);
      return isValidDay(year, month, day) ? { end: end + 3, type: 'DATE', value: formatDay({ year, month, day }), kind: 'day' } : undefined;
    }
    if (next) {
      // (a word that starts another phrase, not a noun the ordinal describes)
      if (next.kind === 'word' && (!FUNCTION_WORDS.has(next.lower) || next.lower === 'of' || next.lower === 'old')) return undefined;
      if (next.kind === 'number' || (next.glued && !/^[.,;:!?)]$/.test(next.lower))) return undefined;
      // "on the 15th and 17th holes": a list of ordinals, of what the last one's noun says
      if ((next.lower === 'and' || next.lower === 'or' || next.lower === 'to') && this.isNumber(end + 1)) return undefined;
    }
    if (!this.ref) return { end, type: 'DATE', value: `XXXX-XX-${pad(day)}`, kind: 'day' };
    // the 31st in a 30-day month: the month before, which has one
    const { year, month } = isValidDay(this.ref.year, this.ref.month, day) ? this.ref : addMonths(this.ref.year, this.ref.month, -1);
    return { end, type: 'DATE', value: formatDay({ year, month, day }), kind: 'day', floating: 'month' };
  }

  /** "2025-06-02", "2025/06/02", "6/2/2025". */
  private numericDate(i: number): Piece | undefined {
    if (!this.isNumber(i)) return undefined;
    const a = this.w(i);
    const sep = this.w(i + 1);
    // "2017-Jun-14": a release stamp's year, the month's short name and the day, hyphenated
    if (sep === '-' && /^\d{4}$/.test(a) && this.glued(i + 1) && this.glued(i + 2) && MONTH_ABBREVIATIONS.has(this.w(i + 2))
      && this.w(i + 3) === '-' && this.glued(i + 3) && this.isNumber(i + 4) && this.glued(i + 4) && /^\d{1,2}$/.test(this.w(i + 4))
      && !(this.glued(i + 5) && (this.isNumber(i + 5) || this.w(i + 5) === '-'))) {
      const month = MONTHS.get(this.w(i + 2))!, day = +this.w(i + 4);
      return isValidDay(+a, month, day) ? { end: i + 5, type: 'DATE', value: formatDay({ year: +a, month, day }), kind: 'day' } : undefined;
    }
    // "08-Nov-2000", "8-Nov-00": a law report's or a register's day, the month's short name and the year, hyphenated
    // (read as the month of the page's year and a year apart before)
    if (sep === '-' && /^\d{1,2}$/.test(a) && this.glued(i + 1) && this.glued(i + 2) && MONTH_ABBREVIATIONS.has(this.w(i + 2))
      && this.w(i + 3) === '-' && this.glued(i + 3) && this.isNumber(i + 4) && this.glued(i + 4) && /^(?:\d{2}|\d{4})$/.test(this.w(i + 4))
      && !(this.glued(i) && (this.isNumber(i - 1) || this.w(i - 1) === '-'))
      && !(this.glued(i + 5) && (this.isNumber(i + 5) || this.w(i + 5) === '-'))) {
      const y = this.w(i + 4), year = y.length === 2 ? (+y < 50 ? 2000 + +y : 1900 + +y) : +y;
      const month = MONTHS.get(this.w(i + 2))!, day = +a;
      return isValidDay(year, month, day) ? { end: i + 5, type: 'DATE', value: formatDay({ year, month, day }), kind: 'day' } : undefined;
    }
    if (!(sep === '-' || sep === '/' || sep === '.') || !this.glued(i + 1) || !this.isNumber(i + 2) || !this.glued(i + 2)) return undefined;
    // "two months before 9/11", "post-9/11 wars": the day of the attacks of 2001, as the news names it (not a part of a
    // longer figure, "19/11", "9/11/2019")
    if (a === '9' && sep === '/' && this.w(i + 2) === '11' && !(this.glued(i) && (this.isNumber(i - 1) || this.w(i - 1) === '/'))
      && !(this.glued(i + 3) && (this.isNumber(i + 3) || this.w(i + 3) === '/'))) return { end: i + 3, type: 'DATE', value: '2001-09-11', kind: 'day' };
    if (this.w(i + 3) !== sep || !this.glued(i + 3) || !this.isNumber(i + 4) || !this.glued(i + 4)) return undefined;
    const b = this.w(i + 2), c = this.w(i + 4);
    if (sep === '-' && /^\d{4}$/.test(a) && /^\d{2}$/.test(b) && /^\d{2}t$/.test(c)) return this.isoTimestamp(i, +a, +b, +c.slice(0, 2));
    // (not a part of a longer figure, "1.2.19.4", "10/3/2025/2"; a dot after a dotted date with a two-figure year ends
    // its sentence, "aired 11.05.17.", as dottedDates must find the order on the page for it)
    if (this.glued(i + 5) && (this.isNumber(i + 5) || (this.w(i + 5) === sep
      && !(sep === '.' && this.w(i + 4).length === 2 && !(this.glued(i + 6) && this.isNumber(i + 6)))))) return undefined;
    // ("2026/06/09": a blog's or a page's stamp with slashes, the year first, then the month and the day, as with hyphens;
    // with slashes the month and the day perhaps in one figure, "2023/5/27", as East Asian pages write them)
    const figures = sep === '/' && /^(?:19|20)\d\d$/.test(a) ? /^\d{1,2}$/ : /^\d{2}$/;
    if ((sep === '-' || sep === '/') && /^\d{4}$/.test(a) && figures.test(b) && figures.test(c)) {
      if (!isValidDay(+a, +b, +c)) return undefined;
      return { end: i + 5, type: 'DATE', value: formatDay({ year: +a, month: +b, day: +c }), kind: 'day' };
    }
    // "10.03.2026", "13.2.2025": where dots part a date, the day comes first (but "version 1.2.2026" is a version's
    // number, as is one glued to a letter: "v1.2.2026")
    if (sep === '.' && /^\d{1,2}$/.test(a) && /^\d{1,2}$/.test(b) && /^\d{4}$/.test(c)
      && (b.length === 2 || !(this.glued(i) || VERSION_WORDS.has(this.w(i - 1))))) {
      // ("on 09.16.2009 at 7:36 am": a US page's comment stamp, month first where the second is no month)
      const [month, day] = +b > 12 && +a <= 12 ? [+a, +b] : [+b, +a];
      if (!isValidDay(+c, month, day)) return undefined;
      return { end: i + 5, type: 'DATE', value: formatDay({ year: +c, month, day }), kind: 'day' };
    }
    // "29.03.19", "3.19.19": dots and a year in two figures, which pages write in either order; read month first as
    // with slashes (day first where the first is no month), then kept only where the page settles the order
    // (dottedDates). Not a version's number, nor a clock time with seconds ("9.12.57 AM").
    if (sep === '.' && /^\d{1,2}$/.test(a) && /^\d{1,2}$/.test(b) && /^\d{2}$/.test(c) && !(this.glued(i) && /[a-z\d]$/.test(this.w(i - 1)))
      && !VERSION_WORDS.has(this.w(i - 1)) && !/^(?:am|pm|a|p)$/.test(this.w(i + 5))) {
      const year = +c < 50 ? 2000 + +c : 1900 + +c;
      const [month, day] = +a > 12 ? [+b, +a] : [+a, +b];
      if (!isValidDay(year, month, day)) return undefined;
      return { end: i + 5, type: 'DATE', value: formatDay({ year, month, day }), kind: 'day' };
    }
    // ("12-02-2025" written with hyphens as with slashes, its year in full)
    // ("Published: 11-06-07", "the minutes of 6-20-06", "Update 1-9-15:": with hyphens and its year in two figures only
    // where a stamp's word, a colon, a comma or a quote stands before it, as a record's "10-5-12" has none)
    if ((sep === '/' && /^(\d{2}|\d{4})$/.test(c)) || (sep === '-' && /^\d{4}$/.test(c))
      || (sep === '-' && /^\d{2}$/.test(c) && +a <= 12 && SHORT_STAMP_BEFORE.has(this.prev(i)))) {
      if (!/^\d{1,2}$/.test(a) || !/^\d{1,2}$/.test(b)) return undefined;
      const year = c.length === 2 ? (+c < 50 ? 2000 + +c : 1900 + +c) : +c;
      // newsroom style is US month/day; fall back to day/month when the month would be impossible
      let month = +a, day = +b;
      if (month > 12 && day <= 12) [month, day] = [day, month];
      if (!isValidDay(year, month, day)) return undefined;
      return { end: i + 5, type: 'DATE', value: formatDay({ year, month, day }), kind: 'day' };
    }
    return undefined;
  }

  /**
   * "2026-03-10T14:32:00Z" (ISO 8601, as feeds and page metadata stamp a story): the time to the minute, its seconds
   * and zone offset taken into the span. i is the year's token; the day's token carries the "T".
   */
  private isoTimestamp(i: number, year: number, month: number, day: number): Piece | undefined {
    if (!isValidDay(year, month, day)) return undefined;
    const date = formatDay({ year, month, day });
    const hour = this.w(i + 5);
    if (!this.glued(i + 5) || !/^\d{2}$/.test(hour) || this.w(i + 6) !== ':' || !this.glued(i + 6) || !this.glued(i + 7) || !/^\d{2}z?$/.test(this.w(i + 7))) {
      return { end: i + 5, type: 'DATE', value: date, kind: 'day' };
    }
    if (+hour > 23 || +this.w(i + 7).slice(0, 2) > 59) return { end: i + 5, type: 'DATE', value: date, kind: 'day' };
    let end = i + 8;
    if (this.w(end) === ':' && this.glued(end) && this.glued(end + 1) && /^\d{2}z?$/.test(this.w(end + 1))) end += 2;
    // "+01:00", "-05:00": the zone is part of the stamp
    if ((this.w(end) === '+' || this.w(end) === '-') && this.glued(end) && this.glued(end + 1) && /^\d{2}$/.test(this.w(end + 1))
      && this.w(end + 2) === ':' && this.glued(end + 2) && this.glued(end + 3) && /^\d{2}$/.test(this.w(end + 3))) end += 4;
    return { end, type: 'TIME', value: `${date}T${hour}:${this.w(i + 7).slice(0, 2)}`, kind: 'time' };
  }

  /** A bare year, "fiscal 1989", "fiscal year 1990", "the year 2000", "1990 and beyond". */
  private year(i: number): Piece | undefined {
    let j = i;
    let context = false;
    if (this.w(j) === 'fiscal') { j++; context = true; if (this.w(j) === 'year') j++; }
    // (not an award's "… of the Year 2007", where the year alone is the date: "Picture of the Year 2007")
    else if (this.w(j) === 'the' && this.w(j + 1) === 'year' && !(this.capital(j + 1) && this.prev(j) === 'of')) { j += 2; context = true; }
    else if (this.w(j) === 'year' && this.capital(j) === false && this.prev(j) !== 'the' && this.isNumber(j + 1)) { j++; context = true; }
    const y = this.yearNumber(j, context);
    if (!y) return undefined;
    // words like "nineteen ninety" need context unless clearly a year
    if (!this.isNumber(j) && !context && !DATE_PREPOSITIONS.has(this.prev(j)) && !(y.year >= 1900 && this.w(j) === 'nineteen')) return undefined;
    // "fiscal 2025/26", "2024-25 season", "2025-26 financial year": a year running into the next, valued as the year it
    // ends in (as "FY26" names it); a bare "2024-25" may be a range of years, and stays one
    const span = this.isNumber(j) ? this.yearSpan(y.end, y.year, true) : undefined;
    // (spaced, "2024 – 25", only before what runs across two years: "the 2024 – 25 fiscal year", "the 2024 - 2025 school
    // year"; else two years with a dash between, a range)
    if (span && (!span.spaced || this.spanNounAt(span.end) > span.end)) {
      // "the 2020-21 winter": the winter that starts in the first year
      if (this.w(span.end) === 'winter') return { end: span.end + 1, type: 'DATE', value: `${formatYear(y.year)}-WI`, kind: 'month' };
      const noun = this.spanNounAt(span.end);
      // "the club's 2025/26 accounts", "the 2025-26 budget": a year across two, before what belongs to it; a bare
      // "2025-26" after anything else may be a range of two years
      // (or "2022-2023 budget" opening a list's line: a budget is of a year across two, whoever owns it)
      const owned = this.w(span.end - 2) === '/' || SPAN_OWNERS.has(this.prev(j)) || this.isPossessive(j - 2) || this.w(span.end) === 'budget';
      if (context || noun > span.end || owned) return { end: Math.max(noun, span.end), type: 'DATE', value: formatYear(span.last), kind: 'year' };
    }
    let end = y.end;
    if (this.seq(end, ['and', 'beyond']) > 0) end += 2;
    else if (this.seq(end, ['or', 'later']) > 0 || this.seq(end, ['or', 'earlier']) > 0) end += 2;
    return { end, type: 'DATE', value: formatYear(y.year), kind: 'year' };
  }

  /**
   * "the current school year", "next academic year", "the new school year": valued, as TIMEX3 values a year across
   * two, as the calendar year it ends in; a school year is taken to start in August or September.
   */
  private schoolYear(i: number): Piece | undefined {
    let j = i;
    const w = this.w(j);
    let shift = 0;
    let fresh = false;
    if (w === 'the') {
      const m = this.w(++j);
      if (m === 'current' || m === 'present') shift = 0;
      else if (m === 'next' || m === 'coming') shift = 1;
      else if (m === 'last' || m === 'previous' || m === 'past') shift = -1;
      else if (m === 'new') fresh = true;
      else return undefined;
    } else shift = w === 'next' ? 1 : w === 'last' ? -1 : 0;
    j++;
    // "the appeal will be heard in the new year", written in November: the year about to begin (in January, the one
    // begun); "the New Year" with its capitals is the holiday's
    if (fresh && this.w(j) === 'year' && !this.capital(j - 1) && !this.capital(j) && !this.hyphen(j + 1) && this.w(j + 1) !== "'s" && this.w(j + 1) !== '’s') {
      if (!this.ref) return { end: j + 1, type: 'DATE', kind: 'year' };
      return { end: j + 1, type: 'DATE', value: formatYear(this.ref.year + (this.ref.month >= 9 ? 1 : 0)), kind: 'year' };
    }
    if ((this.w(j) !== 'school' && this.w(j) !== 'academic') || this.w(j + 1) !== 'year' || this.hyphen(j + 2)) return undefined;
    if (!this.ref) return { end: j + 2, type: 'DATE', kind: 'year' };
    const running = this.ref.month >= 8;
    // "the new school year": the one starting, ahead until it has begun
    if (fresh && !running) shift = 1;
    return { end: j + 2, type: 'DATE', value: formatYear((running ? this.ref.year + 1 : this.ref.year) + shift), kind: 'year' };
  }

  /** After a year span, its noun: "season", "financial year", "school year"; the index after it, or `i`. */
  private spanNounAt(i: number): number {
    const w = this.w(i);
    if (w === 'season' || w === 'term' || w === 'campaign') return i + 1;
    if (SPAN_YEAR_KINDS.has(w) && this.w(i + 1) === 'year') return i + 2;
    return i;
  }

  /** "the 1990s", "the '80s", "the nineties", "the early 1980s", "the mid-1990s", "the 20th century". */
  private decadeOrCentury(i: number): Piece | undefined {
    let j = i;
    const the = this.w(j) === 'the';
    if (the) j++;
    let edge = '';
    const w = this.w(j);
    if (the && (w === 'early' || w === 'late' || w === 'mid')) {
      edge = w;
      j++;
      if (this.hyphen(j)) j++;
    }
    const d = this.w(j);
    let decade: number | undefined;
    let end = j + 1;
    const digits = /^(\d{2,4})s$/.exec(d);
    if (this.isNumber(j) && digits && (digits[1].length === 4 || ((this.w(j - 1) === "'" || this.w(j - 1) === '’') && this.glued(j)))) {
      const n = +digits[1];
      // "the 1800s", "the late 1700s": a round hundred before 2000 is its century, as writers mean it (the 2000s are
      // as often the decade)
      if (digits[1].length === 4 && n % 100 === 0 && n >= 1000 && n < 2000) decade = n / 100;
      else if (digits[1].length === 4 && n % 10 === 0 && n >= 1000 && n <= 2090) decade = n / 10;
      else if (digits[1].length === 2 && n % 10 === 0) decade = 190 + n / 10;
    } else if (/^\d{3}0$/.test(d) && this.isNumber(j) && (this.w(j + 1) === "'" || this.w(j + 1) === '’') && this.glued(j + 1)
      && this.w(j + 2) === 's' && this.glued(j + 2) && (the || edge)) {
      // "the 1970's", "the early 1980’s": a decade written with an apostrophe, as many obituaries and letters do
      const n = +d;
      if (n >= 1000 && n <= 2090) { decade = n / 10; end = j + 3; }
    } else if ((d === "'" || d === '’') && this.isNumber(j + 1) && this.glued(j + 1)) {
      const m = /^(\d)0s$/.exec(this.w(j + 1));
      if (m) { decade = 190 + +m[1]; end = j + 2; }
    } else if (the) {
      const tens = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(d);
      if (tens >= 0) decade = 192 + tens;
    }
    if (decade !== undefined) {
      if (!the && !edge && !digits) return undefined;
      // ("Beechcraft 1900s", "two Airbus 2000s": a maker's model, in the plural, right after its capitalised name)
      if (!the && !edge && j > 0 && this.capital(j - 1) && !DATE_PREPOSITIONS.has(this.prev(j)) && this.tokens[j - 1].kind === 'word') return undefined;
      return { end, type: 'DATE', value: String(decade), kind: 'decade' };
    }
    // centuries
    let nth: number | undefined;
    const ord = /^(\d{1,2})(st|nd|rd|th)$/.exec(d);
    if (this.isNumber(j) && ord) nth = +ord[1];
    else if (d === 'twenty' && this.hyphen(j + 1)) {
      // "the twenty-first century" (not "First Century" alone out of "Twenty-First Century")
      nth = ORDINAL_WORDS.get(this.w(j + 2));
      if (nth === undefined || nth > 9) return undefined;
      nth += 20; j += 2;
    } else if (this.hyphen(j - 1) && this.w(j - 2) === 'twenty') return undefined;
    else nth = ORDINAL_WORDS.get(d);
    if (nth !== undefined && nth > 0 && this.w(j + 1) === 'century') {
      // "the school's first century", "its second century": a hundred years of the thing's own life, not a century of
      // the era
      if (!ord && j === i && nth < 20 && this.ownerBefore(i)) return { end: j + 2, type: 'DURATION', value: 'P100Y', kind: 'duration' };
      return { end: j + 2, type: 'DATE', value: pad(nth - 1), kind: 'decade' };
    }
    if (nth !== undefined && nth > 0 && this.hyphen(j + 1) && this.w(j + 2) === 'century') {
      return { end: j + 3, type: 'DATE', value: pad(nth - 1), kind: 'decade' };
    }
    return undefined;
  }

  /** Whether a possessive stands just before i: "its", "their", "the club's". */
  private ownerBefore(i: number): boolean {
    const p = this.prev(i);
    if (p === 'its' || p === 'their' || p === 'his' || p === 'her' || p === 'our') return true;
    return p === 's' && (this.w(i - 2) === "'" || this.w(i - 2) === '’') && this.glued(i - 2);
  }

  // ---------------------------------------------------------------- deictic and relative

  private deictic(i: number): Piece | undefined {
    const w = this.w(i);
    const ref = this.ref;
    if (this.endsTitle(i)) return undefined;
    switch (w) {
      case 'today': return this.withDayPart(i + 1, { end: i + 1, type: 'DATE', value: shiftDays(this.ref, 0), kind: 'deictic' });
      case 'yesterday': return this.withDayPart(i + 1, { end: i + 1, type: 'DATE', value: shiftDays(this.ref, -1), kind: 'deictic' });
      case 'tomorrow': return this.withDayPart(i + 1, { end: i + 1, type: 'DATE', value: shiftDays(this.ref, 1), kind: 'deictic' });
      case 'tonight': return { end: i + 1, type: 'TIME', value: ref ? `${formatDay(ref)}TNI` : undefined, kind: 'time' };
      // "push the fire across the ridge overnight": the night of the day the story speaks of (the scan finds which;
      // with none, the article's), as for a clock time
      // ("work will take place overnight for the first two weeks": every night of a span, no one night)
      case 'overnight': return this.w(i + 1) === 'for' && this.expression(i + 2)?.type === 'DURATION'
        ? { end: i + 1, type: 'SET', value: 'TXXNI', kind: 'set' } : { end: i + 1, type: 'TIME', value: 'TNI', kind: 'time' };
      case 'now': case 'currently': case 'presently': case 'nowadays':
        return { end: i + 1, type: 'DATE', value: 'PRESENT_REF', kind: 'deictic' };
      case 'right': case 'just': return this.w(i + 1) === 'now' ? { end: i + 2, type: 'DATE', value: 'PRESENT_REF', kind: 'deictic' } : undefined;
      // "previously" and "formerly" mostly mark an earlier report ("previously announced"), not a time of their own
      case 'recently': case 'lately':
        return { end: i + 1, type: 'DATE', value: 'PAST_REF', kind: 'deictic' };
      case 'more': case 'most': case 'until': case 'only': case 'very':
        return this.w(i + 1) === 'recently' && w !== 'until' ? { end: i + 2, type: 'DATE', value: 'PAST_REF', kind: 'deictic' } : undefined;
      case 'soon':
        // "as soon as", "soon after": a conjunction, not a time
        if (this.prev(i) === 'as' || this.w(i + 1) === 'after' || this.w(i + 1) === 'as') return undefined;
        return { end: i + 1, type: 'DATE', value: 'FUTURE_REF', kind: 'deictic' };
      // "at a future date", "at some future date"
      case 'a': case 'some': return this.w(i + 1) === 'future' && this.w(i + 2) === 'date'
        ? { end: i + 3, type: 'DATE', value: 'FUTURE_REF', kind: 'deictic' } : undefined;
      case 'these': return this.w(i + 1) === 'days' ? { end: i + 2, type: 'DATE', value: 'PRESENT_REF', kind: 'deictic' } : undefined;
      case 'the': {
        const n = this.w(i + 1);
        if (n === 'past' && !this.continuesAsCount(i + 2)) return { end: i + 2, type: 'DATE', value: 'PAST_REF', kind: 'deictic' };
        // ("the future government", "the future coalition": an adjective before its noun, no time)
        if (n === 'future' && NOUN_AFTER_FUTURE.test(this.w(i + 2))) return undefined;
        if (n === 'future' || n === 'present') return { end: i + 2, type: 'DATE', value: n === 'future' ? 'FUTURE_REF' : 'PRESENT_REF', kind: 'deictic' };
        if ((n === 'near' || n === 'short' || n === 'long' || n === 'medium') && (this.w(i + 2) === 'term' || this.w(i + 2) === 'future')) {
          return { end: i + 3, type: 'DATE', value: 'FUTURE_REF', kind: 'deictic' };
        }
        return undefined;
      }
      default: return undefined;
    }
  }

  /** "the past" is "the past" unless a count or unit follows ("the past two years"). */
  private continuesAsCount(i: number): boolean {
    const w = this.w(i);
    return this.count(i) !== undefined || UNITS_SINGULAR.has(w) || UNITS_PLURAL.has(w) || SEASONS.has(w) || WEEKDAYS.has(w) || MONTHS.has(w);
  }

  /** "yesterday afternoon", "Tuesday morning" are TIMEs. */
  private withDayPart(i: number, date: Piece): Piece {
    const part = DAY_PARTS.get(this.w(i));
    if (part === undefined || this.w(i) === 'overnight') return date;
    return { end: i + 1, type: 'TIME', value: date.value ? `${date.value}T${part}` : undefined, kind: 'time' };
  }

  /** "last week", "this year", "next Monday", "this past spring", "the following year", "the past two years". */
  private relative(i: number): Piece | undefined {
    const w = this.w(i);
    let j = i;
    let shift: number | undefined;
    let the = false;
    if (w === 'the') {
      shift = THE_RELATIVES.get(this.w(i + 1));
      if (shift === undefined) return this.theUnit(i);
      the = true;
      j = i + 2;
    } else if (w === 'this' && (this.w(i + 1) === 'past' || this.w(i + 1) === 'coming')) {
      shift = this.w(i + 1) === 'past' ? -1 : 1;
      j = i + 2;
    } else if (w === 'recent' || w === 'coming' || w === 'past' || w === 'future' || w === 'upcoming') {
      // bare plurals: "in recent years", "coming months", "in past years"
      const unit = UNITS_PLURAL.get(this.w(i + 1));
      // ("the Future Years Defense Program": capitalised, and a capital after, a name's words)
      if (unit && this.capital(i) && this.capital(i + 1) && this.capital(i + 2)) return undefined;
      if (!unit || unit.name === 'second' || unit.name === 'minute') {
        if (w === 'coming' || w === 'past' || w === 'future' || w === 'upcoming' || !unit) return this.shortRelative(i);
      }
      if (!unit) return undefined;
      let end = i + 2;
      if (this.w(end) === 'and' && UNITS_PLURAL.has(this.w(end + 1))) end += 2;
      return { end, type: 'DATE', value: w === 'recent' || w === 'past' ? 'PAST_REF' : 'FUTURE_REF', kind: 'relative' };
    } else if (w === 'that') {
      return this.theUnit(i);
    } else {
      return this.shortRelative(i);
    }
    // "the past two years", "the next few days": a duration
    const count = this.count(j);
    if (count) {
      let k = count.end;
      while (DURATION_ADJECTIVES.has(this.w(k)) && this.w(k) !== 'fiscal') k++;
      const unit = UNITS_PLURAL.get(this.w(k)) ?? (count.value === 1 ? UNITS_SINGULAR.get(this.w(k)) : undefined);
      if (unit) {
        let end = k + 1;
        if (this.seq(end, ['or', 'so']) > 0) end += 2;
        return { end, type: 'DURATION', value: durationValue(count.value, unit), kind: 'duration' };
      }
    }
    const unitWord = this.w(j);
    const unit = UNITS_SINGULAR.get(unitWord);
    // "the first quarter", "the final quarter" name a quarter of the year, which the period reader finds
    if (unit?.name === 'quarter' && (this.w(i + 1) === 'first' || this.w(i + 1) === 'final')) return undefined;
    if (unit && the) {
      const s = shift ?? 0;
      let end = j + 1;
      // "the same week last year", "the same month a year earlier": that week or month of the year before (the scan
      // counts it from the one the story named, see sameTimeAYearBefore)
      if (this.w(i + 1) === 'same' && (unit.name === 'week' || unit.name === 'month' || unit.name === 'day') && this.yearBackAt(end) > end) {
        const value = relativeValue(this.ref, unit, 0);
        return { end: this.yearBackAt(end), type: 'DATE', value: value && yearEarlier(value), kind: 'relative' };
      }
      if (this.seq(end, ['or', 'so']) > 0) end += 2;
      // "must report every two weeks for the next year": how long, not which year
      if (this.prev(i) === 'for' && FOR_SPANS.has(this.w(i + 1)) && unit.name !== 'weekend' && unit.name !== 'quarter' && unit.name !== 'half') {
        return { end, type: 'DURATION', value: durationValue(1, unit), kind: 'duration' };
      }
      // "on the final day of the season", "the first week of the trial": a day or week of an event, not today's
      if (this.w(end) === 'of' && (this.w(i + 1) === 'first' || this.w(i + 1) === 'final' || this.w(i + 1) === 'last')
        && (unit.name === 'day' || unit.name === 'week' || unit.name === 'weekend')) return { end, type: 'DATE', kind: 'relative' };
      // "screen 60,000 people in the first year", "in the final month", "the first year of the scheme": a year or
      // month of what the story tells of (a scheme, a contract), not this one
      if (this.w(i + 1) === 'first' || this.w(i + 1) === 'final') return { end, type: 'DATE', kind: 'relative' };
      // "held in March 2005, the last month for which figures are available": the latest of its kind the clause after
      // it tells of (a month named beside it), not the month before this one
      // (a "that" after it may open a clause on a noun before it: "issues that came up in the last week that you faced")
      if ((this.w(i + 1) === 'last' || this.w(i + 1) === 'latest') && end === j + 1 && RELATIVE_CLAUSE_AFTER.has(this.w(end))
        && this.w(end + 1) === 'which') {
        return { end, type: 'DATE', kind: 'relative' };
      }
      // ("Friday is the last day to file", "waited until the last day to book": the final one for something, not yesterday)
      if (unit.name === 'day' && this.w(i + 1) === 'last' && end === j + 1 && this.w(end) === 'to' && /^\p{Ll}/u.test(this.w(end + 1))) {
        return { end, type: 'DATE', kind: 'relative' };
      }
      return { end, type: 'DATE', value: relativeValue(this.ref, unit, s), kind: 'relative' };
    }
    // "the following spring", "the previous winter": a season counted from now here, from the year the story spoke of
    // in the scan (afterTimeSpokenOf)
    const season = the && SEASONS.get(unitWord);
    if (season && this.refYear !== undefined && (this.w(i + 1) === 'following' || this.w(i + 1) === 'previous' || this.w(i + 1) === 'next')) {
      return { end: j + 1, type: 'DATE', value: `${formatYear(this.refYear + (shift ?? 0))}-${season}`, kind: 'relative' };
    }
    if (the) {
      const plural = UNITS_PLURAL.get(unitWord);
      if (plural && (this.w(i + 1) === 'past' || this.w(i + 1) === 'last' || this.w(i + 1) === 'next' || this.w(i + 1) === 'coming' || this.w(i + 1) === 'following')) {
        return { end: j + 1, type: 'DURATION', value: durationValue(undefined, plural), kind: 'duration' };
      }
      const weekday = this.weekday(j);
      if (weekday) return { end: weekday.end, type: 'DATE', value: weekdayValue(this.ref, weekday.weekday, shift ?? 0), kind: 'day' };
      // "the following March", "the previous June": counted from now here, from the time the story spoke of in the
      // scan; "the following morning" likewise from the day it spoke of
      const turn = this.w(i + 1);
      if (turn === 'following' || turn === 'previous' || turn === 'preceding') {
        const month = this.month(j, true);
        // ("the previous July record": a month's record, not a month)
        if (month && !MONTHLY_THINGS.has(this.w(month.end))) return { end: month.end, type: 'DATE', value: monthValue(this.ref, month.month, shift ?? 0), kind: 'month' };
        const part = DAY_PARTS.get(unitWord);
        if (part && unitWord !== 'overnight' && turn === 'following') {
          const day = shiftDays(this.ref, 1);
          return { end: j + 1, type: 'TIME', value: day ? `${day}T${part}` : undefined, kind: 'time' };
        }
      }
      return undefined;
    }
    return this.afterRelativeWord(j, shift ?? 0);
  }

  /** "last week", "next May", "this summer", "last night". */
  private shortRelative(i: number): Piece | undefined {
    const shift = RELATIVE_DETERMINERS.get(this.w(i));
    if (shift === undefined || this.w(i) === 'current' || this.w(i) === 'following') return undefined;
    if (this.w(i) === 'past' || this.w(i) === 'coming' || this.w(i) === 'previous') {
      // "past years" is handled as a bare plural; "past week" needs no article but is rarer
      const unit = UNITS_SINGULAR.get(this.w(i + 1));
      if (!unit) return undefined;
    }
    return this.afterRelativeWord(i + 1, shift);
  }

  private afterRelativeWord(j: number, shift: number): Piece | undefined {
    const w = this.w(j);
    const unit = UNITS_SINGULAR.get(w);
    if (unit && unit.name !== 'second' && unit.name !== 'minute' && unit.name !== 'hour') {
      let end = j + 1;
      let value = relativeValue(this.ref, unit, shift);
      // "last year's third quarter" is read by the period reader; here "this year's" stays "this year"
      if (unit.name === 'day' && shift !== 0) value = shiftDays(this.ref, shift);
      if (unit.name === 'day' && shift === 0) return undefined;
      // ("the pope's last day as head of the church", "Friday is his last day": the final one, not yesterday)
      if (unit.name === 'day' && this.w(j - 1) === 'last') return undefined;
      if (this.w(end) === 'end' && this.hyphen(end - 1)) end++;
      return { end, type: 'DATE', value, kind: 'relative' };
    }
    const weekday = this.weekday(j);
    if (weekday) {
      const end = weekday.end;
      // "this Sunday", written on a Thursday, is the Sunday of this week, ahead; "this Monday" the one gone by
      const value = shift === 0 && this.w(j - 1) === 'this' && this.ref
        ? formatDay(addDays(this.ref, weekday.weekday - isoWeekday(this.ref))) : weekdayValue(this.ref, weekday.weekday, shift);
      const part = DAY_PARTS.get(this.w(end));
      if (part && this.w(end) !== 'overnight') return { end: end + 1, type: 'TIME', value: `${value}T${part}`, kind: 'time' };
      let k = end;
      if (this.w(k) === ',') k++;
      // ("In this Monday, March 5, 2018 photo": the date written after the weekday is the day, as it is without "this")
      const dated = this.monthLed(k, true) ?? this.dayFirstDate(k);
      if (dated && dated.kind === 'day') return { ...dated, ...yearOfWeekday(dated, weekday.weekday), kind: 'day' };
      return { end, type: 'DATE', value, kind: 'day' };
    }
    const month = this.month(j, true);
    // "In this April 25, 1990 photograph", "This January 2005 image": a caption's "this" goes with the picture, and the
    // day or year after the month dates it (the month-led reader takes it from the month on)
    if (month && this.monthLed(j, true)?.end !== month.end && (this.dayOfMonth(month.end) || this.yearNumber(this.w(month.end) === ',' ? month.end + 1 : month.end, true))) return undefined;
    if (month) return { end: month.end, type: 'DATE', value: monthValue(this.ref, month.month, shift), kind: 'month' };
    const season = SEASONS.get(w);
    // ("the Summer Festival", "this Spring Fair": a capitalised season opening an event's name)
    const next = j + 1 < this.limit ? this.tokens[j + 1] : undefined;
    if (season && this.capital(j) && next && next.kind === 'word' && next.capital) return undefined;
    // ("this fall in demand", "last fall in prices": a drop, which a noun after "in" or "of" tells, not the season)
    if (w === 'fall' && (this.w(j + 1) === 'in' || this.w(j + 1) === 'of') && next !== undefined && j + 2 < this.limit
      && this.tokens[j + 2].kind === 'word' && !this.tokens[j + 2].capital && !AFTER_A_TIME.has(this.w(j + 2))
      && !FALL_IN_PHRASES.has(this.w(j + 2))) return undefined;
    if (season) {
      let year = this.refYear === undefined ? undefined : this.refYear + (shift < 0 ? -1 : shift > 0 ? 1 : 0);
      // a winter is valued as the year its December falls in: "next winter", written in February 2026 or in July, is
      // the one starting in December 2026; "last winter", written in January 2026 (winter 2025 still running), is 2024's
      if (year !== undefined && season === 'WI' && this.ref && this.ref.month < 12 && shift > 0) year--;
      if (year !== undefined && season === 'WI' && this.ref && this.ref.month <= 2 && shift < 0 && this.w(j - 2) !== 'this') year--;
      // ("this winter", written in February 2026: the winter still running, 2025's)
      if (year !== undefined && season === 'WI' && this.ref && this.ref.month <= 2 && shift === 0) year--;
      // "this past spring", written in October: the spring just gone, this year's
      if (year !== undefined && shift < 0 && this.w(j - 2) === 'this' && this.ref && SEASON_STARTS[season] < this.ref.month) year++;
      return { end: j + 1, type: 'DATE', value: `${year === undefined ? 'XXXX' : formatYear(year)}-${season}`, kind: 'relative' };
    }
    const part = DAY_PARTS.get(w);
    if (part && w !== 'overnight') {
      const day = shiftDays(this.ref, shift < 0 && w === 'night' ? -1 : shift > 0 ? 1 : 0);
      if (shift < 0 && w !== 'night') return undefined;
      return { end: j + 1, type: 'TIME', value: day ? `${day}T${part}` : undefined, kind: 'time' };
    }
    return undefined;
  }

  /** "the year", "the quarter", "the weekend", "the summer", "the week": anaphoric references TimeML tags. */
  private theUnit(i: number): Piece | undefined {
    const det = this.w(i);
    if (det !== 'the' && det !== 'that') return undefined;
    let w = this.w(i + 1);
    // "the weeks ahead", "the days to come"
    const plural = UNITS_PLURAL.get(w);
    if (plural && det === 'the' && (this.w(i + 2) === 'ahead' || this.seq(i + 2, ['to', 'come']) > 0)) {
      return { end: this.w(i + 2) === 'ahead' ? i + 3 : i + 4, type: 'DURATION', value: durationValue(undefined, plural), kind: 'duration' };
    }
    if (det === 'that') {
      // "that night", "that afternoon": a part of the day the story spoke of, which the scan finds ("that night shift"
      // is a shift)
      if (DAY_PARTS.has(w) && w !== 'overnight' && !this.hyphen(i + 2) && !PART_OF_DAY_COMPOUNDS.has(this.w(i + 2))) {
        return { end: i + 2, type: 'TIME', kind: 'relative' };
      }
      // "that summer": a season of the year the story spoke of, which the scan finds (not "said that spring rains …",
      // where "that" opens what was said, nor "prices that fall sharply", a verb where no subject or comma follows)
      if (SEASONS.has(w) && !this.hyphen(i + 2) && !SAYING_VERBS.has(this.prev(i))
        && (w !== 'fall' || AFTER_A_TIME.has(this.w(i + 2)))) return { end: i + 2, type: 'DATE', kind: 'relative' };
      const u = UNITS_SINGULAR.get(w);
      // ("later that day" is a time of the story; "trades made that day" too loose a one)
      const day = u?.name === 'day' && (this.prev(i) === 'later' || this.prev(i) === 'earlier');
      if (!u || !(day || ['year', 'quarter', 'month', 'week', 'weekend'].includes(u.name)) || this.hyphen(i + 2)) return undefined;
      return { end: i + 2, type: 'DATE', kind: 'relative' };
    }
    // "the early summer", "the late spring"
    let j = i + 1;
    if ((w === 'early' || w === 'late') && SEASONS.has(this.w(i + 2))) { j = i + 2; w = this.w(j); }
    const unit = UNITS_SINGULAR.get(w);
    if (unit && (unit.name === 'year' || unit.name === 'quarter' || unit.name === 'weekend' || unit.name === 'week' || unit.name === 'month' || unit.name === 'day' || unit.name === 'decade')) {
      // "the year-ago period" and "the day-to-day" belong to other readers or to no one
      if (this.hyphen(i + 2)) return undefined;
      // "for the month of September alone": the month named after it, read there, not this one
      if (unit.name === 'month' && j === i + 1 && this.w(i + 2) === 'of' && this.month(i + 3, true)) return undefined;
      // "in the heat of the day", "the question of the day": a part of any day, or the day's topic, no date
      if (unit.name === 'day' && j === i + 1 && this.w(i - 1) === 'of' && NOUNS_OF_THE_DAY.has(this.w(i - 2))) return undefined;
      const weekOf = (unit.name === 'week' || unit.name === 'weekend') && j === i + 1 ? this.weekOfDay(i + 3) : undefined;
      // a day without its year keeps its day as the value, so that the tense may still move its year; the scan then
      // turns it into its week (weekOfDayNamed)
      if (weekOf && this.w(i + 2) === 'of') return { end: weekOf.end, type: 'DATE', value: weekOf.value, kind: 'relative', floating: weekOf.floating };
      // "the week before last", "the day after tomorrow": two units from the article's own
      const twoAway = j === i + 1 && unit.name !== 'decade' ? twoUnitsAway(this.w(i + 2), this.w(i + 3), unit.name) : 0;
      if (twoAway !== 0) return { end: i + 4, type: 'DATE', value: relativeValue(this.ref, unit, twoAway), kind: 'relative' };
      // "the day we met", "the day before he was due to testify", "the year she was born": a day told by the clause after
      // it, which the article's day does not date ("later in the day they left", "all through the day we waited" are
      // the story's day)
      if (j === i + 1 && ['day', 'week', 'month', 'year'].includes(unit.name) && !SPAN_OF_THE_DAY_BEFORE.has(this.prev(i))
        && (CLAUSE_SUBJECTS.has(this.w(i + 2)) || (BEFORE_OR_AFTER.has(this.w(i + 2)) && CLAUSE_SUBJECTS.has(this.w(i + 3))))) {
        return { end: i + 2, type: 'DATE', kind: 'relative' };
      }
      // "The day before, winds had reached 90 km/h": counted from the day the story speaks of (the scan finds which);
      // "the day before the vote" is "the day" alone, as TimeML tags it
      // (or a verb coordinated after it: "recovering from the downpour the week before and was narrow too"; not "the week
      // before and after the vote")
      if (j === i + 1 && BEFORE_OR_AFTER.has(this.w(i + 2)) && unit.name !== 'quarter' && unit.name !== 'decade'
        && (this.clauseEndsAt(i + 3) || ((this.w(i + 3) === 'and' || this.w(i + 3) === 'but') && COORDINATED_VERBS.has(this.w(i + 4))))) {
        const shift = this.w(i + 2) === 'before' || this.w(i + 2) === 'earlier' ? -1 : 1;
        return { end: i + 3, type: 'DATE', value: relativeValue(this.ref, unit, shift), kind: 'relative' };
      }
      // "the day before Thanksgiving", "the day after Christmas", "the day before March 3": the day next to a day named,
      // one expression (a fixed day keeps its year to be placed by the tense, as the day named would be)
      const anchor = unit.name === 'day' && j === i + 1 && (this.w(i + 2) === 'before' || this.w(i + 2) === 'after')
        ? this.holiday(i + 3) ?? this.calendarDate(i + 3) : undefined;
      const anchorDay = anchor && anchor.kind === 'day' ? parseDay(anchor.value ?? '') : undefined;
      if (anchor && anchorDay && /^\d{4}-\d\d-\d\d$/.test(anchor.value!)) {
        return { end: anchor.end, type: 'DATE', value: formatDay(addDays(anchorDay, this.w(i + 2) === 'before' ? -1 : 1)), kind: 'day', floating: anchor.floating };
      }
      // "in the week before the vote", "the day after the final", "the day prior to the raid": counted from an event the
      // story does not date here
      if (j === i + 1 && ((BEFORE_OR_AFTER.has(this.w(i + 2)) && EVENT_DETERMINERS.has(this.w(i + 3))) || (this.w(i + 2) === 'prior' && this.w(i + 3) === 'to'))
        && unit.name !== 'quarter' && unit.name !== 'decade') {
        return { end: i + 2, type: 'DATE', kind: 'relative' };
      }
      // "at noon on the day of the service": the day of an event, which "the day" alone does not date
      if ((unit.name === 'day' || unit.name === 'week') && j === i + 1 && this.w(i + 2) === 'of') return { end: i + 2, type: 'DATE', kind: 'relative' };
      // "the decade of 2010-2019", "the decade of the 1960s": the years after it name the decade
      if (unit.name === 'decade' && this.w(i + 2) === 'of') return undefined;
      // "the decade that just ended", "the year just ended": the one before the article's
      if ((unit.name === 'decade' || unit.name === 'year') && j === i + 1) {
        const k = i + 2 + (this.w(i + 2) === 'that' ? 1 : 0);
        if (this.w(k) === 'just' && (this.w(k + 1) === 'ended' || this.w(k + 1) === 'closed')) return { end: i + 2, type: 'DATE', value: relativeValue(this.ref, unit, -1), kind: 'relative' };
      }
      if (unit.name === 'year' && this.closesAt(i + 2)) return { end: i + 2, type: 'DURATION', value: 'P1Y', kind: 'duration' };
      if (unit.name === 'weekend') return { end: i + 2, type: 'DATE', value: relativeValue(this.ref, unit, 0), kind: 'relative', floating: this.ref && 'week' };
      // "the quarter" a few weeks into a new one: the quarter just closed, which results are reported for
      const closed = unit.name === 'quarter' && this.ref !== undefined && daysIntoQuarter(this.ref) < REPORTING_SEASON_DAYS;
      return { end: i + 2, type: 'DATE', value: relativeValue(this.ref, unit, closed ? -1 : 0), kind: 'relative' };
    }
    const season = SEASONS.get(w);
    // ("the Summer Festival": a capitalised season opening an event's name)
    const after = j + 1 < this.limit ? this.tokens[j + 1] : undefined;
    if (season && this.capital(j) && after && after.kind === 'word' && after.capital) return undefined;
    if (season && (w !== 'fall' || this.fallAsSeason(i, j))) {
      let end = j + 1;
      let year = this.refYear;
      let written = false;
      // ("the spring semester of 2008": the year after the school's word)
      const of = this.w(end) === 'of' ? end : (this.w(end) === 'semester' || this.w(end) === 'term') && this.w(end + 1) === 'of' ? end + 1 : -1;
      if (of > 0) {
        // ("the spring of last year")
        const y = this.yearNumber(of + 1, true) ?? (of === end ? this.relativeYear(end) : undefined);
        if (y) { end = y.end; year = y.year; written = true; }
      } else if (this.isNumber(end)) {
        // "during the spring 2007 semester", "the fall 2024 term": the year written straight after the season
        const y = this.yearNumber(end, true);
        if (y && y.year >= 1900) { end = y.end; year = y.year; written = true; }
      }
      // "the park will open in the spring", written in November: next spring
      const floating: Floating | undefined = !written && this.ref ? 'year' : undefined;
      return { end, type: 'DATE', value: `${year === undefined ? 'XXXX' : formatYear(year)}-${season}`, kind: 'relative', floating };
    }
    return undefined;
  }

  /**
   * "a delay until the fall", "during the fall of 2012": "the fall" as the season where a deadline's or a span's word
   * stands before it, or its year after it (not "the fall of Rome", "the fall in prices", "injured in the fall").
   */
  private fallAsSeason(i: number, j: number): boolean {
    if (this.w(j + 1) === 'of') return this.yearNumber(j + 2, true) !== undefined;
    // ("the fall 2006 term", "the fall semester")
    if (this.w(j + 1) === 'semester' || (this.isNumber(j + 1) && (this.yearNumber(j + 1, true)?.year ?? 0) >= 1900)) return true;
    return FALL_OPENERS.has(this.prev(i)) && !FALL_NOT_AFTER.has(this.w(j + 1));
  }

  // ---------------------------------------------------------------- fiscal and calendar periods

  /**
   * Quarters, halves and reporting periods: "the third quarter", "third-quarter", "fiscal 1989's first half",
   * "the year-ago quarter", "the 1988 period", "the first nine months", "this year's third quarter of 1990".
   */
  private period(i: number): Piece | undefined {
    let j = i;
    let year: number | undefined;
    let anchored = false; // determiner, possessive year or modifier seen
    let yearShift = 0;
    // the year was said ("the 1988 quarter", "last year's quarter"), so "quarter" alone names the reported one in it
    let yearNamed = false;
    const w = this.w(j);
    if (w === 'the' || w === 'this' || w === 'that' || w === 'last' || w === 'next') {
      // "this year's third quarter", "last year's quarter"
      if ((w === 'this' || w === 'last' || w === 'next') && this.w(j + 1) === 'year' && this.isPossessive(j + 2)) {
        yearShift = w === 'last' ? -1 : w === 'next' ? 1 : 0;
        year = this.refYear === undefined ? undefined : this.refYear + yearShift;
        yearNamed = true;
        j += 4;
      } else {
        if (w === 'last' || w === 'next' || w === 'this') yearShift = w === 'last' ? -1 : w === 'next' ? 1 : 0;
        j++;
      }
      anchored = true;
    }
    let modifiers = 0;
    let ordinal: number | undefined;
    let yearAgo = false;
    for (let guard = 0; guard < 4; guard++) {
      const m = this.w(j);
      if (PERIOD_MODIFIERS.has(m) && m !== 'first' && m !== 'past' && !(m === 'final' && this.w(j + 1) === 'quarter')) {
        modifiers++; j++;
        if (this.hyphen(j)) j++;
        continue;
      }
      if (m === 'year' && this.hyphen(j + 1) && (this.w(j + 2) === 'ago' || this.w(j + 2) === 'earlier' || this.w(j + 2) === 'before')) {
        yearAgo = true; modifiers++; j += 3; continue;
      }
      if (this.isNumber(j) && anchored) {
        const y = this.yearNumber(j, true);
        if (y && y.end === j + 1) {
          year = y.year; yearNamed = true; modifiers++; j++;
          // "the 2025-26 financial year": the year it ends in
          const span = this.yearSpan(j, y.year);
          if (span) { year = span.last; j = span.end; }
          if (this.isPossessive(j)) j += 2;
          continue;
        }
      }
      break;
    }
    const o = this.w(j);
    // "the final quarter" is the fourth
    const ord = ORDINAL_WORDS.get(o) ?? (o === 'final' && this.w(j + 1) === 'quarter' ? -1 : undefined)
      ?? (/^([1-4])(st|nd|rd|th)$/.test(o) && this.isNumber(j) ? +o[0] : undefined);
    // "the January-March quarter", "the October-December period": the calendar quarter those months make
    const first = MONTHS.get(o);
    // ("the July-to-September quarter", "the April to June quarter": joined by "to" as well)
    const last = !this.hyphen(j + 1) ? (this.w(j + 1) === 'to' ? j + 2 : 0) : this.w(j + 2) === 'to' && this.hyphen(j + 3) ? j + 4 : j + 2;
    const ofMonths = first !== undefined && first % 3 === 1 && last > 0 && MONTHS.get(this.w(last)) === first + 2
      && (this.w(last + 1) === 'quarter' || this.w(last + 1) === 'period');
    if (ofMonths) {
      ordinal = (first + 2) / 3;
      j = last + 1;
    } else if (first !== undefined && first % 3 === 0 && this.w(j + 1) === 'quarter' && anchored) {
      // "the June quarter", "its December quarter": the quarter that month closes
      ordinal = first / 3;
      j++;
    } else if (ord !== undefined && ord !== 0 && (ord <= 4)) {
      ordinal = ord;
      j++;
      if (this.hyphen(j)) {
        // a hyphenated adjective ("a third-quarter loss") is tagged without its determiner
        if (anchored) return undefined;
        j++;
      }
      // "the fiscal first quarter"; "the 3rd calendar quarter of 2018", as a results calendar says it
      if (this.w(j) === 'fiscal' || this.w(j) === 'calendar') j++;
    }
    const noun = this.w(j);
    let end = j + 1;
    // "the 2024-25 season", "the 2026 season": the season of the year said, spanned with its determiner
    if (yearNamed && year !== undefined && ordinal === undefined && modifiers === 1 && this.w(i) === 'the' && this.spanNounAt(j) > j) {
      return { end: this.spanNounAt(j), type: 'DATE', value: formatYear(year), kind: 'year' };
    }
    // "year-ago results", "compared with year-earlier profit": the adjective alone
    if (yearAgo && ordinal === undefined && modifiers === 1 && !anchored && noun !== 'quarter' && noun !== 'period' && noun !== 'half') {
      return { end: j, type: 'DATE', value: this.refYear === undefined ? undefined : formatYear(this.refYear - 1), kind: 'relative' };
    }
    // "the fiscal year", "the current fiscal year", "the full year"
    if (noun === 'year' && ordinal === undefined && (modifiers > 0 || this.w(j - 1) === 'full') && anchored && !this.hyphen(j + 1)) {
      // "for the full year 2013", "the fiscal year 2022-23": the year written after it (a span's, the year it ends in)
      const written = !yearNamed && this.isNumber(j + 1) ? this.yearNumber(j + 1, true) : undefined;
      if (written && written.end === j + 2) {
        const span = this.yearSpan(j + 2, written.year);
        if (span) return { end: span.end, type: 'DATE', value: formatYear(span.last), kind: 'year' };
        if (!this.hyphen(j + 2)) return { end: j + 2, type: 'DATE', value: formatYear(written.year), kind: 'year' };
      }
      if (this.w(i) === 'the' && this.closesAt(j + 1)) return { end: j + 1, type: 'DURATION', value: 'P1Y', kind: 'duration' };
      // "the 2025 financial year": the year said
      if (yearNamed && year !== undefined) return { end: j + 1, type: 'DATE', value: formatYear(year), kind: 'year' };
      // "the latest full financial year (April 2017 to March 2018)": the year its months in brackets end in
      const bracketed = this.monthsInBrackets(j + 1);
      if (bracketed !== undefined) return { end: j + 1, type: 'DATE', value: formatYear(bracketed), kind: 'year' };
      // "the latest fiscal year": the last one closed
      if (this.hasWordBetween(i, j, LATEST)) yearShift--;
      return { end: j + 1, type: 'DATE', value: this.refYear === undefined ? undefined : formatYear(this.refYear + yearShift), kind: 'relative' };
    }
    let type: DateType = 'DATE';
    let value: string | undefined;
    let kind: PieceKind = 'period';
    let floating: Floating | undefined;
    if (noun === 'quarter' || noun === 'quarters' || ofMonths) {
      if (noun === 'quarters' && ordinal === undefined) return undefined;
      if (ordinal === undefined && !anchored && !modifiers) return undefined;
      if (ordinal === undefined && !yearAgo && modifiers === 0 && this.w(i) !== 'the' && this.w(i) !== 'its' && year === undefined && yearShift === 0 && this.w(i) !== 'this') return undefined;
      if (this.hyphen(end) && !this.w(end + 1).startsWith('end')) return undefined;
      const q = ordinal === undefined ? undefined : ordinal < 0 ? 4 : ordinal;
      // "the fourth quarter of the year": the year the story speaks of, which the tense places as for a bare quarter
      const ofTheYear = year === undefined && this.seq(end, ['of', 'the', 'year']) > 0;
      ({ year, end } = this.periodYear(end, year, this.hasWordBetween(i, j, SAME_WORDS)));
      const yearWritten = year !== undefined && !ofTheYear;
      if (year === undefined && this.refYear !== undefined) year = this.refYear + (yearAgo ? -1 : 0) + (ordinal === undefined ? 0 : yearShift);
      // "the fourth quarter" in January: last year's, the nearer one (a tie stays in the reference's year)
      if (q !== undefined && !yearWritten && !yearAgo && yearShift === 0 && year !== undefined && this.ref
        && q - quarterOf(this.ref) > 2) year--;
      if (q !== undefined) {
        value = year === undefined ? `XXXX-Q${q}` : formatQuarter(year, q);
        // "the fourth quarter": its year a guess the tense may move
        if (!yearWritten && !yearAgo && !yearNamed && yearShift === 0 && year !== undefined) floating = 'part';
      } else if (this.ref && (yearAgo || yearNamed || this.yearBackAt(end) > end)) value = this.reportedQuarter(year ?? this.ref.year, yearNamed);
      else if (ordinal === undefined && this.ref && !yearAgo) {
        // "the quarter" a few weeks into a new one: the quarter just closed, which results are reported for
        const closed = yearShift === 0 && (this.w(i) === 'the' || this.w(i) === 'its') && !this.hasWordBetween(i, j, CURRENT_WORDS)
          && daysIntoQuarter(this.ref) < REPORTING_SEASON_DAYS;
        value = relativeValue(this.ref, UNITS_SINGULAR.get('quarter')!, closed ? -1 : yearShift);
      }
    } else if (noun === 'half' || noun === 'halves') {
      if (ordinal === undefined || ordinal > 2 && ordinal !== -1) return undefined;
      const h = ordinal < 0 ? 2 : ordinal;
      const yearBefore = year !== undefined || yearShift !== 0 || yearAgo || modifiers > 0;
      const ofTheYear = !yearBefore && this.seq(end, ['of', 'the', 'year']) > 0;
      ({ year, end } = this.periodYear(end, year));
      if (ofTheYear && this.ref) floating = 'part';
      // "the second half of the match": a half is a time only with a year in sight, or in a sentence of a firm's or an
      // economy's results ("profit rose 14% in the first half", "first-half sales"), where it is a half of a year the
      // tense places; never "a strong second half" or a match's half ("scored twice in the second half")
      if (!yearBefore && end === j + 1) {
        if (noun !== 'half' || ordinal < 0 || this.w(end) === 'of' || (!anchored && !this.glued(j) && !HALF_LEADS.has(this.prev(i)))
          || (anchored && w !== 'the' && w !== 'this') || !this.resultsAt(this.tokens[i].start)) return undefined;
        floating = 'part';
      }
      if (year === undefined && this.refYear !== undefined) year = this.refYear + (yearAgo ? -1 : yearShift);
      value = year === undefined ? `XXXX-H${h}` : `${formatYear(year)}-H${h}`;
    } else if (noun === 'period') {
      if (!yearAgo && year === undefined && !modifiers) return undefined;
      const yearWritten = year !== undefined;
      ({ year, end } = this.periodYear(end, year, this.hasWordBetween(i, j, SAME_WORDS)));
      // "the year-ago period", "the latest period", "the 1989 period": in results, the quarter reported on
      // (not "the previous corresponding period", a year's or a half's results compared with the same span a year
      // before, of no quarter: the span is the one the results name)
      if (!yearAgo && !yearNamed && this.hasWordBetween(i, j, SAME_WORDS) && this.hasWordBetween(i, j, PRIOR_WORDS)) value = undefined;
      else if (this.ref && (yearAgo || yearNamed || modifiers > 0)) {
        value = this.reportedQuarter((year ?? this.ref.year) + (yearAgo && !yearWritten ? -1 : 0), yearNamed || yearAgo);
      } else value = year !== undefined ? formatYear(year) : undefined;
    } else {
      // "the first nine months", "the six months", "the year-earlier nine months"
      const count = this.count(j);
      if (!count || count.value === undefined || (!anchored && !modifiers && ordinal === undefined)) return undefined;
      if (this.w(count.end) !== 'months' && this.w(count.end) !== 'weeks') return undefined;
      if (ordinal === undefined && w !== 'the' && !yearAgo && modifiers === 0) return undefined;
      end = count.end + 1;
      type = 'DURATION';
      kind = 'duration';
      value = durationValue(count.value, UNITS_PLURAL.get(this.w(count.end))!);
      return { end, type, value, kind };
    }
    // "the third quarter a year ago", "the same period last year": that period of the year before
    const back = this.yearBackAt(end);
    if (back > end) {
      end = back;
      if (value !== undefined && !yearNamed && /^\d{4}/.test(value)) value = yearEarlier(value);
      floating = undefined;
    } else if (noun === 'period' && !yearAgo && !yearNamed && this.hasWordBetween(i, j, SAME_WORDS) && !this.resultsAt(this.tokens[i].start)) {
      // "rose from £31 to £58 over the same period": whatever span the sentence before set, which only a firm's
      // results make its reported quarter; a guessed quarter would be a wrong date
      value = undefined;
    }
    return floating && value !== undefined && this.ref ? { end, type, value, kind, floating } : { end, type, value, kind };
  }

  /**
   * "the first two quarters of 2027", "the first three months of 2027", "the last two quarters of the year": a quarter
   * or half of the year named, a date; "the first nine months of 1997", which TIMEX3 has no name for, stays a
   * duration and its year (the duration reader).
   */
  private openingOrClosingMonths(i: number): Piece | undefined {
    const side = this.w(i + 1);
    const last = side === 'last' || side === 'final';
    if (side !== 'first' && !last) return undefined;
    const count = this.count(i + 2);
    const noun = count ? this.w(count.end) : '';
    if (!count || count.value === undefined || (noun !== 'months' && noun !== 'quarters')) return undefined;
    const months = count.value * (noun === 'quarters' ? 3 : 1);
    if (months !== 3 && months !== 6) return undefined;
    const { year, end } = this.periodYear(count.end + 1, undefined);
    if (end === count.end + 1) return undefined;
    const part = months === 3 ? (last ? 'Q4' : 'Q1') : (last ? 'H2' : 'H1');
    return { end, type: 'DATE', value: year === undefined ? undefined : `${formatYear(year)}-${part}`, kind: 'period' };
  }

  /** Index after "a year ago", "a year earlier" or "last year" at i, else i. */
  private yearBackAt(i: number): number {
    if (this.seq(i, ['a', 'year', 'ago']) > 0 || this.seq(i, ['a', 'year', 'earlier']) > 0) return i + 3;
    if (this.seq(i, ['last', 'year']) > 0) return i + 2;
    // "the same quarter of the previous year" ("of the last year" too, as Indian and Pakistani desks write it)
    if ((this.w(i) === 'of' || this.w(i) === 'in') && this.w(i + 1) === 'the' && (PRIOR_WORDS.has(this.w(i + 2)) || this.w(i + 2) === 'last') && this.w(i + 3) === 'year'
      && !this.isPossessive(i + 4)) return i + 4;
    return i;
  }

  /**
   * The quarter a results story reports on, in `year`: the one just closed while companies report it (the first weeks
   * of a new quarter), else the running one. `inYear` keeps the year as given; otherwise a closed quarter of the year
   * before (the fourth, read in January) moves it back too.
   */
  private reportedQuarter(year: number, inYear: boolean): string {
    const ref = this.ref!;
    let q = quarterOf(ref);
    let y = year;
    if (daysIntoQuarter(ref) < REPORTING_SEASON_DAYS) {
      q--;
      if (q === 0) { q = 4; if (!inYear) y--; }
    }
    return formatQuarter(y, q);
  }

  /** "the year ended March 31", "the fiscal year ending in June": a period measured up to a day, a duration in TimeML. */
  /** Nothing of the clause follows at i: the line ends, or a comma, stop or dash does. */
  private clauseEndsAt(i: number): boolean {
    return i >= this.limit || (this.tokens[i].kind === 'punct' && /^[,.;:!?)—–]$/.test(this.tokens[i].lower));
  }
  private closesAt(i: number): boolean {
    const w = this.w(i);
    return w === 'ended' || w === 'ending' || w === 'that' && (this.w(i + 1) === 'ended' || this.w(i + 1) === 'ends') ||
      w === 'to' && this.monthAt(i + 1);
  }
  /** "(April 2017 to March 2018)" at i: the year a run of months within two calendar years ends in, as a fiscal year is named. */
  private monthsInBrackets(i: number): number | undefined {
    if (this.w(i) !== '(' || !MONTHS.has(this.w(i + 1))) return undefined;
    const from = this.yearNumber(i + 2, true);
    if (!from || from.end !== i + 3 || (this.w(i + 3) !== 'to' && this.w(i + 3) !== '-') || !MONTHS.has(this.w(i + 4))) return undefined;
    const to = this.yearNumber(i + 5, true);
    if (!to || to.end !== i + 6 || this.w(i + 6) !== ')' || to.year - from.year > 1 || to.year < from.year) return undefined;
    return to.year;
  }
  /** "the year to June", "the year to the end of September", "the year to 30 June": the same span as "the year ended". */
  private monthAt(i: number): boolean {
    let k = i;
    if (this.w(k) === 'the' && this.w(k + 1) === 'end' && this.w(k + 2) === 'of') k += 3;
    if (this.isNumber(k)) k++;
    return MONTHS.has(this.w(k)) || MONTH_ABBREVIATIONS.has(this.w(k));
  }

  private isPossessive(i: number): boolean {
    const w = this.w(i);
    return (w === "'" || w === '’') && this.glued(i) && this.w(i + 1) === 's' && this.glued(i + 1);
  }

  /** An optional "of 1990" / "of fiscal 1990" / "of this year" after a period noun. */
  private periodYear(i: number, year: number | undefined, same = false): { year: number | undefined; end: number } {
    // ("the same period in 2012": a period compared with its like in a year written after it)
    if (same && this.w(i) === 'in') {
      const y = this.yearNumber(i + 1, true);
      return y && !this.hyphen(y.end) ? { year: y.year, end: y.end } : { year, end: i };
    }
    if (this.w(i) !== 'of') return { year, end: i };
    let k = i + 1;
    if (this.w(k) === 'fiscal') k++;
    const y = this.yearNumber(k, true);
    if (y) return { year: y.year, end: y.end };
    const rel = RELATIVE_DETERMINERS.get(this.w(i + 1));
    if (rel !== undefined && this.w(i + 2) === 'year' && (this.w(i + 1) === 'this' || this.w(i + 1) === 'last' || this.w(i + 1) === 'next')) {
      return { year: this.refYear === undefined ? undefined : this.refYear + rel, end: i + 3 };
    }
    if (this.w(i + 1) === 'the' && this.w(i + 2) === 'year') return { year: this.refYear, end: i + 3 };
    return { year, end: i };
  }

  // ---------------------------------------------------------------- clock times

  /** "3 p.m.", "7:15 p.m. EST", "10 a.m. Wednesday", "noon Thursday", "midnight". */
  private clockTime(i: number): Piece | undefined {
    let j = i;
    let time: string | undefined;
    const clockWord = CLOCK_WORDS.get(this.w(i));
    if (clockWord) {
      time = clockWord;
      j = i + 1;
    } else if (this.isNumber(i)) {
      const w = this.w(i);
      const fused = /^(\d{1,2})(am|pm)$/.exec(w);
      // "0400 GMT", "2215 local time", "1800 hours": the 24-hour clock of wires and the military, only with its zone
      const military = /^([01]\d|2[0-3])([0-5]\d)$/.exec(w);
      // (a zone's letters with a figure glued on are a designation: "Comet 2024 PT5", "asteroid 2019 KT4")
      // ("4:00am today local time (2000 yesterday UTC)": the zone may come after the day the time is anchored to)
      const zoned = this.clockZoneAt(i + 1) > 0 || (ANCHOR_DAY_WORDS.has(this.w(i + 1)) && this.clockZoneAt(i + 2) > 0);
      let hour: number, minute = 0, second = '';
      // ("in 1930 GMT was …" is a year)
      if (military && (zoned || this.bareClock(i)) && !YEAR_PREPOSITIONS.has(this.prev(i))) {
        hour = +military[1];
        minute = +military[2];
        j = ['hours', 'hrs', 'zulu'].includes(this.w(i + 1)) ? i + 2 : i + 1;
      } else if (/^(?:[01]\d|2[0-3])h$/.test(w) && this.glued(i + 1) && /^[0-5]\d$/.test(this.w(i + 1))) {
        // "from 09h00", "until 23h00 today": the 24-hour clock as South African and French pages write it
        hour = +w.slice(0, 2);
        minute = +this.w(i + 1);
        j = i + 2;
      } else if (fused) {
        hour = +fused[1];
        if (hour < 1 || hour > 12) return undefined;
        if (fused[2] === 'pm' && hour < 12) hour += 12;
        if (fused[2] === 'am' && hour === 12) hour = 0;
        j = i + 1;
      } else {
        if (!/^\d{1,2}$/.test(w)) return undefined;
        // ("9:03:25 PM": the minutes and seconds of a time read from its hour, never a time of their own)
        if (this.w(i - 1) === ':' && this.glued(i) && this.isNumber(i - 2) && this.glued(i - 1)) return undefined;
        hour = +w;
        j = i + 1;
        let hasMinutes = false;
        let fusedMeridiem: boolean | undefined;
        const minutes = (this.w(j) === ':' || this.w(j) === '.') && this.glued(j) && this.isNumber(j + 1) && this.glued(j + 1) ? /^(\d{2})(am|pm)?$/.exec(this.w(j + 1)) : null;
        if (minutes) {
          minute = +minutes[1];
          if (minute > 59) return undefined;
          j += 2;
          hasMinutes = true;
          if (minutes[2]) fusedMeridiem = minutes[2] === 'pm';
          // "9:03:25 PM", "14:32:07": a stamp's seconds, which the value keeps as TIMEX3 does
          else if (this.w(j) === ':' && this.glued(j) && this.isNumber(j + 1) && this.glued(j + 1)) {
            const seconds = /^(\d{2})(am|pm)?$/.exec(this.w(j + 1));
            if (seconds && +seconds[1] <= 59) {
              second = ':' + seconds[1];
              j += 2;
              if (seconds[2]) fusedMeridiem = seconds[2] === 'pm';
            }
          }
        }
        // "3.30pm"
        // ("3:00-4:00 p.m.", "9:30 to 11:30 a.m.": a span's start takes the half of the day its end gives, where it is
        // the earlier hour of that half; the span's end is read on its own)
        const meridiem = fusedMeridiem !== undefined ? { pm: fusedMeridiem, end: j }
          : this.meridiem(j) ?? (hasMinutes ? this.spanEndMeridiem(j, hour) : undefined);
        if (meridiem) {
          if (hour < 1 || hour > 12) return undefined;
          if (meridiem.pm && hour < 12) hour += 12;
          if (!meridiem.pm && hour === 12) hour = 0;
          j = meridiem.end;
        } else if (this.w(j) === 'o' && (this.w(j + 1) === "'" || this.w(j + 1) === '’') && this.w(j + 2) === 'clock') {
          if (hour < 1 || hour > 12) return undefined;
          j += 3;
        } else if (hasMinutes && this.w(j - 2) === ':' && hour <= 23 && (TIME_ZONES.has(this.w(j)) || this.seq(j, ['local', 'time']) > 0 || ['at', 'by', 'until', 'till', 'around', 'about', 'before', 'after', 'from', 'since', 'between'].includes(this.prev(i))
          // (and the end of a span after its start: "from 9:00 to 17:00", "07:00-20:00")
          || ([',', 'and', 'or', 'to', '-', '–'].includes(this.prev(i)) && this.w(i - 3) === ':' && this.isNumber(i - 2))
          || this.opensEntry(i, j))) {
          // "at 7:15", "18:30 GMT", the middle of "at 5:25, 5:40 and 5:55 a.m.", a live page's "## 15:40 — Markets steady"
        } else if (hasMinutes && this.w(j - 2) === '.' && hour <= 23 && !/^\d{4}$/.test(this.prev(i))
          && ((TIME_ZONES.has(this.w(j)) && this.capital(j)) || this.seq(j, ['local', 'time']) > 0)) {
          // "at about 02.00 local time (03.00 UTC)": the dotted clock of British and European pages, only with its zone
          // (not "hours": "2.30 hours" is a length) and not after a year (a page's stamp, "Tue 10 Mar 2026 14.32 GMT",
          // is read as one)
        } else return undefined;
      }
      time = formatTime(hour, minute) + second;
    } else return undefined;
    if (TIME_ZONES.has(this.w(j)) && this.capital(j)) j++;
    else if (this.seq(j, ['local', 'time']) > 0) j += 2;
    // "5pm Eastern Time", "9 a.m. Pacific time": a zone's name in words
    else if (ZONE_NAMES.has(this.w(j)) && this.capital(j) && this.w(j + 1) === 'time') j += 2;
    // "1543 Alaska daylight time", "0930 Eastern standard time"
    else if (ZONE_NAMES.has(this.w(j)) && this.capital(j) && (this.w(j + 1) === 'daylight' || this.w(j + 1) === 'standard') && this.w(j + 2) === 'time') j += 3;
    // an anchoring day: "10 p.m. Wednesday", "5 p.m. EST, Nov. 9", "noon yesterday"
    let k = j;
    if (this.w(k) === ',') k++;
    const anchor = this.calendarDate(k) ?? this.deictic(k);
    if (anchor && (anchor.kind === 'day' || anchor.kind === 'weekday' || (anchor.kind === 'deictic' && ['today', 'yesterday', 'tomorrow'].includes(this.w(k))))) {
      // "expires at midnight Thursday": the weekday's week is still a guess the tense may move
      return { end: anchor.end, type: 'TIME', value: anchor.value ? `${anchor.value}${time}` : time, kind: 'time', floating: anchor.value ? anchor.floating : undefined };
    }
    // "since 3 am Monday morning": so does a weekday's part after it (the weekday's week a guess the tense may move)
    const weekday = anchor && anchor.kind === 'time' ? this.weekday(k) : undefined;
    if (weekday && anchor!.end === weekday.end + 1 && DAY_PART_WORDS.has(this.w(weekday.end)) && DAY_VALUE_START.test(anchor!.value ?? '')) {
      return { end: anchor!.end, type: 'TIME', value: `${anchor!.value!.slice(0, 10)}${time}`, kind: 'time', floating: anchor!.floating };
    }
    // "at 11 a.m. tomorrow morning", "at 6 p.m. yesterday evening": the day's part only says again which half of it
    if (anchor && anchor.kind === 'time' && ['today', 'yesterday', 'tomorrow'].includes(this.w(k)) && DAY_VALUE_START.test(anchor.value ?? '')) {
      return { end: anchor.end, type: 'TIME', value: `${anchor.value!.slice(0, 10)}${time}`, kind: 'time' };
    }
    return { end: j, type: 'TIME', value: time, kind: 'time' };
  }

  /** How many tokens at `k` give a 24-hour time's zone: "GMT", "local time", "hours", "Alaska daylight time", "Zulu"
   *  (0 when none). A zone's letters with a figure glued on are a designation: "Comet 2024 PT5", "asteroid 2019 KT4". */
  private clockZoneAt(k: number): number {
    const w = this.w(k);
    if (TIME_ZONES.has(w) && this.capital(k) && !(this.isNumber(k + 1) && this.glued(k + 1))) return 1;
    if (w === 'hours' || w === 'hrs' || (w === 'zulu' && this.capital(k))) return 1;
    if (this.seq(k, ['local', 'time']) > 0) return 2;
    if (ZONE_NAMES.has(w) && this.capital(k)) {
      if (this.w(k + 1) === 'time') return 2;
      if ((this.w(k + 1) === 'daylight' || this.w(k + 1) === 'standard') && this.w(k + 2) === 'time') return 3;
    }
    return 0;
  }

  /** A four-figure time with no zone after "around", "at", "until" …: "Around 1300, the pilot flew", "waited until 1540
   *  when the tower called". Only where the page writes such times with their zone elsewhere or the figure has a leading
   *  zero ("around 0915"); and not before a noun ("around 1900 people" is a count, "at 2019 levels" a year). A figure a
   *  modern year could be (1900 or later) stays a year after "by", "until", "before", "after" ("by 2020, sales …"). */
  private bareClock(i: number): boolean {
    const prev = this.prev(i);
    if (!BARE_CLOCK_BEFORE.has(prev)) return false;
    const w = this.w(i);
    if (+w >= 1900 && !['at', 'around', 'about', 'approximately'].includes(prev)) return false;
    const next = this.w(i + 1);
    if (next !== '' && !(i + 1 < this.limit && this.tokens[i + 1].kind === 'punct') && !BARE_CLOCK_NEXT.has(next) && !this.capital(i + 1)) return false;
    if (this.isNumber(i + 1)) return false;
    return w.startsWith('0') || this.writesClockTimes();
  }

  /** After a clock time ending at `j` with no a.m. or p.m.: a dash or "to", a later hour of the same half and its
   *  "a.m." or "p.m.", which the start shares (its end stays `j`). */
  private spanEndMeridiem(j: number, hour: number): { pm: boolean; end: number } | undefined {
    const dash = this.w(j);
    if ((dash !== '-' && dash !== '–' && dash !== 'to') || !this.isNumber(j + 1) || !/^\d{1,2}$/.test(this.w(j + 1))) return undefined;
    const endHour = +this.w(j + 1);
    let k = j + 2;
    if ((this.w(k) === ':' || this.w(k) === '.') && this.glued(k) && this.isNumber(k + 1) && this.glued(k + 1) && /^\d{2}$/.test(this.w(k + 1))) k += 2;
    const own = this.meridiem(k);
    if (!own || hour < 1 || hour >= endHour || endHour > 11) return undefined;
    return { pm: own.pm, end: j };
  }

  private meridiem(i: number): { pm: boolean; end: number } | undefined {
    const w = this.w(i);
    if ((w === 'a' || w === 'p') && this.w(i + 1) === '.' && this.glued(i + 1) && this.w(i + 2) === 'm' && this.glued(i + 2)) {
      const end = this.w(i + 3) === '.' && this.glued(i + 3) ? i + 4 : i + 3;
      return { pm: w === 'p', end };
    }
    if (w === 'am' || w === 'pm') {
      // "am" is also a verb: only after a number and when lower case or all caps
      return { pm: w === 'pm', end: i + 1 };
    }
    return undefined;
  }

  // ---------------------------------------------------------------- durations

  private count(i: number): Count | undefined {
    if (i < 0 || i >= this.limit) return undefined;
    let c = this.countCache[i];
    if (c === undefined) {
      c = readCount(this.tokens, i) ?? null;
      this.countCache[i] = c;
    }
    return c && c.end <= this.limit ? c : undefined;
  }

  /**
   * "three years", "24 hours", "a decade", "two-year", "a minute and a half", "two to three weeks", and with "ago",
   * "earlier" or "later" a date: "two years ago", "a year earlier".
   */
  private duration(i: number): Piece | undefined {
    const w = this.w(i);
    // "a year-long war", "months-long talks"
    const lengthUnit = UNITS_SINGULAR.get(w) ?? UNITS_PLURAL.get(w);
    if (lengthUnit && this.hyphen(i + 1) && this.w(i + 2) === 'long') {
      return { end: i + 3, type: 'DURATION', value: durationValue(UNITS_SINGULAR.has(w) ? 1 : undefined, lengthUnit), kind: 'duration' };
    }
    // a bare plural unit reads as a vague duration only where a preposition of extent precedes ("for years")
    const bare = UNITS_PLURAL.get(w);
    if (bare) {
      if (this.w(i + 1) === 'ago') return { end: i + 2, type: 'DATE', value: 'PAST_REF', kind: 'ago' };
      const prev = this.prev(i);
      if ((prev === 'for' || prev === 'within' || prev === 'in') && !this.tokens[i].capital && bare.name !== 'quarter') {
        let end = i + 1;
        if (this.w(end) === 'or' && UNITS_PLURAL.has(this.w(end + 1))) end += 2;
        const next = this.w(end);
        if (next === 'of' || next === '-') return undefined;
        return { end, type: 'DURATION', value: durationValue(undefined, bare), kind: 'duration' };
      }
      // "forming a government could take weeks", "the search may last months", "engineers spent months planning": what
      // something takes or lasts, or what is spent (not "the
      // last weeks of the war")
      const lasting = prev === 'last' ? LAST_AFTER.has(this.prev(i - 1)) : TAKES.has(prev);
      if (lasting && !this.tokens[i].capital && bare.name !== 'quarter') {
        let end = i + 1;
        if (this.w(end) === 'or' && UNITS_PLURAL.has(this.w(end + 1))) end += 2;
        const next = this.w(end);
        if (next !== 'of' && next !== '-' && next !== 'ago') return { end, type: 'DURATION', value: durationValue(undefined, bare), kind: 'duration' };
      }
      // "faced weeks of protests", "After months of talks, …": a span of something, before its plain noun
      if ((BARE_SPAN_LEADS.has(prev) || (prev === '' && this.tokens[i].capital)) && bare.name !== 'quarter'
        && this.w(i + 1) === 'of' && i + 2 < this.limit && this.tokens[i + 2].kind === 'word' && !this.tokens[i + 2].capital
        && !FUNCTION_WORDS.has(this.w(i + 2))) {
        return { end: i + 1, type: 'DURATION', value: durationValue(undefined, bare), kind: 'duration' };
      }
      return undefined;
    }
    // "doubled the lead on twenty six minutes": the "six" of a count that began a word before is no count of its own
    // (the count from "twenty" was read there, and refused there if it was a point on a match's clock)
    const tensBefore = NUMBER_WORDS.get(this.prev(i)), ones = NUMBER_WORDS.get(w);
    if (tensBefore !== undefined && tensBefore >= 20 && tensBefore % 10 === 0 && tensBefore < 100 && ones !== undefined && ones >= 1 && ones <= 9) return undefined;
    let count = this.count(i);
    let j: number;
    // "struck from 20 yards on 82 minutes": a point on a match's clock, not a length of time
    if (count && this.prev(i) === 'on' && (this.w(count.end) === 'minutes' || this.w(count.end) === 'mins')) return undefined;
    if (count) j = count.end;
    else if (w === 'the') {
      // "the nine months", "the four days" (but "the 30-day rate" is tagged without "the")
      count = this.count(i + 1);
      if (!count || count.article || count.value === undefined || this.hyphen(count.end)) return undefined;
      j = count.end;
    } else return undefined;
    // ranges: "two to three weeks", "12 to 18 months", "a year or two"
    if ((this.w(j) === 'to' || this.w(j) === 'or' || (this.w(j) === '-' && this.glued(j) && this.isNumber(j + 1))) && !count.article) {
      const upper = this.count(j + 1);
      if (upper && !upper.article) { count = { end: upper.end, value: upper.value, article: false }; j = upper.end; }
    }
    // hyphenated adjective: "two-year", "10-year", "52-week", "8-month-old", "twenty-four-hour"
    if (this.hyphen(j) && !count.article) {
      const unit = UNITS_SINGULAR.get(this.w(j + 1));
      if (!unit) return undefined;
      let end = j + 2;
      // an age ("a 26-year-old man") describes a person, not a time; news annotation leaves it out
      // (and people of an age: "16- and 17-year-olds")
      if (this.hyphen(end) && (this.w(end + 1) === 'old' || this.w(end + 1) === 'olds')) return undefined;
      if (this.hyphen(end) && this.w(end + 1) === 'long') end += 2;
      return { end, type: 'DURATION', value: durationValue(count.value, unit), kind: 'duration' };
    }
    while (DURATION_ADJECTIVES.has(this.w(j)) && this.w(j) !== 'fiscal') j++;
    if (this.w(j) === 'fiscal' && (this.w(j + 1) === 'years' || this.w(j + 1) === 'year')) j++;
    const plural = UNITS_PLURAL.get(this.w(j));
    const singular = UNITS_SINGULAR.get(this.w(j));
    let unit: Unit | undefined;
    if (plural && !count.article) unit = plural;
    else if (singular && (count.article || count.value === 1)) unit = singular;
    // "a five year low" (but "six weekend closures" counts closures, not weekends)
    // ("2019 second hottest year": a year before an ordinal, no 2,019 seconds)
    else if (singular && count.value !== undefined && singular.name !== 'weekend' && this.isAttributive(j + 1)
      && !(singular.name === 'second' && count.value >= 1000)) unit = singular;
    if (!unit) return undefined;
    // "half a million working days lost to strikes": a tally of days worked, not a length of time; "almost
    // three quarters voted", "three quarters of members": a fraction, not nine months ("three quarters of 2024" is);
    // nor is "000 working days", the tail of "200,000" read alone once the whole was refused
    if ((count.value !== undefined && count.value >= 1e5 && unit.name === 'day')
      || (this.w(i - 1) === ',' && this.glued(i) && this.isNumber(i - 2))) return undefined;
    if (unit.name === 'quarter' && count.value === 3 && (FRACTION_LEADS.has(this.prev(i)) || (this.w(j + 1) === 'of'
      && !/^(?:year|fiscal|financial|this|last|next|\d{4})$/.test(this.w(this.w(j + 2) === 'the' ? j + 3 : j + 2))))) return undefined;
    // "the agency's 2023 fiscal year": a year's number before the kind of year it is, a date (that fiscal year), not
    // a span of 2,023 years
    if (unit.name === 'year' && !count.article && count.value !== undefined && count.value >= 1900 && count.value <= 2100
      && /^\d{4}$/.test(this.w(j - 2)) && YEAR_KIND_WORDS.has(this.w(j - 1))) {
      return { end: j + 1, type: 'DATE', value: formatYear(count.value), kind: 'year' };
    }
    // "a year-earlier loss" is an adjective of its own
    if (this.hyphen(j + 1)) return undefined;
    // "a second" is an ordinal more often than a unit
    if (unit.name === 'second' && count.article) return undefined;
    if (unit.name === 'quarter' && count.article) return undefined;
    let end = j + 1;
    let n = count.value;
    if (this.seq(end, ['and', 'a', 'half']) > 0) { end += 3; if (n !== undefined) n += 0.5; }
    else if (this.seq(end, ['or', 'so']) > 0) end += 2;
    // "a year or two"
    else if (this.w(end) === 'or' && NUMBER_WORDS.has(this.w(end + 1)) && !UNITS_PLURAL.has(this.w(end + 2)) && !UNITS_SINGULAR.has(this.w(end + 2))) end += 2;
    const next = this.w(end);
    // (an age, "10 year olds", as "a 26-year-old")
    if ((next === 'old' || next === 'olds') && !count.article) return undefined;
    // "three days later" counts from a time the story tells of, not from today: TimeML tags the duration alone
    if (next === 'ago' || next === 'earlier' || next === 'hence' || (next === 'from' && (this.w(end + 1) === 'now' || this.w(end + 1) === 'today'))) {
      const sign = next === 'ago' || next === 'earlier' ? -1 : 1;
      const close = next === 'from' ? end + 2 : end + 1;
      const value = n === undefined ? (sign < 0 ? 'PAST_REF' : 'FUTURE_REF') : relativeValue(this.ref, unit.name === 'decade' || unit.name === 'century' ? UNITS_SINGULAR.get('year')! : unit, sign * n * (unit.name === 'decade' ? 10 : unit.name === 'century' ? 100 : unit.name === 'week' ? unit.times : 1));
      // "50 years ago this week", "ten years ago today": that week, month or day of the year counted back
      const years = unit.name === 'year' ? 1 : unit.name === 'decade' ? 10 : unit.name === 'century' ? 100 : 0;
      if (next === 'ago' && years && n !== undefined && Number.isInteger(n) && this.ref) {
        const day = { year: this.ref.year - n * years, month: this.ref.month, day: Math.min(this.ref.day, this.ref.month === 2 ? 28 : this.ref.day) };
        if (this.seq(close, ['this', 'week']) > 0) return { end: close + 2, type: 'DATE', value: formatWeek(day), kind: 'ago' };
        if (this.seq(close, ['this', 'month']) > 0) return { end: close + 2, type: 'DATE', value: formatMonth(day.year, day.month), kind: 'ago' };
        if (this.w(close) === 'today' || this.w(close) === 'yesterday') {
          return { end: close + 1, type: 'DATE', value: formatDay(addDays(day, this.w(close) === 'today' ? 0 : -1)), kind: 'ago' };
        }
      }
      return { end: close, type: 'DATE', value: unit.iso === 'H' || unit.iso === 'MIN' || unit.iso === 'S' ? undefined : value, kind: 'ago' };
    }
    // "a week from Friday", "ten days from March 3": counted from that day, which lies ahead
    // (not "strike for five days from Friday": for so long, starting that day)
    if (next === 'from' && (unit.name === 'day' || unit.name === 'week') && n !== undefined && Number.isInteger(n) && this.prev(i) !== 'for') {
      const from = this.dayAhead(end + 1);
      if (from) return { end: from.end, type: 'DATE', value: from.day === undefined ? undefined : formatDay(addDays(from.day, n * (unit.name === 'week' ? 7 : 1))), kind: 'ago' };
    }
    // "a year" in "twice a year", "barrels a day" is a frequency
    if (count.article && (this.w(i) === 'a' || this.w(i) === 'an')) {
      if (this.isFrequencyContext(i)) return { end, type: 'SET', value: durationValue(1, unit), kind: 'set' };
      // "700 seats a week", "$500 million a year": a rate, which news annotation leaves untagged ("the semi-finals a
      // fortnight later" is a time counted on, no rate)
      if (this.isRateContext(i) && !COUNTED_ON.has(this.w(end))) return undefined;
    }
    // "some quarters", "many seconds": too vague to be a duration; "some years", "many days" are
    if (count.value === undefined && count.end === i + 1 && (w === 'some' || w === 'many') && !COMMON_VAGUE_UNITS.has(unit.name)) return undefined;
    let value = durationValue(n, unit);
    // "four years and eight months", "3 hours 41 minutes 7 seconds": one length in smaller and smaller units
    for (let rest = n !== undefined && Number.isInteger(n) && !count.article ? this.smallerUnits(end) : undefined; rest;
      rest = this.smallerUnits(end)) {
      const joined = joinedDuration(value, rest.value);
      if (!joined) break;
      value = joined;
      end = rest.end;
    }
    return { end, type: 'DURATION', value, kind: 'duration' };
  }

  /** A whole count of a unit at j, or after "and" or a comma there: the rest of a length in smaller units. */
  private smallerUnits(j: number): { end: number; value: string } | undefined {
    const k = this.w(j) === 'and' || this.w(j) === ',' ? j + 1 : j;
    const count = this.count(k);
    if (!count || count.article || count.value === undefined) return undefined;
    const unit = UNITS_PLURAL.get(this.w(count.end)) ?? (count.value === 1 ? UNITS_SINGULAR.get(this.w(count.end)) : undefined);
    if (!unit || unit.times !== 1 || this.hyphen(count.end + 1)) return undefined;
    // (a race's time ends in hundredths of a second: "2 minutes 31.84 seconds")
    if (!Number.isInteger(count.value) && unit.iso !== 'S') return undefined;
    return { end: count.end + 1, value: durationValue(count.value, unit) };
  }

  /** A weekday or a calendar day at i as a day ahead of the reference ("Friday" is the coming one), if any. */
  private dayAhead(i: number): { day: Day | undefined; end: number } | undefined {
    const weekday = this.weekday(i);
    if (weekday) return { day: this.ref && parseDay(weekdayValue(this.ref, weekday.weekday, 1) ?? ''), end: weekday.end };
    const date = this.monthLed(i, false);
    if (!date || date.kind !== 'day') return undefined;
    return { day: parseDay(date.value ?? ''), end: date.end };
  }

  /** The article follows a quantity: "$1.76 a year", "358,000 a month", "700 seats a week". */
  private isRateContext(i: number): boolean {
    if (i === 0 || this.tokens[i].lineBreak) return false;
    let before = this.tokens[i - 1];
    // ("130 miles (209 km) per hour": the unit converted in brackets stands between the figure's unit and "per")
    if (before.lower === ')' && i > 2) {
      if (MEASURE_ABBREVIATIONS.has(this.tokens[i - 2].lower)) return true;
      if (this.tokens[i - 2].kind === 'word') before = this.tokens[i - 2];
    }
    if (before.kind === 'number') return true;
    const w = before.lower;
    if (MULTIPLIERS.has(w) || w === 'billion' || w === 'trillion' || w === 'percent' || w === '%') return true;
    return before.kind === 'word' && !before.capital && w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !NON_PLURAL_S.has(w);
  }

  /** A lower-case word follows: the unit is used as an adjective ("a two day rally"). */
  private isAttributive(i: number): boolean {
    const tok = i < this.limit ? this.tokens[i] : undefined;
    return tok !== undefined && tok.kind === 'word' && !tok.capital && !FUNCTION_WORDS.has(tok.lower);
  }

  /** The article before a unit means "per": "twice a year", "three times a week", "40 hours a week". */
  private isFrequencyContext(i: number): boolean {
    const prev = this.prev(i);
    return prev === 'once' || prev === 'twice' || prev === 'thrice' || prev === 'times';
  }

  // ---------------------------------------------------------------- sets

  private set(i: number): Piece | undefined {
    const w = this.w(i);
    const adverb = FREQUENCY_ADVERBS.get(w);
    if (adverb) {
      // an adjective ("quarterly dividend", "daily volume") describes a thing, not a time: only the adverb counts
      if (this.isAttributive(i + 1) || (i + 1 < this.limit && this.tokens[i + 1].kind === 'number')) return undefined;
      // "Weekly Standard", "Daily Mail"
      if (this.capital(i) && this.capital(i + 1)) return undefined;
      // "the Corvania Daily", "Hartwell Weekly": the end of a title
      if (this.capital(i) && i > 0 && !this.tokens[i].lineBreak && this.tokens[i - 1].kind === 'word' && this.tokens[i - 1].capital) return undefined;
      if (this.prev(i) === 'its' || this.prev(i) === 'the' || this.prev(i) === 'a') return undefined;
      return { end: i + 1, type: 'SET', value: adverb, kind: 'set' };
    }
    if (w === 'per' && UNITS_SINGULAR.has(this.w(i + 1))) {
      // "140 kilometres per hour", "20 dollars per hour": a speed or a rate, which news annotation leaves untagged
      if (this.isRateContext(i) || MEASURE_ABBREVIATIONS.has(this.prev(i))) return undefined;
      return { end: i + 2, type: 'SET', value: durationValue(1, UNITS_SINGULAR.get(this.w(i + 1))!), kind: 'set' };
    }
    const times = this.timesPer(i);
    if (times) return times;
    const monthly = this.weekdayOfEveryMonth(i);
    if (monthly) return monthly;
    if (w !== 'every' && w !== 'each') return undefined;
    let j = i + 1;
    let step = 1;
    if (this.w(j) === 'other') { step = 2; j++; }
    // "every second Tuesday", "every third year": an ordinal counts steps, it is no "second" of time
    else if (SET_STEPS.has(this.w(j)) && (this.weekday(j + 1) || UNITS_SINGULAR.has(this.w(j + 1)))) { step = SET_STEPS.get(this.w(j))!; j++; }
    if (step > 1) {
      // "every other Tuesday": the weekday comes round every `step` weeks
      const weekday = this.weekday(j);
      // "every second Tuesday of the month": that Tuesday of each month, monthly
      const ofMonth = weekday && this.w(i + 1) !== 'other' && this.w(weekday.end) === 'of' && ['the', 'each', 'every'].includes(this.w(weekday.end + 1))
        && this.w(weekday.end + 2) === 'month';
      if (weekday && ofMonth) return { end: weekday.end + 3, type: 'SET', value: 'P1M', kind: 'set' };
      if (weekday) return { end: weekday.end, type: 'SET', value: `P${step}W`, kind: 'set' };
    }
    // "each weekday", "every weekday morning": daily, Mondays to Fridays (the display says which days)
    if (this.w(j) === 'weekday') {
      const part = DAY_PARTS.get(this.w(j + 1));
      if (part && this.w(j + 1) !== 'overnight') return { end: j + 2, type: 'SET', value: `TXX${part}`, kind: 'set' };
      return { end: j + 1, type: 'SET', value: 'P1D', kind: 'set' };
    }
    const count = this.count(j);
    if (count && !count.article && count.value !== undefined) {
      const unit = UNITS_PLURAL.get(this.w(count.end));
      if (unit) return { end: count.end + 1, type: 'SET', value: durationValue(count.value * step, unit), kind: 'set' };
      // "every 10 to 15 minutes", "every two or three weeks": a range of steps, valued by its upper end as a range of
      // lengths is
      const upper = (this.w(count.end) === 'to' || this.w(count.end) === 'or') ? this.count(count.end + 1) : undefined;
      const upperUnit = upper && !upper.article && upper.value !== undefined ? UNITS_PLURAL.get(this.w(upper.end)) : undefined;
      if (upper && upperUnit && upper.value! > count.value) return { end: upper.end + 1, type: 'SET', value: durationValue(upper.value! * step, upperUnit), kind: 'set' };
    }
    const unit = UNITS_SINGULAR.get(this.w(j));
    if (unit) return { end: j + 1, type: 'SET', value: durationValue(step, unit), kind: 'set' };
    const weekday = this.weekday(j);
    if (weekday) {
      let end = weekday.end;
      const part = DAY_PARTS.get(this.w(end));
      if (part && this.w(end) !== 'overnight') end++;
      return { end, type: 'SET', value: `XXXX-WXX-${weekday.weekday}${part && end > weekday.end ? 'T' + part : ''}`, kind: 'set' };
    }
    const month = this.month(j, true);
    if (month) {
      // "every March 12": that day each year, not every day of March
      const day = this.dayOfMonth(month.end);
      if (day && isValidDay(2000, month.month, day.day)) return { end: day.end, type: 'SET', value: `XXXX-${pad(month.month)}-${pad(day.day)}`, kind: 'set' };
      return { end: month.end, type: 'SET', value: `XXXX-${pad(month.month)}`, kind: 'set' };
    }
    const season = SEASONS.get(this.w(j));
    if (season) return { end: j + 1, type: 'SET', value: `XXXX-${season}`, kind: 'set' };
    const part = DAY_PARTS.get(this.w(j));
    if (part && this.w(j) !== 'overnight') return { end: j + 1, type: 'SET', value: `TXX${part}`, kind: 'set' };
    return undefined;
  }

  /** "twice a year", "three times a week", "once every month": TimeML spans the count with the period it repeats in. */
  private timesPer(i: number): Piece | undefined {
    const w = this.w(i);
    let j: number;
    if (w === 'once' || w === 'twice' || w === 'thrice') j = i + 1;
    else if ((NUMBER_WORDS.has(w) || /^\d{1,2}$/.test(w)) && this.w(i + 1) === 'times') j = i + 2;
    else return undefined;
    if (this.w(j) === 'a' || this.w(j) === 'an' || this.w(j) === 'per' || this.w(j) === 'every' || this.w(j) === 'each') j++;
    else return undefined;
    const unit = UNITS_SINGULAR.get(this.w(j));
    return unit ? { end: j + 1, type: 'SET', value: durationValue(1, unit), kind: 'set' } : undefined;
  }

  /** "the first Monday of every month", "the last Friday of each month": once a month, on that weekday. */
  private weekdayOfEveryMonth(i: number): Piece | undefined {
    const j = this.w(i) === 'the' ? i + 1 : i;
    const n = WEEK_ORDINALS.get(this.w(j));
    if (n === undefined) return undefined;
    // "the last quarter of each year", "the first half of every year": that part of every year
    const part = this.w(j + 1);
    if ((part === 'quarter' || part === 'half') && this.w(j + 2) === 'of' && (this.w(j + 3) === 'every' || this.w(j + 3) === 'each')
      && this.w(j + 4) === 'year' && (part === 'quarter' || n <= 2)) {
      const which = n < 0 ? (part === 'quarter' ? 4 : 2) : n;
      return { end: j + 5, type: 'SET', value: `XXXX-${part === 'quarter' ? 'Q' : 'H'}${which}`, kind: 'set' };
    }
    const weekday = this.weekday(j + 1);
    if (!weekday || this.w(weekday.end) !== 'of') return undefined;
    const every = this.w(weekday.end + 1);
    // ("meets at 7pm on the third Monday of the month": the month of a timetable is every month, as "of each month" says;
    // "of the month" needs the ordinal's "the", and no year or month named after it: "of the month of May")
    const ofTheMonth = every === 'the' && j === i + 1 && this.w(weekday.end + 3) !== 'of';
    if ((every !== 'every' && every !== 'each' && !ofTheMonth) || this.w(weekday.end + 2) !== 'month') return undefined;
    return { end: weekday.end + 3, type: 'SET', value: 'P1M', kind: 'set' };
  }

  // ---------------------------------------------------------------- wrappers

  /** "nearly two years", "more than four hours", "around 7:15 p.m.", "about two years ago". */
  private approximated(i: number): Piece | undefined {
    const w = this.w(i);
    let best: Piece | undefined;
    if (APPROXIMATORS.has(w)) best = this.approximatedCore(i, i + 1, best);
    const sequences = APPROXIMATOR_SEQUENCES.get(w);
    if (sequences) {
      for (const words of sequences) {
        const after = this.seq(i, words);
        if (after > 0) best = this.approximatedCore(i, after, best);
      }
    }
    return best;
  }

  private approximatedCore(i: number, start: number, best: Piece | undefined): Piece | undefined {
    const core = this.core(start);
    if (!core) return best;
    const w = this.w(i);
    const pointLike = core.kind === 'day' || core.kind === 'time' || core.kind === 'year';
    if (!pointLike && core.kind !== 'duration' && core.kind !== 'ago') return best;
    // "around Nov. 1", "about 7 p.m.": only words of rough position go before a point in time
    if (pointLike && !POINT_APPROXIMATORS.has(w)) return best;
    // ("think about Election Day", "worried about Christmas": before a day named in words, "about" is the preposition;
    // it rounds a figure or a month's day: "about 7 p.m.", "about Nov. 1")
    if (w === 'about' && core.kind === 'day' && !this.isNumber(start) && !MONTHS.has(this.w(start))) return best;
    return !best || core.end > best.end ? core : best;
  }

  /** "early next year", "late yesterday", "mid-1996", "earlier this month", "later in the year", "sometime next year". */
  private shifted(i: number): Piece | undefined {
    const w = this.w(i);
    if (w !== 'early' && w !== 'late' && w !== 'mid' && w !== 'earlier' && w !== 'later' && w !== 'sometime' && w !== 'middle') return undefined;
    let j = i + 1;
    if (this.hyphen(j)) j++;
    else if (w === 'mid' && this.w(j) === '-') return undefined;
    if ((w === 'earlier' || w === 'later') && this.w(j) === 'in' && this.w(j + 1) === 'the') {
      const unit = UNITS_SINGULAR.get(this.w(j + 2));
      if (unit && (unit.name === 'year' || unit.name === 'month' || unit.name === 'week' || unit.name === 'day' || unit.name === 'decade' || unit.name === 'quarter')) {
        return { end: j + 3, type: 'DATE', value: relativeValue(this.ref, unit, 0), kind: 'relative' };
      }
      return undefined;
    }
    const core = this.core(j);
    if (!core) {
      // "mid afternoon", "late afternoon"
      const part = DAY_PARTS.get(this.w(j));
      if (part && w !== 'sometime' && w !== 'earlier' && w !== 'later' && this.w(j) !== 'overnight') {
        // "mid-afternoon yesterday", "late morning Tuesday"
        const day = this.deictic(j + 1) ?? this.calendarDate(j + 1);
        if (day && (day.kind === 'deictic' || day.kind === 'weekday') && day.value && /^\d/.test(day.value)) {
          return { end: day.end, type: 'TIME', value: `${day.value}T${part}`, kind: 'time' };
        }
        return { end: j + 1, type: 'TIME', value: `T${part}`, kind: 'time' };
      }
      return undefined;
    }
    if (core.kind === 'duration' || core.kind === 'set' || core.kind === 'ago') return undefined;
    if (w === 'sometime' && core.kind !== 'relative' && core.kind !== 'month' && core.kind !== 'year') return undefined;
    // ("Listen Later Oct 30, 2024", a player's button before a stamp: nothing is told as later than a whole day)
    if ((w === 'earlier' || w === 'later') && (core.kind === 'year' || core.kind === 'day')) return undefined;
    return { ...core };
  }

  /**
   * "the week of September 14", "the weekend of February 7-8": the week that holds the day named, not the article's
   * week, which "the week" alone would be.
   */
  private weekOfDay(j: number): Piece | undefined {
    const date = this.calendarDate(j) ?? this.dayFirstDate(j);
    return date && date.kind === 'day' && parseDay(date.value ?? '') ? date : undefined;
  }

  /**
   * "the third week of June 2027", "the last week of March": the ISO week that holds the middle of that week; "the last
   * weekend of June" the weekend of its last Saturday; "the final week of the month" a week of the month the story
   * speaks of (the article's here; the scan finds the one named before, see theMonthSpokenOf).
   */
  private weekOfMonth(j: number): Piece | undefined {
    const n = WEEK_ORDINALS.get(this.w(j));
    const unit = this.w(j + 1);
    if (n === undefined || (unit !== 'week' && unit !== 'weekend') || this.w(j + 2) !== 'of') return undefined;
    if (this.w(j + 3) === 'the' && this.w(j + 4) === 'month' && !this.hyphen(j + 5)) {
      const ref = this.ref;
      return { end: j + 5, type: 'DATE', value: ref && weekOfMonthValue(ref.year, ref.month, n, unit === 'weekend'), kind: 'relative' };
    }
    const month = this.monthLed(j + 3, false);
    const m = /^(\d{4})-(\d{2})$/.exec(month?.value ?? '');
    if (!month || month.kind !== 'month' || !m) return undefined;
    // a month without its year keeps the month's value, so that the tense may still move its year
    if (month.floating) return { ...month };
    return { end: month.end, type: 'DATE', value: weekOfMonthValue(+m[1], +m[2], n, unit === 'weekend'), kind: 'relative' };
  }

  /**
   * "the first Monday in October", "the last Friday of June 2027": that day; a month without its year keeps the month's
   * value, which the scan makes the day once the tense has placed the year.
   */
  private weekdayOfMonth(j: number): Piece | undefined {
    const n = WEEK_ORDINALS.get(this.w(j));
    const weekday = WEEKDAYS.get(this.w(j + 1));
    if (n === undefined || weekday === undefined || (this.w(j + 2) !== 'of' && this.w(j + 2) !== 'in')) return undefined;
    const month = this.monthLed(j + 3, false);
    const m = /^(\d{4})-(\d{2})$/.exec(month?.value ?? '');
    if (!month || month.kind !== 'month' || !m) return undefined;
    if (month.floating) return { ...month };
    return { end: month.end, type: 'DATE', value: formatDay(nthWeekday(+m[1], +m[2], weekday, n)), kind: 'day' };
  }

  /**
   * After "the turn of": the year a decade, century or millennium turned. "The century" is the turn nearest the
   * article (2000 written in 2026 or in 1989; "the decade" in 2026 is 2030), "the last century" the one before it,
   * "the 20th century" its first year, 1900.
   */
  private turnOf(i: number): Piece | undefined {
    if (this.w(i) !== 'the') return undefined;
    let j = i + 1;
    const back = this.w(j) === 'last' || this.w(j) === 'previous' ? 1 : 0;
    j += back;
    const noun = this.w(j);
    const size = noun === 'decade' ? 10 : noun === 'century' ? 100 : noun === 'millennium' ? 1000 : 0;
    if (size > 0) {
      if (this.refYear === undefined) return { end: j + 1, type: 'DATE', kind: 'relative' };
      const year = (Math.round(this.refYear / size) - back) * size;
      return { end: j + 1, type: 'DATE', value: formatYear(year), kind: 'year' };
    }
    const century = back === 0 ? this.decadeOrCentury(i) : undefined;
    if (century?.value && /^\d{2}$/.test(century.value)) return { end: century.end, type: 'DATE', value: formatYear(+century.value * 100), kind: 'year' };
    return undefined;
  }

  /** "since" before i: the time named has passed ("since year-end" in May is the end of last year). */
  private sinceAt(i: number): boolean {
    return this.prev(i) === 'since';
  }

  /** "the end of the year", "the middle of October", "the beginning of 1990", "year-end", "the first half of 1989". */
  private edgeOf(i: number): Piece | undefined {
    const w = this.w(i);
    // "year-end", "year end", "year's end"
    if (w === 'year' || w === 'month' || w === 'quarter') {
      let j = i + 1;
      if (this.hyphen(j)) j++;
      else if (this.isPossessive(j)) j += 2;
      if (this.w(j) === 'end') {
        const unit = UNITS_SINGULAR.get(w)!;
        return { end: j + 1, type: 'DATE', value: relativeValue(this.ref, unit, this.sinceAt(i) ? -1 : 0), kind: 'relative' };
      }
      return undefined;
    }
    let j = i;
    if (w === 'the' || w === 'a') j++;
    const edge = this.w(j);
    const week = w === 'the' ? this.weekOfMonth(j) ?? this.weekdayOfMonth(j) : undefined;
    if (week) return week;
    const amount = edge === 'good' || edge === 'large' || edge === 'better';
    let length = 0;
    if (EDGE_WORDS.has(edge)) length = 1;
    else if (amount && this.w(j + 1) === 'part') length = 2; // "a good part of 1990"
    else if (PART_ORDINALS.has(edge) && PART_NOUNS.has(this.w(j + 1))) length = 2; // "the first half of", "the early days of"
    if (length === 0 || (w === 'a' && !amount)) return undefined;
    j += length;
    if (this.w(j) !== 'of') return undefined;
    if (edge === 'turn') {
      const turn = this.turnOf(j + 1);
      if (turn) return turn;
    }
    const core = this.core(j + 1);
    if (!core || core.kind === 'duration' || core.kind === 'set' || core.kind === 'time' || core.kind === 'ago' || core.kind === 'deictic') return undefined;
    if (w !== 'the' && w !== 'a' && core.kind !== 'relative' && core.kind !== 'year' && core.kind !== 'month') return undefined;
    // "since the end of the year": an end already passed, the last one ("by the end of the year" is the coming one)
    const unit = EDGE_WORDS.get(edge) === 'end' && this.sinceAt(i) && this.w(j + 1) === 'the' && core.end === j + 3
      ? UNITS_SINGULAR.get(this.w(j + 2)) : undefined;
    if (unit && (unit.name === 'year' || unit.name === 'quarter' || unit.name === 'month')) {
      return { end: core.end, type: 'DATE', value: relativeValue(this.ref, unit, -1), kind: 'relative' };
    }
    // ("by the end of June", written in December: the coming June, as "by June" is; the core's year floats with the tense)
    return core.floating ? { end: core.end, type: 'DATE', value: core.value, kind: 'relative', floating: core.floating }
      : { end: core.end, type: 'DATE', value: core.value, kind: 'relative' };
  }
}

/** -2 for "before last" ("the day before yesterday"), 2 for "after next" ("the day after tomorrow"), else 0. */
function twoUnitsAway(relation: string, anchor: string, unit: string): number {
  if (relation === 'before' && (anchor === 'last' || (unit === 'day' && anchor === 'yesterday'))) return -2;
  if (relation === 'after' && (anchor === 'next' || (unit === 'day' && anchor === 'tomorrow'))) return 2;
  return 0;
}

/** Subjects that open a clause telling which day: "the day we met", "the day before he left". */
const CLAUSE_SUBJECTS = wordSet('i we he she they you');

/** Words before "the day" that make it a span of the story's day: "later in the day they", "through the day we". */
const SPAN_OF_THE_DAY_BEFORE = wordSet('in through throughout during for all of across');
