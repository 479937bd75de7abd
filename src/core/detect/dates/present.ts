import { SAME_IN_PAST, isPastWord } from './tense';
import { wordSet } from '../../text/wordList';

// A simple-present clause that names a day is a timetable read out: "the council votes on Monday", "the depot
// is closed on Saturday", "the minister tours the site on Tuesday" speak of the coming day, not the one gone. Without
// part-of-speech tags a present verb is told by where it stands: right after the clause's subject (a determiner and
// up to three words, a pronoun, or a capitalised name), ending in "-s", or "is"/"are" before a participle or adjective.

/** Determiners that open a subject ("the council", "its depot"). */
const DETERMINERS = wordSet('the a an its his her their our this that these those each');
const PRONOUNS = wordSet('he she it who which');
/** Words that open a clause, after which a subject or a coordinated verb may stand ("officials say the road …"). */
const CLAUSE_OPENERS = wordSet('and but or that say says while because although though when as where');
/** The last pair of commas in a sentence and what they set off ("X, both former clerks, appear …"). */
const APPOSITION = /,[^,;:()—–]{1,80},\s*(?=[^,;:()—–]*$)/u;
/** Words after which a reported or subordinate clause opens with its own subject: "say (that) the unions meet". */
const REPORTED_CLAUSE_OPENERS = wordSet('that say says said while because although though when'
  + ' where announced confirmed told');
/** "-s" words that are no present verb of a timetable: auxiliaries that make another tense, reporting verbs (whose day
 *  is when they spoke), and words ending in "-s" that are not verbs. */
const NOT_TIMETABLE = wordSet('has was does says tells is this thus plus less unless'
  + ' its his hers ours theirs yes perhaps always sometimes news across whereas afterwards');
const COPULAS = wordSet('is are');
/** Verbs of a timetable in their plain form, which after a plural subject are the present too: "the two sides meet
 *  on Monday". Other plain forms are too often nouns ("a cut", "the vote") to tell without a tagger. */
const TIMETABLE_PLAIN = wordSet('meet begin resume convene reopen');
/** Words before a plain form that make it no present: an infinitive's "to", an auxiliary. */
const NOT_FINITE = wordSet('to did do does not would could can may might should must'
  + " will shall didn't didn’t don't don’t 'd let help make");
/** How many words a subject may take after its determiner: "the Pembry Riverside Festival opens". */
const SUBJECT_WORDS = 3;
/** How many words may stand between the verb and the day: "tours the Coldharbour site on Tuesday". */
const OBJECT_WORDS = 5;

const TOKEN = /[\p{L}\p{N}'’.-]+|[,;:()—–]|\s-\s/gu;

interface Word { text: string; lower: string; }

/** The clause's words up to the day (after the last comma, colon, dash or bracket). */
function clauseBefore(sentence: string): Word[] {
  const words: Word[] = [];
  for (const m of sentence.matchAll(TOKEN)) {
    if (/^[,;:()—–]$|^\s-\s$/.test(m[0])) { words.length = 0; continue; }
    const text = m[0].replace(/[.]+$/, '');
    if (text !== '') words.push({ text, lower: text.toLowerCase() });
  }
  return words;
}

const looksLikePresentS = (w: string): boolean =>
  w.length > 3 && /^\p{Ll}+s$/u.test(w) && !/(?:ss|us|is|'s|’s)$/.test(w) && !NOT_TIMETABLE.has(w);

/** Whether the word at `v`, which follows a subject, is a present verb. */
function presentVerbAt(words: readonly Word[], v: number): boolean {
  const verb = words[v];
  if (!verb) return false;
  if (COPULAS.has(verb.text)) {
    // "is closed on Saturday", "is shut", "are open": a state the day is still ahead of
    const next = words[v + 1];
    return next !== undefined && /^\p{Ll}/u.test(next.text) && !DETERMINERS.has(next.lower) && !PRONOUNS.has(next.lower);
  }
  // ("Oil prices have come down": a plural noun before an auxiliary is the subject, not a verb)
  return looksLikePresentS(verb.text) && !AUXILIARIES_AFTER_SUBJECT.has(words[v + 1]?.lower ?? '');
}
/** Auxiliaries that follow a subject: an "-s" word right before one is the subject's noun ("Oil prices have …"). */
const AUXILIARIES_AFTER_SUBJECT = wordSet('have has had are were was is will would can could'
  + " may might must should shall do did haven't haven’t aren't aren’t");

/** Where the first verb after a subject starting at `from` (a name's possessive, when `possessive`) stands, or -1. */
function verbAfterSubject(words: readonly Word[], from: number, possessive = false): number {
  const first = words[from];
  if (!first) return -1;
  if (PRONOUNS.has(first.lower)) return from + 1;
  // ("Many families spent …": a quantifier opening the sentence is no name)
  if (DETERMINERS.has(first.lower) || possessive || QUANTIFIERS.has(first.lower)) {
    // ("and all were honoring the sanctions": a quantifier may stand alone, its verb right after it)
    if (isPastWord(words[from + 1]?.text ?? '')) return -1;
    // the verb is the first word after at least one word of the subject that is a present form
    for (let v = from + 2; v <= from + 1 + SUBJECT_WORDS && v < words.length; v++) {
      // "the bank last cut rates": an adverb after the subject's noun stands right before its verb
      if (VERB_ADVERBS.has(words[v].lower)) return presentVerbAt(words, v + 1) ? v + 1 : -1;
      if (presentVerbAt(words, v)) return v;
      // "the index dropped 19 points": a subject holds neither a verb nor a number
      if (isPastWord(words[v].text) || !/^\p{L}/u.test(words[v].text)) return -1;
    }
    return -1;
  }
  if (/^\p{Lu}/u.test(first.text)) {
    let v = from;
    while (v < words.length && v < from + SUBJECT_WORDS + 1 && /^\p{Lu}/u.test(words[v].text)) v++;
    // "Lena Fischer's third feature opens in cinemas on Friday": a name's possessive opens the subject as a determiner does
    return v > from && /['’]s$/.test(words[v - 1].text) ? verbAfterSubject(words, v - 1, true) : v;
  }
  return -1;
}

/** Quantifiers that open a subject as a determiner does: "many families", "some shops". */
const QUANTIFIERS = wordSet('many some most several few all both');
/** Adverbs that stand between a subject and its verb: "the bank last cut", "the club also plays". */
const VERB_ADVERBS = wordSet('last also then just first recently previously already once still');
/**
 * Whether the clause before a day (`before`, the sentence up to the day) is in the simple present: "the council votes
 * on Monday", "the store is closed Friday", "… and tours the site on Tuesday".
 */
export function presentClauseBefore(before: string): boolean {
  const words = clauseBefore(before);
  // "the two co-accused, both former clerks, appear before magistrates on Thursday": the subject stands before an
  // apposition set off by commas; read the sentence without it
  const opening = words[0];
  if (opening && /^\p{Ll}+$/u.test(opening.text) && !NOT_PLAIN_VERB.has(opening.lower) && !isPastWord(opening.text)) {
    const apposition = APPOSITION.exec(before);
    if (apposition) return presentClauseBefore(before.slice(0, apposition.index) + ' ' + before.slice(apposition.index + apposition[0].length));
  }
  // "the unions usually meet on Thursday", "the market opens every Sunday": a habit, no one day ahead
  if (words.some(w => HABITUAL.has(w.lower))) return false;
  // "the deal follows a similar one on Monday", "the move comes days after a vote on Monday": the present of a
  // sequence tells what came before it, no day ahead
  if (words.some(w => w.lower === 'follows') || (words.some(w => w.lower === 'comes') && words.some(w => w.lower === 'after'))) return false;
  if (plainTimetableVerb(words) || pluralSubjectVerb(words)) return true;
  let from = 0;
  // a clause opened by a conjunction: "… said that the depot is closed", "… and tours the site"
  for (let k = words.length - 1; k >= 0; k--) {
    if (CLAUSE_OPENERS.has(words[k].lower)) { from = k + 1; break; }
  }
  // "officials say the two unions meet on Thursday": a plural subject opening the reported clause
  for (let k = words.length - 3; k >= 0; k--) {
    if (!REPORTED_CLAUSE_OPENERS.has(words[k].lower)) continue;
    if (pluralSubjectVerb(words.slice(k + 1))) return true;
    break;
  }
  if (words.length - from < 2) return false;
  // "queued for jeans and shirts on Saturday": an "and" may join nouns of a past clause
  if (from > 0 && /^(?:and|but|or)$/.test(words[from - 1].lower) && words.slice(0, from).some(w => isPastWord(w.text))) return false;
  // "and pre-orders open on Friday", "but the talks resume Monday": a plural noun right after the clause's "and" (its
  // determiner before it perhaps), then its plain verb
  if (from > 0 && /^(?:and|but)$/.test(words[from - 1].lower) && pluralRightAfter(words, from)) return true;
  // "and tours the site on Tuesday": a verb coordinated with the one before
  const v = from > 0 && words[from - 1].lower === 'and' && looksLikePresentS(words[from].text) ? from : verbAfterSubject(words, from);
  if (v < 0 || v >= words.length || !presentVerbAt(words, v)) return false;
  // "Harlen stocks slipped again Friday": a past verb after the "-s" word shows it was a noun
  // (after "is" the participle is the state: "is closed on Saturday")
  const rest = words.slice(COPULAS.has(words[v].text) ? v + 2 : v + 1);
  // ("plays Coco Gauff in the final on": a name of several words counts as one)
  // ("Many Ostby families spent Christmas": nor an irregular past right after it)
  return wordsCounted(words, v + 1) <= OBJECT_WORDS && !rest.some(w => isPastWord(w.text)) && !IRREGULAR_PAST.has(rest[0]?.lower ?? '');
}

/** Words from `from` on, a name of several capitalised words counting as one ("visit Dynamo Kirsk in the cup on"). */
function wordsCounted(words: readonly Word[], from: number): number {
  let count = 0;
  for (let k = from; k < words.length; k++) {
    if (!(k > from && CAPITALISED.test(words[k].text) && CAPITALISED.test(words[k - 1].text))) count++;
  }
  return count;
}
const CAPITALISED = /^\p{Lu}/u;

/** "the two sides meet on Monday": a timetable verb in its plain form that no "to" or auxiliary makes non-finite. */
function plainTimetableVerb(words: readonly Word[]): boolean {
  for (let v = Math.max(1, words.length - 1 - OBJECT_WORDS); v < words.length; v++) {
    const phrase = timetablePhraseAt(words, v);
    if (!(TIMETABLE_PLAIN.has(words[v].text) || phrase) || NOT_FINITE.has(words[v - 1].lower)) continue;
    // ("said they were bargaining over cuts that take effect on Wednesday": a relative clause's present is its own)
    if (phrase && RELATIVE.has(words[v - 1].lower)) return true;
    return !pastInClause(words);
  }
  return false;
}

const RELATIVE = wordSet('that which');

/** A timetable's phrase in its plain form, which only a verb opens: "take effect", "go into effect", "kick in". */
function timetablePhraseAt(words: readonly Word[], v: number): boolean {
  const w = words[v].text, next = words[v + 1]?.lower, after = words[v + 2]?.lower;
  return (w === 'take' && next === 'effect') || (w === 'go' && next === 'into' && after === 'effect') || (w === 'kick' && next === 'in');
}

/** Whether a clause opened by a day reads as simple present: "On Friday the library closes early". */
export function presentClauseAfter(after: string): boolean {
  const words: Word[] = [];
  for (const m of after.matchAll(TOKEN)) {
    if (/^[,;:()—–]$|^\s-\s$/.test(m[0])) {
      // the comma after an opening day ("On Saturday, the mayor …") belongs to it
      if (words.length === 0 && m[0] === ',') continue;
      break;
    }
    const text = m[0].replace(/[.]+$/, '');
    if (text !== '') words.push({ text, lower: text.toLowerCase() });
  }
  const v = verbAfterSubject(words, 0);
  // "On Friday, Granby Holdings shares fell": a past verb anywhere in the clause shows the "-s" word was a noun
  return v > 0 && v < words.length && presentVerbAt(words, v)
    && !words.slice(0, v).concat(words.slice(COPULAS.has(words[v].text) ? v + 2 : v + 1)).some(w => isPastWord(w.text));
}

/** Words that may open a verb's object or adjunct: "gather in the square", "elect a parliament", "walk out". */
const OBJECT_OPENERS = wordSet('the a an their its in at on for to outside from'
  + ' out up off back down again together through into across past towards toward'
  + ' over against with away home before after ahead');
const NOT_PLAIN_VERB = new Set([...DETERMINERS, ...PRONOUNS, ...CLAUSE_OPENERS, ...OBJECT_OPENERS, 'of', 'with', 'by',
  'and', 'or', 'not', 'also', 'still', 'who', 'which', 'are', 'were', 'have', 'had', 'do', 'did', 'will', 'would', 'can',
  'could', 'may', 'might', 'must', 'should', 'shall', 'be', 'been', 'to', 'more', 'less', 'than', 'per', 'cent', 'only',
  'just', 'all', 'both', 'other', 'same', 'new', 'old', 'last', 'next', 'first', 'such', 'after', 'before', 'since',
  'until', 'till', 'about', 'during', 'within', 'without', 'under', 'over', 'between', 'among', 'around', 'near',
  'behind', 'beyond', 'than', 'ago', 'later', 'earlier', 'then', 'there', 'here', 'now', 'again',
  // particles inside a name ("Dolores Aguilar de Montoya")
  'de', 'da', 'di', 'del', 'della', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'dos', 'das']);
/** Units of time, which head no subject of a timetable: "three working days after …". */
const TIME_UNITS = wordSet('seconds minutes hours days nights weeks weekends months quarters'
  + ' years decades centuries times');
/** Words that open a plural subject besides the determiners: "both unions", "all residents", "many shops". */
const PLURAL_OPENERS = wordSet('both all many some most several few other two three four'
  + ' five six seven eight nine ten twelve dozens hundreds thousands');
/** Prepositions that may extend a subject: "voters in the northern towns", "residents of the old quarter". */
const SUBJECT_PREPOSITIONS = wordSet('of in from at across along near around on with'
  + ' for between outside under over');
/** Plurals without "-s" that head a subject: "people in the valley vote". */
const IRREGULAR_PLURALS = wordSet('people police children men women');
/** How many words a subject's prepositional phrase may hold: "in the three northern hill towns". */
const PHRASE_WORDS = 5;
/** Words that make a clause habitual ("the unions usually meet on Thursday"): a day it tells of is no one day ahead. */
const HABITUAL = wordSet('every each usually often always normally typically generally'
  + ' traditionally regularly sometimes never rarely seldom customarily');
/** Irregular past forms that are not in the tense lexicon and would pass for a plain verb after a plural. */
const IRREGULAR_PAST = wordSet('rang sang swore drove flew threw wore froze rode stole'
  + ' woke blew drew grew knew shook forgot sat lay ate fled sought taught caught'
  + ' bore hid dug hung slid spun stuck swung wept crept slept swept felt dealt'
  + ' meant knelt built spent lent bent fed bled sprang swam began gathered voted');

// ("pre-orders", "sit-ins": a hyphened plural too)
const isPluralNoun = (w: Word): boolean => IRREGULAR_PLURALS.has(w.lower) ||
  /^(?:\p{L}+-)?\p{L}{3,}s$/u.test(w.text) && !/(?:ss|us|is|'s|’s)$/.test(w.lower) && !NOT_TIMETABLE.has(w.lower) && !PRONOUNS.has(w.lower);

/** A plural noun at `from` or after a determiner or a count there, then a plain present verb, no past in the clause. */
function pluralRightAfter(words: readonly Word[], from: number): boolean {
  // ("and both sides play in the cup on Wednesday night": a count or a quantifier as a determiner)
  const head = DETERMINERS.has(words[from].lower) || PLURAL_OPENERS.has(words[from].lower) ? from + 1 : from;
  return head < words.length && isPluralNoun(words[head]) && !TIME_UNITS.has(words[head].lower) && plainVerbAt(words, head + 1)
    && wordsCounted(words, head + 2) <= OBJECT_WORDS && !pastInClause(words);
}

/** Whether the word at v reads as a plain present verb: lower case, no "-s"/"-ed"/"-ing", then an object or the day. */
function plainVerbAt(words: readonly Word[], v: number): boolean {
  const verb = words[v], next = words[v + 1];
  if (!verb || !/^\p{Ll}+$/u.test(verb.text) || /(?:s|ed|ing|ly)$/.test(verb.text) || NOT_PLAIN_VERB.has(verb.text)
    || SAME_IN_PAST.has(verb.text) || IRREGULAR_PAST.has(verb.text) || isPastWord(verb.text)) return false;
  // "the unions meet Thursday": the day right after the verb
  if (next === undefined || OBJECT_OPENERS.has(next.lower) || /^\p{Lu}/u.test(next.text)) return true;
  // "receive free scarves on Saturday": an object opened by an adjective, whose plural noun follows
  const after = words[v + 2];
  return /^\p{Ll}+$/u.test(next.text) && !NOT_PLAIN_VERB.has(next.lower) && after !== undefined && isPluralNoun(after)
    && (words[v + 3] === undefined || OBJECT_OPENERS.has(words[v + 3].lower));
}

/** How many capitalised words a team's or a body's name may take: "Kestrel Athletic", "Ormsby Town Council". */
const NAME_WORDS = 3;

/** "Kestrel Athletic play away at Dunmore on Wednesday": a name taken as plural, then a plain verb and its object. */
function nameSubjectVerb(words: readonly Word[]): boolean {
  let v = 0;
  while (v < words.length && v < NAME_WORDS && /^\p{Lu}\p{Ll}+$/u.test(words[v].text) && !DETERMINERS.has(words[v].lower)
    && !PRONOUNS.has(words[v].lower) && !CLAUSE_OPENERS.has(words[v].lower)) v++;
  // the verb has an object or adjunct before the day: "play away at Dunmore", "visit Dynamo Kirsk in the cup", not a
  // bare "Rovers win Sunday"
  return v > 0 && v + 1 < words.length && plainVerbAt(words, v)
    && (OBJECT_OPENERS.has(words[v + 1].lower) || CAPITALISED.test(words[v + 1].text))
    && wordsCounted(words, v + 1) <= OBJECT_WORDS;
}

/**
 * "fans gather in the square on Sunday", "the two unions meet on Thursday", "voters in the northern towns elect a
 * mayor on Sunday": a plural subject opening the clause (a determiner or a count, up to two words before its noun, and
 * a prepositional phrase after it), then a plain verb and its object. A habitual clause ("usually", "every") is none.
 */
function pluralSubjectVerb(words: readonly Word[]): boolean {
  if (words.length < 2 || words.some(w => HABITUAL.has(w.lower)) || pastInClause(words)) return false;
  if (nameSubjectVerb(words)) return true;
  // "thousands of people march": a count before "of" is the subject's noun
  const s = DETERMINERS.has(words[0].lower) || (PLURAL_OPENERS.has(words[0].lower) && words[1].lower !== 'of') ? 1 : 0;
  // the subject's noun: "unions" in "the two unions", "workers" in "striking dock workers"
  let head = -1;
  for (let h = s; h < s + SUBJECT_WORDS + 1 && h < words.length; h++) {
    if (isPluralNoun(words[h])) { head = h; break; }
    // "the defendant's two former colleagues": a possessive, a count or an adjective before the noun
    if (!/^\p{L}+(?:['’]s)?$/u.test(words[h].text) && !/^\d+$/.test(words[h].text)) return false;
    if (NOT_PLAIN_VERB.has(words[h].lower) && !PLURAL_OPENERS.has(words[h].lower)) return false;
  }
  if (head < 0) return nameSubjectVerb(words);
  if (TIME_UNITS.has(words[head].lower)) return false;
  let v = head + 1;
  if (SUBJECT_PREPOSITIONS.has(words[v]?.lower ?? '')) {
    // the verb is the first plain word of the phrase that no determiner or preposition makes a noun
    let found = -1;
    for (let u = v + 2; u <= v + 1 + PHRASE_WORDS && u < words.length; u++) {
      const prev = words[u - 1].lower;
      if (!DETERMINERS.has(prev) && !SUBJECT_PREPOSITIONS.has(prev) && plainVerbAt(words, u)) { found = u; break; }
    }
    if (found < 0) return false;
    v = found;
  }
  return plainVerbAt(words, v) && wordsCounted(words, v + 1) <= OBJECT_WORDS;
}

/**
 * Whether the clause goes on after the day with a past verb: "protests in the city centre on Saturday drew thousands"
 * (the present reading before the day was a noun phrase).
 */
export function pastVerbAfter(after: string): boolean {
  const clause = after.split(/[,;:.!?()—–]/u)[0];
  const words = clause.split(/\s+/);
  return words.some((w, k) => w !== '' && (isPastWord(w.replace(/[^\p{L}'’-]/gu, '')) || IRREGULAR_PAST.has(w.toLowerCase()))
    && !(w.toLowerCase() === 'since' && recordBefore(words, k)));
}

/** Words of a record a "since" measures: "the first", "its largest". */
const RECORD_WORD = /^(?:first|worst|best|\p{L}{3,}est)$/u;
const RECORD_OPENERS = /^(?:the|its|their|his|her|our)$|['’]s$/;

/**
 * Whether the "since" at `k` measures a record the day's time sets, which is no past verb: "go to the polls on Sunday
 * in the country's first snap election since 1998", "on Friday in the biggest strike since 2010".
 */
function recordBefore(words: readonly string[], k: number): boolean {
  for (let j = Math.max(1, k - 4); j < k; j++) {
    if (RECORD_WORD.test(words[j].toLowerCase()) && RECORD_OPENERS.test(words[j - 1].toLowerCase())) return true;
  }
  return false;
}

/** Whether a past form stands in the clause as a verb: "a televised debate", after a determiner, is an adjective. */
function pastInClause(words: readonly Word[]): boolean {
  return words.some((w, k) => (isPastWord(w.text) || IRREGULAR_PAST.has(w.lower))
    && !(k > 0 && /ed$/.test(w.lower) && (DETERMINERS.has(words[k - 1].lower) || words[k - 1].lower === 'newly')));
}
