// The day of a clock time or a part of a day named without one ("at 9 p.m.", "early in the morning"): the day the
// story names next to it, before it in its sentence, in a timeline or a timetable, else the article's.
import type { DateMention } from '../spans';
import { addDays, formatDay, parseDay } from './calendar';
import { clockInPartOfDay } from './clockInPartOfDay';
import { inHeadline } from './headline';
import { DAY_VALUE, FOLLOWING, PAST_FORM, SENTENCE_BREAK, WEEKDAY_WORD, YEAR_TENSE_REACH } from './shapes';
import { sentenceEndAfter, sentenceStartBefore, sentenceTense, tenseAround } from './tense';
import { wordList } from '../../text/wordList';

/** A present copula right before a clock time's "at": "Kick-off is at 3 p.m.", "Doors are at 7". */
const TIMETABLE_AT = /\b(?:is|are)\s+at\s+$/i;

/** "on the eve of the vote" right after a clock time: the day before an event, which no day named before is ("on the
 *  day of the burial" is the burial's day, which may be). */
const ON_AN_EVENTS_EVE = /^\s+on\s+the\s+eve\s+of\s+(?:the|its|his|her|their)\s+\p{Ll}/u;

/** "at 9 a.m. on Wednesday": a clock time is on the day named right after it, not the article's day. */
export function onTheDayNamedNext(text: string, mentions: DateMention[], dayless: ReadonlySet<DateMention>): void {
  const placed = new Set<DateMention>();
  // times placed on a day after the one spoken of: "by 3 a.m. the following morning"
  const dayAfter = new Set<DateMention>();
  for (let k = 0; k + 1 < mentions.length; k++) {
    const time = mentions[k], next = mentions[k + 1];
    if (!dayless.has(time) || time.value === undefined) continue;
    // (another clock time is no day for it: "9:00pm-11:01pm EDT⏎⏎9:00 pm", a range's end then a transcript's stamp)
    const day = /T\d\d:\d\d/.test(next.value ?? '') ? null : /^\d{4}-\d{2}-\d{2}/.exec(next.value ?? '');
    // (". On Monday" after "11:55 a.m." opens the next sentence; a zone spelled out between, "17:04 British Summer
    // Time 28 September 2019", as a live page's stamp prints it)
    // "at 11 a.m. next Thursday": the day may follow the time without "on"
    // ("at 4:15 on the morning of Tuesday, March 11, 1975": the day's part between them)
    // (not across a blank line: "11/04/2016 at 7:08am EDT⏎⏎THURSDAY'S RESULTS", a stamp, then a heading's day)
    const gap = text.slice(time.end, next.start);
    // ("at 9 a.m. local time in Osk, on June 3": the place the clock is told for between them)
    const adjacent = /^\s{1,3}(?:\(\s*(?:[A-Z]{2,4}|local time)\s*\)\s{1,3}|(?:[A-Z][a-z]+ ){1,2}(?:Summer|Mean|Standard|Daylight) Time\s{1,3})?(?:in [A-Z][\w ]{1,30}, (?=on))?(?:on\s{1,3}(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?)?$/.test(gap)
      && !/\n[ \t]*\r?\n/.test(gap);
    if (day && adjacent) { time.value = day[0] + time.value.slice(10); placed.add(time); }
    // ("about 11:00 last night": 23:00 of the night before)
    if (day && adjacent && /T(?:AF|EV|NI)$/.test(next.value!)) time.value = clockInPartOfDay(time, next) ?? time.value;
    if (day && adjacent && /\b(?:following|next)\b/i.test(next.text)) dayAfter.add(time);
    // "died at 9.10am the same day" with no day near to say which: the time is on that unknown day, not the article's
    if (adjacent && next.type === 'DATE' && next.value === undefined && FOLLOWING.test(next.text)) { time.value = time.value.slice(10); placed.add(time); }
    // "at 10:00 local time (1500 UTC) on Monday", "at 9 a.m. (0800 GMT) Friday": the time and its other zone's are both
    // on that day
    const after = mentions[k + 2];
    const on = after && /^\d{4}-\d{2}-\d{2}/.exec(after.value ?? '');
    if (on && next.type === 'TIME' && dayless.has(next) && /^\s{0,2}\(\s*$/.test(text.slice(time.end, next.start))
      && /^\s*\)\s{1,3}(?:on\s{1,3})?$/.test(text.slice(next.end, after.start))) {
      for (const t of [time, next]) { t.value = on[0] + t.value!.slice(10); placed.add(t); }
    }
  }
  // "polls open at 7 a.m. and close at 8 p.m. on Sunday": a time joined by "and" to a time placed on a day is on it too
  // (not to one on the day after: "started at 11:40 p.m. and was out by 3 a.m. the following morning")
  for (let k = mentions.length - 2; k >= 0; k--) {
    const time = mentions[k], next = mentions[k + 1];
    if (!dayless.has(time) || placed.has(time) || time.value === undefined || !placed.has(next) || dayAfter.has(next)) continue;
    // ("at 1400 UTC or 9 a.m. local time … on June 3": so is the same time in another zone after "or")
    if (/^[^.;!?\n]{0,12}\band\b[^.;!?\n]{0,24}$/.test(text.slice(time.end, next.start)) || text.slice(time.end, next.start) === ' or ') {
      time.value = next.value!.slice(0, 10) + time.value.slice(10);
      placed.add(time);
    }
  }
  // "the vote on Thursday came after a session that began at 3 p.m.", "the concert at 9 p.m. on Sunday and fireworks
  // at 10 p.m.": a clock time is on the day the story speaks of, named in its sentence or the one before
  for (let k = 0; k < mentions.length; k++) {
    const time = mentions[k];
    if (!dayless.has(time) || placed.has(time) || time.value === undefined) continue;
    // "Updated at 10:05 GMT" under the last paragraph, "### 09:42 GMT" over a live page's entry: a stamp's time is on
    // the page's day, not on the day the paragraph before spoke of
    // (but a transcript's stamp within the hours a broadcast's line gave, "March 11, 2014 9:00pm-11:01pm EDT", is on
    // the day of the broadcast)
    if (STAMP_BEFORE_TIME.test(text.slice(text.lastIndexOf('\n', time.start - 1) + 1, time.start))) {
      const span = spanOfHoursBefore(text, mentions, k);
      if (span) time.value = span + time.value.slice(10);
      continue;
    }
    // "every 15 minutes from 10 a.m. to midnight daily": the hours of a repeated timetable are on no one day
    if (inTimetable(text, mentions, k) || timetableSlot(text, time)) { time.value = time.value.slice(10); continue; }
    // "ends at midnight on the eve of the vote": on a day the story does not date here
    if (ON_AN_EVENTS_EVE.test(text.slice(time.end, time.end + 40))) { time.value = time.value.slice(10); continue; }
    // "the truce held overnight", "the river rose overnight": told in the past, the night before the day
    // the story speaks of (named in its sentence or the one before, else the article's)
    // (a headline's present tells what has happened: "Truce holds overnight")
    const nightBefore = /^overnight$/i.test(time.text) && (sentenceTense(text, time.start, time.end) === 'past'
      || (inHeadline(text, time.start) && !/\b(?:to|will|would)\s/i.test(text.slice(text.lastIndexOf('\n', time.start - 1) + 1, time.start))));
    let nightOf = false;
    const timeline = !nightBefore ? timelineDay(text, mentions, k) : undefined;
    if (timeline) { time.value = timeline + time.value.slice(10); continue; }
    for (let j = k - 1; j >= 0; j--) {
      const before = mentions[j];
      // ("on the day of the service": a day the story does not date; "lost its peg overnight": the night before the day
      // spoken of, which a later hour of that day is not on)
      if (before.type === 'DURATION' || before.type === 'SET' || before.value === undefined || /^overnight$/i.test(before.text)) continue;
      const between = text.slice(before.end, time.start);
      // "Thieves struck early Sunday, police said on Monday. Footage shows them entering at 3:42 a.m.": the day a thing was
      // said, in a sentence before, is not the day it tells of; nor is a span's bound there ("thefts reported since
      // January"; in the time's own sentence it frames the time: "Since 2019 the shop has opened at 9 a.m.")
      const lead = text.slice(Math.max(0, before.start - 40), before.start);
      // ("officials said on Sunday. Rivers rose two metres overnight": the night before the day of the saying, though)
      // (nor a range's bounds: "moves the deadline from July 1, 2026, to February 1, 2028. At noon, MPs vote")
      if (((SAID_ON_BEFORE.test(lead) && !nightBefore) || SPAN_BOUND_BEFORE.test(lead)
        || (/\bfrom\s+$/i.test(lead) && RANGE_GOES_ON.test(text.slice(before.end, before.end + 12)))) && between.search(SENTENCE_BREAK) >= 0) continue;
      // "fighting 14 fires on Tuesday morning, down from 23 fires on Monday. Three villages were evacuated overnight": a
      // day a figure is compared with is not the day the story speaks of
      if (COMPARED_FROM.test(text.slice(sentenceStartBefore(text, before.start), before.start)) && between.search(SENTENCE_BREAK) >= 0) continue;
      // "meet on Saturday, chasing a first title since the 2009-10 season. Kick-off is at 3 p.m.": a year named in
      // passing in the sentence before is no day the story moved to (in the clock time's own sentence it is its frame)
      // (nor a century: "escaped with a 17th-century chain")
      if (/^\d{2,4}$/.test(before.value ?? '') && (between.match(SENTENCE_BREAK) ?? []).length > 0) continue;
      // (two sentences back where the paragraph tells on what happened that day: "won the run-off on Sunday. She took
      // 52% of the vote. Her rival conceded shortly before 11 p.m.")
      const breaks = (between.match(SENTENCE_BREAK) ?? []).length;
      if (between.length > DAY_SPOKEN_OF_REACH || breaks > 2
        || (breaks === 2 && (between.includes('\n') || !/^\d{4}-\d{2}-\d{2}/.test(before.value ?? '')
          || before.value!.slice(0, 10) > time.value.slice(0, 10) || !toldAsDone(text, time)))) break;
      // "the storm would strengthen overnight" after "by Tuesday evening": a forecast's tonight; only a day of its
      // own sentence ("Friday, August 14 - … across the ridge overnight") is the day whose night it is
      if (/^overnight$/i.test(time.text) && !nightBefore && (between.match(SENTENCE_BREAK) ?? []).length > 0) break;
      const day = /^\d{4}-\d{2}-\d{2}(?=$|T)/.exec(before.value ?? '');
      // "the landing on April 25, 1915 is remembered on the beach from 5am": a day of history, decades before the
      // article's year, is no day for a time its clause tells in the present or ahead; that time stays on the article's day
      if (day && +day[0].slice(0, 4) + 50 < +time.value.slice(0, 4) && sentenceTense(text, time.start, time.end) !== 'past') break;
      // "The council on Tuesday night approved a budget for 2027 after a meeting that ran past midnight": a year or a
      // month between the time and a day its own sentence names is what the sentence speaks of, not the time's frame
      if (!day && breaks === 0 && /^\d{4}(?:-\d{2})?$/.test(before.value ?? '') && dayEarlierInSentence(text, mentions, j, time)) continue;
      // "She spoke last night. She is due to speak at noon.": a day gone by, named in the sentence before, is no day
      // for a time its own sentence puts ahead; that time stays on the page's day
      if (day && day[0] < time.value.slice(0, 10) && (between.match(SENTENCE_BREAK) ?? []).length > 0
        && tenseAround(text, time.start, time.end, YEAR_TENSE_REACH) === 'future') break;
      // "Storms ripped through on Thursday. … Power should be restored by midnight": a deadline foreseen in a sentence
      // after a day gone by is no time of that day; it stays on the page's day
      if (day && day[0] < time.value.slice(0, 10) && (between.match(SENTENCE_BREAK) ?? []).length > 0
        && foreseenDeadline(text, time)) break;
      // "Rovers host City on Boxing Day after the derby was moved on Tuesday. Kick-off is at 12:30 p.m.": a time a
      // present timetable gives ("is at") is on a day still to come the story named, not on one gone by
      if (day && day[0] < time.value.slice(0, 10) && (between.match(SENTENCE_BREAK) ?? []).length > 0
        && TIMETABLE_AT.test(text.slice(Math.max(0, time.start - 12), time.start))) continue;
      // "… expected in the early hours of Friday. Turnout by 6pm was 31%": a day still ahead, named in a sentence
      // before, is no day for a time its own sentence tells as done; that time stays on the page's day
      // ("is due to sail tomorrow morning. She is scheduled to pass the tower at 9.55am": a plan's participle tells nothing done)
      const ahead = day && day[0] > time.value.slice(0, 10) && (between.match(SENTENCE_BREAK) ?? []).length > 0
        && !PLANNED.test(text.slice(sentenceStartBefore(text, time.start), time.start));
      if (ahead && toldAsDone(text, time)) break;
      // "released on bail until 4 January … people were in Kell Street between 1.45am and 2.15am": a day ahead is no day
      // for a time its clause tells in the past; an earlier day may be
      if (ahead && toldBeforeAsDone(text, time)) continue;
      if (day) time.value = day[0] + time.value.slice(10);
      // ("began on Thursday night … rose overnight": that night itself)
      if (day && nightBefore && /TNI$/.test(before.value ?? '') && /\bnight$/i.test(before.text)) nightOf = true;
      // "Counting began after 10.30pm. A recount would start no earlier than 4am": a time foreseen after a later hour
      // of the same day is the next morning's
      const clock = /T(\d\d:\d\d)/.exec(before.value ?? ''), own = /T(\d\d:\d\d)/.exec(time.value);
      // (an evening's hour, then a morning's: an agenda's "at 10:50 AM … At 10:00 AM the session will open" is that day)
      if (day && before.type === 'TIME' && clock && own && own[1] < clock[1] && clock[1] >= '17:00' && own[1] < '12:00' && foresees(text, time)) {
        const next = parseDay(day[0]);
        if (next) time.value = formatDay(addDays(next, 1)) + time.value.slice(10);
      }
      break;
    }
    const night = nightBefore && !nightOf ? parseDay(time.value.slice(0, 10)) : undefined;
    if (night) time.value = formatDay(addDays(night, -1)) + time.value.slice(10);
    // "began at around 11 pm on Sunday and was extinguished by 4 am": an earlier hour told next in the same sentence,
    // joined to the later one, is on the day after it
    if (!nightBefore) {
      const later = laterHourBefore(text, mentions, k);
      const next = later && parseDay(later);
      if (next) time.value = formatDay(addDays(next, 1)) + time.value.slice(10);
    }
  }
}

/**
 * The day of the nearest span of clock hours before the k-th mention ("9:00pm-11:01pm", both on one day), where that
 * time is within it and no day is named since: a transcript's line-opening stamps run through the hours of its heading.
 */
function spanOfHoursBefore(text: string, mentions: readonly DateMention[], k: number): string | undefined {
  const own = /T(\d\d:\d\d)/.exec(mentions[k].value ?? '');
  if (!own) return undefined;
  for (let j = k - 1; j > 0 && j >= k - SPAN_STAMPS_REACH; j--) {
    const end = mentions[j], start = mentions[j - 1];
    // (a day named since ends the span's reach, but not the broadcast's own "today" said in it)
    if (end.type === 'DATE' && DAY_VALUE.test(end.value ?? '') && !/^today$/i.test(end.text)) return undefined;
    const to = /^(\d{4}-\d{2}-\d{2})T(\d\d:\d\d)/.exec(end.value ?? ''), from = /^(\d{4}-\d{2}-\d{2})T(\d\d:\d\d)/.exec(start.value ?? '');
    if (end.type !== 'TIME' || start.type !== 'TIME' || !to || !from || !/^\s*[-–]\s*$/.test(text.slice(start.end, end.start))) continue;
    return to[1] === from[1] && from[2] <= own[1] && own[1] <= to[2] ? to[1] : undefined;
  }
  return undefined;
}

/** How many mentions back a stamp looks for the span of hours it is within (a transcript's stamps and its few dates). */
const SPAN_STAMPS_REACH = 80;

/** Whether a mention before the j-th, in the same sentence as `time`, names a day. */
function dayEarlierInSentence(text: string, mentions: readonly DateMention[], j: number, time: DateMention): boolean {
  for (let i = j - 1; i >= 0; i--) {
    if (text.slice(mentions[i].end, time.start).search(SENTENCE_BREAK) >= 0) return false;
    if (DAY_VALUE.test(mentions[i].value ?? '')) return true;
  }
  return false;
}

/** A comparison's opening before a figure's day in its clause: "down from 23 fires on", "compared with 40 on". */
const COMPARED_FROM = /\b(?:(?:up|down)\s+from|compared\s+(?:with|to))\s+(?:[^\s,;]+\s+){0,5}(?:on\s+)?$/i;

/** The day of a later hour told just before a clock time in its sentence, joined to it ("at 11 pm on Sunday and … by
 *  4 am"), where the time is on that day: the day the time is past midnight from. */
function laterHourBefore(text: string, mentions: readonly DateMention[], k: number): string | undefined {
  const time = mentions[k];
  const own = /^(\d{4}-\d{2}-\d{2})T(\d\d:\d\d)/.exec(time.value ?? '');
  if (!own) return undefined;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const between = text.slice(mentions[j].end, time.start);
    if (between.search(SENTENCE_BREAK) >= 0) return undefined;
    if (mentions[j].type !== 'TIME') continue;
    const clock = /^(\d{4}-\d{2}-\d{2})T(\d\d:\d\d)/.exec(mentions[j].value ?? '');
    // (an evening's or a night's hour, then a morning's: "moved from its 3pm kick-off to 12.30pm" stays that day)
    if (!clock || clock[1] !== own[1] || clock[2] < '17:00' || own[2] >= '12:00') return undefined;
    return /\b(?:and|until|till|to|by)\b/i.test(between) && !/\b(?:earlier|before)\b/i.test(between) ? own[1] : undefined;
  }
  return undefined;
}

/** "said on ", "told reporters on ", "announced ": the day a thing was said comes next. */
const SAID_ON_BEFORE = /\b(?:said|says|told(?:\s+[\p{Ll}]+){0,2}|announced|confirmed|stated|added)\s+(?:on\s+)?$/u;

/** "since ", "until ": a span's bound comes next. */
const SPAN_BOUND_BEFORE = /\b(?:since|until|till|from\s[^.;!?]{1,30}\s(?:to|through))\s+$/i;
/** After a range's first bound: ", to ", " until ". */
const RANGE_GOES_ON = /^,?\s+(?:to|until|till|through)\s/i;

/** How far back, in a timeline, the last hour placed on a day may stand: a few short paragraphs. */
const TIMELINE_REACH = 800;

/**
 * "Problems began at 13:05 UTC on 7 July. … Reports peaked at 14:30 UTC. … restored by 21:20 UTC": a later hour told
 * as done, a few paragraphs after the last hour placed on a day, with no other day named between, is on that day —
 * further back than the sentence before, where a day alone would be too far.
 */
function timelineDay(text: string, mentions: readonly DateMention[], k: number): string | undefined {
  const time = mentions[k];
  const own = /T(\d\d:\d\d)/.exec(time.value ?? '');
  if (!own) return undefined;
  for (let j = k - 1; j >= 0 && mentions[j].end >= time.start - TIMELINE_REACH; j--) {
    const before = mentions[j];
    const placed = /^(\d{4}-\d{2}-\d{2})T(\d\d:\d\d)/.exec(before.value ?? '');
    if (before.type !== 'TIME' || !placed) continue;
    // (both told as done: "A recount would start no earlier than 4am" is no hour of the timeline)
    if (own[1] <= placed[2] || !toldAsDone(text, time) || foresees(text, before)) return undefined;
    // (a day of its own named since: the story moved to it)
    for (let n = j + 1; n < k; n++) {
      const day = DAY_VALUE.exec(mentions[n].value ?? '');
      if (day && day[0].slice(0, 10) !== placed[1]) return undefined;
    }
    return placed[1];
  }
  return undefined;
}

/** Whether a mention's sentence foresees: "would start", "will be declared". */
function foresees(text: string, mention: DateMention): boolean {
  const sentence = text.slice(sentenceStartBefore(text, mention.start), sentenceEndAfter(text, mention.end));
  return /\b(?:will|would|shall)\b|['’]ll\b/i.test(sentence);
}

/** Whether a mention's sentence tells what was done ("was", "began", "had until") and foresees nothing ("would"). */
function toldAsDone(text: string, mention: DateMention): boolean {
  // its clause: the sentence up to a few words after the time ("by 6pm was 31%"), ended by the time's own full stop
  const end = mention.text.endsWith('.') ? mention.end : Math.min(sentenceEndAfter(text, mention.end), mention.end + 30);
  // (", followed by services at 9am": a participle's phrase tells no tense)
  const sentence = text.slice(sentenceStartBefore(text, mention.start), end).replace(/,\s*\p{Ll}+ed\s+by\b|\bfollowed\s+by\b/gu, ',');
  return PAST_FORM.test(sentence) && !/\b(?:will|would|shall|wo|could|might|may)\b|['’]ll\b/i.test(sentence);
}

/** Words that foresee what a deadline tells of: "should be restored by", "estimates power to be back by". */
const FORESEEN = /\b(?:will|sh(?:ould|all)|would|expect|anticipat|estimat|predict|to\s+be\b)|['’]ll\b/i;

/** "power should be restored by midnight": a clock time after "by", its clause foreseeing it, is a deadline ahead. */
function foreseenDeadline(text: string, time: DateMention): boolean {
  return /\bby\s+$/i.test(text.slice(Math.max(0, time.start - 4), time.start))
    && FORESEEN.test(text.slice(sentenceStartBefore(text, time.start), time.start));
}

/** A present passive of a plan before a clock time, whose participle tells nothing done: "she is scheduled to pass". */
const PLANNED = /\b(?:is|are)\s+(?:scheduled|expected|slated)\s+to\b/i;

/** Whether the clause before a mention tells what was ("people were in Kell Street between 1.45am"), foreseeing nothing. */
function toldBeforeAsDone(text: string, mention: DateMention): boolean {
  const before = text.slice(sentenceStartBefore(text, mention.start), mention.start);
  return PAST_FORM.test(before) && !/\b(?:will|would|shall|wo)\b|['’]ll\b/i.test(before);
}

/** What may stand before a clock time that opens a line as a stamp: a heading's marks, emphasis, "Updated at". */
const STAMP_BEFORE_TIME = /^[ \t]*(?:#{1,6}[ \t]*)?[*_]*[ \t]*(?:(?:last[ \t]+)?(?:updated|published|posted|filed|modified|edited)(?:[ \t]+(?:at|on))?[ \t]*:?[ \t]*)?$/i;

/** How near a repeated time ("daily", "every Monday") a clock time is one of its hours. */
const TIMETABLE_REACH = 40;

/** Whether mention k stands in the same sentence as a set ("daily", "every hour"), near it. */
function inTimetable(text: string, mentions: readonly DateMention[], k: number): boolean {
  const near = (other: DateMention | undefined, from: number, to: number): boolean =>
    other !== undefined && other.type === 'SET' && to - from <= TIMETABLE_REACH && !/[.;!?\n]/.test(text.slice(from, to));
  const time = mentions[k];
  for (let j = k - 1; j >= 0 && mentions[j].type === 'TIME'; j--) if (near(mentions[j - 1], mentions[j - 1]?.end ?? 0, mentions[j].start)) return true;
  for (let j = k + 1; j < mentions.length && mentions[j - 1].type === 'TIME'; j++) if (near(mentions[j], mentions[j - 1].end, mentions[j].start)) return true;
  return near(mentions[k - 1], mentions[k - 1]?.end ?? 0, time.start) || near(mentions[k + 1], time.end, mentions[k + 1]?.start ?? 0);
}

/** What a timetable runs: the 11:45 p.m. departure, the 7 a.m. sailing. */
const SERVICE = String.raw`(?:departures?|arrivals?|services?|trains?|bus|buses|coach(?:es)?|ferry|ferries|flights?|sailings?|crossings?|shuttles?|trams?)`;

/** A clock time, maybe followed by more: ", 5:40 and 5:55 a.m.". */
const MORE_TIMES = String.raw`(?:\s*(?:,|\band\b|\bor\b)\s*(?:\d{1,2}(?:[:.]\d\d)?|noon|midnight)(?:\s*[ap]\.?m\.?)?)*`;

const SLOT_AFTER = new RegExp(String.raw`^${MORE_TIMES}\s+${SERVICE}\b`, 'i');
/** The beginnings of SERVICE's nouns, lower case: SLOT_AFTER (case-blind, some 0.3 ms to compile) is tried only after
 *  one of them, which most clock times are not. */
const SERVICE_STEMS = wordList('departure arrival service train bus coach ferr flight sailing crossing shuttle tram');
function holdsServiceNoun(text: string): boolean {
  const lower = text.toLowerCase();
  return SERVICE_STEMS.some(stem => lower.includes(stem));
}

/** "services leave Ashby at …", "the ferry sails at …": what a timetable says, in the present, of no one day. */
const RUNS_AT = new RegExp(String.raw`\b${SERVICE}\s+(?:(?!will\b|would\b|shall\b)\p{L}+\s+){0,2}?(?:leaves?|departs?|runs?|arrives?|calls?|sails?|stops?)\b`, 'iu');
/** RUNS_AT with its words' letters read as any but a space and no word refused: what every match of it holds, tried
 *  first, since its letter classes cost about 2 ms to compile case-blind (paid at a story's first "bus" or "services"). */
const RUNS_AT_SHAPE = new RegExp(String.raw`\b${SERVICE}\s+(?:[^ ]+\s+){0,2}?(?:leaves?|departs?|runs?|arrives?|calls?|sails?|stops?)\b`, 'iu');

/**
 * "The 11:45 p.m. and 12:30 a.m. departures end on February 28", "three new services leave Ashby at 5:25, 5:40 and
 * 5:55 a.m.": the times of a timetable name its slots, which run on every day the timetable does, not on a day the
 * story speaks of. A day written in the time's own sentence still holds it ("the ferry leaves at 9 a.m. on Monday").
 */
function timetableSlot(text: string, time: DateMention): boolean {
  // (on its own line: "Sat 17th Dec 2022 at 07:30am" over "TRAIN passengers …" is a stamp, no train's slot)
  const lineEnd = text.indexOf('\n', time.end);
  const after = text.slice(time.end, Math.min(time.end + 80, lineEnd < 0 ? text.length : lineEnd));
  if (holdsServiceNoun(after) && SLOT_AFTER.test(after)) return true;
  // a time that ends its sentence ("5:55 a.m.") ends it with its own full stop
  const from = sentenceStartBefore(text, time.start), to = sentenceEndAfter(text, time.end - 1);
  const sentence = text.slice(from, to);
  const before = text.slice(from, time.start);
  return RUNS_AT_SHAPE.test(before) && RUNS_AT.test(before) && !WEEKDAY_WORD.test(sentence) && !/\b(?:today|tonight|tomorrow|yesterday)\b/i.test(sentence);
}

/** How far back the day a clock time is on may be named: the sentence before, about. */
const DAY_SPOKEN_OF_REACH = 300;

/** What a time's sentence says of a habit or a span, which no one day holds: "has opened at 9 a.m. since 2019". */
const HABIT = /\b(?:has|have|since|every|daily|usually|scheduled|planned|due)\b/i;

/** Words that name a day (not "the day", "the same day", which the story does not date). */
const NAMES_A_DAY = /\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|tomorrow|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** A listing's line: short, on a line of its own (not the first), opened by a bullet or a place's label, or ended by no
 *  stop or colon ("- Tiaro: Dawn service starts at 6am.", "Dawn Service @ 5.30am, Memorial Park"). */
function listingLine(text: string, m: DateMention): boolean {
  const from = text.lastIndexOf('\n', m.start - 1) + 1, to = text.indexOf('\n', m.end);
  const line = text.slice(from, to < 0 ? text.length : to);
  return line.length <= 160 && (/^\s*(?:[-•*–]\s|[^\n:.]{2,40}:\s)/.test(line) || !/[.!?:]["”’)]?\s*$/.test(line)) && from > 0;
}

/**
 * "Two trains collided early Thursday. … [three paragraphs] … the trains met at about 3 a.m.": a clock time told as done,
 * too far from a day for the passes above to place it and so left on the article's day, is on the one earlier day the
 * story has told of before it — where every day named before it (headlines aside) is that same day. A story that has
 * moved between days, or named none but the article's, leaves the time where it is; so does a stamp's time.
 * "Anzac Day services return … SERVICE TIMES⏎- Tiaro: Dawn service starts at 6am.": a time on a listing's line, not told
 * as done and left on the article's day, is on the one day still ahead the story has named before it (a weekday, a date,
 * a holiday, within a month), where it has named no other day ahead and not the article's own.
 */
export function onTheOneDayToldOf(text: string, mentions: readonly DateMention[], dayless: ReadonlySet<DateMention>, ref: string): void {
  let day: string | undefined, ahead: string | undefined, last: DateMention | undefined;
  // (where the one earlier day is named)
  let dayAt = 0;
  // (a day ahead is a listing's within a month: not a site banner's date years on)
  const monthOn = formatDay(addDays(parseDay(ref)!, 31));
  for (const m of mentions) {
    // (not a stamp's time written after its date: "IANS, 18 Mar, 2015 12:40 PM")
    const stamped = last !== undefined && /^[\s,]{0,3}$/.test(text.slice(last.end, m.start));
    last = m;
    if (ahead && !stamped && dayless.has(m) && m.value !== undefined && m.value.startsWith(ref + 'T') && /^T\d\d:\d\d/.test(m.value.slice(10))
      && listingLine(text, m) && !toldAsDone(text, m) && !STAMP_BEFORE_TIME.test(text.slice(text.lastIndexOf('\n', m.start - 1) + 1, m.start))) {
      m.value = ahead + m.value.slice(10);
    }
    // (the one day ahead: '' once a second one, or the article's own, is named)
    const named = m.type === 'DATE' || (m.type === 'TIME' && NAMES_A_DAY.test(m.text) && !/T\d/.test(m.value ?? ''));
    const on = named && !inHeadline(text, m.start) ? /^\d{4}-\d{2}-\d{2}$|^\d{4}-\d{2}-\d{2}(?=T[A-Z])/.exec(m.value ?? '') : null;
    if (on && on[0] >= ref) ahead = on[0] === ref || on[0] > monthOn || (ahead !== undefined && ahead !== on[0]) ? '' : on[0];
    if (day !== '' && day !== undefined && dayless.has(m) && m.value !== undefined && m.value.startsWith(ref + 'T')
      && /^T\d\d:\d\d/.test(m.value.slice(10)) && (toldAsDone(text, m) || sentenceTense(text, m.start, m.end) === 'past')
      // ("Storms hit on Thursday. … Power should be restored by midnight": a deadline foreseen a sentence after the day)
      && !(dayAt < sentenceStartBefore(text, m.start) && foreseenDeadline(text, m))
      && !HABIT.test(text.slice(sentenceStartBefore(text, m.start), sentenceEndAfter(text, m.end)))
      && tenseAround(text, m.start, m.end, YEAR_TENSE_REACH) !== 'future'
      // ("Filed under: Reviews — @ 7:10 AM": a post's stamp)
      && !/@\s{0,2}$/.test(text.slice(Math.max(0, m.start - 3), m.start))
      && !STAMP_BEFORE_TIME.test(text.slice(text.lastIndexOf('\n', m.start - 1) + 1, m.start))) {
      m.value = day + m.value.slice(10);
    }
    if (m.type === 'DURATION' || m.type === 'SET' || !NAMES_A_DAY.test(m.text) || inHeadline(text, m.start)) continue;
    const own = /^\d{4}-\d{2}-\d{2}/.exec(m.value ?? '');
    if (!own) continue;
    // ('' once two days have been named, or the article's own: no one earlier day)
    if (day === undefined && own[0] < ref) dayAt = m.start;
    day = day === undefined && own[0] < ref ? own[0] : day === own[0] ? day : '';
  }
}
