// The tense a date named without its year or week takes from the words around it ("will meet on Thursday", "the
// deal was signed in March"), which decides the occurrence it resolves to.
import { pastVerbAfter, presentClauseAfter, presentClauseBefore } from './present';
import { AHEAD, opensSentence, PAST_FORM, WEEKDAY_STEMS, WEEKDAY_WORD, YEAR_TENSE_REACH } from './shapes';
import { EVENT_AUXILIARY_REACH, futureAuxiliaryBefore, isPastWord, planFailedAfter, sentenceEndAfter, sentenceStartBefore, sentenceTense, tenseAround, type Tense } from './tense';
import { lazyPattern } from '../../text/lazyPattern';
import { dayAheadByItsVerb, possessiveEventAhead } from './dayVerbAfter';

// How many words from a guessed weekday or year the tense word may stand: a weekday belongs to its own verb phrase
// ("will meet on Thursday"), a day named without its year to its clause ("the deal was signed in March").
const WEEK_TENSE_REACH = 3;

/** What starts, or is to come, as of a day: its clause's verb of starting, or a word of what is ahead. */
const AS_OF_AHEAD = lazyPattern(() => new RegExp(String.raw`\b(?:effect|effective|starts?|starting|begins?|beginning|appl(?:y|ies)|comes? into force)\b|` + AHEAD.source, 'i'));

/** A part of a day before the day it is of: "in the early hours of Monday", "on the eve of Sunday's vote". */
const PART_OF_DAY = /\bthe\s+(?:(?:early|small|wee|first)\s+)?(?:hours|morning|afternoon|evening|night|eve)\s+of\s+$/i;

/** "last " or "next " right before a day named without its year. */
const LAST_OR_NEXT = /(?:^|[^\p{L}])(last|next)\s{1,2}$/iu;
/** LAST_OR_NEXT's words under a flag that folds only ASCII letters ("ſ" written out, which the Unicode flag folds to
 *  "s"): tried first, as its case-blind letter class costs some 0.3 ms to compile. */
const LAST_OR_NEXT_END = /(?:la[sſ]t|next)\s{1,2}$/i;

/** A clock time between a verb and its day: "at 7:30 p.m. on", "at noon on". */
// ("set for 3 p.m. EDT (1900 GMT) Friday": the time in another zone in brackets, "on" then optional; so after the
// time's zone or "local time": "will resume at 02:00 local time Sunday morning")
const CLOCK_BEFORE_DAY = /\b(at|from|until|by|for)(\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midnight)\s+(?:(?:\(?[A-Z]{2,4}\)?\s+|local\s+time\s+)(?:\(\s*\d{1,4}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?\s*)?[A-Z]{2,4}\s*\)\s+)?(?:on\s+)?|\(\s*\d{1,4}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?\s*)?[A-Z]{2,4}\s*\)\s+(?:on\s+)?|on\s+))$/i;

/** "'s final will", "'s vote is set to": the event a possessive day names, its future auxiliary within two words after. */
const FUTURE_AFTER_POSSESSIVE = lazyPattern(() => /^['’]s\s+(?:[\p{Ll}-]+\s+){1,2}(?:will|is\s+(?:set|due|expected)\s+to)\b/u);

/** "today, ", "this morning, " right before a day that names it. */
const TODAY_THEN_DAY = /\b(?:today|tonight|this (?:morning|afternoon|evening)),\s*$/i;

/**
 * The tense that decides a floating date's side of the reference. `aheadThisYear`: a day written without its year that
 * is still to come in the article's own year. News style writes the year of a past year's day ("May 16, 2025"), and a
 * past sentence often reports what is to come ("said his side had earned the trip to Wembley on May 16": the final
 * ahead), so only a verb beside such a day ("closed on June 30") puts it in the year before, not the sentence's tense.
 */
export function tenseOfMention(text: string, start: number, end: number, floating: string, aheadThisYear: boolean): Tense {
  // "the result is expected in the early hours of Monday": the phrase's tense is the day's
  const part = PART_OF_DAY.exec(text.slice(Math.max(0, start - 40), start));
  if (part) start -= part[0].length;
  // "married last June 9", "due next March 3": "last" or "next" before a day written without its year says its side
  if (floating !== 'week') {
    const before = text.slice(Math.max(0, start - 8), start);
    const side = LAST_OR_NEXT_END.test(before) ? LAST_OR_NEXT.exec(before) : null;
    if (side) return side[1].toLowerCase() === 'last' ? 'past' : 'future';
    // "the live blog for today, September 23": the day the writer calls today has come, whatever the verb says
    if (floating === 'year' && TODAY_THEN_DAY.test(text.slice(Math.max(0, start - 24), start))) return 'past';
  }
  // "the show starts at 7:30 p.m. on Friday": the clock time belongs to the day's phrase, the verb stands before it
  // (a deadline's "until" or "by" stays before the day: "covers the north until noon on Sunday" is read as a deadline)
  const clock = floating === 'week' ? CLOCK_BEFORE_DAY.exec(text.slice(Math.max(0, start - 40), start)) : null;
  if (clock) start -= /^(?:until|by|for)$/i.test(clock[1]) ? clock[2].length : clock[0].length;
  // "tickets for Saturday's game sold out": the verb tells of the tickets, not the game; the day is the one named before
  // (but "will meet in Saturday's final", "Saturday's final will decide it": a future auxiliary tells of the day's event,
  // before the day or, where the day's event is the sentence's subject, after it)
  if (floating === 'week' && /^['’]s\b/.test(text.slice(end, end + 3))) {
    // "will publish the minutes of Wednesday's meeting" after the meeting "on Wednesday": the day the story told of,
    // which the scan then gives it (sameDayAsNamedBefore)
    const weekday = WEEKDAY_WORD.exec(text.slice(start, end));
    if (weekday && namedBefore(text, weekday[1], start)) return 'unknown';
    return futureAuxiliaryBefore(text.slice(sentenceStartBefore(text, start), start), EVENT_AUXILIARY_REACH)
      || (opensSentence(text, start) && FUTURE_AFTER_POSSESSIVE().test(text.slice(end, end + 40)))
      // ("Sunday's race in Moscow, the 14th edition, will …": its verb past the event's place and an aside)
      || possessiveEventAhead(text, text.slice(sentenceStartBefore(text, start), start), end)
      ? 'future' : 'unknown';
  }
  // "as Friday deadline looms", "faces a Monday deadline": a deadline still ahead (not "tendered 99% of shares by the
  // Tuesday deadline", "missed the Friday deadline")
  if (floating === 'week' && (DEADLINE_LOOMS.test(text.slice(end, end + 40))
    || (DEADLINE_AFTER.test(text.slice(end, end + 12)) && DEADLINE_FACED.test(text.slice(Math.max(0, start - 24), start))))) return 'future';
  // "expects $1.7 billion, up from its August forecast": what a figure is compared with was said before
  if (COMPARED_WITH.test(text.slice(Math.max(0, start - 40), start))) return 'past';
  // "hospitalizations double since May", "up 4% since Monday": what is counted since a day counts from one gone,
  // whatever the tense of the verb (a headline's present most of all)
  if (sinceBefore(text, start)) return 'past';
  // "started receiving reports back in January", "was arrested back in March": "back in" looks back to a time gone (not
  // a return: "will be back in January", "Term 2 starting back in January")
  if (floating === 'year' && text.slice(Math.max(0, start - 9), start).toLowerCase().includes('back in')) {
    const back = BACK_IN().exec(text.slice(Math.max(0, start - 40), start));
    if (back && !(RETURNING_END.test((back[1] ?? '').toLowerCase()) && RETURNING.test(back[1] ?? '')) && !futureAuxiliaryBefore(text.slice(sentenceStartBefore(text, start), start))) return 'past';
  }
  // "asked that the decision of July 10 be set aside", "his letter dated 3 March": a decision or a paper named by its
  // day was made by then, whatever the clause asks of it (not "a ruling of July 10 is expected")
  if (floating === 'year' && PAPER_OF_DAY().test(text.slice(Math.max(0, start - 40), start)) && !PAPER_AHEAD.test(text.slice(end, end + 24))) return 'past';
  // "21.8 percent of mayors are women as of March", "as of Friday, 40 had applied": a count as of a day is as of one
  // reached, whatever the tense
  // (not what starts as of a day: "takes effect as of July 1", "will apply as of March")
  if (/\bas[ \t]+of[ \t]+$/i.test(text.slice(Math.max(0, start - 8), start))
    && !AS_OF_AHEAD().test(text.slice(sentenceStartBefore(text, start), start))) return 'past';
  // "to be back from the Christmas holiday break on Sunday", written on December 27: a holiday's season or break is
  // the one nearest the article's date, running or just gone, whatever is said ahead of it
  if (floating === 'year' && HOLIDAY_SEASON_AFTER.test(text.slice(end, end + 24)) && !/\d/.test(text.slice(start, end))) return 'unknown';
  // "looking past soft December data, the Fed will …", "June's housing starts were …": a month's figures are of a month
  // gone (or running), whatever is said of them (not the "January sales" a shop holds)
  // (but what is said ahead of them in their own clause keeps its tense: "December sales will be published in January")
  if (floating === 'year' && BARE_MONTH.test(text.slice(start, end)) && mayNameFigures(text.slice(end, end + 48))
    && !AHEAD.test(text.slice(end, end + 80).split(/[,;.!?]/)[0]) && !AHEAD.test(text.slice(Math.max(0, start - 80), start).split(CLAUSE_BREAK).pop()!)) return 'past';
  // "said in a statement Tuesday evening that he would ask": the day of the saying, whatever it reports
  const before80 = text.slice(Math.max(0, start - 80), start);
  if (SAYING_IN_A.test(before80) && SAID_IN_A_STATEMENT().test(before80)) return 'past';
  // "(Photo: flooded fields near Brask on Sunday)": a picture shows what has been
  // (but not what a caption's later sentence sets ahead: "… rolls out today. The launch is set for Saturday")
  if (CAPTION_LINE.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start))
    && !SET_AHEAD.test(text.slice(sentenceStartBefore(text, start), start))) return 'past';
  const clauseBefore = text.slice(sentenceStartBefore(text, start), start);
  // "After the coldest February in a decade, the region can expect …": a record set by a month or a season is set by
  // one gone (not "on course to be the warmest June on record", "could be the wettest autumn since 2000")
  if (floating === 'year' && SUPERLATIVE_BEFORE.test(clauseBefore) && RECORD_BEFORE().test(clauseBefore.slice(-40)) && RECORD_AFTER.test(text.slice(end, end + 24))
    && !RECORD_AHEAD.test(clauseBefore)) return 'past';
  // "with flood warnings in place until Wednesday": a state in force, which lasts till a day ahead
  if (IN_FORCE_UNTIL.test(clauseBefore)) return 'future';
  // "schools have been told not to open until 10am on Monday": what people have just been told to do, or not to, until
  // a day holds up to one ahead of the telling (the clock time before the day is taken off already)
  if (floating === 'week' && TOLD_UNTIL.test(clauseBefore.slice(-100))) return 'future';
  // "Residents have been told to brace for strong winds on Sunday", "drivers are being urged to avoid the coast road on
  // Tuesday": a present perfect or present instruction takes no day gone of its own ("have been told on Sunday" is no
  // English), so the day is that of what is to be done
  if (floating === 'week' && clauseBefore.includes(' to ') && TOLD_TO.test(clauseBefore.slice(-120))) return 'future';
  // "has received the go-ahead to launch its ferry Wednesday", "Officials expect the winds to peak on Tuesday", "are
  // looking forward to the regatta on Thursday": what is allowed, expected or looked forward to in the
  // present is ahead of the telling (no past form after the "to": "expects to report what rose on Monday")
  if (floating === 'week' && clauseBefore.includes(' to ')) {
    const prospect = PROSPECT_TO().exec(clauseBefore.slice(-160));
    if (prospect && !prospect[1].split(' ').some(isPastWord)) return 'future';
  }
  // "agreed a delay until the spring", "postponed the vote to March", written in December: what is put off is put off
  // to a time after the putting off, which the article reports as news (a month or a season; a weekday keeps its tense)
  if (floating === 'year' && DELAYING.test(clauseBefore) && DELAYED_UNTIL().test(clauseBefore)) return 'future';
  // "the two sides had agreed to meet again on Monday": what was agreed or decided to be done comes after the saying
  if (floating === 'week' && AGREEING.test(clauseBefore) && AGREED_TO().test(clauseBefore)) return 'future';
  // "she had spoken to the candidate over the weekend and expected …": a pluperfect before it is its tense
  if (floating === 'week' && WEEKEND.test(text.slice(start, end)) && SPENT_IN.test(text.slice(Math.max(0, start - 8), start))
    && PLUPERFECT_BEFORE().test(clauseBefore)) return 'past';
  // "Tuesday, two days before the holiday, is expected to be the busiest day": a phrase with no verb set off after a
  // weekday names it again, and the verb after it is the weekday's
  const verbAt = floating === 'week' ? end + weekdayAppositionLength(text.slice(end, end + 80)) : end;
  // "Monday is a bank holiday", "Friday is the deadline": a weekday said in the present to be something is ahead
  // (and so is one set off so, before its verb of what is to be: "Tuesday, two days before the holiday, will be …")
  if (floating === 'week' && (COPULA_AFTER.test(text.slice(verbAt, verbAt + 5)) || (verbAt > end && AHEAD_VERB_AFTER.test(text.slice(verbAt, verbAt + 40))))
    && CLAUSE_OPENS.test(text.slice(sentenceStartBefore(text, start), start))) return 'future';
  // "On Tuesday, a ridge of high pressure will bring …", "said Tuesday and Wednesday are slated for tributes": the clause
  // the day opens, read on past its subject to its verb
  if (floating === 'week' && dayAheadByItsVerb(text, clauseBefore, end)) return 'future';
  // "Highs on Saturday could reach 30C", "the vote on Thursday is the moment …": a day in the noun phrase that opens its
  // clause, before the clause's verb of what is to be, is ahead (a past form in the phrase tells of it: "rain that fell
  // on Saturday could cause floods")
  if (floating === 'week' && subjectAheadOfItsVerb(text, start, verbAt)) return 'future';
  // "The opposition called for a general strike on Wednesday", "declared a five-day holiday from Thursday": an event
  // called for or declared is called for a day ahead of the calling (not "called for calm on Wednesday")
  if (floating === 'week' && CALLING_FOR_A.test(clauseBefore.slice(-80)) && CALLED_EVENT_BEFORE().test(clauseBefore.slice(-80))) return 'future';
  // "The government declared Thursday a day of national mourning": a day made a holiday is made one ahead of it
  if (floating === 'week' && DAY_OF_AFTER.test(text.slice(end, end + 40)) && DECLARED_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return 'future';
  // "a federal judge set a June 3 trial date": a day fixed for an event it names is ahead of the fixing
  if (EVENT_AFTER.test(text.slice(end, end + 24)) && SET_BEFORE.test(clauseBefore)) return 'future';
  // "schools will finish early after heavy snow forced closures in January": a clause of its own after "after",
  // "because" or "when", its subject then a past verb, tells of its month (a verb before its object's noun reads as an
  // adjective elsewhere, and the future of the sentence wins)
  if (floating === 'year') {
    const past = SUBORDINATE_PAST.test(clauseBefore) ? PAST_SUBORDINATE().exec(clauseBefore) : null;
    if (past && isPastWord(past[1])) return 'past';
  }
  if (floating === 'year') {
    // "expects trading to improve, helped by its Christmas range", "should reopen by then, in time for the Christmas
    // market": a phrase set off after a clause of what is to be, with no verb of its own (a participle is none), tells
    // of that clause's time
    const comma = clauseBefore.lastIndexOf(',');
    if (comma > 0 && SET_OFF_OPENING.test(clauseBefore.slice(comma + 1)) && SET_OFF_PHRASE().test(clauseBefore.slice(comma + 1)) && aheadInClause(clauseBefore.slice(0, comma))) return 'future';
    // "said the Christmas market would open on November 20": a month or a holiday naming the kind of the noun that opens
    // its clause, before the clause's verb of what is to be
    const reported = clauseBefore.replace(REPORTED_OPENING(), '');
    if (NOUN_PHRASE_OPENS.test(reported) && MODAL_AFTER_NOUN().test(text.slice(end, end + 40))) return 'future';
    // (a longer noun, with what it is told by: "the Christmas market stalls the chain runs in its car parks would open",
    // "the Christmas period, which it counts from late November, would decide", "the spring term, which ends on March
    // 27, would not be extended"; no past form in it)
    if (NOUN_PHRASE_OPENS.test(reported) || (/^\s*$/.test(reported) && NOUN_PHRASE_OPENS.test(text.slice(start, end).replace(/\s\S+$/, ' ')))) {
      const long = MODAL_AFTER_LONG_NOUN().exec(text.slice(end, end + 120));
      if (long && !(long[1].match(/[\p{L}'’-]+/gu) ?? []).some(isPastWord)) return 'future';
    }
  }
  // "In January, when the old mill finally closed, …", "By May 27, the board had finished the count": a month or a day
  // that opens its sentence, then a "when" clause told in the past or a pluperfect of what was done by it, is one gone
  if (floating === 'year' && text.charCodeAt(end) === 44 && /^\s*["“'‘(]?(?:in|by|on|until|till)\s+$/i.test(clauseBefore)) {
    const told = WHEN_OR_HAD_AFTER().exec(text.slice(end, end + 90));
    if (told && (told[1] === undefined || (told[1].match(/[\p{L}'’-]+/gu) ?? []).some(isPastWord))) return 'past';
    // ("Until January, their figures were minimal": a state told in the past as lasting up to the month is one gone)
    if (/^\s*["“'‘(]?(?:until|till)\s+$/i.test(clauseBefore) && WAS_AFTER().test(text.slice(end, end + 60))) return 'past';
  }
  // "(originally scheduled for November 4)", "initially due October 31", "previously planned for October 31": a plan
  // since changed may have been for a day on either side of the article's date, so the nearest, whatever the sentence's
  // tense (a weekday is left to the week's reading)
  // (so is the day a release is moved from: "is delayed from Oct. 11 to Oct. 29")
  if (floating === 'year' && (PLAN_SINCE_CHANGED.test(clauseBefore) || MOVED_FROM.test(clauseBefore))) return 'unknown';
  const near = tenseAround(text, start, end, floating === 'week' ? WEEK_TENSE_REACH : YEAR_TENSE_REACH);
  // "figures for January will be released on March 11", written in February: the month figures are for is the
  // nearest one, whatever is ahead of their release ("Sales for April rose" is the April gone)
  if (near === 'future' && floating === 'year' && FIGURES_FOR.test(text.slice(Math.max(0, start - 40), start))) return 'unknown';
  // "prosecutors wanted a trial in March", "had originally planned the launch for late June": what a plan told in the
  // past was for may lie on either side of the article's date, so the month or day nearest it
  if (near === 'past' && floating !== 'week' && PLANNED_FOR_SHAPE.test(clauseBefore) && PLANNED_FOR().test(clauseBefore)) return 'unknown';
  // (so does a plan told in the past that a "but" clause says was held up, after a time its sentence named before it:
  // "began in January and were due to finish in April, but high tides slowed the work"; without one it is the one gone,
  // "was due to start in June but was delayed")
  if (near === 'past' && floating !== 'week' && TIME_NAMED.test(clauseBefore) && PLAN_TOLD_IN_PAST.test(clauseBefore) && planFailedAfter(text, end)) return 'unknown';
  if (near !== 'unknown') return near;
  // "is expected to reach the comet in August and to release a lander in November": a time in a verb phrase joined by
  // "and" to the one before it, with no subject of its own, is told in that one's tense
  if (floating !== 'week') {
    const joined = JOINED_VERB_PHRASE().exec(clauseBefore);
    // (only where the phrase before ends on a time of its own: "… in August and to release …")
    const phrase = joined ? clauseBefore.slice(Math.max(0, joined.index - 24), joined.index) : '';
    if (joined && TIME_BEFORE_AND_SHAPE.test(phrase) && TIME_BEFORE_AND().test(phrase)) {
      const at = start - clauseBefore.length + joined.index;
      const tense = tenseAround(text, at, at, YEAR_TENSE_REACH);
      if (tense !== 'unknown') return tense;
    }
  }
  // "will meet the mayor's advisers on Thursday": a future auxiliary rules its whole verb phrase, objects and all
  // ("a storm that could bring gales to the coast on Sunday", "Dorian may strengthen over warm water by Tuesday": so does
  // a possibility, not one gone: "could not", "may have")
  if (floating === 'week' && futureAuxiliaryBefore(text.slice(sentenceStartBefore(text, start), start), undefined, true)) return 'future';
  // "Events will continue throughout the weekend, including a concert on Sunday night": a verbless phrase set off after
  // a clause ruled by one tells of that clause's time
  if (floating === 'week') {
    const comma = clauseBefore.lastIndexOf(','), addition = clauseBefore.slice(comma + 1);
    if (comma > 0 && VERBLESS_ADDITION_SHAPE.test(addition) && VERBLESS_ADDITION().test(addition) && futureAuxiliaryBefore(clauseBefore.slice(0, comma))) return 'future';
  }
  // "warned that the storm could bring rain over the weekend": so does a possibility in the day's own clause
  if (floating === 'week' && POSSIBLE_BEFORE().test(clauseBefore.slice(Math.max(clauseBefore.lastIndexOf(','), clauseBefore.lastIndexOf(';')) + 1))) return 'future';
  // "the council votes on Monday": a timetable in the present speaks of the coming day
  // ("follows Tuesday's decision": the verb governs the event, which the day only names)
  const after = text.slice(end, sentenceEndAfter(text, end));
  if (!/^['’]s\b/.test(text.slice(end, end + 3)) && ((presentClauseBefore(text.slice(sentenceStartBefore(text, start), start)) && !pastVerbAfter(after))
    || (opensSentence(text, start) && presentClauseAfter(after)))) return 'future';
  // "- Drier, colder weather from Wednesday": a list item or a headline with no verb at all, whose "from" opens a
  // spell of time, tells what is to come; a story of the past would have said "turned colder from Wednesday"
  if (floating === 'week' && /\bfrom\s+(?:(?:early|late)\s+)?$/i.test(text.slice(Math.max(0, start - 12), start))
    && sentenceTense(text, start, end) !== 'past' && !PAST_FORM.test(text.slice(sentenceStartBefore(text, start), sentenceEndAfter(text, end)))) return 'future';
  // "Visitation: 5 to 7 p.m. Friday at Lind Funeral Home.", "When: parade at 10 a.m. Saturday; concert 7 p.m. Sunday":
  // a notice's line that opens with its label and a colon and gives a clock time with the day, no past form in it, is
  // a schedule of what is to come (a story of the past tells it with its verb: "the parade was at 10 a.m. Saturday")
  if (floating === 'week' && (CLOCK_IN_DAY.test(text.slice(start, end)) || CLOCK_NEAR_DAY.test(text.slice(Math.max(0, start - 16), start)))) {
    // (the label opens the sentence, or the line whose items a semicolon parts: "When: parade …; concert 7 p.m. Sunday")
    const opened = sentenceStartBefore(text, start);
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const from = NOTICE_LABEL().test(text.slice(opened, start)) ? opened : NOTICE_LABEL().test(text.slice(lineStart, start)) ? lineStart : -1;
    if (from >= 0 && !PAST_FORM.test(text.slice(from, sentenceEndAfter(text, end)))) return 'future';
  }
  // "forced 2,000 people from their homes over the weekend": a weekend it happened over, unlike a weekday, is read by
  // its sentence's verb (not one something was done "ahead of")
  if (floating === 'week' && WEEKEND.test(text.slice(start, end)) && SPENT_IN.test(text.slice(Math.max(0, start - 8), start))) {
    const told = sentenceTense(text, start, end);
    // "there has been progress over the weekend", "crews have cleared the roads over the weekend": a perfect with no
    // plan or modal after it counts up to now, so the weekend it tells of is the one gone
    return told === 'unknown' && PERFECT_BEFORE().test(clauseBefore) ? 'past' : told;
  }
  // "the film dipped 3% to $9 million this weekend", "that left the biggest match of the weekend", written on a
  // weekday: a weekend its clause tells in the past is the one gone (valueForTense turns it back a week)
  if (floating === 'week' && WEEKEND.test(text.slice(start, end)) && (THIS_OR_OF.test(text.slice(Math.max(0, start - 12), start)) || /^this\s/i.test(text.slice(start, end)))) {
    const near = tenseAround(text, start, end, WEEKEND_CLAUSE_REACH);
    const told = near === 'unknown' ? sentenceTense(text, start, end) : near;
    if (told === 'past' && !futureAuxiliaryBefore(clauseBefore)) return 'past';
  }
  return floating === 'week' || aheadThisYear ? 'unknown' : sentenceTense(text, start, end);
}

/** A plan's participle or "due" right before the day, told as since changed: "originally scheduled for", "initially due". */
/** A plan's day given up, before the day: "delayed from", "postponed from", "pushed back from". */
const MOVED_FROM = /\b(?:delayed|postponed|moved|rescheduled|deferred|shifted|pushed\s+back|brought\s+forward)\s+from\s+$/i;
const PLAN_SINCE_CHANGED = /\b(?:originally|initially|previously)\s+(?:scheduled|set|slated|planned|due|pencill?ed|penciled|expected|booked)\s+(?:(?:for|on)\s+)?$/i;

/** After the comma of an opening day: a "when" clause (its words up to its end, read for a past form), or a subject of
 *  up to five words before a pluperfect ("the board had finished", "officials had already counted"). */
const WHEN_OR_HAD_AFTER = lazyPattern(() => /^,\s+(?:when\s+([^,;:.!?]{1,70})|(?:[\p{L}'’-]+\s+){1,5}had\s+(?:already\s+)?(?:been\s+)?\p{Ll}{2,}(?:ed|en|un|t)\b)/u);

/** After the comma of an opening "until" day: a subject of up to five words, then "was" or "were" ("the road was"). */
// (not what was foreseen then: "the museum was expected to stay shut", "was due to reopen")
const WAS_AFTER = lazyPattern(() => /^,\s+(?:[\p{L}'’-]+\s+){1,5}(?:was|were)\b(?!\s+(?:expected|due|set|scheduled|supposed|going|planned|likely|to)\b)/u);

/** A notice's label opening its line: one to three capitalised words and a colon ("Visitation:", "When:"). */
const NOTICE_LABEL = lazyPattern(() => /^\s*\p{Lu}\p{Ll}+(?:\s\p{L}+){0,2}:\s/u);
/** A clock time in the day's own phrase ("7 p.m. Friday") or right before it ("10 a.m. ", "7 p.m. on ", "noon "). */
const CLOCK_IN_DAY = /\d\s*[ap]\.?m\b|\bnoon\b|\bmidnight\b/i;
const CLOCK_NEAR_DAY = /(?:\d\s*[ap]\.?m\.?|\bnoon|\bmidnight)\s+(?:on\s+)?$/i;

/** A phrase set off by a comma up to a month or a holiday, with no verb of its own: ", helped by its", ", in time for
 *  the", ", ahead of", ", including the". */
const SET_OFF_PHRASE = lazyPattern(() => /^\s*(?:\p{Ll}{3,}ed\s+by|in\s+time\s+for|ahead\s+of|just\s+(?:before|after)|including|with)\s+(?:(?:a|an|the|its|their|his|her|our)\s+)?(?:[\p{L}'’-]+\s+){0,2}$/u);

/** How SET_OFF_PHRASE opens, its letter classes read as any but a blank: tested first (they cost some 0.4 ms to compile). */
const SET_OFF_OPENING = /^\s*(?:\S{3,}ed\s+by|in\s+time\s+for|ahead\s+of|just\s+(?:before|after)|including|with)\s/;

/** Whether a clause speaks of what is to be: a future auxiliary, a modal before its verb ("should reopen", not "should
 *  have"), or a plan in the present ("expects trading to improve"). */
function aheadInClause(clause: string): boolean {
  return futureAuxiliaryBefore(clause) || /\b(?:should|could|would|might)\s+(?!(?:not\s+)?have\b)\p{Ll}{2,}/u.test(clause)
    || /\b(?:expects|expect|plans|intends|hopes|aims)\s+(?:[\p{L}'’-]+\s+){0,6}to\s+\p{Ll}{2,}/u.test(clause);
}

/** A determiner alone opening a clause: the month or holiday after it names the kind of its noun ("the Christmas market"). */
const NOUN_PHRASE_OPENS = /^\s*(?:the|a|an|this|its|their|his|her|our)\s+$/i;

/** The rest of the noun (a word or two), then a modal before its verb or a prospect: " market would open", " lights
 *  will be switched on", " fair is expected to". */
const MODAL_AFTER_NOUN = lazyPattern(() => /^\s+(?:[\p{Ll}-]+\s+){1,2}(?:(?:will|would|could|should|may|might)\s+(?!not\b|have\b|never\b)\p{Ll}|(?:is|are)\s+(?:expected|due|set|scheduled|going)\s+to\b)/u);

/** The rest of a longer noun: up to eight words, or a word or two and a relative clause set off by commas, then a modal
 *  before its verb (here "would not" too, not "would have"). */
const MODAL_AFTER_LONG_NOUN = lazyPattern(() => /^((?:\s+[\p{Ll}\d'’-]+){1,8}?|(?:\s+[\p{Ll}-]+){1,2}\s*,\s*(?:which|that|who)\s[^,;:.!?()]{1,60},)\s+(?:will|would|could|should|may|might)\s+(?!(?:not\s+)?have\b|never\b)\p{Ll}/u);

/** A verb that calls for or declares an event, the event's noun phrase (a determiner, up to three words, the noun), then
 *  "on" or "from": "called for a general strike on", "declared a five-day holiday from", "urged a boycott of the vote on". */
const CALLED_EVENT_BEFORE = lazyPattern(() => /\b(?:called|calling|declared|declaring|proclaimed|urged|urging)\s+(?:for\s+)?(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,4}(?:strike|walkout|stoppage|shutdown|protest|rally|march|demonstration|boycott|vigil|sit-in|holiday|day\s+of\s+(?:national\s+)?(?:mourning|protest|action|prayer|rest)|vote|ballot|referendum|election|debate|meeting|summit)s?\s+(?:on|from)\s+$/iu);

/** The noun phrase a day closes at its clause's opening, a reporting verb's "that" perhaps before it: "Highs on",
 *  "the vote on", "said the final round of talks on" (up to six words; its first no preposition or pronoun). */
const SUBJECT_BEFORE_DAY = lazyPattern(() => /^\s*(?:(?:the|a|an|this|its|their|his|her|our|any)\s+)?(?!(?:on|in|at|by|for|from|to|he|she|it|they|we|i|you|there)\s)(?:[\p{L}'’-]+\s+){1,6}(?:on|for)\s+$/iu);

/** Where the clause a day stands in opens after a reporting verb ("Ministers said (that)"), else its sentence's start. */
const REPORTED_OPENING = lazyPattern(() => /^.*\b(?:said|says|say|told\s+[\p{L}]+|warned|believes?|added)(?:\s*[,:])?\s+["“]?(?:that\s+)?/iu);

/** A verb of what is to be right after the day: a modal ("could reach", not "could not", "would have"), an arrangement
 *  or a prospect ("is expected to", "is due", "are set to"), or a copula before a noun ("is the moment"). */
const AHEAD_VERB_AFTER = /^\s+(?:(?:will|could|may|might|should|would|must)\s+(?!not\b|have\b|never\b)\p{Ll}|(?:is|are)\s+(?:(?:expected|due|set|likely|scheduled|going)\b|(?:the|a|an)\s+(?:moment|chance|time|day|test|deadline|date|opportunity)\b))/u;

/**
 * Whether the weekday at `start` … `end` closes the noun phrase that opens its clause, and the clause's verb right after
 * it tells of what is to be: "Highs on Saturday could reach 30C", "Ministers said the vote on Thursday is the moment the
 * government will be tested", "the match on Sunday is expected to sell out".
 */
function subjectAheadOfItsVerb(text: string, start: number, end: number): boolean {
  if (!AHEAD_VERB_AFTER.test(text.slice(end, end + 40))) return false;
  const sentence = text.slice(sentenceStartBefore(text, start), start);
  const clause = sentence.replace(REPORTED_OPENING(), '');
  return SUBJECT_BEFORE_DAY().test(clause) && !(clause.match(/[\p{L}'’-]+/gu) ?? []).some(isPastWord);
}

/** "after", "because" or "when", a subject of up to three words, its past verb in "-ed", its object (up to four words),
 *  then the month's preposition: "after heavy snow forced closures in", "because the council delayed the works until". */
const PAST_SUBORDINATE = lazyPattern(() => /\b(?:after|because|when)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?!(?:is|are|was|were|be|been|being|has|have|had|will|would|could|should|may|might|must|can|to)\s)\p{Ll}[\p{L}'’-]*\s+){0,2}(\p{Ll}{3,}ed)\s+(?:[\p{L}'’-]+\s+){0,4}(?:in|during|by|until)\s+(?:(?:early|late|mid)[\s-]+)?(?:the\s+)?$/u);

/** What every PAST_SUBORDINATE holds, in a small pattern with no letter classes: its conjunction, then a word in "-ed"
 *  (tried first, as the pattern's letter classes cost some 0.6 ms to compile). */
const SUBORDINATE_PAST = /\b(?:after|because|when)\s[^]*?ed\s/;

/** A phrase added after a comma with no verb of its own up to a day: ", including a concert on", ", with a parade on";
 *  or a participle's ("will arrive later, bringing rain on"). */
const VERBLESS_ADDITION = lazyPattern(() => /^\s*(?:including|with|such\s+as|among\s+them|notably|especially|particularly|\p{Ll}{3,}ing)\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:on|at|from|until|by)?\s*$/iu);
/** VERBLESS_ADDITION with its letter classes read as any but a space, under the same flags: what every match of it
 *  holds, tested first, since those classes cost about 0.5 ms each to compile case-blind (paid by every process at its
 *  first weekday after a comma; \S would cost as much: under /iu only a class as plain as [^ ] compiles cheaply). */
const VERBLESS_ADDITION_SHAPE = /^\s*(?:including|with|such\s+as|among\s+them|notably|especially|particularly|[^ ]{3,}ing)\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[^ ]+\s+){0,3}(?:on|at|from|until|by)?\s*$/iu;

/** A month or a season, its preposition before it, ending a phrase: "in August", "by early spring". */
const TIME_BEFORE_AND = lazyPattern(() => /\b(?:in|by|during|until|for)\s+(?:(?:early|late|mid)[\s-]+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter)\p{L}*\.?$/iu);

/** TIME_BEFORE_AND with the month's other letters as any but a blank, under a flag that folds only ASCII letters, or a
 *  character the Unicode flag folds to one of its letters ("ſ", the Kelvin sign): tested first, as its case-blind letter
 *  class costs some 0.2 ms to compile. */
const TIME_BEFORE_AND_SHAPE = /(?:in|by|during|until|for)\s+(?:(?:early|late|mid)[\s-]+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter)\S*$|[\u017f\u212a]/i;

/** "and (to) release a lander in": a verb phrase after "and", no subject of its own, up to a month's preposition. */
const JOINED_VERB_PHRASE = lazyPattern(() => /\s+and\s+(?:to\s+)?(?!(?:the|a|an|its|his|her|their|our|this|that|these|those|he|she|it|they|we|i|you|then|also|in|on|at|by|for|from|with|since|until)\b)\p{Ll}{3,}\s+(?:[\p{L}'’-]+\s+){0,4}(?:in|during|by|until|for)\s+(?:(?:early|late|mid)[\s-]+)?$/u);

/** A holiday's season after its name: "Christmas holiday break", "Easter recess", "Thanksgiving holidays". */
const HOLIDAY_SEASON_AFTER = /^\s+(?:holiday\s+)?(?:break|recess|holidays|vacation)\b/i;

/** Where a clause ends or a new one opens, before a month's figures. */
const CLAUSE_BREAK = /[,;.!?]|\b(?:because|that|when|while|as|and|but|since|after|before|if)\b/i;

/** A month's name alone: "December", "Dec.". */
const BARE_MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/i;

/** Figures after a month's name: "data", "jobs numbers", "'s housing starts", "retail sales", "payrolls". */
const FIGURES_OF_MONTH = /^(?:['’]s)?\s+(?:(?:jobs|job|employment|unemployment|payrolls?|inflation|price|consumer|producer|factory|industrial|manufacturing|trade|retail|home|housing|car|auto|economic|official|preliminary|final|flash)\s+){0,2}(?:(?<=(?:retail|home|car|auto|housing|factory)\s+)(?:sales|starts)|data|figures|numbers|statistics|readings?|payrolls|jobs\s+report|employment\s+report|CPI|PMI|inflation\s+rate|jobless\s+rate|unemployment\s+rate)\b/i;
/**
 * A word every match of FIGURES_OF_MONTH ends on, tested first: that pattern, long and case-blind, cost a process some
 * 2–3 ms to compile, which it paid at the first month's name before "'s".
 */
const FIGURES_WORD = /sales|starts|data|figures|numbers|statistics|reading|payrolls|report|cpi|pmi|rate/i;
const mayNameFigures = (after: string): boolean => FIGURES_WORD.test(after) && FIGURES_OF_MONTH.test(after);

/** What is published for a month: "figures for", "data for", "those for", "the index for". */
const FIGURES_FOR = /\b(?:figures|data|statistics|numbers|those|readings?|results|index|inflation|sales)\s+for\s+$/i;

/** A verb that makes a day something, right before it: "declared", "proclaimed", "named". */
const DECLARED_BEFORE = /\b(?:declared|declares|proclaimed|proclaims|designated|designates|named|names|made)\s+$/i;

/** What a day is declared: "a day of national mourning", "a public holiday", "a national day of prayer". */
const DAY_OF_AFTER = /^\s+an?\s+(?:(?:national|public|bank|special|official)\s+)?(?:holiday|day\s+of|national\s+day|day\s+off)\b/i;

/** A verb that fixes a day and the article before the day: "set a", "scheduled the". */
const SET_BEFORE = /\b(?:set|scheduled|fixed|named|picked|chose|announced)\s+(?:a|an|the)\s+$/i;

/** An event's noun right after a day, which names the day it is on: "a June 3 trial date", "a May 1 deadline". */
const EVENT_AFTER = /^\s+(?:trial|hearing|sentencing|deadline|vote|election|referendum|launch|start|opening|release|meeting|court|target)\b/i;

/** A plan told in the past, its object and the preposition of its time: "wanted a trial in", "planned the launch for",
 *  "sought a vote for" (not "proposed it in March", "proposed a budget in March": when it was proposed). */
const PLANNED_FOR = lazyPattern(() => /\b(?:(?:wanted|planned|intended|hoped)\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}'’-]+\s+){1,2}(?:for|in)|(?:sought|proposed|requested|asked\s+for)\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}'’-]+\s+){1,2}for)\s+(?:(?:early|late|mid)[\s-]+)?$/iu);
/** PLANNED_FOR's shape, its letter classes read as any but a space and its two forms' prepositions merged: tested
 *  first, for the reason of VERBLESS_ADDITION_SHAPE. */
const PLANNED_FOR_SHAPE = /\b(?:wanted|planned|intended|hoped|sought|proposed|requested|asked\s+for)\s+(?:a|an|the|its|their|his|her)\s+(?:[^ ]+\s+){1,2}(?:for|in)\s+(?:(?:early|late|mid)[\s-]+)?$/iu;

/** A phrase set off by commas after a weekday that names it again, with no verb: ", two days before the holiday,", ",
 *  the first day of the sale,". */
const WEEKDAY_APPOSITION = /^\s*,\s*(?:the|a|an|one|two|three|four|five|six|\d+)\s+(?:(?!(?:is|are|was|were|has|have|had|will|would|which|who|that|when)\s)[\p{Ll}\d'’-]+\s+){1,6}?[\p{L}\d'’-]+\s*,(?=\s)/u;

/** How WEEKDAY_APPOSITION opens, tested first (its letter classes cost some 0.4 ms to compile, and most weekdays are
 *  followed by no comma and number). */
const APPOSITION_OPENING = /^\s*,\s*(?:the|a|an|one|two|three|four|five|six|\d+)\s/;

/** The length of the WEEKDAY_APPOSITION opening `after`, or 0. */
function weekdayAppositionLength(after: string): number {
  return APPOSITION_OPENING.test(after) ? WEEKDAY_APPOSITION.exec(after)?.[0].length ?? 0 : 0;
}

/** A plan told in the past: "was due to", "were scheduled to". */
const PLAN_TOLD_IN_PAST = /\b(?:was|were)\s+(?:due|scheduled|set|expected|slated|likely|poised|going|about)\s+to\s/i;

/** A month, a season or a year named. */
const TIME_NAMED = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter|\d{4})\b/;

/** "is" or "are" right after a day. */
const COPULA_AFTER = /^\s+(?:is|are)\b/;

/** Nothing before a day in its sentence, or its clause after a semicolon, a colon or a dash (a dateline's: "KESTON, May
 *  21, 2026 — Tuesday is …"). */
const CLAUSE_OPENS = /(?:^|[;:—–]|\s-)\s*$/;

/** A caption's or a picture credit's line: "(Photo: …", "Pictured: …", "Image: …". */
const CAPTION_LINE = /^\s*[([]?\s*(?:photo|picture|pictured|image|caption)s?\s*[:(]/i;
/** What sets a thing ahead in the sentence before a day: "will", "is set for", "are scheduled to". */
const SET_AHEAD = /\b(?:will|(?:is|are)\s+(?:set|scheduled|due|slated))\b/;

/** "the coldest", "the wettest", "the worst" right before a month or a season. */
const RECORD_BEFORE = lazyPattern(() => /\bthe\s+(?:\p{Ll}{3,}est|worst|best)\s+$/u);
/** RECORD_BEFORE's word read as any ending "st": tried first (its letter class costs some 0.3 ms to compile). */
const SUPERLATIVE_BEFORE = /\bthe\s+\S+st\s+$/;

/** What measures a record after it: "in a decade", "on record", "since 1976", "for 30 years", "in living memory". */
const RECORD_AFTER = /^\s+(?:in|on|since|for)\s+(?:a|an|the|\d|decades?|years?|records?|living|more|over|at\s+least)\b/i;

/** What makes such a record a prospect: "on course to be", "could be", "is set to be", "expected". */
const RECORD_AHEAD = /\b(?:will|would|could|may|might|set\s+to|on\s+course|on\s+track|expected|likely|forecast|predicted|poised|heading)\b/i;

/** Putting off, its object perhaps (up to four words), then "until" or "to": "a delay until", "postponed the vote to". */
const DELAYED_UNTIL = lazyPattern(() => /\b(?:delay|delays|delayed|postpone|postpones|postponed|postponement|put\s+off|puts\s+off|pushed\s+back|pushes\s+back|deferred|defers|deferral|adjourned|adjourns)\s+(?:[\p{L}'’-]+\s+){0,4}(?:until|till|to)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$/iu);
/** The verb of every match of DELAYED_UNTIL, case-blind, or a character the Unicode flag folds to one of its letters. */
const DELAYING = /delay|postpon|puts?\s+off|push(?:ed|es)\s+back|defer|adjourn|[\u017f\u212a]/i;

/** "in place until", "in force through": not after "was"/"were", which may tell of a state that has ended. */
const IN_FORCE_UNTIL = /(?<!\b(?:was|were|been|had)\s+)\bin\s+(?:place|force|effect)\s+(?:until|till|through)\s+$/i;
/** "have been told to brace for", "are being urged not to travel on": a present perfect or present passive instruction,
 *  "to" and its verb, with no clause break or past reporting after. */
const TOLD_TO = /\b(?:(?:have|has)\s+been|(?:is|are)(?:\s+being)?)\s+(?:told|ordered|advised|asked|urged|instructed|warned|encouraged)\s+(?:not\s+)?to\s+(?!be\b)[a-z][^,;:()"“”]*$/i;
/** A permission, an expectation or a hope in the present, then "to" and the phrase up to the day: "the go-ahead to
 *  launch its ferry ", "expect the winds to peak at record levels on ", "looking forward to the regatta on ". */
const PROSPECT_TO = lazyPattern(() => /\b(?:go-ahead|look(?:ing|s)? forward|expects?|hopes?)\s+(?:[^\s,;.]+ ){0,6}?(to (?!be\b|have\b)[\p{Ll}-]+(?: [^\s,;.]+){0,8} )$/u);
/** "have been told not to open until", "has been ordered to stay shut until": a present perfect instruction, its verb
 *  and up to three words, then "until" or "before". */
const TOLD_UNTIL = /\b(?:have|has)\s+been\s+(?:told|ordered|advised|asked|urged|instructed|directed)\s+(?:not\s+)?to\s+(?:[a-z'’-]+\s+){1,3}(?:until|till|before)\s*$/i;

/** A past verb of agreeing, deciding or threatening (on a day perhaps), "to", its verb and up to four words, then the
 *  day: "agreed to meet again on", "threatened on Monday to walk out on" (not "to" before a determiner, no verb's:
 *  "police agreed to the date on Tuesday"). */
const AGREED_TO = lazyPattern(() => /\b(?:agreed|decided|voted|promised|pledged|vowed|threatened)(?:\s+on\s+\p{L}+day(?:\s+(?:morning|afternoon|evening|night))?)?\s+to\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|our|my)\b)[\p{L}-]+(?:\s+[\p{L}-]+){0,4}\s+(?:on\s+)?$/iu);

/** A weekday's deadline ("Friday deadline"); one said to loom; what faces one ("face a", "ahead of the"). */
const DEADLINE_AFTER = /^['’]?s?\s+deadline\b/i;

const DEADLINE_LOOMS = /^['’]?s?\s+deadline\s+(?:looms|nears|approaches|draws\s+near|is\s+(?:near|close|fast\s+approaching))\b/i;

const DEADLINE_FACED = /\b(?:face|faces|facing|ahead\s+of|before|to\s+meet|racing\s+against|against)\s+(?:a|the|an|its|their)\s+$/i;

// Each pattern below with letter classes (\p{L}) under /iu costs 1–2.6 ms to compile, paid by a process at its first
// use; a test of the words it opens with (no letter class: a tenth of that), which any match holds, comes first, so a
// process whose text has none of them never compiles it.
/** What CALLED_EVENT_BEFORE opens with. */
const CALLING_FOR_A = /\b(?:called|calling|declared|declaring|proclaimed|urged|urging)\s+(?:for\s+)?(?:a|an|the)\s/iu;
/** What AGREED_TO opens with. */
const AGREEING = /\b(?:agreed|decided|voted|promised|pledged|vowed|threatened)\s/iu;
/** What SAID_IN_A_STATEMENT opens with ("told" before a word: no space is a letter). */
const SAYING_IN_A = /\b(?:said|told\s+\S+|announced|wrote|posted|confirmed|added)\s+(?:in|at|during)\s+(?:a|an|the|its|his|her|their)\s/iu;

/** A reporting verb and the statement or interview it was said in, right before the day. */
const SAID_IN_A_STATEMENT = lazyPattern(() => /\b(?:said|told\s+\p{L}+|announced|wrote|posted|confirmed|added)\s+(?:in|at|during)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}(?:statement|interview|post|release|letter|e-?mail|briefing|conference|call|video|speech|message|note)\s+(?:on\s+)?$/iu);

/** A modal of what may be, then its verb and up to five words: "could bring rain over", "would resume talks on". */
const POSSIBLE_BEFORE = lazyPattern(() => /\b(?:[Cc]ould|may|[Mm]ight|[Ww]ould)\s+(?!not\b|have\b|never\b)(?:[\p{L}'’-]+\s+){1,6}$/u);

/** "had" and a participle within eight words before: "she had spoken to the third-placed candidate over". */
const PLUPERFECT_BEFORE = lazyPattern(() => /\bhad\s+(?:[\p{L}'’-]+\s+){1,7}$/iu);

/** "since" (and "early", "late" or "mid") right before a day or a month. */
const SINCE_BEFORE = /\bsince\s+(?:(?:early|late|mid)[\s-]+)?$/i;

/** Whether "since" stands right before the date at `start` ("double since May"): a day or a month gone. */
/** "back in" right before a month or a season, and the word before it. */
const BACK_IN = lazyPattern(() => /(?:^|[^\p{L}'’])(?:([\p{L}'’]+)\s+)?back\s+in\s+(?:the\s+)?$/iu);
/** Words before "back" that make it a return: "be back", "coming back", "we're back", "starting back". */
const RETURNING = /^(?:be|is|are|am|come|comes|go|goes|get|gets|start|starts|\p{L}+ing|\p{L}+['’](?:s|re|ll))$/iu;
/**
 * How every RETURNING word ends, in small letters and without letter classes: tried on the word lower-cased first, as
 * RETURNING's case-blind letter classes cost some 0.5 ms to compile ("ſ" folds to "s" under its flags).
 */
const RETURNING_END = /^(?:be|is|are|am|comes?|go|goes|gets?|starts?)$|ing$|['’](?:s|re|ll)$|ſ/;

export function sinceBefore(text: string, start: number): boolean {
  return SINCE_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

/** A decision or a paper, then "of" or "dated" before its day: "the decision of", "a letter dated". */
const PAPER_OF_DAY = lazyPattern(() => /\b(?:decision|order|ruling|judgment|judgement|verdict|letter|notification|circular|resolution|memo|memorandum|directive|communiqué|communique|e-?mail)\s+(?:of|dated)\s+$/i);
/** What waits for such a paper: "… is expected", "… is due", "… will be". */
const PAPER_AHEAD = /^\s*(?:is|are)\s+(?:expected|due)\b|^\s*will\b/i;

/** A figure's earlier one before its day or month: "up from its August forecast", "up 3% from the May estimate", "compared with the March figure". */
const COMPARED_WITH = /\b(?:(?:up|down)\s+(?:[\d.,]+%?\s+(?:[a-z]+\s+)?)?from|compared\s+(?:with|to))\s+(?:its|their|the|his|her|our)\s+$/i;

const WEEKEND = /\bweekend$/i;

/** "has been", "have cleared the roads": a perfect in the day's clause, no infinitive, modal or clause break after it
 *  ("have warned drivers to expect delays over the weekend" is of the coming one). */
const PERFECT_BEFORE = lazyPattern(() => /\b(?:has|have)\s+(?:(?:already|also|now|since|clearly|certainly)\s+)?(?:been|\p{Ll}{2,}(?:ed|en|ne|wn|de|ht|ld|ot|ung|un))\b(?:\s+(?!(?:to|will|would|could|may|might|should|can|when|if|before|ahead)\b)[\p{L}\d'’"“”$%.-]+){0,8}\s+(?:over|at|during|on|through)\s+$/iu);
/** "this weekend", "of the weekend": a weekend its clause's verb tells of (not "ahead of the weekend", which tells of
 *  a time before it and may name the coming one from a story's Friday). */
const THIS_OR_OF = /(?:\bthis\s+|(?<!\bahead\s+)\bof\s+(?:the\s+)?)$/i;
/** How many words from such a weekend the clause's verb may stand: "dipped only 3 percent to $9 million this weekend". */
const WEEKEND_CLAUSE_REACH = 8;

/** "over", "at", "during", "on", "through" right before "the weekend". */
const SPENT_IN = /\b(?:over|at|during|on|through)\s+$/i;

/** One pattern a weekday, made once: "Wednesday" as a word, wherever it stands. */
const WEEKDAY_AS_WORD: ReadonlyMap<string, RegExp> = new Map(WEEKDAY_STEMS.map(stem => [stem, new RegExp(`\\b${stem}day\\b`, 'gi')]));

/** Whether the weekday of `stem` ("wednes") is named as a word before `at`, where a day's own mention starts: its first
 *  use in the text, searched for in place (a copy of the text before each such day cost its length every time). */
function namedBefore(text: string, stem: string, at: number): boolean {
  const pattern = WEEKDAY_AS_WORD.get(stem.toLowerCase())!;
  pattern.lastIndex = 0;
  const found = pattern.exec(text);
  return found !== null && found.index + found[0].length <= at;
}
