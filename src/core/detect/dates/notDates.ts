// Words shaped like a time that name no date: a time into a game ("5:02 into the second period"), a kind of thing
// ("an overnight bag", "a Sunday roast"), part of a title ("album of the year").
import { holidayInAName } from './holidayInName';
import { lateNightTelevision } from './lateNight';
import { sentenceEndAfter, sentenceStartBefore } from './tense';
import { lazyPattern } from '../../text/lazyPattern';
import { isPatternSpace } from '../../text/whiteSpace';
import { wordSet } from '../../text/wordList';

/** What is named "of the year": an award ("album of the year", "player of the year award"). */
const AWARD_OF_BEFORE = /\b(?:album|song|record|single|player|coach|manager|driver|rider|rookie|newcomer|athlete|sportsman|sportswoman|sportsperson|footballer|cricketer|goal|team|horse|trainer|jockey|artist|entertainer|performer|film|movie|book|novel|game|show|designer|architect|chef|restaurant|photographer|journalist|reporter|car|brand|product|company|employee|teacher|word|woman|man|person)s?\s+of\s+$/i;

/** A street's name after a house's number: " Normandy Dr.", " S. Gilbert St.", " 25th Street". */
const STREET_AFTER = /^ (?:[NSEW]\.? )?(?:(?:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th)) ){1,3}(?:St|Street|Ave|Avenue|Dr|Drive|Rd|Road|Blvd|Boulevard|Lane|Ln|Way|Place|Pl|Terrace|Parkway|Pkwy|Circle|Highway|Hwy)\b/;

/** "1:47 of the third round", "5:02 into the second period": how far into a bout or a period of play. */
const INTO_PLAY_AFTER = lazyPattern(() => /^\s+(?:of|into|left\s+in)\s+(?:the\s+)?(?:\p{L}+\s+)?(?:round|period|quarter|half|set|inning|innings|frame|stage|overtime|extra\s+time)\b/iu);

/** How INTO_PLAY_AFTER opens, under a flag that folds only ASCII letters (it has no "s" or "k" for the Unicode flag to
 *  fold another character to): tried first, as its letter classes cost some 0.4 ms to compile. */
const INTO_OPENING = /^\s+(?:of|into|left\s+in)\s/i;

/** " to the 37th minute", " and 30th laps": the other end of a count of minutes or laps, after an ordinal day's shape. */
const COUNTED_INTO_AFTER = /^\s+(?:to|and|-|–)\s+(?:the\s+)?\d{1,3}(?:st|nd|rd|th)\s+(?:minutes?|laps?|hours?|kilometres?|km|miles?|overs?)\b/i;

/** Words that make a quarter or a half one of a game: "opened the third quarter with a 17-2 run", "12 points in the first half",
 *  "halting the game for 34 minutes in the third quarter". */
const GAME_WORDS = /\b(?:rebounds?|assists?|touchdowns?|half-time|siren|subbed|field\s+goals?|free\s+throws?|three-pointers?|layups?|dunks?|interceptions?|turnovers?|timeouts?|buzzer|halftime|quarterback|tip-off|outscor(?:e|es|ed|ing)|shooting|season-low|season-high|within\s+one\s+score|games?\s+(?:was|were)\s+decided|\d{1,3}-\d{1,3}\s+(?:run|lead|deficit|win|victory|defeat)|Super\s+Bowl|(?:halt|stop|suspend|delay|resum)(?:e|ed|ing|s)?\s+(?:the\s+)?(?:game|match|play)\s+(?:for|in|during|until|after|before|briefly|twice)|(?:game|match|play)\s+(?:was|were)\s+(?:halted|stopped|suspended|delayed|resumed))\b/i;

const GOLF_WORDS = /\b(?:putts?|birdie[ds]?|bogey(?:s|ed)?|eagle[ds]?|parred|holed|tee|tee-shot|fairway|green|bunker|hole|holes|round of \d\d)\b/i;

/** "the third quarter", "the first half", "4th-quarter", "the end of the third quarter", "the final period": a
 *  quarter, a half or a period named by its place. */
const PART_OF_PLAY = /^(?:the\s+)?(?:(?:end|start|beginning|middle|close)\s+of\s+the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:first|second|third|fourth|1st|2nd|3rd|4th|final|opening|last)[\s-]+(?:quarter|half|period)$/i;

/** After a quarter or a half: a side it was played against, named with a capital and no article ("against Hawthorn"). */
const AGAINST_SIDE = lazyPattern(() => /^\s+(?:against|v|vs\.?)\s+\p{Lu}\p{Ll}/u);

/** "Q4  11:24": a quarter's label before the game's clock, as a play-by-play line opens (not "Q4 10:00 a.m."). */
const PLAY_CLOCK_AFTER = /^[ \t]+\d{1,2}:\d\d(?![\d:])(?![ \t]*[ap]\.?m\b)/i;

/**
 * "album of the year", "1:47 of the third round", "opened the third quarter with a 17-2 run": a prize's name, a time
 * into a bout, a period of a game — no time of the calendar or the clock.
 */
function timeOfAGame(text: string, start: number, end: number, written: string): boolean {
  // "Watford v Crystal Palace (1500)": a fixture's kick-off on a wire's list, in hours and minutes, no year
  if (/^\d{4}$/.test(written) && text.charCodeAt(start - 1) === 40 /* ( */ && text.charCodeAt(end) === 41 /* ) */) return kickOff(text, start, written);
  if (/^the\s+year$/i.test(written) && AWARD_OF_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return true;
  // ("Good Citizen of the Year": an award's title-case name)
  if (written === 'the Year' && text.slice(start - 3, start) === 'of ') return true;
  // ("variance granted re. 1970 Normandy Dr.", "1917 S. Gilbert St."): a house's number before its street, no year
  if (/^\d{4}$/.test(written) && text.charCodeAt(end) === 32 && STREET_AFTER.test(text.slice(end, end + 48))
    && !/\b(?:in|of|since|by|until|to|a|an|the)\s$/i.test(text.slice(Math.max(0, start - 7), start))) return true;
  if (/^\d{1,2}:\d\d$/.test(written)) {
    const after = text.slice(end, end + 40);
    if (INTO_OPENING.test(after) && INTO_PLAY_AFTER().test(after)) return true;
  }
  // "holed a putt on the 16th", "birdied the 18th": a golf course's hole, no day of the month
  // ("from the 9th to the 37th minute", "between the 12th and 30th laps": a minute or a lap counted into a mission or a
  // race)
  if (/^the\s+\d{1,2}(?:st|nd|rd|th)$/i.test(written)) return COUNTED_INTO_AFTER.test(text.slice(end, end + 40)) || GOLF_WORDS.test(text.slice(sentenceStartBefore(text, start), sentenceEndAfter(text, end)));
  // "collected a half-century off 41 balls": a batsman's fifty runs, no fifty years; "scored a century": his hundred
  if (/^(?:an?\s+)?(?:half[\s-])?century$/i.test(written) && BATSMAN_MADE().test(text.slice(Math.max(0, start - 30), start))
    && !/^[ \t]*(?:ago|old|later|earlier|before|after|of|since|on)\b/i.test(text.slice(end, end + 12))) {
    return CRICKET_WORDS.test(text.slice(sentenceStartBefore(text, start), sentenceEndAfter(text, end)));
  }
  // "6 min read", "1 Min Read": a page's estimate of its reading time, no time the story tells of
  if (/^\d{1,2}[\s-]+min(?:ute)?s?$/i.test(written) && /^[\s-]*read\b/i.test(text.slice(end, end + 7))) return true;
  // "15 Second half assists": a count before a half of play, no length of time
  if (/^\d{1,3}\s+second$/i.test(written) && /^[ \t]+half\b/i.test(text.slice(end, end + 6))) return true;
  if (/^Q[1-4]$/.test(written) && PLAY_CLOCK_AFTER.test(text.slice(end, end + 16))) return true;
  // "his best Q3 lap-time", "at the end of Q2": a session of a motor race's qualifying, no quarter of a year
  if (/Q[1-3]$/.test(written) && qualifyingSession(text, start, end)) return true;
  if (!PART_OF_PLAY.test(written)) return false;
  const sentenceStart = sentenceStartBefore(text, start);
  const sentence = text.slice(sentenceStart, sentenceEndAfter(text, end));
  if (ofAGame(sentence)) return true;
  // ("Nine of those assists came in the fourth quarter": the game may be the sentence before's, where this one speaks
  // of no money or market)
  if (RESULTS_OR_MARKET.test(sentence)) return false;
  // ("hurt his knee in the first quarter against Carlton": a quarter played against a side named right after it)
  if (AGAINST_SIDE().test(text.slice(end, end + 24))) return true;
  let before = sentenceStart - 1;
  while (before > 0 && isPatternSpace(text.charCodeAt(before))) before--;
  // ("Foles found Cooper with 4:28 remaining in the third quarter" in a story of touchdowns and rebounds: a game's
  // report, where a quarter no sentence of money names is the game's)
  return (before > 0 && ofAGame(text.slice(sentenceStartBefore(text, before), sentenceStart))) || gameReport(text);
}

/** A text that speaks of a motor race's qualifying: "qualifying", "qualified", "pole position", "pole-sitter". */
const QUALIFYING_WORDS = /\bqualif(?:y|ying|ied)\b|\bpole(?:[\s-]?sitter|[\s-]position)/i;

/**
 * Whether "Q1", "Q2" or "Q3" at start…end is a session of a motor race's qualifying: the article speaks of qualifying
 * and the sentence names no money or market ("revenue in Q3 rose" stays a quarter in any article).
 */
function qualifyingSession(text: string, start: number, end: number): boolean {
  if (!QUALIFYING_WORDS.test(text)) return false;
  return !RESULTS_OR_MARKET.test(text.slice(sentenceStartBefore(text, start), sentenceEndAfter(text, end)));
}

let reportText: string | undefined, reportIsGame = false;

/** Whether a text reports games: three or more of a game's words or a player's points, more than words of results or
 *  markets (counted once a text, when a quarter needs it). */
function gameReport(text: string): boolean {
  if (text !== reportText) {
    const count = (re: RegExp) => { let n = 0; const g = new RegExp(re.source, 'gi'); while (n < 50 && g.exec(text)) n++; return n; };
    const game = count(GAME_WORDS) + count(PLAYER_POINTS);
    reportText = text;
    reportIsGame = game >= 3 && game > count(RESULTS_OR_MARKET);
  }
  return reportIsGame;
}

/** "ran the last quarter of a mile", "over the last quarter century": a fourth of a measure, no quarter of a year. */
function quarterOfAMeasure(text: string, end: number, written: string): boolean {
  if (!/quarter$/i.test(written)) return false;
  const after = text.slice(end, end + 12);
  // ("one-quarter of the population", "a quarter of all cases": a fourth of a whole, counted without a place)
  return /^(?:\s+of\s+an?\s|[\s-]+centur)/i.test(after) || (/(?:^|\W)(?:one|a)[\s-]+quarter$/i.test(written) && /^\s+of\s+(?:the|all|its|their|those|these)\s/i.test(after));
}

/** A fixture alone on its line before the bracket: two sides, "v" or "vs" between them ("Eastmoor v Harlow Vale "). */
const FIXTURE_BEFORE = lazyPattern(() => /^[ \t]*\p{Lu}[\p{L}.'’&-]*(?:[ \t]+\p{Lu}[\p{L}.'’&-]*)*[ \t]+vs?\.?[ \t]+\p{Lu}[\p{L}.'’&-]*(?:[ \t]+\p{Lu}[\p{L}.'’&-]*)*[ \t]*\($/u);

/**
 * Whether a four-digit number in brackets closing a fixture's line under a list's heading or day is its kick-off
 * ("Sunday, May 4⏎Watford v Everton (1900)"): a clock's hours and minutes, on the five minutes (a case cited with its
 * year, "Smith v Jones (1954) held that …", "Bush v Gore (2000)" as a heading, is none).
 */
function kickOff(text: string, start: number, written: string): boolean {
  const minutes = +written.slice(2);
  if (+written.slice(0, 2) > 23 || minutes > 59 || minutes % 5 !== 0) return false;
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const close = start + written.length + 1;
  return start - lineStart <= 80 && (close >= text.length || text.charCodeAt(close) === 10 || text.charCodeAt(close) === 13)
    && FIXTURE_BEFORE().test(text.slice(lineStart, start)) && FIXTURES_ABOVE.test(text.slice(Math.max(0, lineStart - 200), lineStart));
}

/** What stands over a list of fixtures: its heading, its clock, or the day's line ("Next Fixtures (GMT):", "Sunday, May 4"). */
const FIXTURES_ABOVE = /fixtures|\((?:GMT|UTC|local times?)\)|kick-?offs?|(?:^|\n)(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+\S[^\n]*\n$/i;

/** What a batsman does with a half-century, or whose it is: "collected a", "brought up his", "a maiden". */
const BATSMAN_MADE = lazyPattern(() => /\b(?:scored|scores|scoring|made|makes|making|collected|reached|reaching|brought\s+up|brings\s+up|hit|struck|smashed|notched|compiled|his|her|their|maiden)\s+(?:an?\s+)?(?:\p{L}+\s+)?$/iu);

/** Words of a cricket score, where a century or a half-century is runs: "off 47 balls", "not out", "wickets". */
const CRICKET_WORDS = /\b(?:balls|deliveries|runs|wickets?|overs|innings|not\s+out|batsman|batter|batting|bowler|bowling|stumps|boundar(?:y|ies)|sixes)\b/i;

/** Whether a sentence speaks of a game. (Points are an index's as well: "the Dow fell 120 points in the first half".) */
function ofAGame(sentence: string): boolean {
  return GAME_WORDS.test(sentence) || (PLAYER_POINTS.test(sentence) && !MARKET_WORDS.test(sentence));
}

/** "scored 28 points", "eight points each", "a 20-point deficit", "shot 7-for-13": a player's or a side's points. */
const PLAYER_POINTS = /\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)[\s-]+points?\b|\b\d{1,2}-(?:of|for)-\d{1,2}\b/i;
/** Words of a firm's results or a market, where a quarter is the calendar's even beside points. */
const RESULTS_OR_MARKET = /\b(?:profits?|revenues?|sales|earnings|turnover|income|margins?|growth|economy|GDP|inflation|dividends?|quarterly|fiscal|index|shares?|stocks?|Dow|Nasdaq|polls?)\b|%/i;

/**
 * A season's, a holiday's or the night's word before a thing it names a kind of: "the winter wheat crop", "a
 * Christmas cake", "overnight emergency care", "The summer minimum extent" (not "the summer months", "Christmas Eve").
 */
function kindOfAThing(text: string, end: number, written: string): boolean {
  if (!KIND_WORD.test(written)) return false;
  // ("grew almost overnight", "an overnight success": how fast, not when)
  if (/^overnight$/i.test(written) && (OVERNIGHT_AS_FAST.test(text.slice(Math.max(0, end - 30), end - written.length))
    || /^\s+(?:success|sensation|star|hit)\b/i.test(text.slice(end, end + 14)))) return true;
  const next = /^[ \t]+(\p{L}+)(?:[ \t]+(\p{L}+))?/u.exec(text.slice(end, end + 40));
  if (next === null) return false;
  // ("overnight emergency care": a word describing the thing may stand between)
  const overnight = /overnight$/i.test(written);
  // ("interest on overnight deposits", "the overnight rate": a money market's term of one night, no night the story tells of)
  return KINDS_OF_THINGS.has(next[1].toLowerCase()) || (overnight && OVERNIGHT_MONEY_TERMS.has(next[1].toLowerCase()))
    || (overnight && next[2] !== undefined && KINDS_OF_THINGS.has(next[2].toLowerCase()));
}

/** A money market's words a loan of one night names: "overnight deposits", "the overnight rate", "overnight repo". */
const OVERNIGHT_MONEY_TERMS = wordSet('deposit deposits funds funding lending loan loans borrowing'
  + ' borrowings repo repos rate rates interbank index swap swaps money facility liquidity');

const OVERNIGHT_AS_FAST = /\b(?:almost|virtually|practically|seemingly|nearly|literally|all but)\s+$/i;

const KIND_WORD = /^(?:the\s+)?(?:spring|summer|autumn|fall|winter|christmas|easter|halloween|overnight)$/i;

const KINDS_OF_THINGS = wordSet('wheat barley oats rye crop crops sowing plantings onion onions'
  + ' squash vegetables coat coats jacket jackets tyres tires boots clothing wear collection'
  + ' collections minimum maximum extent cake cakes pudding puddings tree trees lights card'
  + ' cards music tunes books jumper jumpers sweater sweaters carol carols decorations song songs film films'
  + ' movie movies special specials bake advert adverts ad ads egg eggs bunny costume'
  + ' costumes pumpkin pumpkins care stay stays bag bags train trains bus buses flight'
  + ' flights trials trial parking accommodation staff shift shifts number leader leaders');

/** "for the second quarter running", "the fourth quarter in a row": a count of quarters or halves, not one of them. */
const PART_COUNTED = /^the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:quarter|half)$/i;

const IN_A_ROW_AFTER = /^\s+(?:running|in\s+a\s+row|in\s+succession)\b/i;

function countInARow(text: string, end: number, written: string): boolean {
  return PART_COUNTED.test(written) && IN_A_ROW_AFTER.test(text.slice(end, end + 20));
}

/** A unit in the plural written with its capital, then "of" and a capitalised word: a title's words ("The Last Days of
 *  Bartholomew Quist", "One Hundred Years of Solitude"), as prose writes no time so. */
function wordsOfATitle(text: string, end: number, written: string): boolean {
  return TITLE_UNIT.test(written) && OF_A_NAME_AFTER().test(text.slice(end, end + 12));
}

const TITLE_UNIT = /(?:^|\s)(?:Days|Weeks|Months|Years|Hours|Minutes|Decades|Centuries)$/;

const OF_A_NAME_AFTER = lazyPattern(() => /^\s+of\s+(?:the\s+)?\p{Lu}/u);

const MARKET_WORDS = /\b(?:index|indexes|indices|shares?|stocks?|Dow|Nasdaq|S&P|FTSE|DAX|Nikkei|yields?|basis|percent|per\s+cent|bonds?|polls?|survey)\b|%/i;

/** Words of a school's or a university's year, in the sentence of a term. */
const SCHOOL_WORDS = /\b(?:schools?|pupils?|students?|teach(?:ing|ers?)?|lessons?|class(?:es|rooms?)?|exams?|universit(?:y|ies)|colleges?|campus|semesters?|half-term|head\s*teachers?|headteachers?|tuition|lectures?)\b/i;

/** "this term", "last term", "next term" in a sentence with no school in it: a term of office, a court's, or a word. */
function termOfNoSchool(text: string, start: number, end: number, written: string): boolean {
  return /^(?:this|last|next)\s+term$/i.test(written) && !SCHOOL_WORDS.test(text.slice(sentenceStartBefore(text, start), sentenceEndAfter(text, end)));
}


/** What a page's button says before "Now", opening its line or after a dash or a bar: "Donate", "Sign Up", "Shop". */
const BUTTON_LABEL_BEFORE = lazyPattern(() => /(?:^|\n|[-–|•][ \t])[ \t]*(?:Donate|Give|Buy|Shop|Subscribe|Join|Register|Apply|Book|Order|Download|Sign Up|Enrol|Enroll|Play|Watch|Listen|Start|Try|Call|Act|Help)[ \t]+$/);

/** The words of a time that prose writes in lower case. */
const PROSE_TIME_WORD = /^(?:Seconds?|Minutes?|Hours?|Days?|Nights?|Weeks?|Weekends?|Fortnights?|Months?|Years?|Decades?|Mornings?|Afternoons?|Evenings?|Tonight|Today|Tomorrow|Yesterday|Now|Future|Past)$/;

/** A word of PROSE_TIME_WORD anywhere: a time none of whose words is one is never such a title's. */
const HOLDS_PROSE_TIME_WORD = new RegExp(PROSE_TIME_WORD.source.slice(1, -1));

/** Capitalised words that stand before a unit in a time written in a title's capitals ("A Day", "Every Week", "Two Hours"). */
const COUNT_WORD = /^(?:A|An|The|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|Sixty|Hundred|Every|Each|Per|Next|Last|This|That|Few|Several|Many|Some|Early|Late|Recent|Past|Coming)$/;

/** A capitalised noun after "Today" or "Tonight" that makes it a name's word (a show's, a paper's, a group's). */
const NAME_NOUN_AFTER = /^[ \t]+(?:Show|Group|Media|News|Programme|Program|Live|Special|Newspaper)\b/;

/** A closing quote or none, then a capitalised word that is no weekday's or month's: " Rider", "” Crew" (not " Tuesday"). */
const TITLE_WORD_AFTER = lazyPattern(() => /^["”’]?[ \t]+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\b)\p{Lu}\p{Ll}/u);

/** One capitalised word that ends a name: a comma, a stop or a word in lower case after it (" Park, 18 Elm", " Arena in"). */
const NAME_ENDS_AFTER = lazyPattern(() => /^[ \t]+\p{Lu}\p{Ll}+(?:[,.;:)]|[ \t]+\p{Ll})/u);

/** Lower-case words a title may keep in lower case, which say nothing of how the sentence is written. */
const MINOR_WORD = /^(?:a|an|and|as|at|but|by|for|from|in|into|nor|of|off|on|onto|or|over|per|the|than|that|to|upon|up|via|vs|with|within|without)$/;

/** What a century is named after: "the 19th Century", "this 21st Century", "early 20th Century". */
const CENTURY_DETERMINER_BEFORE = /\b(?:the|this|that|a|an|each|every|our|its|their|his|her|my|your|next|last|previous|same|early|late|mid|mid-)[ \t-]+$/i;

/**
 * "a '60 Minutes' commentator", "on radio's 30 Minutes", "singing 'What A Difference A Day Makes'", "a Sunday Night
 * Review segment": a word of a time written with its capital inside a sentence written in lower case — a show's, a
 * song's or a title's word, not a time. (A holiday's day keeps its capital: "Boxing Day"; so does the first word of a
 * sentence, and a title case heading, where every word has one.)
 */
export function capitalisedInProse(text: string, start: number, end: number, written: string): boolean {
  // ("Saturday Night Live, riding high …", "Sunday Night Football drew …": a day's night or morning in capitals before a
  // title's next word, in a sentence of prose, even at its start)
  if (DAY_PART_IN_CAPITALS.test(written) && SHOW_WORD_AFTER().test(text.slice(end, end + 14))
    && proseAround(text, sentenceStartBefore(text, start), start, end)) return true;
  if (written.charCodeAt(0) < 97 && text.charCodeAt(start - 1) !== 10 && numberedTitleLine(text, start)) return true;
  // ("Taken 2 from 20th Century Fox", "the 21st Century Schools Fund": a century written with its capital before a name's
  // next capitalised word is the start of that name)
  // (or without the article a century is named with: "22nd Century Group said", "22nd Century's sales rose", "at 22nd
  // Century": a firm's name, its capital kept and no "the" before it)
  if (/^\d{1,2}(?:st|nd|rd|th)\s+Century$/.test(written)
    && (/^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 4)) || !CENTURY_DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 12), start)))) return true;
  // ('a biopic called "Midnight Rider"', "the Alaskan Midnight Sun blog": "Midnight" or "Noon" with its capital right
  // before another capitalised word opens a title's or a name's words; "Midnight on Tuesday", "Noon Friday" stay times)
  if (written === 'Midnight' || written === 'Noon') return TITLE_WORD_AFTER().test(text.slice(end, end + 14));
  // (what follows is only asked of a time with a word of PROSE_TIME_WORD in it: most have none, "March 3", "last week",
  // and need not have their sentence found)
  if (!HOLDS_PROSE_TIME_WORD.test(written)) return false;
  // ("Donate Now", "Unicef - Donate Now", "Sign Up Now »": a button's label alone on its line, no time)
  if (written === 'Now' && BUTTON_LABEL_BEFORE().test(text.slice(Math.max(0, start - 24), start)) && /^[ \t]*[!»>›]?[ \t]*(?:\r?\n|$)/.test(text.slice(end, end + 6))) return true;
  const words = [...written.matchAll(/[\p{L}\d][\p{L}\d'’.-]*/gu)];
  const sentenceStart = sentenceStartBefore(text, start);
  // (the first word of a sentence, after a quote's or an aside's close: 'was ready." Now, he says', "(Laughter) Now,")
  const near = text.slice(Math.max(sentenceStart, start - 80), start);
  const before = near.replace(/\([^()]*\)\s*$/, '').replace(/[\s"“”‘’'(]+$/, '');
  if (before === '' || !/[\p{L}\d,'’-]$/u.test(before)) return false;
  // ('said on "Today."', 'appeared on "Tonight"': a show's name, alone in quotes after "on")
  if (/^(?:Today|Tonight)$/.test(written) && /\bon\s+["“]$/.test(near) && /^[.,]?["”]/.test(text.slice(end, end + 2))) return true;
  // (a quote opening on it, 'he said, "Now, are you', unless a capitalised word goes on the title: 'a "Tonight Show" guest')
  if (/["“‘'([]\s*$/.test(near) && PROSE_TIME_WORD.test(/^[\p{L}]+/u.exec(written)?.[0] ?? '') && !/^[\s"”’']*\p{Lu}/u.test(text.slice(end, end + 4))) return false;
  // ("Today", "Tonight" alone: a show's name after "the", a possessive or a quote — "NBC's Today program", "on the
  // Tonight Show" — and a day in a post that runs its sentences together: "– Ann Hale Today Ann Hale said")
  // (or before a capitalised noun that goes on a show's or a firm's name: "her Tonight Show clips", "the Gulf Today
  // Group", "Gulf Today Media Group")
  // ("USA Today", "GB News Today": after a name in capitals, a paper's or a show's name)
  if (/^(?:Today|Tonight)$/.test(written) && /(?:^|[^\p{L}])\p{Lu}{2,4}[ \t]$/u.test(near)) return true;
  // ("tickets at Cool Today Park, 18 Elm Rd.": between two capitalised words of a sentence in lower case, a place's or a
  // firm's middle word when the name ends on the word after, at a comma or a word in lower case; a headline's "Burial
  // Today As …" has no such sentence, and "– Ann Hale Today Ann Hale said" is a post's sentences run together)
  if (/^(?:Today|Tonight|Tomorrow)$/.test(written) && /(?:^|[ \t])(?!(?:The|A|An|On|By|Until|From|Since|For|And|But)[ \t]*$)\p{Lu}\p{Ll}+[ \t]$/u.test(near)
    && NAME_ENDS_AFTER().test(text.slice(end, end + 24)) && proseAround(text, sentenceStart, start, end)) return true;
  if (/^(?:Now|Today|Tonight|Tomorrow|Yesterday)$/.test(written) && !/(?:\b(?:the|The|a|A)|['’]s|["“‘'])\s*$/.test(near)
    && !NAME_NOUN_AFTER.test(text.slice(end, end + 12))) return false;
  let hit = false;
  for (let k = 0; k < words.length; k++) {
    const word = words[k][0];
    if (!PROSE_TIME_WORD.test(word)) continue;
    const prior = k > 0 ? words[k - 1][0] : undefined;
    // ("Boxing Day", "New Year's Day", "V-E Day": a holiday's name)
    if (prior !== undefined && /^\p{Lu}/u.test(prior) && !COUNT_WORD.test(prior) && !/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(prior)) return false;
    // ("subscribe to The Week", "a guest on The Day Today": "The" with its capital inside a sentence opens a title)
    if (prior === 'The' && k === 1) return true;
    // (a word glued to a hyphen before it: the character before it, not a pattern run over the text before it)
    if (text.charCodeAt(start + words[k].index! - 1) === 45 /* - */) return false;
    hit = true;
  }
  if (!hit) return false;
  return proseAround(text, sentenceStart, start, end);
}

const DAY_PART_IN_CAPITALS = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[ \t]+(?:Night|Morning|Evening|Afternoon)$/;
/** A capitalised word after it that is no preposition or article of a headline: " Live", " Football". */
const SHOW_WORD_AFTER = lazyPattern(() => /^[ \t]+(?!(?:In|At|On|For|With|After|Before|As|From|To|And|Or|The|An?|Of|By|Across|Over|Until)\b)\p{Lu}\p{Ll}/u);
/** A numbered line of a list of titles: "12. Take It to the Limit", every word capitalised but the minor ones, no figure. */
const NUMBERED_TITLE_LINE = lazyPattern(() => /^[ \t]*\d{1,2}\.[ \t]+(?:(?:\p{Lu}[\p{L}'’#-]*|a|an|and|as|at|by|for|from|in|into|of|on|or|the|to|with|\((?:\p{Lu}[\p{L}'’.]*[ \t]?)+\))[ \t]*)+$/u);
/** A numbered line whose first word is no day's or month's. */
const NUMBERED_LINE_OPENED_OTHERWISE = /^[ \t]*\d{1,2}\.[ \t]+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)\S/;

/**
 * A set list's or a track list's line ("1. Saturday Night", "17. Heartache Tonight"): a numbered line of words in title
 * case with no figure, beside another numbered line that opens with no day or month (not an itinerary's "1. Monday").
 */
function numberedTitleLine(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const c = text.charCodeAt(lineStart + /^[ \t]*/.exec(text.slice(lineStart, lineStart + 8))![0].length);
  if (c < 48 || c > 57) return false;
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd < 0) lineEnd = text.length;
  if (!NUMBERED_TITLE_LINE().test(text.slice(lineStart, lineEnd))) return false;
  const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  let nextEnd = text.indexOf('\n', lineEnd + 1);
  if (nextEnd < 0) nextEnd = text.length;
  return (lineStart > 0 && NUMBERED_LINE_OPENED_OTHERWISE.test(text.slice(prevStart, lineStart - 1)))
    || NUMBERED_LINE_OPENED_OTHERWISE.test(text.slice(lineEnd + 1, nextEnd));
}

/** Whether the sentence around a mention is written in lower case: at least two words of its own (not the title's) in
 *  lower case. */
function proseAround(text: string, sentenceStart: number, start: number, end: number): boolean {
  const outside = text.slice(sentenceStart, start) + ' ' + text.slice(end, sentenceEndAfter(text, end));
  const lower = (outside.match(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]{3,}/gu) ?? []).filter(w => !MINOR_WORD.test(w));
  return lower.length >= 2;
}

/**
 * A number that begins right after a decimal point is the fraction of a figure, not a day of the month: in a futures
 * table "+3.24 Dec 68.40" is a change of 3.24 and then the December row, so "24 Dec" names no day.
 */
export function fractionOfAFigure(text: string, start: number): boolean {
  if (start < 2 || text.charCodeAt(start - 1) !== 46 /* . */) return false;
  const c = text.charCodeAt(start), before = text.charCodeAt(start - 2);
  return c >= 48 && c <= 57 && ((before >= 48 && before <= 57) || before === 43 /* + */ || before === 45 /* - */
    || before === 0x2014 || before === 0x2013 || before === 0x2212);
}

/** "their last year", "her final semester": an ordinal year or term a student or a career counts (a day of it, "the
 *  first day of school", is a day of the calendar still). */
const COUNTED_PERIOD = /^(?:(?:the|their|his|her|my|our|your)\s+)?(?:last|first|final)\s+(?:year|semester|term)$/i;
/** " of high school", " at university", " in college": what the period is counted in. */
const OF_STUDIES_AFTER = /^\s+(?:of|at|in)\s+(?:(?:the|their|his|her|my|our|your)\s+)?(?:(?:high|middle|elementary|primary|secondary|grade|law|medical|nursing|graduate|junior|senior)\s+)?(?:school|college|university|kindergarten|studies|classes|career)\b/i;

/**
 * "their last year of high school", "her final semester at college": a year or a term of someone's studies counted from
 * their start or end, no year of the calendar ("last year" alone is one).
 */
function periodOfStudies(text: string, end: number, written: string): boolean {
  return COUNTED_PERIOD.test(written) && OF_STUDIES_AFTER.test(text.slice(end, end + 40));
}

/**
 * Whether the words a date pattern matched, `written` at `start`..`end`, name no time at all here: a game's time, a
 * title's words, a kind of thing, a school's term in no school, late-night television, a count in a row, a year of
 * someone's studies. The whole match is passed over.
 */
export function namesNoTime(text: string, start: number, end: number, written: string): boolean {
  return timeOfAGame(text, start, end, written) || wordsOfATitle(text, end, written) || kindOfAThing(text, end, written)
    || termOfNoSchool(text, start, end, written) || lateNightTelevision(text, start, end, written) || countInARow(text, end, written)
    || periodOfStudies(text, end, written) || transcriptTimecode(text, start, end, written) || dayOfAClause(text, end, written)
    || ageOfPeople(text, start, end, written) || quarterOfAMeasure(text, end, written) || holidayInAName(text, start, end, written)
    || ofTomorrow(text, start, end, written) || quarterOfATournament(text, start, end, written) || editionLink(text, end, written)
    || (written.length === 4 && (caseNumber(text, start, end, written) || designationInAList(text, start, end)));
}

/** "Jaguar, MiG-29, Mirage-2000 and SU-30": a name and a number joined by a hyphen, among others so made whose numbers
 *  are no year, is a model's designation (not "the MILAN-2022 exercise" alone). */
function designationInAList(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) !== 45 /* - */ || !/\p{L}$/u.test(text.slice(start - 2, start - 1))) return false;
  const sentence = text.slice(sentenceStartBefore(text, start), sentenceEndAfter(text, end));
  return OTHER_DESIGNATION().test(sentence);
}

const OTHER_DESIGNATION = lazyPattern(() => /\p{L}-\d{1,3}(?!\d)/u);

/** "TODAY'S PAPER", "Today's Paper": a site's link to its printed edition, in capitals, no day the story speaks of
 *  (not "today's paper reports"). */
function editionLink(text: string, end: number, written: string): boolean {
  return (written === 'TODAY' || written === 'Today') && /^['’](?:S\s+PAPER|s\s+Paper|S\s+EDITION|s\s+Edition)\b/.test(text.slice(end, end + 12));
}

/** "advanced to the quarter" in a story of quarter-finals: the round of a tournament, no quarter of a year (not where
 *  its sentence speaks of money or markets). */
function quarterOfATournament(text: string, start: number, end: number, written: string): boolean {
  return /^the\s+quarter$/i.test(written) && QUARTER_FINALS.test(text)
    && !RESULTS_OR_MARKET.test(text.slice(sentenceStartBefore(text, start), sentenceEndAfter(text, end)));
}

const QUARTER_FINALS = /\bquarter[\s-]?finals?\b|\bquarter[\s-]?finalists?\b/i;

/** "the leaders of tomorrow", "the world of tomorrow": people or things of the times to come, no day (not "the end of
 *  tomorrow's session"). */
function ofTomorrow(text: string, start: number, end: number, written: string): boolean {
  return written.length === 8 && /^tomorrow$/i.test(written) && /\b(?:[a-z]{3,}s|world|future) of $/i.test(text.slice(Math.max(0, start - 20), start))
    && !/^['’]/.test(text.slice(end, end + 1));
}

/** A law report's volume and name before a page: "97 S. Ct. ", "52 L. Ed. 2d ", "431 U.S. ", "633 F.2d ", "2016 WL ". */
const REPORTER_BEFORE = /\b\d{1,4}[ \t](?:U\.[ \t]?S\.|S\.[ \t]?Ct\.|L\.[ \t]?Ed\.(?:[ \t]?\dd)?|[A-Z][A-Za-z.]{0,6}\.[ \t]?\d(?:d|th)|F\.(?:[ \t]?Supp\.)?|WL)[ \t]$/;

/**
 * "97 S. Ct. 2034", "Docket No. A-2067-05T4", "Bail Appln. 1945/2025": a page of a law report, a part of a docket's
 * code, a case's number over its year — four figures that name no year.
 */
function caseNumber(text: string, start: number, end: number, written: string): boolean {
  if (!/^\d{4}$/.test(written)) return false;
  const before = text.charCodeAt(start - 1);
  if (before === 32 && text.charCodeAt(start - 2) !== 32 && REPORTER_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return true;
  if (before === 45 /* - */ && /[A-Z]/.test(text[start - 2] ?? '') && /^-\d/.test(text.slice(end, end + 2))) return true;
  const over = text.charCodeAt(end) === 47 /* / */ ? /^\/(\d{4})\b/.exec(text.slice(end, end + 6)) : null;
  return over !== null && +over[1] - +written > 10;
}

/** A count of years, months, weeks or days, alone or as a range ("18 years", "6 months", "20-26 years"). */
const AGE_COUNT = /^(?:\d{1,3}|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)(?:[\s-]\w+)?)(?:\s*(?:-|–|to|and)\s*\d{1,3})?[\s-]+(?:years?|months?|weeks?|days?)$/i;
/** Before an age: "aged", "ages", "age", "aged between", "children of", "aged 34 and" (the men, aged 34 and 31 years). */
const AGE_BEFORE = /\b(?:aged(?:\s+\d{1,3}(?:,\s*\d{1,3})*,?\s+(?:and|or))?|ages?|aged\s+between|ages?\s+between|ages?\s+of|over\s+the\s+age\s+of|under\s+the\s+age\s+of)\s+$/i;
/** After an age: "and older", "or younger", "and up", "and over", "of age", "old" (not "old-fashioned"). */
const AGE_AFTER = /^\s+(?:(?:and|or)\s+(?:older|over|up|above|younger|under|below)\b|of\s+age\b|old\b(?!-))/i;

/**
 * "people 18 years and older", "children aged 6 months through 4", "everyone over six months of age", "youths aged
 * between 20-26 years": how old people are, no length of time (as "a 26-year-old" is none).
 */
function ageOfPeople(text: string, start: number, end: number, written: string): boolean {
  if (!AGE_COUNT.test(written)) return false;
  return AGE_AFTER.test(text.slice(end, end + 16)) || AGE_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

/** The seconds of a timecode and the line's end after its hours and minutes: ":48" then nothing. */
const TIMECODE_REST = /^:[0-5]\d(?:[.,]\d{1,3})?[ \t]*(?:\r?\n|$)/;
/** The line's end after a timecode read with its seconds (its fraction of a second too: "00:01:00.500"), or the
 *  timecode that ends its span: "00:00:00-00:00:05", "0:00:37 > 0:00:39". */
const TIMECODE_SPAN_START = /^[ \t]*\d{1,2}:\d\d:\d\d(?:[.,]\d{1,3})?[ \t]*(?:-|–|>|-->)[ \t]*$/;
const TIMECODE_END = /^(?:[.,]\d{1,3})?[ \t]*(?:\r?\n|$|(?:-|–|>|-->)[ \t]*\d{1,2}:\d\d:\d\d)/;

/**
 * "00:01:00" alone on its line: a transcript's or a video's timecode, hours, minutes and seconds into the recording,
 * no time of the clock (a live page's entries are stamped in hours and minutes, not seconds).
 */
function transcriptTimecode(text: string, start: number, end: number, written: string): boolean {
  // (the seconds read with the time, "00:01:00", or left after it, ":00")
  const withSeconds = /^\d{1,2}:\d\d:[0-5]\d$/.test(written);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // (or the end of a timecode's span: "00:00:00-00:00:05 (6 sec)")
  if (withSeconds && TIMECODE_SPAN_START.test(text.slice(lineStart, start))) return true;
  if (withSeconds ? !TIMECODE_END.test(text.slice(end, end + 16))
    : text.charCodeAt(end) !== 58 /* : */ || !/^\d{1,2}:\d\d$/.test(written) || !TIMECODE_REST.test(text.slice(end, end + 12))) return false;
  return text.slice(lineStart, start).trim() === '';
}

/**
 * "looks forward to the day when he will graduate", "the day on which the war ended": a day a relative clause names,
 * which the page does not date; not today's ("the day was a success") nor one counted from another ("the day after").
 */
function dayOfAClause(text: string, end: number, written: string): boolean {
  return /^the\s+day$/i.test(written) && /^\s+(?:when|on\s+which)\b/i.test(text.slice(end, end + 12));
}
