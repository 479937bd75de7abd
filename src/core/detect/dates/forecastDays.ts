// A weather forecast's days: "Showers exit Friday morning", "Highs reach 70 on Saturday", "FRIDAY: Mostly cloudy" on a
// forecast page are the coming days. In news a weekday whose sentence shows no tense ("the mayor, speaking Tuesday") is
// the one just gone, and the scan gives it that day; a forecast speaks in the present of what is ahead.
import type { DateMention } from '../spans';
import { addDays, formatDay, parseDay, type Day } from './calendar';
import { WEEKDAY_WORD } from './shapes';
import { isPastWord, sentenceEndAfter, sentenceStartBefore, sentenceTense } from './tense';
import { wordSet } from '../../text/wordList';

/**
 * The kinds of words that make a page a weather forecast, each counted once: a high or a low, a chance of rain, a front,
 * the forecasters, a temperature, showers or snow, the sky, frost or the wind. (Kept as separate patterns: one kind alone, "the
 * forecast" of a company or "temperatures" in a report, does not make a forecast.)
 * The quickest to read a page come first: a page that is no forecast fails four of them and is done with (over a
 * megabyte of news a front took 0.75 ms, a high or a low 1.1, a temperature 1.4, a chance of rain 1.9, the sky 2.7,
 * the forecasters 4.6, showers 11).
 */
const FORECAST_KINDS: readonly RegExp[] = [
  /\b(?:cold|warm) front\b/i,
  /\b(?:highs|lows)\b|\bhigh (?:near|around|of)\b|\bhigh:/i,
  /\b(?:temperatures|temps)\b|\d\s?°|\bdegrees\b/i,
  /\bchances? (?:of|for) (?:\w+ )?(?:rain|showers|snow|storms|thunderstorms|precipitation|flurries|sprinkles)\b|\b\d+% chance\b|\b(?:rain|snow|shower|storm) chances\b/i,
  /\b(?:partly|mostly) (?:cloudy|sunny)\b|\bskies\b|\bsunshine\b|\bclouds\b|\bfrost\b|\bwinds? (?:out of|from|gusting|at)\b/i,
  /\bforecast(?:s|ers)?\b|\bmeteorologist\b|\bnational weather service\b|\bNWS\b|\b(?:flood|frost|freeze|heat|winter storm) (?:watch|warning|advisory)/i,
  /\b(?:showers|(?:thunder)?storms|snowfall|rainfall|flurries|drizzle|sleet)\b/i,
];

/** How many of those kinds a page needs to be read as a forecast. */
const FORECAST_KINDS_NEEDED = 4;

/** Reporting verbs (a forecast reports its forecasters: "showers Friday, forecasters said") and a forecast's own
 *  participles ("rain is expected to return Friday"), which tell of no day gone. */
const REPORTED = wordSet('said told stated expected forecasted predicted scheduled planned supposed');

/** A weekday alone or with its part or its clock time: "Friday", "Friday morning", "late Saturday", "6 p.m. Sunday". */
const FORECAST_DAY = /^(?:(?:early|late)\s+|(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|noon|midnight)\s+(?:on\s+)?)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?$/i;

export function isForecastPage(text: string): boolean {
  let kinds = 0;
  for (let i = 0; i < FORECAST_KINDS.length; i++) {
    // (done once the kinds left cannot make up the number: each pattern reads the whole page)
    if (kinds + FORECAST_KINDS.length - i < FORECAST_KINDS_NEEDED) return false;
    if (FORECAST_KINDS[i].test(text) && ++kinds >= FORECAST_KINDS_NEEDED) return true;
  }
  return false;
}

/**
 * On a forecast page, a weekday whose sentence shows no tense and no past word, which the scan placed before the
 * article's day, is the first such day from that day on: "Showers exit Friday morning" told on a Tuesday is that week's
 * Friday. `untensed` holds each such weekday with the value the scan gave it. A headline's weekday ("Thursday's forecast") is the page's own day, left as it is; a day told as gone ("the
 * storm that moved through Wednesday") has its past word and keeps its day. On any page, so is a weekday a weather
 * warning holds for ("in place until 3pm on Monday", `heldAhead`).
 */
export function forecastDaysAhead(text: string, mentions: readonly DateMention[], untensed: ReadonlyMap<DateMention, string | undefined>,
  headlines: ReadonlySet<DateMention>, ref: Day): void {
  const today = formatDay(ref);
  let forecast: boolean | undefined, warns: boolean | undefined;
  for (const m of mentions) {
    // (only a day still as the scan gave it: one the story placed by a day named before keeps that day)
    if (!untensed.has(m) || untensed.get(m) !== m.value || headlines.has(m) || m.value === undefined || !FORECAST_DAY.test(m.text)) continue;
    const day = parseDay(m.value.slice(0, 10));
    if (!day || m.value.slice(0, 10) >= today) continue;
    // (a page that names no warning has none to hold a day ahead: read once, where a day may need it)
    warns ??= WARNING_NOUN.test(text);
    if (warns && heldAhead(text, m)) { m.value = formatDay(addDays(day, 7)) + m.value.slice(10); continue; }
    if (forecast === false) { if (warns) continue; return; }
    if (toldAsGone(text, m)) continue;
    // ("Our Saturday storm packed a punch … No system like the one on Saturday": the day the story told as gone)
    const name = WEEKDAY_WORD.exec(m.text)![1].toLowerCase();
    if (mentions.some(o => o.end <= m.start && WEEKDAY_WORD.exec(o.text)?.[1].toLowerCase() === name
      && (o.value ?? '').slice(0, 10) === m.value!.slice(0, 10) && toldAsGone(text, o))) continue;
    forecast ??= isForecastPage(text);
    if (!forecast) { if (warns) continue; return; }
    m.value = formatDay(addDays(day, 7)) + m.value.slice(10);
  }
}

/** A weather warning, alert or watch; the hours it holds for up to the day ("valid from", "in place until 3pm on",
 *  "lasting until", "in force between midnight and 9am on"), a clock time before the day or not; and what tells of one
 *  gone. */
const WARNING_NOUN = /\b(?:warnings?|alerts?|watch(?:es)?)\b/i;
const WARNING_WINDOW = /(?<!\b(?:was|were|been|had)\s+)\b(?:in\s+(?:place|force|effect)|valid|lasting|running|runs)\b(?:[^.;!?]{0,80}?\b(?:from|until|till|through|for|between\b[^.;!?]{0,30}?\band)(?:\s+(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|noon|midnight))?(?:\s+on)?)?\s*$/i;
const WARNING_GONE = /\b(?:was|were|had|ended|expired|lifted)\b/i;

/**
 * Whether a weekday the scan put before the article's day is one still ahead by what its sentence says of it: the hours
 * a weather warning holds for ("a yellow warning in place between midnight and 9am on Monday", "the alert is valid from
 * 1am on Monday"), which it is issued ahead of. Not a warning told as gone ("was in place until Monday").
 */
function heldAhead(text: string, m: DateMention): boolean {
  const from = sentenceStartBefore(text, m.start);
  const before = text.slice(Math.max(from, m.start - 160), m.start);
  return WARNING_NOUN.test(text.slice(from, m.start)) && WARNING_WINDOW.test(before)
    && !WARNING_GONE.test(text.slice(from, sentenceEndAfter(text, m.end)));
}

/** After a verb's "-ed" form, what shows it is the verb and not an adjective: a preposition or an article ("moved
 *  across the valley", "packed a punch"), unlike a noun ("scattered showers", "filtered sunshine"). */
const AFTER_A_VERB = wordSet('across through into over on in onto off out up down to'
  + ' from the a an its their our');
/** Before an "-ed" adjective of state: "chances remain elevated through Friday", "roads are covered in snow". */
const BEFORE_A_STATE = wordSet('is are be remain remains stay stays get gets become becomes'
  + ' will look looks seem seems');

/**
 * Whether the sentence of a mention tells of a day gone: its tense is past, or it has a past form ("was", "fell",
 * "ago"), or an "-ed" form written as a verb ("the storm moved across …"). A forecast's "-ed" words are mostly
 * adjectives ("scattered showers", "filtered sunshine", "chances remain elevated"), which tell nothing.
 */
function toldAsGone(text: string, m: DateMention): boolean {
  if (sentenceTense(text, m.start, m.end) === 'past') return true;
  const words = (text.slice(sentenceStartBefore(text, m.start), sentenceEndAfter(text, m.end)).match(/[\p{L}'’]+/gu) ?? [])
    .map(w => w.toLowerCase());
  return words.some((w, i) => isPastWord(w) && !REPORTED.has(w) && (!w.endsWith('ed')
    || (AFTER_A_VERB.has(words[i + 1] ?? '') && !BEFORE_A_STATE.has(words[i - 1] ?? ''))));
}

/** A decade spelled out, as a forecast writes a temperature's tens: "the mid-thirties", "the upper forties". */
const SPELLED_TENS = /^the\s+(?:(?:early|mid|late|upper|lower|low|high)[- ]?)?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$/i;
/** A temperature's words just before it: "Lows in the mid-thirties", "temperatures falling into the forties". */
const TEMPERATURE_BEFORE = /\b(?:highs?|lows?|temperatures?|temps|readings|wind chills?)\b[^.\n]{0,30}$/i;

/**
 * "Lows in the mid-thirties" on a forecast page is a temperature, not the 1930s: a spelled decade after a high, a low
 * or a temperature is dropped there.
 */
export function temperaturesNotDecades(text: string, mentions: DateMention[]): void {
  let forecast: boolean | undefined;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    if (!SPELLED_TENS.test(m.text) || !TEMPERATURE_BEFORE.test(text.slice(Math.max(0, m.start - 50), m.start))) continue;
    forecast ??= isForecastPage(text);
    if (!forecast) return;
    mentions.splice(k, 1);
  }
}
