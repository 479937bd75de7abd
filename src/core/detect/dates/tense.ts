// The tense around a time expression, so a guessed week or year lands on the side of the reference day the sentence
// speaks of: "the board met on Thursday" is the Thursday before the article's date, "will meet on Thursday" the next.
import { addDays, addMonths, formatWeek, isoWeekday, isValidDay, parseDay, formatDay, pad } from './calendar';
import type { Day } from './calendar';
import type { Floating } from './grammar';
import { lazyPattern } from '../../text/lazyPattern';
import { wordSet } from '../../text/wordList';

export type Tense = 'past' | 'future' | 'unknown';

/** How far from the expression a tense word is looked for, in characters. */
const REACH = 120;

const FUTURE = wordSet("will would shall 'll ’ll wo gonna scheduled due upcoming tomorrow expected"
  + ' planned slated proposed intends plans expects expect payable effective expire expires expiring be'
  // a timetable read out: "the fair opens Saturday"
  + ' starts begins opens meets resumes convenes reopens returns ends closes arrives'
  + ' departs takes finishes concludes premieres airs kicks');
/** A possibility: ahead when it is the sentence's only tense ("analysts said may help growth in the second half"), or
 *  before a deadline ("may be without power until Monday"); not near a date, where a clause of its own can follow
 *  ("refused to speculate on Friday on what might happen"). */
const MODALS_AHEAD = wordSet('may might');
/** Modals of a possibility before the date's own verb: "could cut in September", "might resume on Friday". */
const MODALS_NEAR = wordSet('may might could can');
/** After such a modal, what makes it past or no possibility: "could not", "could have", "couldn't". */
const NOT_AHEAD_AFTER_MODAL = wordSet('not have never');
/** A plan in the present before "to" ("officials plan to vote Thursday"); without "to" these are mostly nouns ("the plan"). */
const PLAN_TO = wordSet('plan intend aim aims hope hopes want wants seek seeks'
  // a decision still to take: "split on whether to cut in January"
  + ' whether'
  // a threat or a vow, told in the past, of what is still to be done: "unions have threatened to strike over Christmas"
  + ' threatened vowed pledged promised'
  // a hope or an aim told in the past: "said they hoped to have the building reopened by Monday"
  + ' hoped aimed');
/** A plan told in the past before "to", which foresees a deadline after it ("she planned to rest until the spring"). */
const PLANNED_TO = wordSet('planned intended');
const PAST = wordSet('was were had did ago yesterday earlier took came went began'
  + ' met won lost held made left fell rose saw gave found sent spoke wrote became'
  + ' sold bought got struck broke chose previous since paid led ran heard kept'
  + ' brought thought stood fought shot'
  // ("-ed" forms no noun follows as an adjective: "stayed flat in January", "remained steady in May")
  + ' stayed remained'
  // more irregular pasts ("which withdrew its earbuds in April"); not "built", "rebuilt", "spent", adjectives as often
  // ("at the rebuilt Kestrel Park on Saturday")
  + ' withdrew drew grew threw flew knew drove rode froze stole wore tore swore ate'
  + ' sang rang sank swam drank shook arose underwent overthrew oversaw overtook undertook'
  + ' forgave overcame fled sought caught taught felt dealt meant sat stuck'
  + ' swung spun dug bled slid hid upheld withheld'
  // regular pasts too short for the "-ed" test
  + ' died sued owed axed');
/** "since" after a date tells the past of the time it opens, not of the date, where a future auxiliary rules the
 *  date's clause: "will play in July for the first time since the 1990s" (not "raised rates on Feb. 13, its seventh
 *  increase since January"). */
const SINCE = 'since';
/** Plain forms that are also the past ("cut", "set"): after a plural they tell no tense,
 *  after a singular subject the past ("the Fed cut rates"). */
export const SAME_IN_PAST = wordSet('cut put set hit let quit cost shut spread bid bet cast'
  + ' hurt read split shed upset beat burst broadcast forecast');
/** Past forms ending in "-ed" that speak of a plan or a state, not of what happened: "scheduled", "expected". */
const NOT_PAST_ED = wordSet('need indeed speed seed feed breed bed red shed wed bred fed'
  + ' hundred based related limited united concerned interested supposed used advanced'
  + ' detailed unexpected unprecedented tied embattled troubled beloved naked wicked sacred'
  + ' aged ragged rugged crooked learned blessed alleged so-called called named');
/**
 * Whether `word`, after `before` (the word before it in the text), tells no tense there: a forecast only compared with
 * ("rose more than expected in July", "fell as expected", "took off as planned Thursday"), a comparison's participle, or "earlier" describing a noun ("for the
 * quarter ending June 30, compared with its earlier forecast").
 */
const toldNoTense = (word: string, before: string | undefined): boolean => (before === 'than' && FUTURE.has(word))
  || (before === 'as' && (word === 'expected' || word === 'planned' || word === 'scheduled')) || (word === 'earlier' && NOUN_OPENERS.test(before ?? '')) || word === 'compared';
/** Reporting verbs tell the tense of the date only right beside them ("said Thursday"), not of the clause they report. */
const REPORTING = wordSet('said told announced reported stated');
const REPORTING_REACH = 2;
/** Reporting verbs that take an object too ("reported a loss", "announced plans"), and the words that open one. */
const OBJECT_REPORTED = wordSet('announced reported');
const OBJECT_OPENERS = wordSet('a an its their his her our plans profit profits results'
  + ' revenue revenues sales earnings losses record strong weak higher lower net');

const COPULA = wordSet('is are');
/** Words of a prospect right before a day (or its "on"): "likely on Friday", "expected Thursday", "due on Monday". */
/** What moves towards a time ahead, before "into": "going into December", "heading into the weekend". */
const HEADING = wordSet('going heading moving head heads');
const PROSPECTIVE_BEFORE_DAY = wordSet('likely expected due forecast predicted possible');
/** Words before which such a word is a noun: a determiner or a possessive ("its forecast", "the bank's forecast"). */
const NOUN_OPENERS = /^(?:the|a|an|its|his|her|their|our|this|that|your|my)$|['’]s$/;
/** Words before a plan that tell it from the past: "had been scheduled", "previously planned". */
const LOOKED_BACK = wordSet('had previously originally initially');
const LOOKED_BACK_REACH = 4;
/** Adverbs of a plan since changed, right before its verb: "originally scheduled for". */
const LOOKED_BACK_ADVERBS = wordSet('originally initially previously');
const PASSIVE = wordSet('be been being is are am');
/** The present of "be", before which a prospect ("due", "expected", "scheduled") is still ahead. */
const PRESENT_BE = wordSet('is are am');
/** Words before "to" that make what follows an arrangement: "is to", "set to", "likely to". */
const ARRANGED_REACH = 10;
const ARRANGED = wordSet('is are set likely going about poised due scheduled expected slated'
  + ' forecast predicted projected');
/** A forecast or a plan before "to" and its verb: "expected to ease", "forecast to arrive", "due to finish". */
const FORESEEN = wordSet('expected forecast predicted projected due scheduled slated set likely poised');
/** Words that may follow a verb (not a noun an adjective describes): determiners, pronouns, prepositions, particles. */
const VERB_FOLLOWERS = wordSet('the a an its his her their our my your this that'
  + ' these those some all any no it them him us me in on at by for from'
  + ' to with of about over into between up down out off back away and or but as after during'
  + ' before since until when earlier ago last again more less nearly almost about');
/** Number words and quantifiers, which follow a verb as its object's first word ("ordered two vessels", "cut several
 *  routes") as digits do. */
const QUANTITY_WORDS = wordSet('one two three four five six seven eight nine ten eleven'
  + ' twelve twenty thirty forty fifty hundred hundreds thousand thousands million millions'
  + ' billion billions dozen dozens several many few both each every another half');
const DEADLINE = wordSet('to until till by through before');
/** A relative clause after the date speaks of something else: "shares issued July 1, which will receive …"; so does a
 *  verb coordinated after it ("set the trial for May 4 and said it would …"), a reason or a time set off after it ("will
 *  bring back buttons from March, after drivers complained …"; "will meet in a run-off on 22 May after neither won
 *  half of the vote", without a comma where its own past verb follows), and the attribution that ends the
 *  sentence ("The vote closes at 5pm on 2 December, officials said." is a vote ahead). A new clause opens at the first
 *  place where one of three patterns matches (once one pattern's alternatives): a clause's word after a comma, a
 *  semicolon, a colon or a bracket (CLAUSE_MARK), a reason with its verb (REASON_CLAUSE), an attribution (ATTRIBUTION_CLAUSE).
 *  The last two hold letter classes that cost 3–5 ms to compile under /iu, which every process paid at its first date
 *  with a sentence after it: each is tried only where its words stand (NEW_CLAUSE_WORDS, then REASON_WORD or
 *  ATTRIBUTION_END, what every match of it holds). */
const NEW_CLAUSE_WORDS = /\s(?:(?:after|because|although|unless)\s|said|says|added|told\s)/iu;
const REASON_WORD = /\s(?:after|because|although|unless)\s/iu;
const REASON_CLAUSE = lazyPattern(() => /\s(?:after|because|although|unless)\s+(?:\p{L}+\s+){0,3}(?:\p{Ll}+ed|won|lost|made|took|fell|rose|said|was|were|had|did)\b/iu);
const ATTRIBUTION_END = /\s(?:said|says|added|told\s+[^ ]+)\s*[.!?]?["”]?\s*$/iu;
const ATTRIBUTION_CLAUSE = /,(?=(?:\s+[\p{L}.'’-]+){1,4}\s+(?:said|says|added|told\s+\p{L}+)\s*[.!?]?["”]?\s*$)/iu;
const CLAUSE_MARK = /[,;:(]\s*(?:which|who|whose|where|while|when|and|but|as|after|because)\b|[;:(]/iu;
/** "and" or "but" before a verb of its own: an auxiliary, a verb of saying or planning, a past in "-ed" ("detained
 *  him on Friday and would not say where"; not "on July personal income and spending, pointed to"), before "that" opening
 *  a second reported clause ("said it had made an offer in December and that hospitals would …"), or before what is no
 *  word ("on May 5 and 6 people"). */
const AND_CLAUSE = /\s(?:and|but)\s+(?:(?=[^\p{L}\s])|that\s|(?:then\s+)?(?:would|will|could|should|may|might|must|can|cannot|did|does|do|has|have|had|is|are|was|were|said|says|told|plans?|expects?|hopes?|intends?|\p{Ll}+ed)\b)/u;
/** Words after which a plan's participle looks ahead: "scheduled for", "expected to", "planned by". */
const PARTICIPLE_AHEAD_AFTER = wordSet('for to by until through');
/** A word right after the date, nothing between but a space: "on Wednesday approved", not "on Wednesday, detailed". */
const VERB_RIGHT_AFTER = /^[ \t]+\p{Ll}/u;
/** A comparison set off after the date: ", up from 55 percent a week ago", ", compared with a year earlier", ", two weeks
 *  earlier than last year", ", a day later than planned". */
const COMPARISON_AFTER = /,\s*(?:(?:up|down)\s+from|compared\s+(?:with|to)|against|versus|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:earlier|later|sooner)\s+than)\s/;
/**
 * The date's own clause after it, up to a new clause, a comparison set off ("see a cut in September, up from 55 percent
 * a week ago": the week gone by is the comparison's; `compared` says one was cut off, so that the clause's own verb can
 * tell however far before the date: "recorded 42 cases in the week ending 9 March, down from …") or, after a relative
 * clause opened before the date, its comma ("The tour, which starts on Friday, sold out": "sold" is the sentence's
 * verb, not the day's). `before` is the sentence up to the date.
 */
function clauseAfter(text: string, end: number, before: string): { after: string; compared: boolean } {
  let after = text.slice(end, sentenceEndAfter(text, end));
  // "approved legislation Wednesday that would provide housing", "passed the bill on Thursday, ensuring there will be
  // no shutdown": a relative clause right after the day tells of the object before it, a participle's clause of what
  // came of the deed; neither is the day's verb
  if (CLAUSE_OF_OBJECT_AFTER.test(after)) return { after: '', compared: false };
  const clause = newClauseAt(after);
  if (clause >= 0) after = after.slice(0, clause);
  const comparison = COMPARISON_AFTER.exec(after);
  if (comparison) after = after.slice(0, comparison.index);
  if (RELATIVE_CLAUSE_OPEN.test(before)) after = after.split(',')[0];
  // "will begin restoring on Dec. 11 service that was cancelled": a relative clause on the object after the date, no
  // comma before it, tells of the object, not of the day (not where the day names a thing: "an April 25 truce that ended")
  if (/\s(?:that|which|who)\s/.test(after) && /\s(?:on|in|from|starting)\s*$/i.test(before)) {
    const relative = OBJECT_RELATIVE_SHAPE.test(after) ? OBJECT_RELATIVE().exec(after) : null;
    if (relative) after = after.slice(0, relative.index + relative[1].length);
  }
  return { after, compared: comparison !== null };
}

/** A relative clause or a participle's clause of consequence opening right after the day. */
const CLAUSE_OF_OBJECT_AFTER = /^(?:[ \t]+(?:that|which)[ \t]+(?:would|will|could|should|might|may)\b|,[ \t]*(?:ensuring|leaving|sending|bringing|making|giving|setting|paving|clearing|allowing|forcing|prompting|triggering)[ \t])/;

/** An object of a word or three after the date, then a relative clause told with its own verb ("service that was"). */
/** OBJECT_RELATIVE without its letter classes (dear to compile): a small letter is a small ASCII letter or any character
 *  past ASCII, a letter any of those or an ASCII capital. Tested first. */
const OBJECT_RELATIVE_SHAPE = /^[ \t]+(?:[a-z\u0080-\uffff][A-Za-z\u0080-\uffff'’-]*\s+){1,3}(?:that|which|who)\s+(?:was|were|had|has|have|is|are|[a-z\u0080-\uffff]+ed)\b/;
const OBJECT_RELATIVE = lazyPattern(() => /^([ \t]+(?:\p{Ll}[\p{L}'’-]*\s+){1,3})(?:that|which|who)\s+(?:was|were|had|has|have|is|are|\p{Ll}+ed)\b/u);

/** Where a new clause opens in `after` (the sentence after the date), or -1. */
function newClauseAt(after: string): number {
  let clause = CLAUSE_MARK.exec(after)?.index ?? -1;
  if (NEW_CLAUSE_WORDS.test(after)) {
    if (REASON_WORD.test(after)) clause = firstOf(clause, REASON_CLAUSE().exec(after)?.index ?? -1);
    if (ATTRIBUTION_END.test(after)) clause = firstOf(clause, ATTRIBUTION_CLAUSE.exec(after)?.index ?? -1);
  }
  // ("after the Fed's June meeting show that officials expect": what the evidence shows is a clause of its own, whose
  // tense is not the day's)
  if (after.includes(' that ')) {
    const shown = EVIDENCE_THAT.exec(after);
    if (shown) clause = firstOf(clause, shown.index + shown[0].length - 5);
  }
  return firstOf(clause, AND_CLAUSE.exec(after)?.index ?? -1);
}

/** A verb of evidence and the "that" opening what it shows: "show that", "suggested that", "indicates that". */
const EVIDENCE_THAT = /\s(?:show|shows|showed|shown|suggest|suggests|suggested|indicate|indicates|indicated|imply|implies|implied|reveal|reveals|revealed)\s+that\s/i;

/** The earlier of two places, either -1 for none. */
function firstOf(a: number, b: number): number {
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}
/** A reason set off by a comma and a participle: "expects lower earnings, citing weak advertising in April". */
const CITING = /,\s+(?:citing|blaming|noting)\s/gi;
/** The words before a date from the reason it stands in, if any: the verb before the reason tells not of its evidence. */
function ownClause(before: string): string {
  let from = -1;
  for (const m of before.matchAll(CITING)) from = m.index + m[0].length;
  return from < 0 ? before : before.slice(from);
}
/** A relative clause set off by commas and closed before the date: "Rovers, who lost heavily, host City on Boxing Day"
 *  (not a list's comma: "Taylor, who stepped down as chairman, president and chief executive in March"). */
const CLOSED_RELATIVE = /,\s*(?:who|which)\s[^,;:()]*,(?=[^,;:()]*$)(?![^,;:()]*\b(?:and|or)\b)/i;
/** The words before a date without a relative clause closed before it, which tells of its subject, not of the date. */
const withoutClosedRelative = (before: string): string => (before.includes(',') ? before.replace(CLOSED_RELATIVE, ' ') : before);
/** The tense of a date in such a reason when its own words tell none: the evidence cited has been ("cut its rating,
 *  citing weaker bookings over the summer"). */
const citedTense = (before: string, own: string): Tense => (own.length < before.length ? 'past' : 'unknown');
/** ", which starts on", ", who flies out to Rome on": a short relative clause set off by a comma, open before the date. */
const RELATIVE_CLAUSE_OPEN = /,\s*(?:which|who|where)(?:\s+[^\s,;:]+){1,8}\s+$/i;
/** ", sold in", ", first opened to the public on": a past participle opening an aside after a comma, before the date. */
const PARTICIPLE_ASIDE_OPEN = lazyPattern(() => /,\s*(?:(?:first|originally|previously|recently|last|later)\s+)?(?:\p{Ll}{2,}ed|sold|built|bought|made|held|won|paid|found|begun|taken|given|written|seen|known|shown|founded|born)\s+(?:[^\s,;:]+\s+){0,4}$/u);
/** Words of a clause in the present that make a deadline after it lie ahead: "have until Friday", "must pay by May 6". */
const PRESENT_DEADLINE = wordSet('has have must need needs is are will can should given'
  + ' gets get remains remain stays stay');
/** Verbs that fix a date ahead of when they are told: "set the trial for September 14", "adjourned it until Friday". */
const SCHEDULING = wordSet('set fixed scheduled listed adjourned postponed deferred rescheduled extended moved pushed'
  + ' delayed booked slated pencilled penciled remanded bailed'
  // "classes were suspended until Monday", "had cancelled all crossings until Friday": a halt is called off on a day
  // ahead of the calling
  + ' suspended halted paused cancelled canceled grounded'
  // "unions called a general strike for Thursday": an event called is called for a day ahead
  + ' called'
  // "the amendment would have imposed a deadline of 27th February": a deadline imposed falls after the imposing
  + ' imposed imposes impose');
/** Nouns of a day fixed, before "of" and the day: "a trial date of", "a deadline of". */
const DATE_NOUNS = wordSet('date deadline');
/** Participles of a forecast right before its deadline: "expected by", "forecast for", "predicted through". */
const FORECAST = wordSet('expected forecast forecasted predicted due');
/** Verbs in the present of something that lasts, right before "until"/"through": "runs through Friday". */
const LASTING = wordSet('runs run continues continue lasts last remains stays extends');
/** How many words before the deadline's preposition its verb may stand: "must hand over their remaining evidence by". */
const DEADLINE_REACH = 6;

/** Whether the word before a date (`left`, nearest first) makes it a deadline ("extended to", "until"), not the end of a
 *  span ("the year to March"). */
/** A past verb within six words before "before" (`left[0]`), no plan's verb, "to" or modal nearer it. */
// (not a day counted from it: "fell on the Tuesday before Christmas Day", "the week before Easter")
function doneBefore(left: readonly string[]): boolean {
  if (/^(?:\p{L}+day|days?|weeks?|weekend|nights?|months?|years?)$/u.test(left[1] ?? '')) return false;
  for (let k = 1; k < Math.min(left.length, 7); k++) {
    const w = left[k];
    if (w === 'to' || w === 'would' || MODALS_AHEAD.has(w) || FUTURE_AUXILIARIES.has(w) || PLANS_TOLD.has(w)) return false;
    if (isPastWord(w)) return true;
  }
  return false;
}
// ("the package needed before Christmas Eve to avert a shutdown": a need, told of what is still to do)
const PLANS_TOLD = wordSet('promised pledged vowed hoped wanted aimed planned expected scheduled set due'
  + ' needed required');

function opensDeadline(left: readonly string[]): boolean {
  // ("the nine months through March" is a span that ends then, as "the year to March" is, told in its verb's tense)
  return left.length > 0 && DEADLINE.has(left[0]) && !((left[0] === 'to' || left[0] === 'through') && SPAN_UNITS.has(left[1] ?? ''));
}

/** How many words before "until" a perfect passive's "has been" may stand: "has been issued for the much of the name
 *  area until". */
const PERFECT_REACH = 12;

/** `left` (nearest first, `left[0]` "until") holds "has been" or "have been" and a participle nearer the day, within
 *  PERFECT_REACH words, with no verb of the past, nor a span's "from" or "since", between. */
function perfectPassiveInForce(left: readonly string[]): boolean {
  for (let k = 1; k < Math.min(left.length, PERFECT_REACH + 1); k++) {
    const w = left[k];
    if (w === 'from' || w === 'since' || w === 'had' || w === 'was' || w === 'were' || w === 'did') return false;
    if (k >= 3 && (w === 'has' || w === 'have') && left[k - 1] === 'been') return /^\p{Ll}{3,}(?:ed|en)$/u.test(left[k - 2]);
  }
  return false;
}

/** `clause` (the words before "until", nearest first) holds "not" after a verb told in the past and no prospect. */
function notUntilInThePast(clause: readonly string[]): boolean {
  const not = clause.indexOf('not');
  return not >= 0 && clause.slice(not + 1, not + 3).some(isPastWord) && !clause.some(w => FUTURE.has(w) || MODALS_NEAR.has(w));
}

/** Spans counted up to a month: "the year to March", "the 12 months to June", "the quarter to September". */
const SPAN_UNITS = wordSet('year years months quarter quarters weeks half');
/** Two or more capitalised words, "and" or "of" between them perhaps: one name ("the Food and Drug Administration"),
 *  which counts as one word between a deadline and its verb ("would ask the Food and Drug Administration … by March"). */
const NAME_RUN = lazyPattern(() => /\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:and|of|for|&)\s+)?\p{Lu}[\p{L}'’.-]*)+/gu);

/** A short aside in brackets: "(CDA)", "(the party's)". */
const BRACKETED = /\([^()\n]{1,40}\)/g;

/** Whether `left` (words before the date, nearest first) opens a deadline or a fixed date that lies ahead. */
function deadlineAhead(left: readonly string[]): boolean {
  // "set a trial date of Nov. 12": the date a noun names, fixed as a deadline is
  const named = left[0] === 'of' && DATE_NOUNS.has(left[1] ?? '');
  if (!DEADLINE.has(left[0]) && left[0] !== 'for' && !named) return false;
  const clause = left.slice(named ? 2 : 1, (named ? 2 : 1) + DEADLINE_REACH);
  // ("the union had set a deadline of 11:59 p.m. Wednesday but extended it": a deadline told from after it says no more)
  // ("the hearing, originally set for May 30, was moved": a plan told from after it says no more either)
  const toldFromAfter = clause.some(w => w !== 'had' && LOOKED_BACK.has(w));
  if (named) return clause.some(w => SCHEDULING.has(w)) && !toldFromAfter && !clause.includes('had');
  // "gusts were expected to ease by Tuesday night", "said the fire would reach the road by Friday": what was foreseen
  // comes after the foreseeing, so a report's deadline for it is the coming day (not "had until", "was extended to")
  if (left[0] !== 'for' && foreseen(clause, left)) return true;
  // "set the trial for September 14", "the hearing was adjourned until Friday", "the deadline was extended to Friday":
  // a date fixed or moved is fixed ahead of when it was fixed, and a report of the week tells the coming one
  if (clause.some(w => SCHEDULING.has(w)) && !toldFromAfter) return true;
  // "had until Friday": told from the past, it says nothing of now
  if (clause.some(w => w === 'had' || w === 'was' || w === 'were' || w === 'did')) return false;
  // "a flood watch has been issued for much of the river valley until Tuesday morning": a thing put in force in the
  // perfect is in force now and lasts till the day, however long its place (not "has been held from Friday until")
  if ((left[0] === 'until' || left[0] === 'till') && perfectPassiveInForce(left)) return true;
  // "gusts of 80 mph expected by Tuesday evening", "rain forecast for Sunday": a forecast's participle looks ahead
  if (FORECAST.has(clause[0] ?? '')) return true;
  // "early voting runs through Friday", "the show continues until Sunday": a spell in the present lasts up to a day ahead
  if (left[0] !== 'for' && LASTING.has(clause[0] ?? '')) return true;
  // "a warning covers the north from midnight until noon on Sunday", "the road is shut from 10pm until Monday": a span
  // told with no past form in its clause is ahead (not "the road closed from 10pm until 6am on Monday")
  if ((left[0] === 'until' || left[0] === 'till') && clause[1] === 'from' && !clause.some(isPastWord)) return true;
  // "the market will continue every Saturday through October": a spell a future auxiliary gives lasts up to a day ahead
  if (left[0] !== 'for' && clause.some((w, k) => LASTING.has(w) && FUTURE_AUXILIARIES.has(clause[k + 1] ?? ''))) return true;
  // "has gained 4% so far through June 30": a perfect counts up to the day; only "has until" gives time ahead
  if (left[0] === 'for' || left[0] === 'to' || left[0] === 'through') return false;
  // ("have closed until Monday", "has been suspended until Friday": a state the perfect says holds now lasts till then)
  const until = left[0] === 'until' || left[0] === 'till';
  return clause.some((w, k) => PRESENT_DEADLINE.has(w)
    && (k === 0 || (w !== 'has' && w !== 'have') || (until && (k === 1 || (k === 2 && clause[1] === 'been')))));
}

/**
 * `clause` (the words before a deadline, nearest first) foresees its verb: "would reach the road", "expected to ease",
 * "forecast to reach the coast" (not a plan given up, "had been due to close").
 */
function foreseen(clause: readonly string[], left: readonly string[]): boolean {
  for (let k = 1; k < clause.length; k++) {
    if (clause[k] === 'would' || MODALS_AHEAD.has(clause[k])) return true;
    // (the words past the clause too: "had hoped to have the building reopened by")
    if (clause[k] === 'to' && (FORESEEN.has(clause[k + 1] ?? '') || PLAN_TO.has(clause[k + 1] ?? '') || PLANNED_TO.has(clause[k + 1] ?? ''))) return left[k + 3] !== 'had' && left[k + 4] !== 'had';
  }
  return false;
}

const WORD = /[\p{L}\p{N}'’]+/gu;

/** Adjectives of what may yet happen: after "was" they report a prospect ("an election in the autumn was now possible"). */
const PROSPECTIVE = wordSet('possible impossible likely unlikely probable improbable feasible'
  + ' inevitable unavoidable conceivable realistic unrealistic achievable doable imminent');
/** Verbs of what was said or seemed before "to be", which tell no prospect: "was reported to be felt", "claimed to be". */
const SEEMING = wordSet('said reported claimed alleged thought believed known understood rumoured'
  + ' rumored appeared seemed');
/** "was reported to be felt across the county on Monday": "be" at `k` (in `left`, nearest first) after such a verb and
 *  "to" is of the past the verb tells, no time ahead (unless a prospect follows it: "was said to be due in March"). */
const seemingToBe = (left: readonly string[], k: number): boolean => left[k] === 'be' && left[k + 1] === 'to'
  && SEEMING.has(left[k + 2] ?? '') && !left.slice(0, k).some(w => FUTURE.has(w));

/** Adverbs between the copula and such an adjective: "was now possible", "was still not likely". */
const COPULA_ADVERBS = wordSet('now still not also increasingly quite very highly more less'
  + ' most least entirely perfectly only just already no longer hardly even therefore');

/** What weighs a thing that may happen: "the chances of", "bets on", "expectations of". */
const ODDS = wordSet('chance chances odds prospect prospects likelihood probability possibility'
  + ' risk risks expectations bets bet hopes pricing speculation talk');

/**
 * Whether `copula` with `after` (the words after it, in reading order) reports a prospect, not a state of the past:
 * "was now possible", "were unlikely" against "was poor". Told in the past, what was possible still lies ahead of it,
 * and a report of it in the news is of the coming season or month.
 */
function prospect(copula: string, after: readonly string[]): boolean {
  if (copula !== 'was' && copula !== 'were') return false;
  let k = 0;
  while (k < after.length && COPULA_ADVERBS.has(after[k])) k++;
  return PROSPECTIVE.has(after[k] ?? '');
}

/**
 * The tense of the nearest tense-bearing word in the same sentence within `maxWords` words (the left one wins a
 * tie), or 'unknown'.
 */
export function tenseAround(text: string, start: number, end: number, maxWords: number): Tense {
  const whole = text.slice(sentenceStartBefore(text, start), start);
  const before = ownClause(whole);
  // more words than are read, for the word before the farthest one (a passive's "be") and a plan's "had been"
  // (read once with the arrangement's words below: each is the nearest so many of the same words)
  const wordsMax = Math.max(maxWords + 1 + LOOKED_BACK_REACH, ARRANGED_REACH);
  const words = wordsOf(withoutClosedRelative(before), wordsMax, true);
  let raw: string[] | undefined;
  const left = words.slice(0, maxWords + 1 + LOOKED_BACK_REACH);
  // "running hot going into December", "heading into the weekend": a time still to come, however the clause is told
  if (left[0] === 'into' && HEADING.has(left[1] ?? '')) return 'future';
  // "doubled the chances of a November rate cut", "bets on a June hike": a thing still weighed, however the weighing
  // is told
  if ((left[0] === 'a' || left[0] === 'an') && (left[1] === 'of' || left[1] === 'on') && ODDS.has(left[2] ?? '')) return 'future';
  // "have until Friday to appeal", "set the trial for September 14": a deadline or a date fixed ahead, told now
  // (a name's abbreviation in brackets is no word between: "gave the leaders of the Appeal (CDA) until Friday")
  // (its last word is left[0] or ends in "name" unless a bracket went, and deadlineAhead needs a deadline's word there)
  // "the vote, originally scheduled for Friday, was postponed": a plan given up may have been for a day on either side
  if ((left[0] === 'for' || left[0] === 'until') && SCHEDULING.has(left[1] ?? '') && LOOKED_BACK_ADVERBS.has(left[2] ?? '')) return 'unknown';
  // "the report had been scheduled for Oct. 4, but was postponed": so too a plan for a day of the month told from after
  // it (a weekday is left to the week's reading: "had been set for Monday" is as often the coming one)
  if (left[0] === 'for' && /\d/.test(text.slice(start, end)) && SCHEDULING.has(left[1] ?? '') && left[2] === 'been' && left[3] === 'had') return 'unknown';
  if (left.length > 0 && (DEADLINE.has(left[0]) || left[0] === 'for' || left[0] === 'of' || before.includes(')')) && deadlineAhead(wordsOf(before.replace(BRACKETED, ' ').replace(NAME_RUN(), 'name'), Math.max(3 + DEADLINE_REACH, PERFECT_REACH + 1), true))) return 'future';
  // "the deal was not completed until January", "did not arrive until March": what did not happen until a day happened
  // then, and told in the past that day is gone (not "was not expected until March")
  if (left[0] === 'until' && notUntilInThePast(left.slice(1, 1 + DEADLINE_REACH))) return 'past';
  // "extended to Nov. 6", "until mid-November": a deadline, ahead of whatever happened (not "rose 3% in the year to
  // March", "the three months to June": a span that ends then, told in its verb's tense)
  // "died in his home shortly before Christmas": what was done before a day, told in the past, was done by then (not
  // "would leave before May", "promised a decision before June": a plan's day may be ahead)
  if (left[0] === 'before' && doneBefore(left)) return 'past';
  if (opensDeadline(left)) return 'unknown';
  const own = clauseAfter(text, end, before);
  let after = own.after;
  // "The building, sold in March, will be torn down": a participle's aside set off by commas is the date's clause, and
  // the verb after it the sentence's
  if (/^\s*,/.test(after) && PARTICIPLE_ASIDE_OPEN().test(before)) after = '';
  const right = wordsOf(after, maxWords + 1, false);
  // "Councillors on Wednesday approved plans for 120 homes", "the council Tuesday rejected the bid": a regular past
  // right after the day, its subject before it, is the verb (before its object's noun it reads as an adjective
  // elsewhere: "preferred shares"; and "plans" is no plan here); not a plan's participle: "a meeting on Monday scheduled
  // for 10am"
  if (right.length > 0 && VERB_RIGHT_AFTER.test(after) && (left[0] === 'on' || (left.length > 0 && !VERB_FOLLOWERS.has(left[0])))
    && right[0].length > 4 && right[0].endsWith('ed') && !NOT_PAST_ED.has(right[0])
    && !(FUTURE.has(right[0]) && PARTICIPLE_AHEAD_AFTER.has(right[1] ?? ''))) return 'past';
  // "the hearing is on Monday", "the record date is Nov. 9": an event said to be on a day is still ahead
  if (left.length > 0 && (COPULA.has(left[0]) || (left[0] === 'on' && COPULA.has(left[1] ?? '')))) return 'future';
  // "forecasters said the autumn would be wetter", "said that Friday will be a day of mourning": a time that opens what
  // was said, as its subject before a future auxiliary, is ahead of the saying
  // (a period's noun after a season between: "said the autumn term would start in September")
  const subjectEnd = PERIOD_NOUNS.has(right[0] ?? '') && /^[ \t]+\p{Ll}/u.test(after) ? 1 : 0;
  if (AHEAD_AUXILIARIES.has(right[subjectEnd] ?? '') && right[subjectEnd + 1] !== 'have' && /^[ \t]/.test(after)
    && (REPORTING.has(left[0] ?? '') || (left[0] === 'that' && REPORTING.has(left[1] ?? '')))) return 'future';
  // "told reporters on Tuesday workers would vote": the day is when they spoke, whatever the reported clause says
  const spoken = left[0] === 'on' ? 1 : 0;
  if (REPORTING.has(left[spoken + 1] ?? '') && !FUTURE.has(left[spoken]) && !PAST.has(left[spoken]) && !PASSIVE.has(left[spoken + 2] ?? '')) return 'past';
  // "set to expire Nov. 6": what a plan is to do comes after whatever the plan's own tense
  const planned = left.length > 1 && left[1] === 'to';
  // "is to resume talks Monday", "set to resume Monday": an arrangement, ahead of the article
  const leading = words.slice(0, ARRANGED_REACH);
  for (let k = 1; k + 1 < leading.length; k++) {
    // ("were halted in March due to the coronavirus": "due to" before a cause is no arrangement)
    if (leading[k] === 'to' && ARRANGED.has(leading[k + 1]) && !lookedBack(leading, k + 2) && !dueToACause(leading[k + 1], 'to', leading[k - 1])) {
      // "was due to start in June but was delayed", "was due to return in May but the ground was still too wet": a plan
      // told in the past, then a "but" clause told in the past of what stood in its way, was for a time now gone
      if ((leading[k + 2] === 'was' || leading[k + 2] === 'were') && planFailedAfter(text, end)) return 'past';
      return 'future';
    }
  }
  for (let k = 0; k < maxWords; k++) {
    // "held rates and could cut in September": a possibility right before the date's verb is ahead (not "could not
    // attend on Monday", "could have cut in March")
    if (k > 0 && k <= 3 && MODALS_NEAR.has(left[k]) && !NOT_AHEAD_AFTER_MODAL.has(left[k - 1])) return 'future';
    // "will be paid Dec. 14", "to be completed by March": a passive's participle leaves the tense to its auxiliary
    // "plan to march on Thursday": the plan's "to" counts where it stands, so a nearer "said" still wins
    if (left[k] === 'to' && PLAN_TO.has(left[k + 1])) return 'future';
    // "are due in court Monday", "is expected Thursday": a prospect after "is" or "are" is no passive's participle
    if (k < left.length && FUTURE.has(left[k]) && PRESENT_BE.has(left[k + 1] ?? '')) return 'future';
    // ("will be shown and sold on Sept. 28": a participle joined by "and" to a passive's is that passive's too)
    let l = k < left.length && !PASSIVE.has(left[k + 1]) && !adverbInPassive(left, k) && !passiveJoined(left, k) && !toldNoTense(left[k], left[k + 1]) && !(k > 1 && dueToACause(left[k], left[k - 1], left[k - 2]))
      ? tenseOf(left[k], k, k === 0 ? '' : left[k - 1]) : 'unknown';
    if (l === 'unknown' && k > 0 && pastAfterSingular(left[k], left[k + 1], left[k + 2], left[k - 1])) l = 'past';
    if (l === 'unknown' && (pastInRelative(left[k], left[k + 1], left[k + 2]) || pastAfterPastAnd(left, k))) l = 'past';
    if (l === 'unknown' && k > 0 && k < left.length && pastBeforeName(left, k, () => (raw ??= rawWordsOf(withoutClosedRelative(before), wordsMax, true)), before)) l = 'past';
    if (l === 'past' && prospect(left[k], left.slice(0, k).reverse())) l = 'future';
    if (l === 'future' && seemingToBe(left, k)) l = 'past';
    // "their pay rise was due on 1 April": what was due right on the day, told in the past, fell due on one gone
    if (l === 'future' && k <= 1 && left[k] === 'due' && (left[k + 1] === 'was' || left[k + 1] === 'were')) l = 'past';
    // "had been due to lapse Friday", "the match, as originally planned, on Sunday": a plan told from the past says no more
    if (l !== 'unknown' && !(planned && l === 'past') && !(l === 'future' && lookedBack(left, k + 1))) return l;
    // after the date a regular past form that follows its subject is a verb too: "Over the weekend, officials confirmed …"
    const previous = k > 0 ? right[k - 1] : '';
    let r = k < right.length && !PASSIVE.has(previous) && !toldNoTense(right[k], previous)
      && !(right[k] === SINCE && futureAuxiliaryBefore(before))
      // ("closed lower on Thursday due to profit-taking": after the day, "due to" gives a cause, no prospect)
      && !(right[k] === 'due' && right[k + 1] === 'to')
      ? tenseOf(right[k], k, k > 0 && !VERB_FOLLOWERS.has(previous) ? '' : right[k + 1]) : 'unknown';
    if (r === 'past' && prospect(right[k], right.slice(k + 1))) r = 'future';
    if (r === 'unknown' && k > 1 && pastAfterSingular(right[k], right[k - 1], right[k - 2], right[k + 1])) r = 'past';
    if (r !== 'unknown' && !(planned && r === 'past')) return r;
  }
  // "with thunderstorms likely on Friday evening", "a ruling expected Thursday": a prospect where no verb near says
  // otherwise ("the verdict, due on Monday, was delayed")
  // ("raised its forecast on Tuesday", "the bank's forecast on Friday": after a determiner or a possessive it is a noun)
  const prospective = left[0] === 'on' ? 1 : 0;
  if (PROSPECTIVE_BEFORE_DAY.has(left[prospective] ?? '') && !NOUN_OPENERS.test(left[prospective + 1] ?? '')) return 'future';
  // (the clause's own verb, however far before the date, where a comparison was cut off after it)
  if (own.compared && wordsOf(before, Infinity, true).some(isPastWord)) return 'past';
  return citedTense(whole, before);
}

/** Whether the word at `k` (nearest first) follows "and" or "or" and a participle after a passive's "be", "is", "are". */
function passiveJoined(left: readonly string[], k: number): boolean {
  return (left[k + 1] === 'and' || left[k + 1] === 'or') && PASSIVE.has(left[k + 3] ?? '');
}

/** What opens a cause after "due to": a determiner, a figure, a plural or an "-ing" form ("due to a heat wave", "due to
 *  rising costs"); not an infinitive's verb ("due to start"). */
const CAUSE_OPENER = /^(?:\d|(?:a|an|the|its|their|his|her|our|this|that|these|those|poor|bad|heavy|high|low|strong)$|\p{L}{3,}(?:ing|s)$)/u;

/** "spread rapidly on Saturday due to a heat wave": "due to" before a cause names no time ahead, as "due to start" does. */
function dueToACause(word: string | undefined, to: string | undefined, next: string | undefined): boolean {
  return word === 'due' && to === 'to' && next !== undefined && CAUSE_OPENER.test(next);
}

/** Nouns of a period a season or a month names as their first word: "the autumn term", "the spring semester". */
const PERIOD_NOUNS = wordSet('term semester session season sitting recess break holidays quarter half');

/** Auxiliaries after a time that is their subject, which put it ahead: "the autumn would be wetter". */
/** "will be officially observed on", "is formally opened on": an adverb in "-ly" between a passive's "be" and its
 *  participle leaves the tense to the auxiliary, as with none. */
const adverbInPassive = (left: readonly string[], k: number): boolean =>
  (left[k + 1]?.length ?? 0) > 4 && left[k + 1].endsWith('ly') && PASSIVE.has(left[k + 2]);

const AHEAD_AUXILIARIES = wordSet('will would could may might should shall');

/** A hyphen between two letters: "two-century", "long-awaited". */
const HYPHEN_IN_WORD = /(?<=[a-z])-(?=[a-z])/gi;
/** Future auxiliaries: the verb phrase after them is ahead, whatever its object ("will sign the budget on Friday"). */
const FUTURE_AUXILIARIES = wordSet("will shall wo won't won’t shan't shan’t");
/** Modals of what may be, and what after one tells of none or of one gone ("could not", "might have"). */
const POSSIBLE_AUXILIARIES = wordSet('may might could');
const NOT_POSSIBLE = wordSet('not have never hardly only barely');
/** A writer's own "we could call it", which is a manner of speaking, no prospect. */
const FIRST_PERSON = wordSet('i we you one');
/** Words a possibility may stand from its day (the other auxiliaries: AUXILIARY_REACH). */
const POSSIBLE_REACH = 15;
/** A prospect after "is" or "are": "showers are likely on". */
const PROSPECTS = wordSet('likely possible');
/** What opens a relative clause, whose verb the day may be of ("areas that flooded on"). */
const RELATIVE = wordSet('that which who whose where');
/** "we'll", "they’ll": the auxiliary glued to its subject. */
const GLUED_WILL = /['’]ll$/;
/** Plans in the present, which put what they plan ahead: "plan a rally", "expects the ruling", "hopes to". */
const PLAN_VERBS = wordSet('plan plans intend intends expect expects hope hopes');
/** Verbs in the present of telling what is to come: "predict", "anticipates". */
const FORETELLING = wordSet('predict predicts anticipate anticipates foresee foresees');
/** Determiners that open a planned verb's object, and that before the plan make a noun of it. */
const PLAN_OBJECTS = wordSet('a an the its their his her our this another');
/** Words between the auxiliary and a weekday: its verb, an object, a preposition ("will meet investors in Kessel on"). */
const AUXILIARY_REACH = 10;
/** The same for a day's event named by its possessive ("will play … on Thursday for a place in Saturday's final"): the
 *  event's noun and what leads to it stand between. */
export const EVENT_AUXILIARY_REACH = 16;

/**
 * Whether the clause just before a date (`before`: its sentence up to the date) is ruled by a future auxiliary with
 * no past word, reporting verb or clause break after it: "will meet investors on", not "will, he said on", not "will
 * be paid, which it was on". With `possible`, a possibility too ("could bring gales to the coast on", "showers are
 * likely on"), read further back.
 */
export function futureAuxiliaryBefore(before: string, reach = AUXILIARY_REACH, possible = false): boolean {
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  if (auxiliaryInClause(before.slice(cut + 1), reach, possible)) return true;
  // "will then head to the north, the Midlands and the east of England on": a list's items joined by commas and "and"
  // are the verb's object, no clause of their own, so the auxiliary before the first reaches over them
  const and = before.lastIndexOf(' and ');
  if (and <= cut || before[cut] !== ',') return false;
  let head = cut;
  if (!listItem(before.slice(cut + 1, and))) return false;
  for (let comma = before.lastIndexOf(',', head - 1); comma > 0 && listItem(before.slice(comma + 1, head)); comma = before.lastIndexOf(',', head - 1)) head = comma;
  const last = before.slice(and + 5);
  return verbless(last, reach) && auxiliaryInClause(`${before.slice(0, head)} ${last}`, reach + LIST_REACH, possible);
}

/** Subjects that open a clause of their own after "and" ("and it hit York on"), no list's item. */
const SUBJECTS = wordSet('it he she they we i you there this that');
/** Words more an auxiliary reaches over a list. */
const LIST_REACH = 4;

/** Whether a stretch between commas is a list's item: a few words, no verb told or reported, no clause opener. */
function listItem(s: string): boolean {
  return verbless(s, 5);
}

/** Whether a stretch has up to `max` words and none a verb told or reported, a participle in small letters ("according
 *  to", not "Reading"), a clause opener or an auxiliary. */
function verbless(s: string, max: number): boolean {
  const raw = rawWordsOf(s, max + 1, false);
  const words = lowered(raw);
  return words.length > 0 && words.length <= max && !raw.some(w => /^[a-z]+ing$/.test(w)) && !words.some(w => PAST.has(w) || REPORTING.has(w) || RELATIVE.has(w) || SUBJECTS.has(w)
    || FUTURE_AUXILIARIES.has(w) || POSSIBLE_AUXILIARIES.has(w) || AHEAD_AUXILIARIES.has(w) || isPastWord(w));
}

/** futureAuxiliaryBefore within one clause. */
function auxiliaryInClause(clause: string, reach: number, possible: boolean): boolean {
  // (a name of two words or more counts as one word: "will speak with Russian President Vladimir Putin on the topic of
  // Syria on" is the verb's reach as "will speak with name on the topic of Syria on")
  // (and a hyphened word one word: "will mark the two-century mark with a special service on")
  const named = clause.replace(NAME_RUN(), 'name');
  // (a possibility reaches further, over a long object and its place: "could dump two inches of rain over parts of the
  // coast through"; the other auxiliaries keep their reach)
  const words = wordsOf(named.includes('-') ? named.replace(HYPHEN_IN_WORD, '') : named, possible ? Math.max(reach, POSSIBLE_REACH) : reach, true);
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    // ("gusts are likely across the islands on", "conditions are possible to begin on": a prospect in the present; not
    // "is expected", which an undated page often says of the day it was written, the day its scan gives a week later)
    if (possible && PROSPECTS.has(word) && PRESENT_BE.has(words[k + 1] ?? '')) return true;
    if (k >= reach && !POSSIBLE_AUXILIARIES.has(word)) {
      if (PAST.has(word) || REPORTING.has(word) || RELATIVE.has(word)) return false;
      continue;
    }
    if (FUTURE_AUXILIARIES.has(word) || GLUED_WILL.test(word)) return true;
    // ("the first flight can go ahead on Tuesday": a possibility right before its verb and particle is ahead too)
    if (word === 'can' && k <= 3) return true;
    // (with `possible`, "may", "might" and "could" before a verb: not "could not", "might have", "May" the month)
    // (nor across a relative clause, "could fall on areas that received rain on", nor a writer's manner of speaking, "we
    // could call the show on Sunday night an upset")
    if (possible && POSSIBLE_AUXILIARIES.has(word) && k > 0 && !NOT_POSSIBLE.has(words[k - 1]) && !FIRST_PERSON.has(words[k + 1] ?? '')) return true;
    if (possible && RELATIVE.has(word)) possible = false;
    // "said he would begin talks with party leaders on Monday": the future of the saying, which is recent (not "would
    // have")
    if (word === 'would' && words[k - 1] !== 'have' && !(words[k - 1] === 'not' && words[k - 2] === 'have')) return true;
    // "tenant groups plan a rally outside the Assembly on Saturday", "the union intends to strike on Friday": a plan in
    // the present, a verb where its object or "to" follows and no determiner makes a noun of it ("the plan a …")
    if (PLAN_VERBS.has(word) && (words[k - 1] === 'to' || (word !== 'hope' && word !== 'hopes' && PLAN_OBJECTS.has(words[k - 1] ?? ''))
      // "forecasters expect more rain on Thursday": "expect" is no noun, whatever its object opens with
      || ((word === 'expect' || word === 'expects') && k > 1))
      && !PLAN_OBJECTS.has(words[k + 1] ?? '')) return true;
    // "forecasters predict temperatures of up to 36 degrees on Friday": a forecast in the present is of what is ahead
    if (FORETELLING.has(word) && k > 1 && !PLAN_OBJECTS.has(words[k + 1] ?? '')) return true;
    // ("will make its first appearance since 2016 on": a year counted from is no past verb of the clause)
    if (word === SINCE && /^\d{4}$/.test(words[k - 1] ?? '')) continue;
    if (PAST.has(word) || REPORTING.has(word)) return false;
  }
  return false;
}

/** Words of the "but" clause that say what it tells is yet to come, or no past at all. */
const NOT_YET = wordSet("will would shall 'll ’ll now is are has have still may might could");

/**
 * Whether the sentence goes on, after a plan's date, with "but" and a clause told in the past within a few words: "but
 * was delayed", "but the ground was too wet", "but an inspection found cracks" (not "but will now open in August", "but
 * is now expected in July").
 */
export function planFailedAfter(text: string, end: number): boolean {
  const m = /^[^.;:!?]*?\bbut\s+((?:[\p{L}'’-]+\s+){0,5}[\p{L}'’-]+)/u.exec(text.slice(end, sentenceEndAfter(text, end)));
  if (!m) return false;
  // the first word that tells a tense, within six words
  for (const w of m[1].toLowerCase().split(/\s+/)) {
    if (NOT_YET.has(w)) return false;
    if (w === 'never' || w === 'did' || isPastWord(w)) return true;
  }
  return false;
}

/** Whether a word that tells the plan from the past stands just before `from` in `left` (nearest first). */
function lookedBack(left: readonly string[], from: number): boolean {
  return left.slice(from, from + LOOKED_BACK_REACH).some(w => LOOKED_BACK.has(w));
}

/** What follows a "to" that is a preposition, not an infinitive's: a figure or a determiner ("to $40", "to the sale"). */
const PREPOSITION_TO_BEFORE = /^(?:\d|(?:a|an|the|its|their|his|her|our|this|that)$)/;

/**
 * The tense of the nearest tense-bearing word anywhere in the sentence (left first at equal distance), for a date whose
 * own phrase has none: "who handed over the shop, the orchard and the press in March" is the March gone, "will be named
 * commander of a voyage in December" the December ahead. Reporting verbs do not count this far away.
 */
export function sentenceTense(text: string, start: number, end: number): Tense {
  const whole = text.slice(sentenceStartBefore(text, start), start);
  const before = ownClause(whole);
  const left = wordsOf(withoutClosedRelative(before), Infinity, true);
  if (opensDeadline(left)) return 'unknown';
  const { after } = clauseAfter(text, end, before);
  const right = wordsOf(after, Infinity, false);
  // so far from the date a past form only counts before a word a verb takes, and not before an infinitive's "to":
  // "agreed to buy the line in February" is a purchase still ahead; "rose to $40 in June from $30 in March" and
  // "agreed to the sale in March" are done
  const far = (words: string[], k: number, next: string, afterNext: string, auxiliary: string, beforeThat: string): Tense => {
    if (k >= words.length || PASSIVE.has(auxiliary) || toldNoTense(words[k], auxiliary)) return 'unknown';
    if (words === left && seemingToBe(left, k)) return 'past';
    if (MODALS_AHEAD.has(words[k])) return 'future';
    // "reported a loss in April", "announced plans in October", "announced the deal in May": a report's verb before its
    // object is a past verb of its own, not the saying of a clause (no "to" of a plan between: "announced a plan to
    // open stores in April" is ahead; "said" takes a clause)
    if (k > 0 && OBJECT_REPORTED.has(words[k]) && OBJECT_OPENERS.has(next) && !words.slice(0, k).includes('to')) return 'past';
    const tense = pastAfterSingular(words[k], auxiliary, beforeThat, next) ? 'past' : tenseOf(words[k], REPORTING_REACH, next === '' ? undefined : next);
    return tense === 'past' && next === 'to' && !PREPOSITION_TO_BEFORE.test(afterNext) ? 'unknown' : tense;
  };
  // "On 17 September, the members of the panel said they would stay": a day that opens its sentence is the day of the
  // clause's own verb, a saying however far on, not of what the saying reports ahead
  const opening = left.length === 0 || (left.length === 1 && OPENING_PREPOSITIONS.has(left[0]));
  for (let k = 0; k < Math.max(left.length, right.length); k++) {
    if (opening && REPORTING.has(right[k] ?? '') && !PASSIVE.has(right[k - 1] ?? '') && !FUTURE.has(right[k - 1] ?? '')) return 'past';
    const l = far(left, k, k === 0 ? '' : left[k - 1], k < 2 ? '' : left[k - 2], left[k + 1] ?? '', left[k + 2] ?? '');
    if (l !== 'unknown') return l === 'past' && prospect(left[k], left.slice(0, k).reverse()) ? 'future' : l;
    const r = right[k] === SINCE && futureAuxiliaryBefore(before) ? 'unknown' : far(right, k, right[k + 1] ?? '', right[k + 2] ?? '', k > 0 ? right[k - 1] : '', k > 1 ? right[k - 2] : '');
    if (r !== 'unknown') return r === 'past' && prospect(right[k], right.slice(k + 1)) ? 'future' : r;
  }
  // "'We must act,' said the minister in Rome on 10 December": a clause that opens on its saying after a quotation,
  // with no other tense in it, is the day of the saying
  if (QUOTE_THEN_SAYING.test(whole.slice(-90))) return 'past';
  return citedTense(whole, before);
}

/** A quotation closed, then its saying and the speaker up to the day, no comma or quotation between: "…,” said the
 *  minister in Rome on ". */
const QUOTE_THEN_SAYING = /["”’]\s*,?\s*(?:said|told|announced|stated)\s+[^"“”,;:.!?]{0,60}$/;

/** Prepositions a day opens its sentence with: "On 17 September, …", "In January, …". */
const OPENING_PREPOSITIONS = wordSet('on in');

/**
 * The tense `word` gives; `next` is the word after it in the text ('' for the date itself). A regular "-ed" form is a
 * verb only before a date, a number or a function word ("ended Sept. 30", "completed the sale"); before a noun it is an
 * adjective ("preferred shares", "an unspecified date").
 */
function tenseOf(word: string, distance: number, next: string | undefined): Tense {
  // "the proposed merger" looks ahead; "the mayor proposed a budget in March" tells what was done
  if (word === 'proposed' && next !== undefined && PLAN_OBJECTS.has(next)) return 'past';
  // ("signed the bill into law on Saturday, effective immediately": in force from the day itself, no time ahead)
  if (word === 'effective' && next === 'immediately') return 'unknown';
  if (FUTURE.has(word)) return 'future';
  // ("its first appearance since 2016 on Saturday": a year counted from tells nothing of the day)
  if (word === SINCE && next !== undefined && /^\d{4}$/.test(next)) return 'unknown';
  if (PAST.has(word) || (distance < REPORTING_REACH && REPORTING.has(word))) return 'past';
  if (word.length > 4 && word.endsWith('ed') && !NOT_PAST_ED.has(word) && !word.endsWith('ceed') && !REPORTING.has(word)
    && (next === undefined || next === '' || VERB_FOLLOWERS.has(next) || QUANTITY_WORDS.has(next) || /^\d/.test(next))) return 'past';
  return 'unknown';
}

/** Words a singular subject opens with before its noun: "the Fed", "its board". */
const SINGULAR_DETERMINERS = wordSet('the a an its his her their our this that');
/** Words right after a plain form that make it no verb with an object: a preposition, an auxiliary ("the tax cut in
 *  March", "the budget cut was"). */
const NO_OBJECT_AFTER = wordSet('in on at for by of to from with as and or but was'
  + ' were is are will would has had have could should may might must can');

/**
 * Whether a plain form that is also the past ("cut", "set") is the past: after "it", "he", "she" or a determiner and a
 * noun in the singular, before its object ("the Fed cut rates", "the council set its budget"; not "the tax cut in March").
 */
function pastAfterSingular(verb: string, before: string | undefined, beforeThat: string | undefined, next: string | undefined): boolean {
  if (!SAME_IN_PAST.has(verb) || next === undefined || next === '' || NO_OBJECT_AFTER.has(next)) return false;
  if (before === 'it' || before === 'he' || before === 'she') return true;
  return before !== undefined && beforeThat !== undefined && SINGULAR_DETERMINERS.has(beforeThat) && /^\p{L}+$/u.test(before)
    && !before.endsWith('s');
}

/** Words before a relative "that" or "which" that are no noun it may stand for: "so that", "now that", "said that". */
const NOT_ANTECEDENT = wordSet('so now such than all and or but in of on at for with'
  + ' by to is was be this that what said says told thought believed knew noted');

/**
 * "the earthquake that hit late Wednesday", "a fire which spread on Saturday": a plain form that is also the past, after
 * a relative "that" or "which" standing for a noun in the singular, is the past — the present would end in "-s".
 */
function pastInRelative(verb: string | undefined, before: string | undefined, noun: string | undefined): boolean {
  return verb !== undefined && SAME_IN_PAST.has(verb) && (before === 'that' || before === 'which') && noun !== undefined
    && /^\p{L}{3,}$/u.test(noun) && !noun.endsWith('s') && !NOT_ANTECEDENT.has(noun);
}

/** How many words before a coordinating "and" a past verb of the same clause is looked for. */
const COORDINATED_REACH = 10;

/**
 * "the blaze broke out Friday morning in the forest and spread rapidly on Saturday": a plain form that is also the past,
 * joined by "and" to a past verb a few words before, is the past too (not "and could spread", "and will spread").
 */
function pastAfterPastAnd(left: readonly string[], k: number): boolean {
  if (!SAME_IN_PAST.has(left[k] ?? '') || left[k + 1] !== 'and') return false;
  for (let j = k + 2; j < left.length && j < k + 2 + COORDINATED_REACH; j++) {
    if (FUTURE.has(left[j]) || MODALS_NEAR.has(left[j]) || PRESENT_BE.has(left[j])) return false;
    if (PAST.has(left[j]) || (left[j].length > 4 && left[j].endsWith('ed') && !NOT_PAST_ED.has(left[j]))) return true;
  }
  return false;
}

/** Whether a word, read anywhere in a clause, says the clause is in the past: "fell", "closed", "said". */
export function isPastWord(word: string): boolean {
  const w = word.toLowerCase();
  return PAST.has(w) || REPORTING.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w));
}

/**
 * The words nearest the expression first, lower-cased. Only the end of `s` nearest the expression is read when it holds
 * more than `max` words: the one it may cut in two is then not among them (a sentence's start is read once, not once
 * for each of its dates).
 */
function wordsOf(s: string, max: number, fromEnd: boolean): string[] {
  return lowered(rawWordsOf(s, max, fromEnd));
}

/** The words of wordsOf as the text writes them. */
function rawWordsOf(s: string, max: number, fromEnd: boolean): string[] {
  const reach = (max + 1) * NEAR_WORD_LENGTH;
  const cut = s.length > reach;
  let words = (cut ? (fromEnd ? s.slice(-reach) : s.slice(0, reach)) : s).match(WORD) ?? [];
  if (cut && words.length <= max) words = s.match(WORD) ?? [];
  return fromEnd ? words.slice(-max).reverse() : words.slice(0, max);
}

/**
 * Whether the word at `k` of `left` (nearest the date first) is a regular past before a name, its object ("the agency
 * approved Velquro on May 26", "acquired Dunmore Labs in March"): the past, as before a determiner. Not after a
 * determiner, where the form describes the name ("the embattled Halden on Friday"); the name's capital is read from the
 * words as written (`raw`, made on first need).
 */
function pastBeforeName(left: readonly string[], k: number, raw: () => readonly string[], before: string): boolean {
  const w = left[k];
  if (w.length <= 4 || !w.endsWith('ed') || NOT_PAST_ED.has(w) || w.endsWith('ceed') || REPORTING.has(w) || FUTURE.has(w)
    || SINGULAR_DETERMINERS.has(left[k + 1] ?? '') || PASSIVE.has(left[k + 1] ?? '')) return false;
  const words = raw(), name = words[k - 1] ?? '';
  // (the form in small letters, a word of the sentence, not of a title, "Painted Ruins is out"; the name no month or
  // weekday, "closed Nov 23rd"; nothing but a blank between them, "Closed: New Year's Day")
  return words[k] === w && /^\p{Lu}\p{Ll}/u.test(name) && !MONTH_OR_WEEKDAY.test(name) && before.includes(`${w} ${name}`);
}
/** A month's or a weekday's name or short form. */
const MONTH_OR_WEEKDAY = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)/;
/** Characters a word and its space take in most text: what is read of a long stretch for a few of its words. */
const NEAR_WORD_LENGTH = 12;

// "May" keeps its capital: the month is no modal
function lowered(words: string[]): string[] {
  return words.map(w => (w === 'May' ? w : w.toLowerCase()));
}

// A full stop ends a sentence before a capital, unless it closes an abbreviation ("Jan.", "Corp.") or an initial.
function isSentenceEnd(text: string, dot: number): boolean {
  const c = text.charCodeAt(dot);
  if (c === 10) return !wrappedLineBreak(text, dot);
  if (c === 33 || c === 63) return true;
  if (c !== 46) return false;
  let k = dot + 1;
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 10)) k++;
  if (k === dot + 1 || k >= text.length) return k >= text.length;
  const next = text[k];
  if (next.toLowerCase() === next && next !== '"' && next !== '“') return false;
  let w = dot;
  while (w > 0 && /\p{L}/u.test(text[w - 1])) w--;
  const word = text.slice(w, dot);
  // ("by the end of July. A similar drought …": a month's whole name is no abbreviation)
  return !(word.length <= 4 && /^\p{Lu}/u.test(word)) || WHOLE_SHORT_MONTHS.has(word);
}

/** Months whose whole names are as short as an abbreviation. */
const WHOLE_SHORT_MONTHS = wordSet('May June July');

/** Lines of hard-wrapped prose are at least this long; a shorter line is a title, a dateline or a list's item. */
const WRAPPED_LINE = 50;

/**
 * Whether the line break at `at` only wraps a sentence: a long line of prose goes on at the next line's lower-case or
 * capitalised word ("… until the weekend. An⏎amber warning covers …" is one sentence after "An"), a blank line or a
 * short line (a headline, a dateline) ends it.
 */
export function wrappedLineBreak(text: string, at: number): boolean {
  const next = text.charCodeAt(at + 1);
  if (Number.isNaN(next) || next === 10 || next === 13) return false;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (text.charCodeAt(lineStart) === 10 || at - lineStart < WRAPPED_LINE) return false;
  const last = text.charCodeAt(at - 1) === 13 ? at - 2 : at - 1;
  // (an ASCII character read from its code, as most lines end: the Unicode classes cost some 0.3 ms to compile)
  const c = text.charCodeAt(last);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 44 || c === 59;
  return /[\p{L}\p{N},;]/u.test(text[last] ?? '');
}

// (the two loops below test a character isSentenceEnd can say yes at, "." "\n" "!" "?", before calling it: a call per
// character is dear until V8 has optimised them, most of a short command line run)
export function sentenceStartBefore(text: string, at: number): number {
  const floor = Math.max(0, at - REACH);
  for (let i = at - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 10 || c === 33 || c === 63) && isSentenceEnd(text, i)) return i + 1;
  }
  return floor;
}

export function sentenceEndAfter(text: string, at: number): number {
  const ceiling = Math.min(text.length, at + REACH);
  for (let i = at; i < ceiling; i++) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 10 || c === 33 || c === 63) && isSentenceEnd(text, i)) return i;
  }
  return ceiling;
}

/** The first month of the seasons that lie within one calendar year. */
const SEASON_FIRST_MONTH: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9 };

/**
 * Moves a guessed week or year to the side of the reference day the tense speaks of: a past-tense weekday is on or
 * before the reference, a future one on or after it; likewise a day, month or season named without its year. The value's
 * written parts (month, day, time of day) never change, and a day that does not exist in the new year is skipped.
 */
export function valueForTense(value: string, floating: Floating, tense: Tense, ref: Day): string {
  if (tense === 'unknown') return value;
  const refDay = formatDay(ref);
  if (floating === 'week' && value.endsWith('-WE')) {
    // "said over the weekend", written on a weekday: the weekend just gone
    if (tense === 'past' && isoWeekday(ref) < 6 && value === formatWeek(ref) + '-WE') return formatWeek(addDays(ref, -7)) + '-WE';
    return value;
  }
  if (floating === 'week') {
    const day = parseDay(value.slice(0, 10));
    if (!day) return value;
    const shown = value.slice(0, 10);
    if (tense === 'future' && shown < refDay) return formatDay(addDays(day, 7)) + value.slice(10);
    if (tense === 'past' && shown > refDay) return formatDay(addDays(day, -7)) + value.slice(10);
    return value;
  }
  if (floating === 'month') {
    // a day of the month alone: the month before when the past has it ahead, the next when the future has it gone
    const day = parseDay(value.slice(0, 10)), step = tense === 'past' ? -1 : 1;
    for (let n = 1; day && n < 4 && (step < 0 ? value.slice(0, 10) > refDay : value.slice(0, 10) < refDay); n++) {
      const { year, month } = addMonths(day.year, day.month, step * n);
      if (isValidDay(year, month, day.day)) return formatDay({ year, month, day: day.day }) + value.slice(10);
    }
    return value;
  }
  const season = /^(\d{4})-(SP|SU|FA)$/.exec(value);
  if (season) {
    // a season wholly behind the reference day is next year's in the future tense, one wholly ahead last year's in
    // the past; winter straddles the new year and keeps the year it was given
    const first = SEASON_FIRST_MONTH[season[2]], month = ref.month;
    const shift = tense === 'future' && first + 2 < month ? 1 : tense === 'past' && first > month ? -1 : 0;
    return shift === 0 ? value : `${pad(+season[1] + shift, 4)}-${season[2]}`;
  }
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(value);
  if (!m) return value;
  const month = +m[2];
  const dayOfMonth = m[3] === undefined ? undefined : +m[3];
  const written = value.slice(0, m[0].length);
  const against = dayOfMonth === undefined ? refDay.slice(0, 7) : refDay;
  const direction = tense === 'past' ? (written > against ? -1 : 0) : (written < against ? 1 : 0);
  if (direction === 0) return value;
  let year = +m[1] + direction;
  // "February 29" a year earlier or later: the nearest such day on the same side
  while (dayOfMonth !== undefined && !isValidDay(year, month, dayOfMonth) && Math.abs(year - +m[1]) < 9) year += direction;
  if (dayOfMonth !== undefined && !isValidDay(year, month, dayOfMonth)) return value;
  return `${pad(year, 4)}-${m[2]}${dayOfMonth === undefined ? '' : '-' + m[3]}${value.slice(m[0].length)}`;
}
