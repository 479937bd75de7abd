// Passes over the found weekdays that place each as the story places it: the day named before, the headline's day,
// a set's or a pair's days, "next" after "this", midnight gone, Canada's Thanksgiving.
import type { DateMention } from '../spans';
import { addDays, formatDay, isoWeekday, mondayOfWeek, nthWeekday, parseDay, type Day } from './calendar';
import { AHEAD, WEEKDAY_WORD, weekdayOfStem } from './shapes';
import { isPastWord, sentenceEndAfter, sentenceStartBefore, sentenceTense } from './tense';
import { wordSet } from '../../text/wordList';

/** Words of a sentence that keep its midnight ahead: "is", "will", "should", "must", "until". */
const NOT_GONE = wordSet("will would shall should 'll is are must has have until tonight expected due");

/**
 * "The government began shutting down early Tuesday after Congress failed to agree by midnight", written on Tuesday:
 * a midnight told as done on the article's own day is the one that began it (the end of the day before), not the one
 * still to come at its end.
 */
export function midnightGone(text: string, mentions: DateMention[], ref: Day): void {
  const end = `${formatDay(ref)}T24:00`;
  for (const m of mentions) {
    if (m.value !== end || !/^midnight$/i.test(m.text)) continue;
    // (a deadline's "by midnight" too: its sentence has a past form and nothing of the present or the future)
    const words = text.slice(sentenceStartBefore(text, m.start), sentenceEndAfter(text, m.end)).match(/[\p{L}'’]+/gu) ?? [];
    if (!words.some(isPastWord) || words.some(w => NOT_GONE.has(w.toLowerCase()))) continue;
    m.value = `${formatDay(addDays(ref, -1))}T24:00`;
  }
}

/** A weekday alone, a part of it or a clock time perhaps: "Wednesday", "Tuesday evening", "early Friday", "6 p.m. Friday",
 *  "noon Saturday". */
const WEEKDAY_IN_PAIR = /^(?:(?:early|late)\s+|(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|noon|midnight)\s+(?:on\s+)?)?(mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?$/i;

/** How many days after the first the second of a pair may fall: "Monday to Saturday". */
const PAIR_GAP = 5;

/** What joins two weekdays named as one spell: "Tuesday evening and Wednesday", "Thursday or Friday", "Monday-Tuesday",
 *  "from 6 p.m. Friday until noon Saturday", a list's "Sunday, Monday and Tuesday", a forecast's "Friday into Saturday",
 *  "from Sunday evening through to late afternoon on Monday". */
const WEEKDAY_PAIR = /^\s*(?:,\s*|(?:,\s*)?(?:and|or|through(?:\s+to)?|into|to|until|till|[-–])\s*)(?:(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night)\s+on\s+)?(?:on\s+)?$/i;

/** The article's own night or the day after it, first of a pair: "expected tonight and on Wednesday night". */
const TONIGHT_OR_TOMORROW = /^(?:(?:late\s+)?tonight|tomorrow(?:\s+(?:morning|afternoon|evening|night))?)$/i;

/**
 * "warned of more severe storms Tuesday evening and Wednesday", written on Tuesday: a weekday joined to a day still to
 * come (or the article's own) is the first such day after it, not one the clause's tense sent back.
 */
export function weekdayPairsRunForward(text: string, mentions: DateMention[], ref: Day): void {
  const today = formatDay(ref);
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k];
    // "from noon on Friday until 9 p.m. on Sunday": the clock time of the second day stands between, and goes with it
    const clock = mentions[k + 1].type === 'TIME' && k + 2 < mentions.length && CLOCK_OF_THE_DAY_AFTER.test(text.slice(mentions[k + 1].end, mentions[k + 2].start))
      && (mentions[k + 1].value ?? '').slice(0, 10) === (mentions[k + 2].value ?? '').slice(0, 10) ? mentions[k + 1] : undefined;
    const b = mentions[clock ? k + 2 : k + 1];
    const first = WEEKDAY_IN_PAIR.test(a.text) || TONIGHT_OR_TOMORROW.test(a.text), second = WEEKDAY_IN_PAIR.exec(b.text);
    if (!first || !second || !(WEEKDAY_PAIR.test(text.slice(a.end, (clock ?? b).start)) || forecastGoesOn(text, a, clock ?? b))) continue;
    const from = parseDay((a.value ?? '').slice(0, 10));
    // (the article's own day only as its evening or night: "statements made Friday and Thursday", "gusts on Wednesday
    // and Thursday" told on that Wednesday, are of days gone)
    const day = (a.value ?? '').slice(0, 10);
    // (but the article's own day first of a pair in a sentence told ahead, with nothing of the past in it, as listings
    // write it: "cooling centers will be open 9 a.m. to 7 p.m. Monday and Tuesday" written on Monday)
    if (!from || day < today || (day === today && !/(?:evening|night)$/i.test(a.text) && !toldAheadOnly(text, a)) || (b.value ?? '').length < 10) continue;
    const gap = (weekdayOfStem(second[1]) - isoWeekday(from) + 7) % 7 || 7;
    // (a later day of the same week, not one named out of order)
    if (gap > PAIR_GAP) continue;
    b.value = formatDay(addDays(from, gap)) + b.value!.slice(10);
    if (clock) clock.value = b.value.slice(0, 10) + clock.value!.slice(10);
  }
}

/**
 * "expected to cross the state over Wednesday night and Thursday before pushing off the coast sometime Friday", "a turn
 * is forecast by Thursday night, followed by a turn north Friday night": a forecast's next weekday in the same sentence,
 * a short way on with no verb of the past between (the pair's first must still be ahead: checked by the caller) and read
 * as a day before the first.
 */
const AHEAD_BEFORE = /\b(?:will|expected|forecast|likely|could|possible)\b/i;

function forecastGoesOn(text: string, a: DateMention, b: DateMention): boolean {
  if (b.start - a.end > 100 || (b.value ?? '') >= (a.value ?? '')) return false;
  const between = text.slice(a.end, b.start);
  // (the first told ahead by the words before it: "is expected to", "is forecast", "will")
  if (/[.!?;\n]/.test(between) || !AHEAD_BEFORE.test(text.slice(sentenceStartBefore(text, a.start), a.start))) return false;
  const words = between.match(/[\p{L}'’]+/gu) ?? [];
  return !words.some((w, k) => isPastWord(w) && !(w === 'followed' && words[k + 1] === 'by'));
}

/** Whether the sentence of `m` has no word of the past (a participle after "be" is none: "will be closed"), as a
 *  listing's line has none: "open 9 a.m. to 7 p.m. Monday and Tuesday; contact: …". */
function toldAheadOnly(text: string, m: DateMention): boolean {
  const words = text.slice(sentenceStartBefore(text, m.start), sentenceEndAfter(text, m.end)).match(/[\p{L}'’]+/gu) ?? [];
  return !words.some((w, k) => isPastWord(w) && !/^(?:be|been|being)$/i.test(words[k - 1] ?? ''));
}

/** Between a clock time and the weekday it is of: "9 p.m. on Sunday", "noon Sunday". */
const CLOCK_OF_THE_DAY_AFTER = /^\s*(?:on\s+)?$/i;

/** What may stand between a week and a weekday that tells which of its days, or between the weekdays of a list:
 *  "next week, on Tuesday", "next week: Tuesday", "Tuesday, Wednesday and Thursday". */
const DAY_OF_THE_WEEK_BETWEEN = /^[ \t]*(?:[,:–—][ \t]*)?(?:(?:and|or)[ \t]+)?(?:on[ \t]+)?$/i;

/** A week's value: "2027-W03". */
const WEEK_VALUE = /^(\d{4})-W(\d{2})$/;

/**
 * "will strike on three days next week, on Tuesday, Wednesday and Thursday": weekdays set right after a week (and the
 * weekdays listed with them) are days of that week, whatever the clause's tense made of them alone.
 */
export function weekdaysOfTheWeekNamed(text: string, mentions: DateMention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const week = WEEK_VALUE.exec(mentions[k].value ?? '');
    if (!week || mentions[k].type !== 'DATE') continue;
    const monday = mondayOfWeek(+week[1], +week[2]);
    if (!monday) continue;
    for (let j = k + 1; j < mentions.length; j++) {
      const day = WEEKDAY_IN_PAIR.exec(mentions[j].text);
      if (!day || !DAY_OF_THE_WEEK_BETWEEN.test(text.slice(mentions[j - 1].end, mentions[j].start)) || (mentions[j].value ?? '').length < 10) break;
      mentions[j].value = formatDay(addDays(monday, weekdayOfStem(day[1]) - 1)) + mentions[j].value!.slice(10);
    }
  }
}

/** "every Monday and Thursday", "each Tuesday, Thursday or Saturday", "every Tuesday through Saturday": the weekdays
 *  after a set's are repeated too. */
export function weekdaysOfASet(text: string, mentions: DateMention[]): void {
  for (let k = 1; k < mentions.length; k++) {
    const set = /^XXXX-WXX-[1-7]$/.test(mentions[k - 1].value ?? '') && mentions[k - 1].type === 'SET';
    const day = WEEKDAY_WORD.exec(mentions[k].text);
    if (!set || !day || day[0].length !== mentions[k].text.length || !/^(?:,\s*|\s+(?:and|or|through|thru|to)\s+|,\s*(?:and|or)\s+|\s*[-–]\s*)$/.test(text.slice(mentions[k - 1].end, mentions[k].start))) continue;
    const weekday = weekdayOfStem(day[1]), was = (mentions[k].value ?? '').slice(0, 10);
    mentions[k] = { ...mentions[k], type: 'SET', value: `XXXX-WXX-${weekday}` };
    // ("every Tuesday through Saturday from 11 a.m. until 2 p.m.": the clock times after it are of no one day, as a
    // set's are)
    for (let j = k + 1; j < mentions.length && mentions[j].type === 'TIME' && was.length === 10 && mentions[j].value?.startsWith(was + 'T')
      && SET_CLOCK_BETWEEN.test(text.slice(mentions[j - 1].end, mentions[j].start)); j++) mentions[j] = { ...mentions[j], value: mentions[j].value!.slice(10) };
  }
}

/** Between a set's weekday and its clock times, or between those times: "from", "at", "until", "to", "-". */
const SET_CLOCK_BETWEEN = /^,?\s*(?:from|at|between|to|until|till|and|[-–])?\s*$/i;

/** How far back the day "the Saturday" falls after may be named: about the paragraph before. */
const STORY_DAY_REACH = 600;

/**
 * "The cold snap began on February 8 … took the van onto the ice on the Saturday": a weekday after "the" is a day of
 * the time the story tells of, the first such weekday on or after the last day it named (within reach); with no such
 * day it stays a weekday of unknown date (XXXX-WXX-6), never the article's Saturday.
 */
export function onTheDayOfTheStory(text: string, mentions: DateMention[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const mention = mentions[k];
    const weekday = /^XXXX-WXX-([1-7])$/.exec(mention.value ?? '');
    if (!weekday || mention.type !== 'DATE' || !/\bthe\s+$/i.test(text.slice(Math.max(0, mention.start - 4), mention.start))) continue;
    for (let j = k - 1; j >= 0 && mentions[j].end >= mention.start - STORY_DAY_REACH; j--) {
      const before = mentions[j];
      if (before.type !== 'DATE') continue;
      const day = parseDay((before.value ?? '').slice(0, 10));
      if (!day) break;
      const ahead = (+weekday[1] - isoWeekday(day) + 7) % 7;
      mention.value = formatDay(addDays(day, ahead));
      break;
    }
  }
}

/**
 * "Canadian Thanksgiving", "Canada's Thanksgiving", and "Thanksgiving" in a story from Canada (a Canadian place or the
 * country named more often than the United States, no "U.S. Thanksgiving"), is Canada's, the second Monday of October,
 * not the fourth Thursday of November the holiday list gives.
 */
export function thanksgivingInCanada(text: string, mentions: DateMention[]): void {
  const found = mentions.filter(m => /^thanksgiving$/i.test(m.text) && /^\d{4}-11-\d{2}$/.test(m.value ?? ''));
  if (found.length === 0 || !CANADA.test(text)) return;
  const fromCanada = !US_THANKSGIVING.test(text) && storyFromCanada(text);
  for (const m of found) {
    if (fromCanada || CANADIAN_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start))) {
      m.value = formatDay(nthWeekday(+m.value!.slice(0, 4), 10, 1, 2));
    }
  }
}

const CANADA = /\b(?:Canada|Canadians?|Ontario|Quebec|Québec|Toronto|Ottawa|Montreal|Montréal|Vancouver|Alberta|Manitoba|Saskatchewan|Calgary|Edmonton|Winnipeg|Halifax|Nova Scotia|New Brunswick)\b/i;

/** "Canadian " or "Canada's " right before "Thanksgiving". */
const CANADIAN_BEFORE = /\b(?:Canadian|Canada['’]s)\s+$/i;

/** The United States named: a story of American Thanksgiving may name Canada once ("parades in Canada do not …"). */
const UNITED_STATES = /\b(?:United States|U\.S\.(?:A\.)?|USA|Americans?)(?![\p{L}])/gu;

/** Whether Canada is named more often than the United States (counted once each over the text, only for a story
 *  with a Thanksgiving and a Canadian name). */
function storyFromCanada(text: string): boolean {
  const canada = text.match(CANADA_ALL)?.length ?? 0;
  return canada > (text.match(UNITED_STATES)?.length ?? 0);
}

const CANADA_ALL = new RegExp(CANADA.source, 'gi');

const US_THANKSGIVING = /\b(?:U\.S\.|US|American)\s+Thanksgiving\b/;

/**
 * "the Sunday after Thanksgiving", "the Tuesday before Christmas Day": the first such weekday after (or before) the
 * day named right after it, not the one nearest the article's date.
 */
export function weekdayNextToADay(text: string, mentions: DateMention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const weekday = WEEKDAY_ALONE.exec(mentions[k].text);
    const side = weekday && THE_BEFORE_WEEKDAY.test(text.slice(Math.max(0, mentions[k].start - 4), mentions[k].start))
      ? /^\s+(after|before)\s+$/i.exec(text.slice(mentions[k].end, mentions[k + 1].start)) : null;
    const day = side && parseDay(mentions[k + 1].value?.slice(0, 10) ?? '');
    if (!weekday || !side || !day || (mentions[k + 1].value ?? '').length !== 10) continue;
    mentions[k].value = formatDay(weekdayBeside(day, weekdayOfStem(weekday[1]), side[1]));
  }
  // "It will now be held on Monday, December 14. On the Friday before, the committee will meet": with nothing after
  // "before" or "after", the day is the one named last before it
  for (let k = 1; k < mentions.length; k++) {
    const weekday = WEEKDAY_ALONE.exec(mentions[k].text);
    const side = weekday && THE_BEFORE_WEEKDAY.test(text.slice(Math.max(0, mentions[k].start - 4), mentions[k].start))
      ? /^\s+(after|before)\s*(?:[,.;:!?)—–]|$|(?:and|or)\s)/i.exec(text.slice(mentions[k].end, mentions[k].end + 12)) : null;
    if (!weekday || !side) continue;
    for (let j = k - 1; j >= 0 && mentions[j].end >= mentions[k].start - STORY_DAY_REACH; j--) {
      // ("on the Wednesday before and the Sunday after": a weekday so named is of the same day, not the day itself)
      const sibling = WEEKDAY_ALONE.test(mentions[j].text) && THE_BEFORE_WEEKDAY.test(text.slice(Math.max(0, mentions[j].start - 4), mentions[j].start));
      const day = !sibling && mentions[j].type === 'DATE' && (mentions[j].value ?? '').length === 10 ? parseDay(mentions[j].value!) : undefined;
      if (!day) continue;
      mentions[k].value = formatDay(weekdayBeside(day, weekdayOfStem(weekday[1]), side[1]));
      break;
    }
  }
}

/** The first such weekday after (or before) a day. */
function weekdayBeside(day: Day, wanted: number, side: string): Day {
  return addDays(day, side.toLowerCase() === 'after' ? ((wanted - isoWeekday(day) + 7) % 7 || 7) : -((isoWeekday(day) - wanted + 7) % 7 || 7));
}

const WEEKDAY_ALONE = /^(mon|tues|wednes|thurs|fri|satur|sun)day$/i;

const THE_BEFORE_WEEKDAY = /\bthe\s$/i;

/**
 * "Next Sunday", written on a Thursday, is read as the coming Sunday, as TimeML systems resolve it and as most news
 * uses it (the Sunday after would be named by its date). A story that also says "this Sunday" tells the two apart:
 * there "next Sunday" is the Sunday of the week after.
 */
export function nextAfterThis(mentions: DateMention[]): void {
  const thisDays = new Map<string, string>();
  for (const m of mentions) {
    const day = /^this\s+(mon|tues|wednes|thurs|fri|satur|sun)day$/i.exec(m.text);
    if (day && m.value) thisDays.set(day[1].toLowerCase(), m.value);
  }
  if (thisDays.size === 0) return;
  for (const m of mentions) {
    const day = /^next\s+(mon|tues|wednes|thurs|fri|satur|sun)day$/i.exec(m.text);
    const same = day && thisDays.get(day[1].toLowerCase());
    const parsed = same && m.value === same ? parseDay(same) : undefined;
    if (parsed) m.value = formatDay(addDays(parsed, 7));
  }
}

/**
 * "# Council approves budget on Tuesday" over "The council approved the budget on Tuesday": a headline's present tense
 * tells of what just happened as often as of what is to come, so the headline's weekday is the day the story gives
 * that weekday below it; with none there, the present reads as the coming day.
 */
export function asTheStoryDates(mentions: readonly DateMention[], headlines: ReadonlySet<DateMention>): void {
  for (let k = 0; k < mentions.length; k++) {
    const name = headlines.has(mentions[k]) ? WEEKDAY_WORD.exec(mentions[k].text) : null;
    if (!name || mentions[k].value === undefined) continue;
    for (let j = k + 1; j < mentions.length; j++) {
      const same = WEEKDAY_WORD.exec(mentions[j].text);
      if (!same || headlines.has(mentions[j]) || same[1].toLowerCase() !== name[1].toLowerCase()) continue;
      const day = /^\d{4}-\d{2}-\d{2}/.exec(mentions[j].value ?? '');
      if (day) mentions[k].value = day[0] + mentions[k].value!.slice(10);
      break;
    }
  }
}

const POSSESSIVE_AFTER = /^['’]s/;

/**
 * "The fair runs through Sunday, with the last concert on Sunday": a weekday whose own sentence gives no tense is the
 * same day as that weekday named before it with a tense, not the most recent one.
 */
export function sameDayAsNamedBefore(text: string, mentions: readonly DateMention[], untensed: ReadonlySet<DateMention>, headlines: ReadonlySet<DateMention>): void {
  for (let k = 1; k < mentions.length; k++) {
    const mention = mentions[k];
    const name = untensed.has(mention) ? WEEKDAY_WORD.exec(mention.text) : null;
    if (!name || mention.value === undefined) continue;
    for (let j = k - 1; j >= 0; j--) {
      const before = mentions[j];
      const same = WEEKDAY_WORD.exec(before.text);
      // a headline's day is dated by the story, not the story's by the headline
      if (!same || same[1].toLowerCase() !== name[1].toLowerCase() || untensed.has(before) || headlines.has(before)) continue;
      const day = /^\d{4}-\d{2}-\d{2}/.exec(before.value ?? '');
      // (not a day ahead for a weekday told as done, its verb too far for the tense rules: "She said another march was
      // planned for next Friday. … Amnesty criticised the use of tear gas in a statement on Friday night."; but a
      // possessive's is the day's own thing, whatever is said of it: "Tickets for Saturday's game sold out")
      if (day && day[0] > mention.value.slice(0, 10) && !POSSESSIVE_AFTER.test(text.slice(mention.end, mention.end + 2))
        && sentenceTense(text, mention.start, mention.end) === 'past'
        && !AHEAD.test(text.slice(sentenceStartBefore(text, mention.start), sentenceEndAfter(text, mention.end)))) break;
      const entry = day && LINE_OPENING.test(text.slice(text.lastIndexOf('\n', mention.start - 1) + 1, mention.start));
      if (day) mention.value = ((entry ? laterInTheStory(mentions, k, day[0], name[1]) : undefined) ?? day[0]) + mention.value.slice(10);
      break;
    }
  }
}

/**
 * "Rescheduled for Friday, December 19. … The launch will take place on Friday", written on a Friday: a weekday not told
 * as done that would be the page's own day is the day ahead the story gave that weekday before it, within the week.
 */
export function aheadAsNamedBefore(text: string, mentions: readonly DateMention[], ref: Day): void {
  const today = formatDay(ref), weekOn = formatDay(addDays(ref, 7));
  for (let k = 1; k < mentions.length; k++) {
    const mention = mentions[k];
    const name = mention.value?.startsWith(today) ? WEEKDAY_WORD.exec(mention.text) : null;
    if (!name || sentenceTense(text, mention.start, mention.end) === 'past') continue;
    for (let j = k - 1; j >= 0; j--) {
      const same = WEEKDAY_WORD.exec(mentions[j].text);
      const day = same && same[1].toLowerCase() === name[1].toLowerCase() ? /^\d{4}-\d{2}-\d{2}/.exec(mentions[j].value ?? '') : null;
      if (!day) continue;
      if (day[0] > today && day[0] <= weekOn) mention.value = day[0] + mention.value!.slice(10);
      break;
    }
  }
}

/**
 * "Fireworks on the Monday evening", after "the late May bank holiday": a weekday written after "the" is the day the
 * story last named, a little before it, where that day falls on it (a holiday or a date; not the article's week's).
 */
export function theWeekdayOfTheDayNamed(text: string, mentions: DateMention[]): void {
  for (let k = 1; k < mentions.length; k++) {
    const mention = mentions[k];
    const name = mention.value !== undefined ? WEEKDAY_WORD.exec(mention.text) : null;
    if (!name || name.index !== 0 || !THE_BEFORE_WEEKDAY.test(text.slice(Math.max(0, mention.start - 4), mention.start))
      || RELATIVE_AFTER.test(text.slice(mention.end, mention.end + 12))) continue;
    for (let j = k - 1; j >= 0 && mentions[j].end >= mention.start - STORY_DAY_REACH; j--) {
      // (England's bank holiday weekend runs to its Monday: "over the August bank holiday weekend … on the Monday")
      const weekend = /^(\d{4})-W(\d{2})-WE$/.exec(mentions[j].value ?? '');
      const saturdayWeek = weekend && BANK_HOLIDAY_WEEKEND.test(mentions[j].text) ? mondayOfWeek(+weekend[1], +weekend[2]) : undefined;
      const monday = saturdayWeek && addDays(saturdayWeek, 7);
      const day = monday ? formatDay(monday) : /^\d{4}-\d{2}-\d{2}/.exec(mentions[j].value ?? '')?.[0];
      // (past a clock time, a weekday alone, which names the same day again only as itself (sameDayAsNamedBefore), and
      // "the Saturday" the story tells of in the same days: "from 10am on the Saturday")
      if (!day || mentions[j].type === 'TIME' || WEEKDAY_OPENS.test(mentions[j].text)) continue;
      const parsed = parseDay(day);
      if (parsed && isoWeekday(parsed) === weekdayOfStem(name[1])) mention.value = day + mention.value!.slice(10);
      break;
    }
  }
}
/**
 * "At Thanksgiving dinner he told his family he was to interview her that Saturday": a weekday after "that" is the one
 * of the days the story last named, the first such weekday on or after it, not the article's week's.
 */
export function thatWeekdayAfterTheDayNamed(text: string, mentions: DateMention[]): void {
  for (let k = 1; k < mentions.length; k++) {
    const mention = mentions[k];
    const name = mention.value !== undefined ? WEEKDAY_WORD.exec(mention.text) : null;
    if (!name || name.index !== 0 || !THAT_BEFORE_WEEKDAY.test(text.slice(Math.max(0, mention.start - 5), mention.start))) continue;
    for (let j = k - 1; j >= 0 && mentions[j].end >= mention.start - STORY_DAY_REACH; j--) {
      // (a date or a holiday the story named, not a weekday, whose week is itself a guess: "estimates that Monday and
      // Tuesday's storms …" after "by Thursday" opens what was said, no day of that week)
      const day = mentions[j].type === 'DATE' && !(WEEKDAY_WORD.test(mentions[j].text) && !/\d/.test(mentions[j].text)) ? /^\d{4}-\d{2}-\d{2}$/.exec(mentions[j].value ?? '')?.[0] : undefined;
      const parsed = day === undefined ? undefined : parseDay(day);
      if (!parsed) continue;
      const ahead = (weekdayOfStem(name[1]) - isoWeekday(parsed) + 7) % 7;
      mention.value = formatDay(addDays(parsed, ahead)) + mention.value!.slice(10);
      break;
    }
  }
}
/** "that " right before a weekday. */
const THAT_BEFORE_WEEKDAY = /\bthat\s$/i;
/** A weekday alone, a part of it perhaps after it ("Saturday", "Monday evening"). */
const WEEKDAY_OPENS = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?$/i;
/** England's bank holiday weekend, named by its month or season or not. */
const BANK_HOLIDAY_WEEKEND = /\bbank holiday weekend$/i;
/** Words after "the Saturday" that count it from another day: "the Saturday closest to Jan. 31", "the Monday after". */
const RELATIVE_AFTER = /^\s+(?:closest|nearest|before|after|following|preceding|of|prior)\b/i;

/**
 * "Play resumes on Friday, with a rest day on Saturday": a weekday with no verb of its own after a day ahead in the same
 * sentence is ahead as well, the first such day after it (a week's plan told in one sentence).
 */
export function afterTheDayAheadBefore(text: string, mentions: readonly DateMention[], untensed: ReadonlySet<DateMention>, ref: Day): void {
  const today = formatDay(ref);
  for (let k = 1; k < mentions.length; k++) {
    const mention = mentions[k];
    const name = untensed.has(mention) && mention.value !== undefined ? WEEKDAY_WORD.exec(mention.text) : null;
    if (!name) continue;
    const sentenceStart = sentenceStartBefore(text, mention.start);
    const before = mentions[k - 1];
    const day = before.start >= sentenceStart && !untensed.has(before) ? /^\d{4}-\d{2}-\d{2}/.exec(before.value ?? '') : null;
    const from = day && day[0] > today ? parseDay(day[0]) : undefined;
    const wanted = weekdayOfStem(name[1]);
    // (the same weekday named again is the same day: sameDayAsNamedBefore)
    if (!from || isoWeekday(from) === wanted) continue;
    // ("extended its alert through Wednesday as temperatures climbed to 38 degrees on Sunday": a verb of its own, past)
    if ((text.slice(before.end, mention.start).match(/\p{L}+/gu) ?? []).some(w => isPastWord(w) && !PLANNED.test(w))) continue;
    mention.value = formatDay(addDays(from, (wanted - isoWeekday(from) + 7) % 7 || 7)) + mention.value!.slice(10);
  }
}

/** Participles of a plan and verbs of saying or warning, which tell of no day gone: "with a rest day scheduled for
 *  Saturday", "and the airport warned of cancellations from Wednesday evening". */
const PLANNED = /^(?:scheduled|planned|expected|slated|proposed|pencilled|penciled|reserved|earmarked|needed|said|told|announced|reported|stated|added|confirmed|warned|predicted|urged|advised)$/i;

/** Only a list's or a timeline's markup before a mention on its line: "**", "- ", "### ". */
const LINE_OPENING = /^[ \t]*(?:[-*+][ \t]+|#{1,6}[ \t]+)?[*_]*$/;

/**
 * An entry of a timeline, "**Monday, August 17** - … **Wednesday** - … **Friday** - …" after "Friday, August 14": where the story has moved on
 * past the weekday named before (its last day named is later), a weekday of it is the first such day from that last
 * day on, not the one of the week before.
 */
function laterInTheStory(mentions: readonly DateMention[], k: number, same: string, weekday: string): string | undefined {
  for (let j = k - 1; j >= 0; j--) {
    const last = mentions[j].type === 'DATE' || mentions[j].type === 'TIME' ? /^\d{4}-\d{2}-\d{2}/.exec(mentions[j].value ?? '') : null;
    if (!last) continue;
    const day = parseDay(last[0]);
    const before = parseDay(same);
    // only a story told day by day: its last day a weekday too, less than a week on
    if (!day || !before || last[0] <= same || !WEEKDAY_WORD.test(mentions[j].text) || last[0] >= formatDay(addDays(before, 7))) return undefined;
    const wanted = weekdayOfStem(weekday);
    return formatDay(addDays(day, (wanted - isoWeekday(day) + 7) % 7));
  }
  return undefined;
}
