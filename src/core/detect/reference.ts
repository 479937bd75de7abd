// The article's own date, which relative and partial dates ("Thursday", "July 3", "last week") resolve against.
// An article says when it was written in its Markdown front matter (`date:`) or in a dateline or byline near the top;
// only when it says neither do callers fall back to the file's modification date, and then to today.
import { frontMatter } from '../text/frontMatter';
import { chosenReference, isDay, type ReferenceChoices } from './blank';
import { addDays, daysBetween, formatDay, formatYear, isValidDay, isoWeekday, parseDay } from './dates/calendar';
import { tenseOfMention } from './dates/floatingTense';
import { tenseAround } from './dates/tense';
import { WEEKDAYS } from './dates/lexicon';
import { yearNamedInTheRelease, yearOfTheRelease } from './dates/releaseYear';
import { timelineYearAt } from './dates/timelineYear';
import { scanDates } from './dates/scan';
import { openingWeekdayDay } from './openingWeekday';
import { ungluedHead, type UngluedHead } from './gluedStamps';
import { closingStamp } from './closingStamp';
import { dateLineBelow } from './dateLineBelow';
import { lazyPattern } from '../text/lazyPattern';
import { isPatternSpace } from '../text/whiteSpace';

/** Where a reference date came from, as `scan --json` reports it. */
export type ReferenceSource = 'front matter' | 'dateline' | 'file date' | 'option' | 'today';

export interface ArticleReference {
  /** YYYY-MM-DD. */
  date: string;
  from: ReferenceSource;
}

/** A date the article states about itself, with where it stands in the text. */
export interface StatedDate {
  /** YYYY-MM-DD, or XXXX-MM-DD for a dateline without its year ("PORTVALE, May 9 (Harbour Wire) -"). */
  date: string;
  from: 'front matter' | 'dateline';
  /** Offsets of the date as written (the `date:` value, or the date in the dateline). */
  start: number;
  end: number;
  /** ISO weekday (Monday = 1) written with a date without its year ("Tuesday, March 4"), which narrows the year. */
  weekday?: number;
  /** Days from the written date to the page's ("yesterday, August 28," is written the day after August 28). */
  shift?: number;
  /** Told in the opening's prose ("will begin Thursday, March 10"), not a stamp: perhaps a day announced ahead. */
  told?: boolean;
}

/** Lines read for a dateline: a headline, a standfirst and a byline may come first. */
const DATELINE_LINES = 6;
/** Characters read for a dateline, so a long article costs no more than a short one. */
const DATELINE_REACH = 800;
/** Longest line read as a stamp ("Business Desk — Friday, October 31, 2025"): longer lines are prose. */
const STAMP_LINE = 100;

const FRONT_MATTER_DATE = /^(?:date|published|pubdate|publishdate)[ \t]*:[ \t]*["']?(\d{4})-(\d{2})-(\d{2})(?=$|[T \t"'])/im;
/** A stamp word before the date: "Published 1998-01-08", "Updated: 3 March 2026". */
// ("Posted at 8:35 PM, Aug 02, 2022": the stamp's clock time first, after "at")
// ("Added on the 20/09/2020 18:01:19": a video or file library's stamp)
// ("on Monday, 17 April 2023." alone on its line under the headline: a stamp whose "Posted" the page's layout dropped)
const STAMP_WORDS = /^(?:published|updated|posted|last updated|first published|last modified|modified|filed|dated?|added(?=\s+on\b)|on(?=\s*$))(?:\s+(?:on(?:\s+the)?|at))?\b/i;
/** A stamp's clock time before its date: "Published 9:14 a.m. ET Nov. 18, 2026". */
const STAMP_CLOCK = /\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|[AP]\.?M\.?)?(?:\s+[A-Z]{2,4}\b)?/g;
/** Markdown's emphasis, heading or quote marks opening a line. */
const MARKUP_START = /^[*_#>\s]+/;
/** A clock's "a.m." or "p.m." ending a line. */
const CLOCK_END = /\b[ap]\.m\.$/i;
const LOWER_CASE_WORD = lazyPattern(() => /(?:^|[\s(])\p{Ll}/u);
/** A space and a capital after a date line's date: the story run on after it. */
const RUN_ON = lazyPattern(() => /^[ \t]+\p{Lu}/u);
/** After the date in a wire dateline: "WASHINGTON, Oct. 31, 2025 — The …", "…, 2025 (Reuters) -", "…, 2026 /Newswire/ --";
 *  the dateline set in emphasis perhaps ("**BOSTON, Feb. 10, 2025** --"); an em dash closed up on the story's first
 *  word, as a release prints it ("Orton, IL, May 4, 2016—Total …"). */
const DATELINE_TAIL = /^\)?[*_]{0,3}[ \t]*(?:(?:\([^()\n]{1,40}\)|\/[^/\s][^/\n]{0,38}\/)[*_]{0,3}[ \t]*)?(?:[-–—_]{1,2}|:)(?:[ \t]|$|(?<=—)(?=[A-Z]))/;

/**
 * The date an article states about itself: front matter `date:` first, else the first full date (day, month and
 * year) on a short stamp line or in a wire dateline within the first lines. Undefined when it states none.
 */
export function statedDate(text: string): StatedDate | undefined {
  if (typeof text !== 'string' || text.length === 0) return undefined;
  const head = frontMatter(text);
  if (head) {
    const m = FRONT_MATTER_DATE.exec(head.fields);
    if (m && isValidDay(+m[1], +m[2], +m[3])) {
      const start = head.fieldsStart + m.index + m[0].indexOf(m[1]);
      return { date: `${m[1]}-${m[2]}-${m[3]}`, from: 'front matter', start, end: start + 10 };
    }
  }
  const from = head?.end ?? 0;
  // ("NewsFebruary 28, 2004", "By Jane HaleApril 11, 2009, 4:00 pm": a stamp the paste glued to its neighbours is read
  // on the line of its own it had)
  const glued = ungluedHead(text, from, from + 2 * DATELINE_REACH);
  if (glued === undefined) return datelineDate(text, from);
  const stated = datelineDate(glued.text, from, glued);
  return stated && { ...stated, start: glued.original(stated.start), end: glued.original(stated.end) };
}

function datelineDate(text: string, from: number, glued?: UngluedHead): StatedDate | undefined {
  const limit = Math.min(text.length, from + DATELINE_REACH);
  let partial: StatedDate | undefined;
  let lineStart = from;
  // (the day the line before opened with: "Oct 05 Dublin …" over "Oct 06 Leeds …")
  let previousDay: string | undefined;
  // a bare date alone on its line, as a site's banner prints the day a page was copied ("Sunday, June 5, 2022" over the
  // headline), yields to an earlier day below it on the article's own stamp, with its clock time or byline
  let banner: StatedDate | undefined;
  // the line before, where it is a byline ("By Jane Corlett"): a date alone on the line under it is the article's stamp
  let bylineBefore = false;
  // the line before, where it is a stamp's label alone ("Release date:"): the date on the line under it is the stamp's
  let labelBefore = false;
  // (a banner's labelled stamp is looked for twice as far: a page's chrome may stand between)
  const labelLimit = Math.min(text.length, from + 2 * DATELINE_REACH);
  for (let read = 0; lineStart < (banner ? labelLimit : limit);) {
    // past the lines read for a dateline, only a line that is its stamp's label and date alone ("First published: Feb
    // 13, 2026" under an author's note) still dates the page
    const far = read >= DATELINE_LINES || lineStart >= limit;
    if (far && partial) break;
    // (past them, under a banner's bare day, only a labelled stamp alone on its line is read: "Publish Date : 23 March
    // 2022 17:34 PM" below a news site's header dated the day the page was copied)
    const labelOnly = far && banner !== undefined;
    let lineEnd = text.indexOf('\n', lineStart);
    const cap = labelOnly ? labelLimit : limit;
    if (lineEnd < 0 || lineEnd > cap) lineEnd = cap;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    // ("• 10 August 2018: Sydney has its hottest March day": an item of a list of related articles, dated before its
    // headline, is no stamp of the page's, nor one of the lines read for it)
    if (line.trim() !== '' && !LIST_ENTRY_DATED.test(line)) {
      // (a list's short items, a sidebar's links, "• Writing an article", and a header's e-mail address and telephone
      // numbers take none of the lines read)
      // (nor a widget's line of figures and signs, or of another script: "31°C25°C", "¥10,000=P3,850", "両替レート" above
      // an English story's stamp "2023/5/27")
      if (!LIST_ITEM.test(line) && !(line.length < 80 && CONTACT_LINE.test(line)) && LATIN_WORD.test(line)) read++;
      // (or, past them, a release's dateline under its contact block or highlights: "PORTVALE, Ore., May 4, 2015 --
      // Harbor Mills Inc. today …", a place in capitals or with its state, a full date, the dash and the story)
      // (or a stamp alone on its line, its full date and its clock time, under a byline block longer than the lines
      // read: "Ann Hale" / "By" / "Ann Hale" / "Editor, Tech" / "November 18, 2023, 7:18 PM ET")
      // (or its reading time: "October 11, 2023 | Read Time: 4 minutes" under a photo's credit)
      const clocked = far && !labelOnly && line.length <= STAMP_ALONE_LINE && (line.includes(':') || READ_TIME_AFTER().test(line));
      // (a line the paste had run on from the word before it, "REPORTS11/16/2022 The monthly …", or the text's first line,
      // "23 May 2018 Harbor Foods plc Preliminary Results …": a date opening it is the page's, the story run on after it)
      const gluedOn = glued?.breaks.has(lineStart - 1) === true || read === 1;
      let found: ReturnType<typeof dateOnLine> = labelBefore ? labelledBelow(line) : (labelOnly ? !LABEL_ALONE().test(line) : far && !clocked && !LABEL_ALONE().test(line) && !RELEASE_DATELINE().test(line)) ? undefined : dateOnLine(line, gluedOn);
      // ("> Commissioned: 7/22/2017", "Born: March 3, 1950": a date labelled as a thing's or a life's milestone is that
      // day, no stamp of the page)
      if (found && found.start > 0 && line.includes(':') && MILESTONE_LABEL.test(line.slice(0, found.start))) found = undefined;
      // ("───   09:14 Tue, 3 Mar 2020": or its clock time first, under a rule, and the day ending the line)
      if (clocked && found && !LABEL_ALONE().test(line) && !RELEASE_DATELINE().test(line)
        && !(CLOCK_ALONE_BEFORE.test(line.slice(0, found.start)) && line.slice(found.end).trim() === '')
        && (found.value.startsWith('XXXX') || line.slice(0, found.start).replace(MARKUP_START, '').trim() !== ''
          || !(CLOCK_ALONE_AFTER().test(line.slice(found.end)) || READ_TIME_AFTER().test(line.slice(found.end))))) found = undefined;
      if (found && labelBefore && !found.value.startsWith('XXXX')) {
        return { date: found.value, from: 'dateline', start: lineStart + found.start, end: lineStart + found.end, ...(found.weekday === undefined ? {} : { weekday: found.weekday }) };
      }
      if (found && !scheduleLine(text, line, found, lineEnd, previousDay) && !periodEndBefore(text, lineStart + found.start) && !YEARS_IN_A_ROW.test(line)) {
        const stated: StatedDate = { date: found.value, from: 'dateline', start: lineStart + found.start, end: lineStart + found.end };
        if (found.weekday !== undefined) stated.weekday = found.weekday;
        if (banner) {
          if (!found.value.startsWith('XXXX') && found.value < banner.date
            && (ARTICLE_STAMP().test(line.slice(found.end)) || CLOCK_FIRST().test(line.slice(found.start, found.end))
              || (bylineBefore && bareDateLine(line, found)))) return stated;
        } else if (!found.value.startsWith('XXXX') && bareDateLine(line, found)) {
          banner = stated;
        } else if (!found.value.startsWith('XXXX')) {
          // a full date anywhere near the top ("Tuesday, March 4, 2025" in the byline) beats a dateline without its year
          // (but a copy's posting stamp yields to the story's own date line under it, an earlier day written with its
          // weekday alone on its line: "Posted on April 22nd, 2019" over "Sunday, January 21, 2007", a story reposted
          // years after, whose "Friday" and "yesterday" are told from its own day)
          return (POSTED_BEFORE.test(line.slice(0, found.start)) && ownDateLineBelow(text, lineEnd, found.value)) || stated;
        } else partial ??= stated;
      }
      previousDay = found !== undefined && line.slice(0, found.start).trim() === '' ? found.value : undefined;
      bylineBefore = found === undefined && line.length < STAMP_LINE && BYLINE_START.test(line.trim());
      labelBefore = found === undefined && LABEL_ABOVE().test(line);
    }
    lineStart = lineEnd + 1;
  }
  if (banner) return banner;
  if (partial) return withYearFromProse(text, from, labelLimit, partial);
  const stated = openingDay(text, from, limit) ?? todayWritten(text, from, limit) ?? titleBracketDay(text, from)
    ?? reportedOnDay(text, from, limit) ?? openingWeekdayDay(text, from, limit)
    ?? closingStamp(text, from) ?? dateLineBelow(text, from);
  // ("on Friday April 21" in the opening, "April 21, 2017 / 10:17 GMT" under it: the day's year from its stamp)
  return stated?.date.startsWith('XXXX') ? withYearFromProse(text, from, labelLimit, stated) : stated;
}

/** A full date in brackets closing a line, perhaps with its clock time, and perhaps the source's name in brackets after
 *  it: "Costs Rise Again (September 1, 2009)", "Index gains ( 2003-08-22 09:39) (Harbour Daily)". */
// (or after a bar, as a page title ends on its site's name: "… | ENS (Aug 06, 2025) | Harbour Answers")
const BRACKETED_DAY_END = /\(\s*([^()\n]{6,40}?)\s*\)[ \t]*(?:\([^()\n]{1,40}\)[ \t]*|\|[ \t]*[^|()\n]{1,40})?\r?$/;
/** A full date after a colon closing a line: "Wikinews Shorts: March 31, 2007", "State of the Wiki: April 28, 2005". */
const COLON_DAY_END = /:[ \t]+([^:()\n]{6,40}?)[ \t]*\r?$/;

/**
 * "Reform the Rules but Mind the Cost (September 1, 2009)": where nothing else dates the page, a title (its first line)
 * that closes on a full date in brackets gives the page's day, as archives print a piece's title with its day. A year
 * alone ("(2023)") is no day, and a date with words after it in the brackets is a story's, not the page's. So does a
 * title that closes on a full date after a colon, as a wiki names a day's page ("Wikinews Shorts: March 31, 2007").
 */
function titleBracketDay(text: string, from: number): StatedDate | undefined {
  let lineStart = from;
  while (lineStart < text.length && isPatternSpace(text.charCodeAt(lineStart))) lineStart++;
  let lineEnd = text.indexOf('\n', lineStart);
  if (lineEnd < 0) lineEnd = text.length;
  if (lineEnd - lineStart > 200) return undefined;
  const title = text.slice(lineStart, lineEnd);
  const m = BRACKETED_DAY_END.exec(title) ?? COLON_DAY_END.exec(title);
  if (m === null) return undefined;
  const first = scanDates(m[1], undefined)[0];
  if (first === undefined || first.start !== 0 || first.type !== 'DATE' || !/^\d{4}-\d{2}-\d{2}$/.test(first.value ?? '')) return undefined;
  // (nothing after the date in its brackets but its clock time: "2003-08-22 09:39", "May 3, 2011, 4:05 pm")
  if (!/^[\s,]*(?:\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?$/i.test(m[1].slice(first.end))) return undefined;
  const start = lineStart + m.index + m[0].indexOf(m[1]);
  return { date: first.value!, from: 'dateline', start, end: start + first.end };
}

/** "today (October 15, 2023)", "today, 31 January 2020,", "yesterday, August 28,", "yesterday February 4th.": the day a
 *  story calls today, yesterday or tomorrow, written beside the word. */
const TODAY_BESIDE = lazyPattern(() => /\b(today|yesterday|tomorrow)(\s*[(,]\s*|[ \t]+)(?=[\p{L}\d])/giu);
/** Days from the day beside the word to the page's own. */
const DAYS_TO_PAGE: Record<string, number> = { today: 0, yesterday: 1, tomorrow: -1 };

/**
 * "The High Court today (October 15, 2023) expressed …": where nothing else dates the page, a full date written right
 * after "today" in its opening lines is the page's own day (a story says so of the day it reports and is written on).
 */
function todayWritten(text: string, from: number, limit: number): StatedDate | undefined {
  const head = text.slice(from, limit);
  if (!/today|yesterday|tomorrow/i.test(head)) return undefined;
  const todayBeside = TODAY_BESIDE();
  todayBeside.lastIndex = 0;
  for (let m = todayBeside.exec(head); m !== null; m = todayBeside.exec(head)) {
    const at = m.index + m[0].length;
    const window = head.slice(at, at + 40);
    const first = scanDates(window, undefined)[0];
    // (a day with its year, or without it, "August 28", on a page that states no year: the file's date gives it one)
    if (first === undefined || first.start !== 0 || first.type !== 'DATE' || !/^(?:\d{4}|XXXX)-\d{2}-\d{2}$/.test(first.value ?? '')) continue;
    const after = window.slice(first.end);
    // (the date closed as it opened: "today (…)" or "today, …,"; written with a space only, "yesterday February 4th.",
    // its sentence or clause ends after it)
    // (or "Today, May 4, 2015 is the deadline": opening its sentence, a date with its year and "is" after it, the day
    // the sentence says it is; not "said today, March 3 2021 was chosen")
    const bracket = m[2].includes('(');
    if (/[(,]/.test(m[2]) ? (!/^\s*[),]/.test(after) || bracket !== /^\s*\)/.test(after)) && (bracket || m[1] !== 'Today'
      || first.value!.startsWith('XXXX') || !/^ is /.test(after) || !/(?:^|[.!?]\s|\n)\s*$/.test(head.slice(Math.max(0, m.index - 3), m.index)))
      : !/^[.,;]/.test(after)) continue;
    const stated: StatedDate = { date: first.value!, from: 'dateline', start: from + at, end: from + at + first.end };
    // ("today (Tuesday 6th December)": its weekday narrows the year)
    const weekday = weekdayOf(window);
    if (weekday !== undefined && first.value!.startsWith('XXXX')) stated.weekday = weekday;
    const shift = DAYS_TO_PAGE[m[1].toLowerCase()];
    if (shift !== 0) {
      if (!first.value!.startsWith('XXXX')) stated.date = formatDay(addDays(parseDay(first.value!)!, shift));
      else stated.shift = shift;
    }
    return stated;
  }
  return undefined;
}

/** The mark of a founding right before a date: "Est. ", "Established ", "Founded in ", "Since ". */
const FOUNDED_BEFORE = /\b(?:est\.|established|founded|since)(?: in)?\s*$/i;

/** A milestone's label and its colon right before a date: "Commissioned: ", "Launched: ", "Born: ". */
const MILESTONE_LABEL = /(?:^|[^A-Za-z])(?:commissioned|decommissioned|launched|christened|laid down|delivered|founded|established|incorporated|opened|closed|built|completed|born|died|married|elected|appointed|inaugurated|retired)\s*:\s*$/i;

/** A line that is a stamp's label with its colon and a date alone: "First published: Feb 13, 2026". */
// (or without the colon where a year ends the line: "Updated 12 May 2025" under a photo gallery's captions)
const LABEL_ALONE = lazyPattern(() => /^[\s*_]*(?:first published|published|posted|updated|last updated|publish(?:ed)? date|date published)(?:\s+on)?(?:\s*:\s*[\p{L}\d][\p{L}\d ,.:/-]{5,40}|\s+[\p{L}\d][\p{L}\d ,.]{4,30}\b\d{4})[\s*_]*$/iu);

/** A stamp's label alone on its line, its date on the line under it: "Release date:", "Published:", "Date posted". */
const LABEL_ABOVE = lazyPattern(() => /^[\s*_#]*(?:release date|publication date|date published|date posted|published(?: on)?|posted(?: on)?|updated|last updated|first published|date)[ \t]*:?[\s*_]*$/i);

/** Under a stamp's label alone on its line: the line's full date, alone or with its clock time ("20 October 2017",
 *  "March 3, 2021 10:15 AM"). */
function labelledBelow(line: string): { value: string; start: number; end: number; weekday?: number } | undefined {
  const first = scanDates(line, undefined)[0];
  if (first === undefined || !/^\d{4}-\d{2}-\d{2}(?:$|T)/.test(first.value ?? '') || line.slice(0, first.start).replace(MARKUP_START, '').trim() !== '') return undefined;
  const after = line.slice(first.end);
  if (!/^[\s*_]*$/.test(after) && !CLOCK_ALONE_AFTER().test(after)) return undefined;
  return { value: first.value!.slice(0, 10), start: first.start, end: first.end, weekday: weekdayOf(first.text) };
}

/** Longest line read as a stamp alone past the first lines ("November 18, 2023, 7:18 PM ET"). */
const STAMP_ALONE_LINE = 48;
/** After a stamp's date, the rest of its line: its clock time alone, perhaps its zone (", 7:18 PM ET", " 16:36"). */
// ("April 9, 2019 / 10:05 AM / 3 years ago": the slash a wire's page sets between them, and the story's age after it)
const CLOCK_ALONE_AFTER = lazyPattern(() => /^[\s,|·•–—/-]*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?(?:\s*[/|·•]\s*\d+ \w+ ago)?[\s*_]*$/iu);

/** Before a stamp's date: its clock time alone, perhaps under a rule's dashes ("───   09:14 "). */
const CLOCK_ALONE_BEFORE = /^[\s─—–-]*\d\d?:\d\d\s+$/;

/** After a stamp's date: the story's reading time, "| Read Time: 4 minutes", "· 3 min read". */
const READ_TIME_AFTER = lazyPattern(() => /^[^|·•\n]*[|·•]\s*(?:read time\b|\d{1,2}\s*min(?:ute)?s?\s+read\b)/i);

/** After a stamp's date: its clock time ("- 16:36", "10:15 AM") or its byline ("… by Jane Corlett"). */
const ARTICLE_STAMP = lazyPattern(() => /^[\s,|·•–—-]*(?:at\s+)?\d{1,2}[:.]\d{2}\b|\bby\s+\p{Lu}/u);

/** After a dateline's date written first: the place, perhaps the agency in brackets, then a colon or a dash. */
const PLACE_AFTER_DATE = lazyPattern(() => /^,[ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]\p{Lu}[\p{L}'’.-]*){0,2}[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?(?::|[-–—]{1,2})[ \t]/u);

/** A weekday, in full or cut short, and its comma before a date: "Fri.,", "Friday,". */
const WEEKDAY_SHORT_BEFORE = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:\.|day)?,$/i;
/** A place of one to three capitalised words, and perhaps its state, ending the line after a date: ", Calhoun, GA.". */
const PLACE_ENDS_LINE = lazyPattern(() => /^,[ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]\p{Lu}[\p{L}'’.-]*){0,2}(?:,[ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]\p{Lu}[\p{L}'’.-]*){0,1})?[ \t]*$/u);

/** A stamp's clock time written before its date: "04:12 PM May 19, 2012". */
const CLOCK_FIRST = lazyPattern(() => /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s+\p{L}/iu);

/** A copy's posting label right before its stamp's date: "Posted on ", "Posted ". */
const POSTED_BEFORE = /\bposted(?:[ \t]+on)?[ \t]*$/i;
/** Lines under a posting stamp read for the story's own date line. */
const OWN_DATE_LINES = 3;

/** The story's own date line under a copy's posting stamp: an earlier day than `posted`, with its weekday, alone on one
 *  of the next few lines (see datelineDate). */
function ownDateLineBelow(text: string, from: number, posted: string): StatedDate | undefined {
  let lineStart = from + 1;
  for (let read = 0; read < OWN_DATE_LINES && lineStart < text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (line.trim() !== '') {
      read++;
      if (line.length > STAMP_LINE) return undefined;
      const found = dateOnLine(line);
      if (found && found.weekday !== undefined && !found.value.startsWith('XXXX') && found.value < posted && bareDateLine(line, found)) {
        return { date: found.value, from: 'dateline', start: lineStart + found.start, end: lineStart + found.end, weekday: found.weekday };
      }
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/** Whether a line holds nothing but its date (and markup): a banner's "Sunday, June 5, 2022". */
function bareDateLine(line: string, found: { start: number; end: number }): boolean {
  return line.slice(0, found.start).replace(MARKUP_START, '').trim() === '' && /^[\s*_]*$/.test(line.slice(found.end));
}

/** A list's bullet, then an entry's date before a colon: "• 10 August 2018: …", "- March 7, 2018: …". */
const LIST_ENTRY_DATED = /^[ \t]*(?:[•·▪‣◦]|[*+–-](?=[ \t]))[ \t]*[^:\n]{0,30}\d{4}[ \t]*:[ \t]/;
/** A list's bullet opening a line: "• ", "* ", "- "; or a table's bar, as a filing's letterhead and contact block are
 *  copied cell by cell ("|Office of the Secretary", "|(203) 406-3160"). */
const LIST_ITEM = /^[ \t]*(?:[•·▪‣◦|]|[*+–-](?=[ \t]))/;
/** A contact line of a page's header: an e-mail address or telephone numbers alone ("info@example.org", "+44 20 7946
 *  0958 / +44 20 7946 0000"), which takes none of the lines read for a dateline (tested on short lines only). */
const CONTACT_LINE = /^[ \t]*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?[\d() -]{7,}(?:[ \t]*[/,][ \t]*\+?[\d() -]{7,})*)[ \t]*$/;
/** A word of two Latin letters or more: a line without one is a widget's figures or another script's words. */
const LATIN_WORD = /[A-Za-z]{2}/;
/** A sentence's end and its space before a date line run on in prose. */
const SENTENCE_END_BEFORE = /[.!?]["”’]?[ \t]+$/;
/** The first line read for a day it names with its weekday: a short line, as a page's opening sentence is. */
const OPENING_LINE = 200;

/**
 * "A compilation of brief news reports for Thursday, January 1, 2009.": where no stamp dates the page, a full date with
 * its weekday in the text's first line is the day the page speaks of as its own (a weekday is written with the date of
 * the day a report is for; an event's date in a story's first sentence is that day or the one before).
 */
function openingDay(text: string, from: number, limit: number): StatedDate | undefined {
  let lineStart = from;
  while (lineStart < limit && isPatternSpace(text.charCodeAt(lineStart))) lineStart++;
  let lineEnd = text.indexOf('\n', lineStart);
  if (lineEnd < 0 || lineEnd > limit) lineEnd = limit;
  // (a longer first line is prose: only a date line the paste ran on between two sentences is read in it, "… for more
  // details. Monday, October 30, 2006 On November 13, …")
  const prose = lineEnd - lineStart > OPENING_LINE;
  const line = text.slice(lineStart, prose ? lineStart + OPENING_LINE : lineEnd);
  for (const mention of scanDates(line, undefined)) {
    const weekday = weekdayOf(mention.text);
    if (mention.type !== 'DATE' || weekday === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(mention.value ?? '')) continue;
    if (prose && !(SENTENCE_END_BEFORE.test(line.slice(0, mention.start)) && RUN_ON().test(line.slice(mention.end)))) continue;
    const [year, month, day] = mention.value!.split('-').map(Number);
    if (!isValidDay(year, month, day) || isoWeekday({ year, month, day }) !== weekday) continue;
    return { date: mention.value!, from: 'dateline', start: lineStart + mention.start, end: lineStart + mention.end, weekday };
  }
  return undefined;
}

/** "12 Months Ended⏎Sep. 30, 2025", "the Third Quarter ended December 31, 2025": the day a period reported closed. */
const PERIOD_ENDED_BEFORE = /\b(?:ended|ending)[\s|:]*$/i;
/** Whether the date at `at` closes a period the page reports, not the day the page was written. */
function periodEndBefore(text: string, at: number): boolean {
  return PERIOD_ENDED_BEFORE.test(text.slice(Math.max(0, at - 24), at));
}
/** Three full dates on one line, each close after the one before: a table's header of periods ("Particulars Dec 31,
 *  2025 Dec 31, 2024 … Sep 30, 2025"); not a release's first paragraph, its dateline and then the days it announces. */
const YEARS_IN_A_ROW = /\b\d{1,2},?\s+(?:19|20)\d\d\b(?:.{0,30}?\b\d{1,2},?\s+(?:19|20)\d\d\b){2}/;

/** Longest first sentence read for the day it reports. */
const OPENING_SENTENCE = 300;
/** A verb of making public in the past, then "on" right before the day: "released its full year results on". */
// (or a match report's "Home league match played on 19 October 2019.")
const REPORTED_ON = lazyPattern(() => /\b(?:released|announced|reported|published|issued|unveiled|disclosed|posted|played)\b[^.;:!?\n]{0,80}\bon\s+$/i);

/**
 * "Harbor Mining released its full year results on 27 August 2024 at 8.30am.": where nothing else dates the page, a
 * full date the text's first sentence gives the news it reports (made public on that day) is the page's own day, as a
 * story or a release is written on the day it reports.
 */
function reportedOnDay(text: string, from: number, limit: number): StatedDate | undefined {
  let start = from;
  while (start < limit && isPatternSpace(text.charCodeAt(start))) start++;
  const window = text.slice(start, Math.min(limit, start + OPENING_SENTENCE));
  const stop = window.search(/[.!?](?=\s+\p{Lu})|\n/u);
  const sentence = stop < 0 ? window : window.slice(0, stop);
  if (!/\bon\s/i.test(sentence)) return undefined;
  for (const mention of scanDates(sentence, undefined)) {
    if (mention.type !== 'DATE' || !/^\d{4}-\d{2}-\d{2}$/.test(mention.value ?? '')) continue;
    if (!REPORTED_ON().test(sentence.slice(0, mention.start))) continue;
    return { date: mention.value!, from: 'dateline', start: start + mention.start, end: start + mention.end };
  }
  return undefined;
}

/**
 * "Oct 05 Dublin @ Vicar Street⏎Oct 06 Manchester @ Albert Hall": a line opening with a day, as the line before or after
 * it does too, is an item of a schedule (a tour's dates, fixtures), not the article's stamp.
 */
function scheduleLine(text: string, line: string, found: { value: string; start: number }, lineEnd: number, previousDay: string | undefined): boolean {
  if (line.slice(0, found.start).trim() !== '') return false;
  if (previousDay !== undefined) return scheduleDays(previousDay, found.value);
  // (the next line is read whole, though it end past the lines read for a dateline: "December 3: …" under a few
  // paragraphs of prose, over "December 5: …")
  const end = text.indexOf('\n', lineEnd);
  let next = end < 0 ? text.length : end + 1;
  while (next < text.length && (text.charCodeAt(next) === 10 || text.charCodeAt(next) === 13)) next++;
  let nextEnd = text.indexOf('\n', next);
  if (nextEnd < 0) nextEnd = text.length;
  const nextDay = dayOpening(text.slice(next, nextEnd));
  return nextDay !== undefined && scheduleDays(found.value, nextDay);
}

/**
 * Whether two days opening lines one over the other are a schedule's: not a stamp over its wire dateline, the same day
 * with its year and without ("August 28, 2013 | Wire" over "Aug 28 (Wire) -"), nor a banner's day over a stamp of
 * another year than the next ("12 Jul 2024" over "Sunday 16 October 2016 - 14:41"): a schedule runs within a season.
 */
function scheduleDays(a: string, b: string): boolean {
  if (a.slice(4) === b.slice(4) && (a.startsWith('XXXX') !== b.startsWith('XXXX'))) return false;
  if (!a.startsWith('XXXX') && !b.startsWith('XXXX') && Math.abs(+a.slice(0, 4) - +b.slice(0, 4)) > 1) return false;
  return true;
}

/** The day a line opens with, its figure written ("Oct 06 Leeds …"; not "Now for today's quiz"). */
function dayOpening(line: string): string | undefined {
  const lead = line.length - line.trimStart().length;
  return scanDates(line, undefined).find(m => m.start === lead && m.type === 'DATE' && /\d/.test(m.text)
    && /^(?:\d{4}|XXXX)-\d{2}-\d{2}$/.test(m.value ?? ''))?.value;
}

/** "NORTHFIELD, March 4 — … on March 4, 2025 the council …": the year of the same day written in full nearby (a
 *  stamp below the opening, "April 21, 2017 / 10:17 GMT", perhaps); else of its month written with its year above it
 *  ("reports filed in October 2000" over the briefs "Oct. 1, Seven Springs, Pa."). */
function withYearFromProse(text: string, from: number, limit: number, partial: StatedDate): StatedDate {
  const monthDay = partial.date.slice(4);
  let monthAbove: string | undefined;
  for (const mention of scanDates(text.slice(from, limit), undefined)) {
    if (mention.value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(mention.value) && mention.value.slice(4) === monthDay) {
      return { ...partial, date: mention.value };
    }
    if (mention.type === 'DATE' && from + mention.end <= partial.start && /^\d{4}-\d{2}$/.test(mention.value ?? '')
      && mention.value!.slice(4) === monthDay.slice(0, 3)) monthAbove = mention.value!.slice(0, 4);
  }
  if (monthAbove !== undefined && isValidDay(+monthAbove, +monthDay.slice(1, 3), +monthDay.slice(4))
    && (partial.weekday === undefined || isoWeekday(parseDay(`${monthAbove}${monthDay}`)!) === partial.weekday)) return { ...partial, date: `${monthAbove}${monthDay}` };
  // ("CAPE CANAVERAL, Dec. 12 (Wire) --" over a story closed by "2014 Harbour Wire, Inc. All Rights Reserved.": a
  // syndicated copy's notice gives the year it was issued)
  const noticed = copyrightYear(text);
  if (noticed !== undefined && isValidDay(+noticed, +monthDay.slice(1, 3), +monthDay.slice(4))
    && (partial.weekday === undefined || isoWeekday(parseDay(`${noticed}${monthDay}`)!) === partial.weekday)) return { ...partial, date: `${noticed}${monthDay}` };
  return partial;
}

/** A copyright notice's year: "© 2014 Harbour Wire", "Copyright 2014", "2014 Harbour Wire, Inc. All Rights Reserved". */
const COPYRIGHT_NOTICE = lazyPattern(() => /(?:©|\bcopyright)\s*(\d{4})\b|(?:^|\n)[ \t]*(\d{4})[ \t]+[^\n]{1,80}?\ball rights reserved\b/gi);

/** The one year the text's copyright notices give, or undefined where they give none or several. */
function copyrightYear(text: string): string | undefined {
  if (!/©|copyright|rights reserved/i.test(text)) return undefined;
  let year: string | undefined;
  const notice = COPYRIGHT_NOTICE();
  notice.lastIndex = 0;
  for (let m = notice.exec(text); m !== null; m = notice.exec(text)) {
    const found = m[1] ?? m[2];
    if (year !== undefined && found !== year) return undefined;
    year = found;
  }
  return year;
}

/** A full date on a stamp line, or ahead of a dateline's dash; not one inside a sentence of prose. */
function dateOnLine(line: string, gluedOn = false): { value: string; start: number; end: number; weekday?: number } | undefined {
  // (a clock's "a.m." ending the line is no sentence's full stop: "Jan. 8, 1998 at 9:14 a.m.")
  // (nor the full stop a year ends on: "Saturday 08 July 2017." under a photo's place, "Senate Chamber, Lansing,
  // Thursday, October 6, 2005." opening a journal; only names may stand before it still)
  const stamp = line.trim().length <= STAMP_LINE && (!/[.!?]["”’)]?\s*$/.test(line.trim().replace(CLOCK_END, '')) || /\b\d{4}\.$/.test(line.trim()));
  let latest: { value: string; start: number; end: number; weekday?: number } | undefined;
  const mentions = scanDates(line, undefined);
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m];
    // "Ada Quist (May 2, 1931 – June 9, 2024)", "May 2, 1931 - June 9, 2024" under an obituary's name: two days joined
    // by a dash are a life's or a period's span, neither of them the page's stamp
    if ((m + 1 < mentions.length && daySpan(line, mention, mentions[m + 1])) || (m > 0 && daySpan(line, mentions[m - 1], mention))) continue;
    // a stamp's time with its day ("9:14 a.m. ET Nov. 18, 2026") dates the article as the day alone does
    const full = mention.type === 'DATE' || (mention.type === 'TIME' && /^\d{4}-\d{2}-\d{2}T/.test(mention.value ?? ''));
    if (!full || mention.value === undefined || !/^(?:\d{4}|XXXX)-\d{2}-\d{2}(?:$|T)/.test(mention.value)) continue;
    const value = mention.value.slice(0, 10);
    const [year, month, day] = value.split('-').map(Number);
    if (!isValidDay(Number.isNaN(year) ? 2024 : year, month, day)) continue;
    // ("Osk, Vale  Est. May 19, 1883": a masthead's founding day, under the paper's name, is no stamp)
    if (FOUNDED_BEFORE.test(line.slice(0, mention.start))) continue;
    // "Published March 4, 2026 The council voted …", "DATE: WEDNESDAY, April 21, 1993 TAG: …": a date right after its
    // label is the page's own though the line runs on into the story or into other fields, as a page copied without
    // its line breaks does (only the line's first words, or a label with its colon, may be the label)
    // (on a stamp line, whose latest day dates it, the label only vouches for what stands before it)
    const labelled = labelledStamp(line.slice(0, mention.start));
    if (labelled && !stamp) return { value, start: mention.start, end: mention.end, weekday: weekdayOf(mention.text) };
    // only names, places and a stamp word may stand before it: "Business Desk —", "WASHINGTON,", "Published"
    // (a stamp set in emphasis or as a quote: "*Last updated 15:42 GMT, 26 November 2026*")
    // (a syndicated copy's outlet, its logo's alt text and then its name: "Harbour Times logo Harbour Times 3/21/2023 Jo Bell")
    // (and a byline's e-mail in brackets, "( jo@example.com ) Jul 30, 2004 07:00 PM EDT", or the mark a site hides it behind)
    const before = line.slice(0, mention.start).trim().replace(MARKUP_START, '').replace(STAMP_WORDS, '').replace(STAMP_CLOCK, '').replace(OUTLET_LOGO(), '')
      .replace(BRACKETED_EMAIL, '');
    const byline = BYLINE_START.test(before);
    const named = before.replace(BYLINE_START, '').replace(BYLINE_ON, '');
    // (or, in a byline on a stamp line, the writer's desk or role between separators: "By Jane Corlett | Staff writer |")
    // (or a desk's byline with the agency it drew on: "Wire staff / AFP (jb)May 4, 2011")
    // "Coalition talks stall | World | Wire Daily | 05.10.2005": a page title's fields, the last its date
    if (BAR_FIELDS.test(before) && line.slice(mention.end).trim() === '') return { value, start: mention.start, end: mention.end, weekday: weekdayOf(mention.text) };
    // "Jet grounded after panel blows out January 6, 2024 | No Comments The agency …": a blog post's date after its
    // title, then its count of comments
    if (COMMENTS_TAIL.test(line.slice(mention.end))) return { value, start: mention.start, end: mention.end, weekday: weekdayOf(mention.text) };
    // "Virtual press conference transcript - 14 June 2022": a page title's date after a dash, ending the line, as an
    // agency dates its briefings and transcripts (a full date with its year: no day of an event told in a sentence)
    if (TITLE_DASH.test(line.slice(0, mention.start)) && line.slice(mention.end).trim() === '' && !value.startsWith('XXXX')
      && /\d{4}$/.test(mention.text)) return { value, start: mention.start, end: mention.end, weekday: weekdayOf(mention.text) };
    if (!labelled && LOWER_CASE_WORD().test(named) && !(stamp && byline && bylineParts(named)) && !(stamp && AGENCY_DESK().test(named))) continue;
    // ("Visa Rules Change From 4 April 2024": a headline's day that something starts or ends, no stamp)
    // (nor "… Will Succeed Dole On Jan. 1": a title-case "On" before a day without its year, which no stamp lacks)
    if (!labelled && (TITLE_PREPOSITION.test(before) || (TITLE_ON.test(before) && !/\d{4}/.test(mention.text)))) continue;
    const found = { value, start: mention.start, end: mention.end, weekday: weekdayOf(mention.text) };
    // "Monday, December 3, 2007 At the dinner David told …": a page that lost its line break after the date line runs
    // the story on after it; a full date with its weekday opening the line, then a capital, is that date line
    // (so is a full date the paste glued to the word before it, its line break lost: "REPORTS11/16/2022 The monthly …")
    if (!stamp && before === '' && (found.weekday !== undefined || gluedOn) && !value.startsWith('XXXX') && RUN_ON().test(line.slice(mention.end))) return found;
    // "Published: March 4, 2026 · Updated: March 5, 2026": the text is as of its last change, so a stamp line's latest
    // day dates it ("said on Thursday", added in the update, is that Thursday, not the one a week before)
    if (stamp) { if (!latest || value > latest.value) latest = found; continue; }
    if (mention.start <= STAMP_LINE && DATELINE_TAIL.test(line.slice(mention.end))) return found;
    // "PORTVALE--(BUSINESS WIRE)--March 3, 2016--Harbor Mills Inc. …": that wire's dashes closed up on both sides
    if (mention.start <= STAMP_LINE && WIRE_DASHES_BEFORE.test(before) && WIRE_DASHES_AFTER.test(line.slice(mention.end))) return found;
    // "March 03, Colombo (LNW): The council …": the date first, then the place and the agency, as Sri Lankan and
    // Indian wires write their datelines
    if (before === '' && PLACE_AFTER_DATE().test(line.slice(mention.end))) return found;
    // "Fri., 3/9/07, Calhoun, GA.": a line of the date (its weekday perhaps before it) and the place alone, a blog's or
    // a firm's post dated as a dispatch
    if ((before === '' || WEEKDAY_SHORT_BEFORE.test(before)) && PLACE_ENDS_LINE().test(line.slice(mention.end))) return found;
    // "April 11, 2003|By Dana Reyes.": an archive's stamp, its date and then its byline after a bar
    if (before === '' && BAR_BYLINE().test(line.slice(mention.end))) return found;
    if (mention.start <= STAMP_LINE && before !== '' && placeDateline(before, line.slice(mention.end))) return found;
  }
  return latest;
}

/** Before the date of a dateline whose wire's name stands in closed-up dashes: "PORTVALE--(BUSINESS WIRE)--". */
const WIRE_DASHES_BEFORE = /^[A-Z][A-Z .,'-]{1,40}--\([A-Za-z .]{2,30}\)--$/;
/** After it, the dashes then the story at once: "--Harbor Mills Inc. today …". */
const WIRE_DASHES_AFTER = /^--(?=[A-Z0-9"“])/;
/**
 * A release's dateline opening its line, read past the first lines: the place (in capitals, or a name and its state's
 * abbreviation), a full date with its year, perhaps the wire in brackets or slashes, then a dash (or a hyphen between
 * spaces: "HOUSTON - March 3, 2019 - Harbor …") and the story on the same line; or the place and the wire in closed-up dashes ("PORTVALE--(BUSINESS WIRE)--March 3, 2016--Harbor …").
 */
const RELEASE_DATELINE = lazyPattern(() => /^[\s*_|]*(?:\p{Lu}[\p{Lu} .'-]{1,30}|\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+){0,2}, \p{Lu}[\p{L}.]{1,12})(?:,[ \t]+\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})?,?[ \t]+\p{Lu}\p{Ll}{2,8}\.?[ \t]+\d{1,2},[ \t]+\d{4}[ \t]*(?:\([^()\n]{1,40}\)[ \t]*|\/[^/\n]{1,40}\/[ \t]*)?(?:--|[–—]| -(?= ))[ \t]*\p{Lu}|^[\s*_|]*[A-Z][A-Z .,'-]{1,40}--\([A-Za-z .]{2,30}\)--\p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4}--/u);

/** A title-case headline's preposition right before its date: "… Changes From", "… Open Until". */
const TITLE_PREPOSITION = /\s(?:From|Since|Until|Till|Before|After)$/;
/** A title-case headline's "On" right before its date: "… Takes Over On". */
const TITLE_ON = /\sOn$/;

/** The dash between the two days of a span: " – ", "-", a term's "Monday 16 September 2024   –  Friday 20 …". */
const SPAN_DASH = /^[ \t]{0,4}[-–—][ \t]{0,4}$/;

/** Whether two date mentions of a line are the first and last days of a span: two whole days (not a day and its
 *  clock time, "February 18, 2016 - 23:00"), the first the earlier, a dash between them. */
function daySpan(line: string, a: { end: number; type: string; value?: string }, b: { start: number; type: string; value?: string }): boolean {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  return a.type === 'DATE' && b.type === 'DATE' && a.value !== undefined && b.value !== undefined && day.test(a.value) && day.test(b.value)
    && a.value < b.value && SPAN_DASH.test(line.slice(a.end, b.start));
}

/** A bar and a byline right after a date that opens its line: "|By Dana Reyes". */
const BAR_BYLINE = lazyPattern(() => /^[ \t]*\|[ \t]*[Bb]y[ \t]+\p{Lu}/u);
/** A blog post's count of comments after its date: "| No Comments", "| 3 Comments", "| Leave a comment". */
const COMMENTS_TAIL = /^\s*\|\s*(?:no|\d+|leave a)\s+comments?\b/i;
/** A page title's words, then a dash between spaces, before its date: "Press conference transcript - ". */
const TITLE_DASH = /^[^\n]{12,160}\S[ \t][-–—][ \t]$/;
/** Fields of a page title, divided by bars, before its date: "Talks stall | World | Wire Daily | ". */
const BAR_FIELDS = /^[^|\n]+(?:\|[^|\n]+){1,4}\|$/;
/** After the date of a place's dateline that opened a bracket: its clock time perhaps, then the dash ("ORTON, Vale
 *  (March 3, 2001 6:26 a.m. EST) - Police say …", the bracket perhaps left unclosed). */
const BRACKET_TAIL = /^(?:,?\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?)?\s*\)?\s*[-–—]{1,2}\s/i;
/** After the date of a place's dateline: the source in brackets and the story ("Orton, Vale – June 20, 2018 (Vale Wire)
 *  Home sales fell …"), where no dash follows. */
const SOURCE_TAIL = lazyPattern(() => /^\s*\([^()\n]{1,40}\)\s+\p{Lu}/u);

/** "LAHORE, (Harbour Point / Metro News - 17th Oct, 2016 ) : The minister …": the agency and the date together in the
 *  bracket after the place, then a colon, as a portal syndicating Pakistani agencies prints its datelines. */
const AGENCY_BRACKET_BEFORE = /^[A-Za-z][A-Za-z .'-]{1,30},\s*\([^()\n]{2,60}[-–—]$/;
const AGENCY_BRACKET_AFTER = /^\s*\)\s*[:–—-]\s/;
/** "Raipur, 15 August 2021. Chief Minister …": a place alone, the full date and a full stop, then the story, as Indian
 *  state bulletins open (the place one or two words: a longer run before the date is a sentence's). */
const PLACE_ALONE = lazyPattern(() => /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?,$/u);
const FULL_STOP_AFTER = lazyPattern(() => /^\.[ \t]+\p{Lu}/u);

/** "Osk (Wire) Dec 7, 2010 A ferry company …": a place, its agency in brackets, then the full date and the story with
 *  no dash, as the sites that syndicate the agencies' copy print their datelines. */
const PLACE_AND_AGENCY = lazyPattern(() => /^\p{Lu}[\p{L} .'’-]{1,30} \(\p{Lu}[\p{L}. ]{1,20}\)$/u);

/** Whether a place's dateline ("ORTON, Vale (", "Orton, Vale –") stands before a date with these words after it. */
function placeDateline(before: string, after: string): boolean {
  if (before.endsWith('(')) return BRACKET_TAIL.test(after);
  if (AGENCY_BRACKET_BEFORE.test(before)) return AGENCY_BRACKET_AFTER.test(after);
  if (FULL_STOP_AFTER().test(after) && PLACE_ALONE().test(before)) return true;
  if (PLACE_AND_AGENCY().test(before)) return RUN_ON().test(after);
  return /[,–—-]$/.test(before) && SOURCE_TAIL().test(after);
}

/** A stamp word opening the line ("Published ", "date "), or a date's label with its colon anywhere before it on a
 *  header line ("… SECTION: A-2 DATE: "); a clock time may stand between ("Posted 7:01 AM, "). */
const LINE_LABEL = /^[\s*_#>]*(?:published|updated|posted|last updated|first published|filed|dated?|added(?=\s+on\b))(?:\s+(?:on(?:\s+the)?|at))?\s*:?\s*$/i;
const COLON_LABEL = /(?:^|[\s|·•])(?:date|dated|published|posted|updated|pubdate)\s*:\s*$/i;

function labelledStamp(before: string): boolean {
  const bare = before.replace(STAMP_CLOCK, '').replace(/,\s*$/, ' ');
  return LINE_LABEL.test(bare) || COLON_LABEL.test(before);
}

/** A byline's e-mail address in brackets, or the "[email protected]" a site shows for it. */
const BRACKETED_EMAIL = /^\(\s*(?:[^\s()@]+@[^\s()]+|\[email[^\]()]{0,20}\])\s*\)$/;

/** An outlet's logo's alt text and then its name, as a syndicating portal prints a copied story's source ("Harbour
 *  Times logo Harbour Times"): the name the same on both sides of "logo", so no sentence about a logo is read as one. */
const OUTLET_LOGO = lazyPattern(() => /^(\p{Lu}[\p{L}.&'’ -]{0,40}?) logo \1$/u);

/** A desk's byline with its agency and the editors' initials: "Wire staff / AFP (jb)", "DW staff / Reuters". */
const AGENCY_DESK = lazyPattern(() => /^\p{Lu}[\p{L}.&]{0,12}(?: \p{Lu}[\p{L}.&]{0,12})? staff\s*\/\s*\p{Lu}[\p{L}-]{1,20}(?:\s*\/\s*\p{Lu}[\p{L}-]{1,20})?(?:\s*\([\p{L}/]{1,20}\))?$/u);

/** "By ", "Written by ", "Words by ", "Interview by ", "Edited by ": a byline's opening. */
// (a forum's "Post by jdoe on Sept 28, 2013 4:00:00 GMT -5")
const BYLINE_START = /^(?:(?:written|words|story|reporting|report|interview|interviewed|post|edited|compiled)\s+)?by\b/i;
/** The "on" of "By Jane Corlett on March 4, 2025". */
const BYLINE_ON = /\s+on\s*$/i;
/** What separates a byline's parts: "|", "·", "•", a dash or a comma. */
const BYLINE_SEPARATOR = /[|·•–—,]|\s-\s/;

/** A byline's parts before its date, each a short name, desk or role ("Jane Corlett", "Staff writer", "Reuters"). */
function bylineParts(before: string): boolean {
  const parts = before.split(BYLINE_SEPARATOR);
  for (const part of parts) if (part.trim().split(/\s+/).length > 4) return false;
  return true;
}

/**
 * The reference date of an article: its front matter first, then the caller's `option` (the CLI's `--date`),
 * then a dateline or byline date, then `fileDate` (the file's modification date), then `today`. Dates that are
 * not valid YYYY-MM-DD days are skipped.
 */
export function referenceFor(text: string, choices: ReferenceChoices): ArticleReference {
  const stated = statedDate(text);
  if (stated?.from === 'front matter') return { date: stated.date, from: 'front matter' };
  if (isDay(choices.option) || !stated) return chosenReference(choices);
  if (stated.told && announced(text, stated, chosenReference(choices).date)) return chosenReference(choices);
  if (!stated.date.startsWith('XXXX')) return { date: dayFirstAsRead(text, stated) ?? stated.date, from: 'dateline' };
  // (no option here: the latest such day on or before the file's date or today, or the day a release of results names
  // a period ended just before)
  const latest = chosenReference(choices).date;
  if (stated.shift !== undefined) {
    // ("yesterday, August 28,": the written day is the last one before the file's date, and the page a day after it)
    const written = yearForMonthDay(stated.date.slice(4), stated.weekday, formatDay(addDays(parseDay(latest)!, -stated.shift)));
    return { date: formatDay(addDays(parseDay(written)!, stated.shift)), from: 'dateline' };
  }
  // (a timeline's entry read as a dateline, "Jan. 3: …" under "2020 Timeline": the year its heading or title names)
  const timeline = timelineYearAt(text, stated.start);
  const entry = timeline === undefined ? undefined : `${formatYear(timeline)}${stated.date.slice(4)}`;
  if (entry !== undefined && entry <= latest && isValidDay(timeline!, +entry.slice(5, 7), +entry.slice(8))
    && (stated.weekday === undefined || isoWeekday(parseDay(entry)!) === stated.weekday)) return { date: entry, from: 'dateline' };
  const released = stated.weekday === undefined
    ? yearOfTheRelease(text, stated.date.slice(4), latest) ?? yearNamedInTheRelease(text, stated.end, stated.date.slice(4), latest)
    : undefined;
  return { date: released ?? yearForMonthDay(stated.date.slice(4), stated.weekday, latest), from: 'dateline' };
}

/** Days ahead of the file's date within which a reader takes a day written without its year as the coming one. */
const COMING_DAYS = 183;

/**
 * "The council will meet on Monday, December 14" in a page saved on 6 December: a day told in the opening that lies
 * ahead of the file's date (its year stated), or whose coming occurrence (within half a year; within a year where it
 * is told in the future) falls on its weekday, is announced ahead, not the page's day: the file's date stays. A day told
 * in the past by the words right before it ("was arrested Friday, Dec. 18") cannot lie ahead: the page is an earlier year's.
 */
function announced(text: string, stated: StatedDate, latest: string): boolean {
  if (!stated.date.startsWith('XXXX')) return stated.date > latest;
  const month = +stated.date.slice(5, 7), dom = +stated.date.slice(8);
  const ref = parseDay(latest)!;
  const year = ref.year + (stated.date.slice(4) > latest.slice(4) ? 0 : 1);
  if (!isValidDay(year, month, dom) || isoWeekday({ year, month, day: dom }) !== stated.weekday) return false;
  const ahead = daysBetween({ year, month, day: dom }, ref);
  if (ahead > 366) return false;
  // (the past read right before the day only: "announced a hearing on Monday, December 14" is still ahead)
  if (tenseAround(text, stated.start, stated.end, 2) === 'past') return false;
  return ahead <= COMING_DAYS || tenseOfMention(text, stated.start, stated.end, 'year', false) === 'future';
}

/** A stamp's date in figures that reads either way round: "01/12/2021", "09-12-2025". */
const EITHER_WAY_FIGURES = /^(\d{1,2})[/-](\d{1,2})[/-]\d{2,4}$/;

/**
 * "Published: 01/12/2021" on a page that writes "30 November 2020" (or prices in pounds only): the stamp read as the
 * article's dates are, day first where they are (dates.ts reads the whole text so; the stamp alone cannot tell).
 * Scans the text again only for such a stamp, whose two figures are both 12 or less and differ.
 */
function dayFirstAsRead(text: string, stated: StatedDate): string | undefined {
  const figures = EITHER_WAY_FIGURES.exec(text.slice(stated.start, stated.end));
  if (!figures || +figures[1] > 12 || +figures[2] > 12 || figures[1] === figures[2]) return undefined;
  const read = scanDates(text, parseDay(stated.date)).find(m => m.start === stated.start)?.value;
  return read !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(read) ? read : undefined;
}

/** Years searched back for a weekday: a day of the year comes round on the same weekday within 11 years, 29 February within 28. */
const WEEKDAY_YEARS = 40;

/**
 * The year of a dateline's "-MM-DD" written without one: the last such day on or before `latest` (the day the file
 * was saved, or today), or, when the dateline names its weekday, the latest such day on that weekday.
 */
function yearForMonthDay(monthDay: string, weekday: number | undefined, latest: string): string {
  const month = +monthDay.slice(1, 3), day = +monthDay.slice(4);
  const newest = Number(latest.slice(0, 4)) - (monthDay > latest.slice(4) ? 1 : 0);
  let year = newest;
  while (!isValidDay(year, month, day)) year--;
  if (weekday !== undefined) {
    for (let y = newest; y > newest - WEEKDAY_YEARS; y--) {
      if (isValidDay(y, month, day) && isoWeekday({ year: y, month, day }) === weekday) return `${formatYear(y)}${monthDay}`;
    }
  }
  return `${formatYear(year)}${monthDay}`;
}

function weekdayOf(written: string): number | undefined {
  const word = /^\p{L}+/u.exec(written)?.[0].toLowerCase();
  return word === undefined ? undefined : WEEKDAYS.get(word);
}


