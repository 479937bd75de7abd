// Dates that take their year, month or period from the one the text named just before: "a year earlier", "for the
// full year", "in June" after "2019", "this time last year".
import type { DateMention } from '../spans';
import { formatDay, isValidDay, pad, parseDay, type Day } from './calendar';
import { LOOKS_BACK, MONTH_NAME, MONTH_OR_DAY_VALUE, PERIOD_REACH, phraseOf, SENTENCE_BREAK } from './shapes';
import { sentenceStartBefore, wrappedLineBreak } from './tense';
import { yearEarlier } from './values';
import { lazyPattern } from '../../text/lazyPattern';

const QUARTER = /^(\d{4})-(Q[1-4]|H[12])$/;

/** "compared with a loss of $3 million last year": in results, the same period of last year. */
const COMPARED = /\bcompared\s+(?:with|to)\s+(?:\S+\s+){0,5}$/i;

export function comparedWithLastYear(text: string, mention: DateMention): boolean {
  return /^last year$/i.test(mention.text) && COMPARED.test(text.slice(Math.max(0, mention.start - 60), mention.start));
}

/** How near a year must be named for "a year earlier" to count from it: the same or the previous sentence. */
const YEAR_NAMED_REACH = 80;

/** "Two years ago the council froze rates; a year earlier it cut them": a year before the year named just before. */
export function yearBeforeTheOneJustNamed(text: string, found: readonly DateMention[], mention: DateMention): string | undefined {
  if (!/^a year earlier$/i.test(mention.text) || found.length === 0) return undefined;
  // ("38 percent had waited more than 18 weeks, compared with 41 percent a year earlier": a span of time is no period
  // the figures are for; the date before it is)
  let k = found.length - 1;
  while (k > 0 && found[k].type === 'DURATION') k--;
  const last = found[k];
  if (last.type !== 'DATE' || last.end < mention.start - YEAR_NAMED_REACH) return undefined;
  // ("Sales fell 3 percent in 2011.\n\nA year earlier they rose": a paragraph opened by it goes on from the last
  // sentence of the one before; else a paragraph break ends the figures it compares)
  const between = text.slice(last.end, mention.start);
  if (/\n/.test(between) && !/^[^.!?\n]*[.!?]["”’)]?\s*\n\s*$/.test(between)) return undefined;
  // "year-earlier results …, a year earlier": both say the same year
  if (/year-|\b(?:earlier|prior|previous)\b/i.test(last.text)) return undefined;
  // "sold 14 million phones in the three months to June, up 6 percent from a year earlier": the quarter a year before
  const quarter = /^(\d{4})-(03|06|09|12)$/.exec(last.value ?? '');
  if (quarter && THREE_MONTHS_TO.test(text.slice(Math.max(0, last.start - 30), last.start))) return `${pad(+quarter[1] - 1, 4)}-Q${+quarter[2] / 3}`;
  // (a month or a day just named, the same month or day of the year before: "2,450 euros in September, up from 1,980
  // euros a year earlier"; not the day a period ended, "in the three months to December 31", whose period it is)
  const year = /^(\d{4})((?:-\d{2}){0,2})$/.exec(last.value ?? '');
  if (!year || (year[2] && PERIOD_END_BEFORE.test(text.slice(Math.max(0, last.start - 24), last.start)))) return undefined;
  return pad(+year[1] - 1, 4) + year[2];
}

/** "the three months to", "the three months ended": a quarter named by the month it ends in. */
const THREE_MONTHS_TO = /\b(?:three|3)\s+months\s+(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?$/i;

const PERIOD_END_BEFORE = /\b(?:to|ended|ending|ends|through|until|end\s+of)\s+(?:the\s+)?$/i;

/**
 * "a loss for the fourth quarter of 2019. For the full year, the airline lost …": the year whose last quarter or half
 * the text spoke of just before (within reach), not the article's.
 */
export function yearOfTheClosingPeriodBefore(found: readonly DateMention[], at: number, toldInPast = false, ref?: Day): string | undefined {
  for (let k = found.length - 1; k >= 0 && found[k].end >= at - PERIOD_REACH; k--) {
    if (found[k].type !== 'DATE') continue;
    // ("data showed on Monday. Growth for the full year was 7.7%": the day the figures came out is none of their periods)
    // ("grew 7.7% in the fourth quarter from a year ago": what a figure is compared with is no period it is for)
    if (/\b(?:ago|earlier|previous|prior|preceding)\b|\byear-/i.test(found[k].text)) continue;
    if (toldInPast && /^\d{4}-\d{2}-\d{2}$/.test(found[k].value ?? '') && !MONTH_NAME.test(found[k].text)) continue;
    const period = /^(\d{4})-(Q[1-4]|H[12])$/.exec(found[k].value ?? '');
    if (period && /^(?:Q4|H2)$/.test(period[2])) return period[1];
    // "grew 7.8% in the third quarter … For the year, the economy posted growth of 7.7%", written in January: told in
    // the past after a period of a year before the article's, the year is that one (not the article's, hardly begun)
    return period && toldInPast && ref && +period[1] < ref.year ? period[1] : undefined;
  }
  return undefined;
}

/** The quarter or half a year before the one the text spoke of last (within reach), if any. */
export function reportingPeriodBefore(found: readonly DateMention[], at: number): string | undefined {
  for (let k = found.length - 1; k >= 0 && found[k].end >= at - PERIOD_REACH; k--) {
    // "now has 120 million users, up from 85 million a year earlier": a year before now, not before the quarter above
    if (found[k].value === 'PRESENT_REF') return undefined;
    if (LOOKS_BACK.test(found[k].text)) continue;
    const m = QUARTER.exec(found[k].value ?? '');
    if (m) return yearEarlier(found[k].value!);
  }
  return undefined;
}

/**
 * "In February the firm cut 40 jobs on the 9th", "talks began on March 3 and broke down on the 9th": a day of the
 * month alone is in the month named last, in its sentence (or as a whole month in the one before), not the article's. A mention of the
 * article's own day (its dateline) names no month the story speaks of.
 */
export function inTheMonthJustNamed(text: string, found: readonly DateMention[], mention: DateMention, ref: Day): string | undefined {
  const own = sentenceStartBefore(text, mention.start);
  const from = own > 1 ? sentenceStartBefore(text, own - 1) : 0;
  const refDay = formatDay(ref);
  for (let k = found.length - 1; k >= 0 && found[k].start >= from; k--) {
    const named = MONTH_OR_DAY_VALUE.exec(found[k].value ?? '');
    if (!named || !MONTH_NAME.test(found[k].text) || found[k].value === refDay) continue;
    // a day named in the sentence before may be a month the story has moved on from ("was announced on May 20 … took
    // effect on the 1st"); a month named there is the one it speaks of
    if (named[3] !== undefined && found[k].start < own) continue;
    const day = +mention.value!.slice(8, 10);
    return isValidDay(+named[1], +named[2], day) ? `${named[1]}-${named[2]}-${pad(day)}` : undefined;
  }
  return undefined;
}

/**
 * "For eleven days in February 1976 … The cold snap began on February 8": a month or a day without its year, in the
 * sentence after (or the same sentence as) that month named with its year, is in that year, not the one nearest the
 * article's date (and a month in or beside a season named with its year just before: "the summer of '76 … from May
 * until the end of August"). Only the same month counts, only a year written out, and only a month said as the time of the story
 * ("in February 1976"), not as a name ("the March 1962 pit inquiry"); a day that year has not (29 February) stays.
 * In a history (a year at least two before the article's, the sentence opening on it: "In June 1944 …") a later month
 * of that year counts too.
 */
export function inTheYearJustNamed(text: string, found: readonly DateMention[], mention: DateMention, ref: Day | undefined): string | undefined {
  const own = MONTH_OR_DAY_VALUE.exec(mention.value ?? '');
  if (!own) return seasonInTheYearJustNamed(text, found, mention);
  const framed = inTheYearOfItsSentence(text, found, mention, own);
  if (framed) return framed;
  for (let k = found.length - 1; k >= 0; k--) {
    const before = found[k];
    const between = text.slice(before.end, mention.start);
    const breaks = sentenceBreaks(text, before.end, between);
    // (a history's day told "on" may be followed a few sentences on, in its paragraph, by later days: see below)
    if (breaks > 1 && (breaks > HISTORY_DAY_SENTENCES || PARAGRAPH_BREAK.test(between)) && !openedOnInItsParagraph(text, before, mention, breaks, between)) return undefined;
    if (before.type !== 'DATE') continue;
    // "Work began in the summer of 2024 and was due to finish in August": a plan told in a clause of its own after the
    // year is for a time its own tense places, not one in that year
    if (WAS_DUE_TO.test(between) && PLAN_OF_ITS_OWN().test(between)) return undefined;
    // "remembers the summer of '76 … 'We had no rain from May until the end of August'": a month of that season, or
    // one beside it, named with its year just before, is in that year
    const season = /^(\d{4})-(SP|SU|FA)$/.exec(before.value ?? '');
    if (season && breaks <= 1 && /\d{4}|['’]\d\d/.test(before.text) && own[3] === undefined && season[1] !== own[1]
      && Math.abs(+own[2] - SEASON_MIDDLE[season[2]]) <= 2) return season[1] + mention.value!.slice(4);
    const named = MONTH_OR_DAY_VALUE.exec(before.value ?? '');
    if (!named && breaks === 0 && ref !== undefined && /^\d{4}$/.test(before.text) && historyYearOfItsClause(text, before, mention, ref)) {
      const value = before.text + mention.value!.slice(4);
      return own[3] === undefined || parseDay(value.slice(0, 10)) ? value : undefined;
    }
    if (!named || !/\b\d{4}\b/.test(before.text)) continue;
    // ("inflation was 1.2% in April 2016, down from 0.9% in March": a month a figure is compared with, after a month
    // named with its year in its sentence, is the month before it or one earlier: that year's, or the year before's)
    if (breaks === 0 && named[3] === undefined && own[3] === undefined && COMPARED_MONTH_AFTER.test(between)) {
      return pad(+own[2] <= +named[2] ? +named[1] : +named[1] - 1, 4) + mention.value!.slice(4);
    }
    // "in February 1976" sets the time the story tells of; "the March 1962 pit inquiry" only names an event in passing
    // (nor "higher than in May 2012": a time compared with)
    // (in a history, a day "on" which the story is told sets its month too: "The fire started on the evening of 13
    // August 1921 … By the morning of 16 August …")
    const onADay = named[3] !== undefined && own[3] !== undefined && named[2] === own[2] && ref !== undefined && +named[1] <= ref.year - 2
      && ON_A_DAY_BEFORE.test(text.slice(Math.max(0, before.start - 32), before.start));
    // "On March 28, 2009, a physician reported a case. Within five days four more were found. All had been in the ward
    // on March 10 … On April 3 the lab confirmed it": in a history's paragraph that opens a day "on" it with its year, a
    // later sentence's day "on" (of that month or a later one) is in that year (a day of an earlier month may be the
    // next year's, and is left to the article's date)
    if (breaks > 1) {
      const laterOn = ref !== undefined && named[3] !== undefined && own[3] !== undefined && +own[2] >= +named[2] && +named[1] <= ref.year - 2
        && ON_A_DAY_BEFORE.test(text.slice(Math.max(0, before.start - 32), before.start))
        && /\bon\s+$/i.test(text.slice(Math.max(0, mention.start - 4), mention.start));
      if (!laterOn) return undefined;
      const value = named[1] + mention.value!.slice(4);
      return parseDay(value.slice(0, 10)) ? value : undefined;
    }
    if (!onADay && !/(?<!\bthan\s+)\b(?:in|during|throughout)\s+(?:early|late|mid-?)?\s*$/i.test(text.slice(Math.max(0, before.start - 20), before.start))) return undefined;
    // (a history's later month of that year too: "The Allies landed in June 1944. In July the town was freed"; not a
    // year just gone, which news names to compare with: "sales in March 2025 … in July")
    // (and a day of a later month after a month that opens its sentence: "In November 2023, a truce was agreed. It
    // broke down on December 1")
    // (and in a history a later month told "in" in the same sentence: "The draft came in May 1919, and the final text in June")
    const history = ref !== undefined && +named[1] <= ref.year - 2 && (own[3] === undefined || named[3] === undefined) && +own[2] > +named[2]
      && (OPENS_ON_ITS_TIME.test(text.slice(sentenceStartBefore(text, before.start), before.start))
        || (breaks === 0 && MONTH_TOLD_IN.test(text.slice(Math.max(0, mention.start - 12), mention.start)) && !COMPARED_BETWEEN.test(text.slice(before.end, mention.start))));
    if ((named[2] !== own[2] && !history) || named[1] === own[1]) return undefined;
    const value = named[1] + mention.value!.slice(4);
    return own[3] === undefined || parseDay(value.slice(0, 10)) ? value : undefined;
  }
  return undefined;
}

/** Between a month named with its year and a month a figure is compared with: ", down from 0.9% in ", "than in ". */
const COMPARED_MONTH_AFTER = /\b(?:from|than|compared\s+(?:with|to))\b(?:[^.;!?\n]|\.(?=\d)){0,40}\bin\s+$/i;

/**
 * "In 2012 the ice was broken up by a storm in August", "The 2012 low followed a storm in August", "Last year, a storm in
 * late January cut power": a sentence that
 * opens on its year tells of that year, and a month (or a day of it) without its year later in it is in that year.
 * Only an opening year counts: one named in passing ("The firm, founded in 1988, said in August …") sets no time.
 */
function inTheYearOfItsSentence(text: string, found: readonly DateMention[], mention: DateMention, own: RegExpExecArray): string | undefined {
  const before = found[found.length - 1];
  // ("Last year, a storm in late January cut power": a year said relatively opens the sentence as well)
  if (!before || before.type !== 'DATE' || !/^\d{4}$/.test(before.value ?? '') || !/^(?:\d{4}|(?:last|this|next) year)$/i.test(before.text)
    || before.value === own[1]) return undefined;
  const sentenceStart = sentenceStartBefore(text, mention.start);
  if (before.start < sentenceStart) return undefined;
  // ("Spieth won the 2015 Masters on April 12": the day of an event named with its year is in that year, wherever
  // in the sentence)
  if (/^\d{4}$/.test(before.text) && eventOnItsDay(text, before, mention)) {
    const value = before.value + mention.value!.slice(4);
    return own[3] === undefined || parseDay(value.slice(0, 10)) ? value : undefined;
  }
  if (!YEAR_OPENING.test(text.slice(sentenceStart, before.start))) return undefined;
  if (/\b(?:this|last|next|of)\s+$/i.test(text.slice(Math.max(0, mention.start - 6), mention.start))) return undefined;
  const value = before.value + mention.value!.slice(4);
  return own[3] === undefined || parseDay(value.slice(0, 10)) ? value : undefined;
}

/** "the 2015 Masters Tournament on ", "the 2022 World Cup final on ": an event named with its year, then its day. */
const EVENT_NAME_THEN_ON = /^[ \t]+(?:\p{Lu}[\p{L}'’.&-]*[ \t]+){1,4}(?:(?:final|semi-?final|round|race|game|match|ceremony|tournament|championship|edition|festival|awards)[ \t]+)?on[ \t]+$/u;

function eventOnItsDay(text: string, year: DateMention, day: DateMention): boolean {
  return /\bthe[ \t]+$/i.test(text.slice(Math.max(0, year.start - 5), year.start)) && EVENT_NAME_THEN_ON.test(text.slice(year.end, day.start));
}

/** A clause of its own after a year ("and", "but" or a comma, a subject of up to three words), telling in the past of
 *  a plan, up to its month's preposition: "and was due to finish in", ", but the line was scheduled to open by". */
const PLAN_OF_ITS_OWN = lazyPattern(() => /(?:\band|\bbut|,)\s+(?:[\p{L}'’-]+\s+){0,3}(?:was|were)\s+(?:due|scheduled|set|expected|supposed|meant|planned)\s+to\s+\p{Ll}+\s+(?:[\p{L}'’-]+\s+){0,3}(?:in|by|until|for)\s+(?:(?:early|late|mid)[\s-]+)?(?:the\s+)?$/u);

/** PLAN_OF_ITS_OWN's verb, in a small pattern with no letter classes: tried first, as the pattern's cost some 0.6 ms
 *  to compile and few stretches between two dates tell a plan. */
const WAS_DUE_TO = /(?:was|were)\s+(?:due|scheduled|set|expected|supposed|meant|planned)\s+to\s/;

/** The sentences ended in `between` (which starts at `from` in the text): a line break only wrapping a long line of
 *  prose ends none ("the release of 40⏎prisoners. However, …" is one break, not two). */
function sentenceBreaks(text: string, from: number, between: string): number {
  let breaks = 0;
  for (const m of between.matchAll(SENTENCE_BREAK)) if (m[0] !== '\n' || !wrappedLineBreak(text, from + m.index)) breaks++;
  return breaks;
}

/**
 * "On June 4, 2011, the board ordered a recount. … (several sentences) … On June 9, the court stayed it": a day with its
 * year and a later day each opening their sentence "On", in one paragraph, tell one history however many sentences
 * part them (up to a long paragraph's).
 */
function openedOnInItsParagraph(text: string, before: DateMention, mention: DateMention, breaks: number, between: string): boolean {
  return breaks <= HISTORY_PARAGRAPH_SENTENCES && before.type === 'DATE' && /\b\d{4}$/.test(before.text) && !PARAGRAPH_BREAK.test(between)
    && OPENS_ON.test(text.slice(sentenceStartBefore(text, mention.start), mention.start))
    && OPENS_ON.test(text.slice(sentenceStartBefore(text, before.start), before.start));
}
const HISTORY_PARAGRAPH_SENTENCES = 10;
const OPENS_ON = /^\s*["“]?on\s+$/i;

/** How many sentences on a history's day told "on" still sets the year of a later day told "on" in its paragraph. */
const HISTORY_DAY_SENTENCES = 4;
const PARAGRAPH_BREAK = /\n[ \t]*\n/;

/** "on ", "on the evening of " before a day of a history. */
const ON_A_DAY_BEFORE = /\b(?:on|of)\s+(?:the\s+(?:morning|afternoon|evening|night|early\s+hours)\s+of\s+)?$/i;

/**
 * "World War II ended in 1945, after Germany surrendered in May and Japan capitulated in August": in a history (a year
 * at least two before the article's), a month told "in" later in the sentence whose first clause is told "in" that
 * year is of that year. Not a year named in passing ("Founded in 1988, the firm said in August", "The firm, set up in
 * 1988, said in August"), nor a month compared with it ("higher in 1990 than in May").
 */
function historyYearOfItsClause(text: string, year: DateMention, mention: DateMention, ref: Day): boolean {
  if (+year.text > ref.year - 2 || !MONTH_TOLD_IN.test(text.slice(Math.max(0, mention.start - 12), mention.start))) return false;
  const lead = text.slice(sentenceStartBefore(text, year.start), year.start);
  return /\bin\s+$/i.test(lead) && !lead.includes(',') && !NAMED_IN_PASSING.test(lead) && !COMPARED_BETWEEN.test(text.slice(year.end, mention.start));
}
const MONTH_TOLD_IN = /\bin\s+(?:(?:early|late|mid-?)\s*)?$/i;
const NAMED_IN_PASSING = /\b(?:founded|established|born|built|formed|created|opened|launched|incorporated|set\s+up|started|since|than)\s+in\s+$/i;
const COMPARED_BETWEEN = /\b(?:than|compared|since|versus|vs|this|last|next)\b|;/i;

/** A sentence opening on its time: "In ", "By early ", "During " (then the month and year). */
const OPENS_ON_ITS_TIME = /^\s*["“'‘(]?(?:in|during|throughout|by)\s+(?:(?:early|late|mid-?)\s*)?$/i;

/** What may stand before the year a sentence opens on: "In ", "During ", "By late ", "The " ("The 2012 low"). */
const YEAR_OPENING = /^\s*["“'‘(]?(?:(?:in|during|throughout|by)\s+(?:(?:early|late|mid-?)\s*)?|the\s+)?$/i;

/**
 * "Prices rose in the spring of 2024 and fell over the summer": a season without its year after a season or a month
 * named with its year, in the same sentence or the one before, is in that year.
 */
function seasonInTheYearJustNamed(text: string, found: readonly DateMention[], mention: DateMention): string | undefined {
  const own = /^\d{4}-(SP|SU|FA)$/.exec(mention.value ?? '');
  if (!own) return undefined;
  for (let k = found.length - 1; k >= 0; k--) {
    const before = found[k];
    if ((text.slice(before.end, mention.start).match(SENTENCE_BREAK) ?? []).length > 1) return undefined;
    if (before.type !== 'DATE') continue;
    const named = /^(\d{4})-(?:SP|SU|FA|\d{2})$/.exec(before.value ?? '');
    if (!named || !/\b\d{4}\b/.test(before.text)) return undefined;
    return `${named[1]}-${own[1]}`;
  }
  return undefined;
}

/** The middle month of a season that lies within one year. */
const SEASON_MIDDLE: Readonly<Record<string, number>> = { SP: 4, SU: 7, FA: 10 };

/** "this time last year", "the same time next year": the article's month of that year, said as one time. */
export function thisTimeLastYear(text: string, mention: DateMention, ref: Day): void {
  const year = /^(last|next) year$/i.exec(mention.text);
  const lead = year && THIS_TIME_BEFORE.exec(text.slice(Math.max(0, mention.start - 24), mention.start));
  if (!year || !lead) return;
  mention.start -= lead[0].length;
  mention.text = phraseOf(text, mention.start, mention.end);
  mention.value = `${pad(ref.year + (year[1].toLowerCase() === 'last' ? -1 : 1), 4)}-${pad(ref.month)}`;
}

const THIS_TIME_BEFORE = /(?:this|the same|about this|around this) time\s+$/i;
