// The scan behind detectDates: find trigger words, tokenize a small window around each, and let the grammar read
// the longest expression at each token. May throw on a grammar bug; detectDates is the guarded entry point.
import type { DateMention } from '../spans';
import { formatDay, formatWeek, nthWeekday, parseDay, weekOfMonthValue, type Day } from './calendar';
import { onTheDayNamedNext, onTheOneDayToldOf } from './clockDays';
import { writesZonedClockTimes } from './clockPage';
import { weekdaysNearTheDayNamed } from './weekOfDayNamed';
import { weeksBoundedByADay } from './weekBounded';
import { shortYearSpans } from './yearSpanShort';
import { weekdayDayToldInThePast } from './weekdayDatedPast';
import { weekdayYearsStated } from './weekdayYearStated';
import { dottedDates } from './dottedDates';
import { closesAfterItOpens, dayThenInItsYear, laterDayInItsSentence, dayInApposition, dayOfTheMonthBefore, daysSharingAMonth, monthsSharingAYear, numericDatesDayFirst, rangesRunForward, startingTheYearAfter, weekdayOpeningARange } from './daysAndRanges';
import { earlierThanTimeSpokenOf } from './earlier';
import { beforeChrist, yearsOfAnEra } from './eraYears';
import { fiscalPartValue, fiscalYearEnd, yearForecastToMonth } from './fiscal';
import { sinceBefore, tenseOfMention } from './floatingTense';
import { nearestWhenForeseenInThePast } from './foreseenInThePast';
import { lastWeekendBefore } from './lastWeekendBefore';
import { shoutedAsProse } from './shouted';
import { anchored, ofTheYearSpokenOf, toldInThePast } from './followingSpokenOf';
import { DateGrammar } from './grammar';
import { headlineStandingAlone, inHeadline } from './headline';
import { holidaysOfTheYearWritten } from './holidayYear';
import { daysOfNamedEvents } from './namedEvents';
import { openingHours } from './openingHours';
import { dayOfTheMonthNamed } from './sameMonthNamed';
import { comparedWithLastYear, inTheMonthJustNamed, inTheYearJustNamed, reportingPeriodBefore, thisTimeLastYear, yearBeforeTheOneJustNamed, yearOfTheClosingPeriodBefore } from './namedJustBefore';
import { capitalisedInProse, fractionOfAFigure, namesNoTime } from './notDates';
import { dayGivenInBrackets } from './bracketedDay';
import { daysOfEveryYear } from './yearlyDays';
import { citedDaysInThePast } from './citedDay';
import { daysOfPastPieces } from './pastPieces';
import { bareHoursInPartOfDay } from './clockInPartOfDay';
import { hoursOfListings } from './clockRanges';
import { forecastDaysAhead, temperaturesNotDecades } from './forecastDays';
import { barePartsOfTheYearWritten, partsWithTheirYear } from './quarterYear';
import { quartersCountedFromTheReported } from './reportedQuarter';
import { fiscalPartsOfTheYearNamed } from './fiscalQuarterYear';
import { monthQuartersOfFiscalYears, monthsOfSplitYears, rangesBeforeSplitYears } from './splitYears';
import { weekdaysInAnotherYear } from './weekdayInAnotherYear';
import { foreseenWithin, partForTense, reportedTense, speaksOfResults } from './parts';
import { asTheStoryPlacesIt, contractMonths, inTheSchoolYearNamed, periodsEndedOn, sameTimeAsBefore, seasonsCountedFromOneNamed, theMonthSpokenOf, theQuarterNamedBefore, yearBackOfTheQuarter } from './periodsNamed';
import { DAY_VALUE, phraseOf, weekdayOfStem, YEAR_TENSE_REACH } from './shapes';
import { afterTheDayAheadBefore, aheadAsNamedBefore, asTheStoryDates, midnightGone, nextAfterThis, onTheDayOfTheStory, sameDayAsNamedBefore, thanksgivingInCanada, thatWeekdayAfterTheDayNamed, theWeekdayOfTheDayNamed, weekdayNextToADay, weekdayPairsRunForward, weekdaysOfASet, weekdaysOfTheWeekNamed } from './storyWeekdays';
import { futureAuxiliaryBefore, sentenceEndAfter, sentenceStartBefore, sentenceTense, tenseAround, valueForTense } from './tense';
import { entriesInTheTimelineYear } from './timelineYear';
import { tokenize } from './tokens';
import { TRIGGER } from './triggers';
import { isPatternSpace } from '../../text/whiteSpace';

const THIS_WEEKEND = /^this\s+weekend$/i;
/** A mention opening on a weekday's name (cheap test before weekdayDayToldInThePast). */
const WEEKDAY_FIRST = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

// How far around a trigger word an expression may reach: "a little more than two [years]", "[1999] or later".
const REACH_BACK = 30;
const REACH_FORWARD = 20;
/** The first word of a year in words, before its "hundred". */
const YEAR_HEADS = /^(?:nineteen|eighteen)$/i;

/** Time expressions in text, sorted and non-overlapping, resolved against `ref` when given. */
export function scanDates(text: string, ref: Day | undefined): DateMention[] {
  const mentions: DateMention[] = [];
  const notes: Notes = { titles: [], dayless: new Set(), untensed: new Set(), headlines: new Set(), fiscalYearEnd: fiscalYearEndOf(text), clockPage: writesZonedClockTimes(text), parts: new Set(), tensedParts: new Set() };
  let windowStart = -1, windowEnd = -1;
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m !== null; m = TRIGGER.exec(text)) {
    const start = windowStartBefore(text, m.index, REACH_BACK);
    // (a year in words runs on further: "nineteen hundred and twenty-seven")
    const end = windowEndAfter(text, m.index + m[0].length, m[0].length === 8 && YEAR_HEADS.test(m[0]) ? 2 * REACH_FORWARD : REACH_FORWARD);
    if (start <= windowEnd) { windowEnd = Math.max(windowEnd, end); continue; }
    if (windowEnd > windowStart) parseWindow(text, windowStart, windowEnd, ref, mentions, notes);
    windowStart = start;
    windowEnd = end;
  }
  if (windowEnd > windowStart) parseWindow(text, windowStart, windowEnd, ref, mentions, notes);
  if (notes.titles.length > 0) writtenAsATitleElsewhere(text, mentions, notes.titles);
  const asScanned = notes.untensed.size > 0 && ref ? new Map([...notes.untensed].map(m => [m, m.value])) : undefined;
  if (notes.untensed.size > 0) sameDayAsNamedBefore(text, mentions, notes.untensed, notes.headlines);
  if (notes.untensed.size > 0 && ref) afterTheDayAheadBefore(text, mentions, notes.untensed, ref);
  if (asScanned && ref) forecastDaysAhead(text, mentions, asScanned, notes.headlines, ref);
  if (ref) aheadAsNamedBefore(text, mentions, ref);
  holidaysOfTheYearWritten(text, mentions);
  if (text.includes('last weekend before')) lastWeekendBefore(text, mentions);
  theWeekdayOfTheDayNamed(text, mentions);
  thatWeekdayAfterTheDayNamed(text, mentions);
  weekdaysNearTheDayNamed(text, mentions);
  periodsEndedOn(text, mentions);
  if (notes.headlines.size > 0) asTheStoryDates(mentions, notes.headlines);
  if (notes.dayless.size > 0) onTheDayNamedNext(text, mentions, notes.dayless);
  if (notes.dayless.size > 0 && ref) onTheOneDayToldOf(text, mentions, notes.dayless, formatDay(ref));
  if (notes.tensedParts.size > 0) asTheStoryPlacesIt(mentions, notes.parts, notes.tensedParts);
  earlierThanTimeSpokenOf(text, mentions);
  sameTimeAsBefore(mentions, text);
  onTheDayOfTheStory(text, mentions);
  weekdaysOfASet(text, mentions);
  nextAfterThis(mentions);
  thanksgivingInCanada(text, mentions);
  weekdayNextToADay(text, mentions);
  numericDatesDayFirst(mentions, text);
  dottedDates(mentions);
  inTheSchoolYearNamed(text, mentions);
  daysSharingAMonth(text, mentions);
  weekdayOpeningARange(text, mentions);
  rangesRunForward(text, mentions);
  monthsSharingAYear(text, mentions, ref);
  if (ref) weekdayPairsRunForward(text, mentions, ref);
  weekdaysOfTheWeekNamed(text, mentions);
  closesAfterItOpens(text, mentions);
  if (ref) midnightGone(text, mentions, ref);
  // ("at 9 last night": the night's hour, once the night has its day)
  bareHoursInPartOfDay(text, mentions);
  // ("July-March 2001-02", "March quarter FY25": months of a fiscal year across two calendar years, before anything
  // counts from them)
  if (text.includes('-') || text.includes('–')) { monthsOfSplitYears(text, mentions); rangesBeforeSplitYears(text, mentions); }
  if (text.includes(' quarter FY') || text.includes(' quarter of FY')) monthQuartersOfFiscalYears(text, mentions);
  // ("the fiscal second quarter" after "second-quarter fiscal 2025": that year's, before anything counts from it)
  if (text.includes('iscal')) fiscalPartsOfTheYearNamed(mentions);
  // ("Net sales for the quarter rose … over the same period of the last year": compared once more when "the quarter"
  // took the quarter named before it)
  const quarterMoved = theQuarterNamedBefore(text, mentions);
  // ("… earnings this quarter, up 6 cents over the same period last year": compared once more when it moved)
  if (((text.includes('uarter') || text.includes('half') || text.includes('Half') || text.includes('H2') || text.includes(' year ')) && quartersCountedFromTheReported(text, mentions)) || quarterMoved) sameTimeAsBefore(mentions, text);
  yearBackOfTheQuarter(text, mentions);
  if (ref) theMonthSpokenOf(text, mentions, ref);
  dayInApposition(text, mentions);
  dayGivenInBrackets(text, mentions);
  // ("… no tax” (Harbour Times, May 26)": a citation's day is one gone)
  if (ref) citedDaysInThePast(text, mentions, ref);
  // ("the Jan. 15 shooting", "your April 25 cover story": a deed done, a piece that ran)
  if (ref) daysOfPastPieces(text, mentions, ref);
  dayOfTheMonthBefore(text, mentions);
  dayOfTheMonthNamed(text, mentions, ref);
  laterDayInItsSentence(text, mentions, ref && formatDay(ref));
  startingTheYearAfter(text, mentions);
  beforeChrist(text, mentions);
  yearsOfAnEra(text, mentions);
  dayThenInItsYear(text, mentions);
  if (ref) contractMonths(text, mentions, ref);
  if (ref && (text.includes('year to') || text.includes('year ending'))) yearForecastToMonth(text, mentions, ref);
  if (ref) seasonsCountedFromOneNamed(text, mentions, ref);
  daysOfNamedEvents(text, mentions);
  partsWithTheirYear(text, mentions);
  barePartsOfTheYearWritten(text, mentions);
  temperaturesNotDecades(text, mentions);
  shortYearSpans(text, mentions);
  // (the day bounding "the week ending March 2" may have had its year given since periodsEndedOn)
  weeksBoundedByADay(text, mentions);
  // (a timeline's entries without their year: the year its heading or title names)
  entriesInTheTimelineYear(text, mentions);
  // (a day with its weekday and no year, once every full date has its year: the year the article states)
  weekdayYearsStated(mentions);
  // ("Friday in 2015": a weekday of a year other than its day's names no week)
  if (text.includes(' in 1') || text.includes(' in 2')) weekdaysInAnotherYear(text, mentions);
  // (last: a range's start takes its close's day once that close has its own)
  hoursOfListings(text, mentions);
  // (a place's opening hours: weekdays of every week, once every weekday and time has a day)
  openingHours(text, mentions);
  // ("applied annually on December 31": every year's day)
  daysOfEveryYear(text, mentions);
  // (each mention's words were read as one line while its value was found; it keeps the article's own)
  for (const m of mentions) if (m.text.length !== m.end - m.start || !text.startsWith(m.text, m.start)) m.text = text.slice(m.start, m.end);
  return mentions;
}

/** What the scan notes of mentions for the passes after it. */
interface Notes {
  /** The words next to a time written as a title's words in lower-case prose ("the movie 'Back to the Future'"). */
  titles: string[];
  /** Clock times without a day ("at 7 p.m."), which take the reference day. */
  dayless: Set<DateMention>;
  /** Weekdays whose sentence gives no tense, which take the most recent such day. */
  untensed: Set<DateMention>;
  /** Weekdays in a headline, which the story below dates. */
  headlines: Set<DateMention>;
  /** The month the article's fiscal year ends in, when it says so (not December); read at most once, when first asked
   *  (a scan of a stamp's line for the reference date, or of an article with no date, never asks). */
  fiscalYearEnd: () => number | undefined;
  /** Whether the page writes 24-hour times with their zone (asked at most once). */
  clockPage: () => boolean;
  /** Quarters and halves named without their year, and which of them a tense placed. */
  parts: Set<DateMention>;
  tensedParts: Set<DateMention>;
}

/** "Council to vote on budget Tuesday": the headline's future. */
// (not a level a figure reached: "Inflation slows to three-year low in April", "Sales fall to lowest in a decade")
const HEADLINE_FUTURE = /\bto\s+(?!(?:a|an|the|its|their|record|new|lowest|highest|lows?|highs?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\b)\p{Ll}+\b(?!-)/u;

/** fiscalYearEnd(text), read on the first call (its patterns read the whole text). */
function fiscalYearEndOf(text: string): () => number | undefined {
  let read = false, end: number | undefined;
  return () => {
    if (!read) { end = fiscalYearEnd(text); read = true; }
    return end;
  };
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;

/** Up to `reach` characters back from `at`, starting at a word boundary. */
function windowStartBefore(text: string, at: number, reach: number): number {
  const floor = Math.max(0, at - reach);
  let i = floor;
  if (i > 0 && !isSpace(text.charCodeAt(i - 1))) {
    while (i < at && !isSpace(text.charCodeAt(i))) i++;
  }
  return i;
}

/** Up to `reach` characters on from `at` (the tokenizer completes a word cut at the end). */
function windowEndAfter(text: string, at: number, reach: number): number {
  return Math.min(text.length, at + reach);
}

/** "a year earlier", "a year ago", "year-earlier": in results, the same period a year before. */
const YEAR_BACK = /^(?:a year (?:ago|earlier)|year-(?:ago|earlier))$/i;

/** "the year", "the full year", "the whole year". */
const WHOLE_YEAR = /^the\s+(?:(?:full|whole|entire)\s+)?year$/i;

function parseWindow(text: string, from: number, to: number, ref: Day | undefined, out: DateMention[], notes: Notes): void {
  const tokens = tokenize(text, from, to);
  const grammar = new DateGrammar(tokens, ref);
  grammar.writesClockTimes = notes.clockPage;
  // the sentence or the one before it: "Profit rose 14%. The second half would be tougher, she said."
  grammar.resultsAt = at => {
    const start = sentenceStartBefore(text, at), end = sentenceEndAfter(text, at);
    const sentence = text.slice(start, end);
    if (speaksOfResults(sentence)) return true;
    let before = start - 1;
    while (before > 0 && isPatternSpace(text.charCodeAt(before))) before--;
    return before > 0 && speaksOfResults(text.slice(sentenceStartBefore(text, before), end));
  };
  let i = 0;
  while (i < tokens.length) {
    // expressions stay within one paragraph
    let lineEnd = i + 1;
    while (lineEnd < tokens.length && !tokens[lineEnd].lineBreak) lineEnd++;
    grammar.limit = lineEnd;
    while (i < lineEnd) {
      const match = grammar.matchAt(i);
      if (!match || match.end <= i) { i++; continue; }
      const start = tokens[i].start, end = tokens[match.end - 1].end;
      const mention: DateMention = { start, end, text: phraseOf(text, start, end), type: match.type };
      if (namesNoTime(text, start, end, mention.text)) { i = match.end; continue; }
      // (the month after the fraction may still be read alone, as the table's other rows are)
      if (fractionOfAFigure(text, start)) { i++; continue; }
      if (capitalisedInProse(text, start, end, mention.text)) { notes.titles.push(...titleKeys(text, start, end)); i = match.end; continue; }
      if (match.value !== undefined) {
        if (match.floating === 'part' && ref) {
          const before = text.slice(sentenceStartBefore(text, start), start);
          let tense = reportedTense(before, text.slice(end, end + 60));
          // "profit will rise in the second half, analysts said": the part's own clause, not the attribution after it
          if (tense === 'unknown' && futureAuxiliaryBefore(before)) tense = 'future';
          if (tense === 'unknown') tense = tenseAround(text, start, end, YEAR_TENSE_REACH);
          if (tense === 'unknown') tense = sentenceTense(text, start, end);
          mention.value = partForTense(match.value, tense, ref, foreseenWithin(before, mention.text));
          notes.parts.add(mention);
          if (tense !== 'unknown') notes.tensedParts.add(mention);
        }
        const headline = match.floating === 'week' && ref !== undefined && inHeadline(text, start);
        if (headline) notes.headlines.add(mention);
        // ("Screening to start in April", "Council to vote on budget Tuesday": a headline's "to" and its verb, for a month
        // or a season as for a weekday)
        const headlineFuture = (headline || (match.floating === 'year' && ref !== undefined && inHeadline(text, start)))
          && HEADLINE_FUTURE.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start));
        // ("Inflation slows to three-year low in April" over a story of May: a headline's present tells what has
        // happened as often as what is to come, so its month or season is the nearest one)
        // (but not one counted from: "Admissions double since May" is the May gone)
        const headlineNearest = !headlineFuture && match.floating === 'year' && ref !== undefined && headlineStandingAlone(text, start)
          && !sinceBefore(text, start);
        const tense = match.floating === 'part' || headlineNearest ? 'unknown' : headlineFuture ? 'future'
          : match.floating && ref ? tenseOfMention(match.floating === 'week' ? shoutedAsProse(text, start, end, mention.text) : text, start, end, match.floating,
            match.floating === 'year' && DAY_VALUE.test(match.value) && +match.value.slice(0, 4) === ref.year && match.value.slice(0, 10) > formatDay(ref)) : 'unknown';
        if (match.floating !== 'part') mention.value = match.floating && ref ? valueForTense(match.value, match.floating, tense, ref) : match.value;
        if (match.floating === 'week' && tense === 'unknown') notes.untensed.add(mention);
        if (match.floating === 'week' && tense === 'future' && ref && mention.value !== undefined) mention.value = nearestWhenForeseenInThePast(text, start, mention.value, ref);
        if (match.floating === 'year' && mention.value !== undefined) mention.value = inTheYearJustNamed(text, out, mention, ref) ?? mention.value;
        if (match.floating === 'month' && ref && mention.value !== undefined) mention.value = inTheMonthJustNamed(text, out, mention, ref) ?? mention.value;
        // "the film dipped 3% to $9 million this weekend", written on a Monday: "this weekend" told in the past is the
        // weekend just gone, not the one the week ahead ends on
        if (!match.floating && ref && THIS_WEEKEND.test(mention.text) && tenseOfMention(text, start, end, 'week', false) === 'past') mention.value = valueForTense(match.value, 'week', 'past', ref);
        // ("In a statement on Monday, July 12, the agency said", read in December: the last July 12 that was a Monday)
        if (!match.floating && ref && WEEKDAY_FIRST.test(mention.text)) mention.value = weekdayDayToldInThePast(text, mention, ref) ?? mention.value;
      }
      if (ref && mention.type === 'DATE' && mention.value !== undefined && notes.fiscalYearEnd() !== undefined) {
        const fiscal = fiscalPartValue(text, mention, notes.fiscalYearEnd()!, ref);
        if (fiscal !== null) mention.value = fiscal;
      }
      if (BARE_SEASON.test(mention.text) && /^\d{4}-(?:SP|SU|FA|WI)$/.test(mention.value ?? '')
        && HABITUAL.test(text.slice(sentenceStartBefore(text, start), sentenceEndAfter(text, end)))) mention.value = 'XXXX' + mention.value!.slice(4);
      const nth = NTH_WEEK_SHAPE.test(mention.text) ? NTH_WEEK_OF.exec(mention.text) : null;
      const month = nth && /^(\d{4})-(\d{2})$/.exec(mention.value ?? '');
      if (nth && month) mention.value = weekOfMonthValue(+month[1], +month[2], NTH.get(nth[1].toLowerCase())!, nth[2] !== undefined);
      const nthDay = NTH_WEEKDAY_SHAPE.test(mention.text) ? NTH_WEEKDAY_OF.exec(mention.text) : null;
      const ofMonth = nthDay && /^(\d{4})-(\d{2})$/.exec(mention.value ?? '');
      if (nthDay && ofMonth) {
        const weekday = weekdayOfStem(nthDay[2]);
        mention.value = formatDay(nthWeekday(+ofMonth[1], +ofMonth[2], weekday, NTH.get(nthDay[1].toLowerCase())!));
      }
      const weekOf = WEEK_OF.exec(mention.text);
      const day = weekOf && parseDay(mention.value?.slice(0, 10) ?? '');
      if (weekOf && day) mention.value = formatWeek(day) + (weekOf[1] ? '-WE' : '');
      if (mention.value !== undefined && (YEAR_BACK.test(mention.text) || comparedWithLastYear(text, mention))) {
        const period = yearBeforeTheOneJustNamed(text, out, mention) ?? reportingPeriodBefore(out, start);
        if (period) mention.value = period;
      }
      // (a firm whose fiscal year ends in another month than December: its full year is that one, which the fiscal reader gave)
      if (mention.type === 'DATE' && mention.value !== undefined && WHOLE_YEAR.test(mention.text) && (notes.fiscalYearEnd() ?? 12) === 12) {
        mention.value = yearOfTheClosingPeriodBefore(out, start, ref !== undefined && toldInThePast(text, mention), ref) ?? mention.value;
      }
      if (ref && mention.type === 'TIME' && mention.value?.startsWith('T')) notes.dayless.add(mention);
      if (ref && ofTheYearSpokenOf(text, mention, out, ref, notes.dayless)) { i = match.end; continue; }
      if (ref) thisTimeLastYear(text, mention, ref);
      if (ref) mention.value = anchored(text, mention, out, ref, notes.dayless);
      out.push(mention);
      i = match.end;
    }
  }
}

/** A season named without a determiner or a year: "in winter", "through summer". */
const BARE_SEASON = /^(?:spring|summer|autumn|fall|winter)$/i;

/** Words that make a sentence tell of a habit ("often at night and in winter gales"): its bare season is any year's. */
const HABITUAL = /\b(?:often|usually|always|normally|typically|generally|regularly|sometimes|rarely|seldom|routinely|frequently)\b/i;

/** "the first week of February", "the last weekend of June": the grammar leaves a month without its year as the month, for the tense to place. */
const NTH_WEEK_OF = /^the\s+(first|second|third|fourth|last|final)\s+week(end)?\s+of\s+\p{L}+\.?$/iu;

/** "the first Monday in October": the day, once the month's year is known. */
const NTH_WEEKDAY_OF = /^the\s+(first|second|third|fourth|last|final)\s+(mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:of|in)\s+\p{L}+\.?$/iu;

/**
 * Each one's shape, its letters' run as any run of non-spaces, under a flag that folds only ASCII letters, or a
 * character the Unicode flag folds to one of their letters ("ſ", the Kelvin sign): tried first on every mention, as
 * their case-blind letter classes cost some 0.4 ms each to compile (one shared opening let "the first week of" compile
 * both).
 */
const NTH_WEEK_SHAPE = /^the\s+(?:first|second|third|fourth|last|final)\s+week(?:end)?\s+of\s+\S+$|[\u017f\u212a]/i;
const NTH_WEEKDAY_SHAPE = /^the\s+(?:first|second|third|fourth|last|final)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:of|in)\s+\S+$|[\u017f\u212a]/i;

const NTH = new Map([['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['last', -1], ['final', -1]]);

/** "the week of September 14", "the weekend of February 7-8": read as the day, valued as its week. */
const WEEK_OF = /^the\s+week(end)?\s+of\s/i;

/** A time's words with the word before and the word after it, in lower case, quotes aside: "to|the future", "saturday night|live". */
function titleKeys(text: string, start: number, end: number): string[] {
  const written = text.slice(start, end).replace(/\s+/g, ' ').toLowerCase();
  const before = /([\p{L}\d]+)[\s"“”‘’']*$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1].toLowerCase();
  const after = /^[\s"“”‘’']*([\p{L}\d]+)/u.exec(text.slice(end, end + 30))?.[1].toLowerCase();
  return [before === undefined ? undefined : before + '|' + written, after === undefined ? undefined : written + '|' + after]
    .filter((key): key is string => key !== undefined);
}

/**
 * "Was a Saturday Night Live Writer Suspended?" over "A 'Saturday Night' Live writer was suspended": a heading in title
 * case, where every word has its capital, writes the same words as the title the story's prose shows them to be.
 */
function writtenAsATitleElsewhere(text: string, mentions: DateMention[], titles: string[]): void {
  const known = new Set(titles);
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    if (!/^\p{Lu}/u.test(m.text.replace(/^(?:the|a|an)\s+/, '')) || !titleKeys(text, m.start, m.end).some(key => known.has(key))) continue;
    mentions.splice(k, 1);
  }
}
