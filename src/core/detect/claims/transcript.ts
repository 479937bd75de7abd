import { lazyPattern } from '../../text/lazyPattern';

// Transcripts of debates, speeches, briefings, interviews, hearings and parliaments (issue 14, transcripts pass). What
// is said is what an editor checks; what the transcript adds around it is not:
//
// - the furniture at the head of a turn: a cue's time ("0:01:46 > 0:01:51", "00:00:10,243 --> 00:00:11,683",
//   "[23:00:00]", "(00:22)", "9:00 pm" on its line, "0:07.0 |", "00:01:12 ◼ ►"), the speaker's label ("CHUCK TODD:", "MAYA ORTIZ (D), STATE
//   SENATOR:", "Jen Lowe: (00:54)", "Mr. Vance (Chair):", "Q:") and a voice tag ("<v Speaker 1>"). The claim model read
//   the figures of a time stamp as figures ("0:01:40 > 0:01:46what he is getting." scored 0.61) and the capitals of a
//   label as names; the turn is now scored without them (transcriptBody), and a label or stamp alone scores 0;
// - a stage direction alone ("(APPLAUSE)", "[no audio]", "(END VIDEOTAPE)", "(Time expired)");
// - the talk that frames the talk (isTranscriptFurniture): greetings and thanks ("Good evening from Carver Hall in
//   Linden.", "Thank you, Mr Speaker."), a host naming himself or the show ("I'm Dana Ruiz, anchor of The Hour.", "This
//   is MORNING DESK.", "From Metro News in Linden, this is Face the Week with Ana Cole.") or its guest ("Tonight, my
//   guest is the mayor, Ana Cole."), a chair calling the next
//   speaker ("Prime Minister.", "Ms. Okafor.", "I now call Dame Ruth Ames."), the standing words of a chamber ("This
//   morning I had meetings with ministerial colleagues and others.", "I reserve the balance of my time.", "I rise on a
//   point of order.") and a debate's rules ("Each candidate will have two minutes to respond.", "The 90-minute debate is
//   divided into six segments.", "Both campaigns have agreed to those rules."), what a transcript says of itself ("…
//   Briefing Transcript, May 3", "THIS IS A RUSH TRANSCRIPT.", "Aired May 3 - 23:00 ET") and a speaker's diary ("On
//   Wednesday, I'll be in Dunmore for the opening."). The model scored these 0.40–0.82 for their figures, places and
//   names; a fact-checker checks none of them.
//
// A label is taken off only where one speaker's label opens two units (isTranscript): a post's kicker ("Report: …") or
// a source before its quotation ('Harbour Wire: "…"') says who claims what, and stays.
//
// Each test reads only the head of a unit or a short unit, behind a test of its first character or a word it needs: a
// news sentence rarely opens with a digit, a bracket or a label, and most are done with after one character.

/** Longest head of a unit searched for a speaker's label (name, party, office, and a bracket). */
const LABEL_REACH = 130;

// Letters as ranges of Latin script rather than Unicode classes: a pattern's \p{L} costs its process a compile of the
// whole Unicode table, and these patterns are met in most texts (a colon near a capital); transcripts' labels are
// names in Latin script.
const U = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE';
const L = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';

/** A cue's time, as subtitle and caption files and live-blog transcripts print them at the head of a cue (and as a
 *  podcast transcript site writes it: "Starting point is 00:01:16"). */
const CUE_TIME = String.raw`(?:Starting point is \d{1,2}:\d\d:\d\d|\[\d{1,2}:\d\d(?::\d\d)?\]|\(\d{1,2}:\d\d(?::\d\d)?\)|\d{1,2}:\d\d(?::\d\d)?(?:[.,]\d{1,3})?\s*-{0,2}>\s*\d{1,2}:\d\d(?::\d\d)?(?:[.,]\d{1,3})?|:\d\d:\d\d\.\s*>\s*:\d\d:\d\d\.|>\s*:\d\d:\d\d\.|\d\d:\d\d:\d\d-\d\d:\d\d:\d\d(?:\s*\(\s*\d*\s*sec\))?|\d{1,2}:\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?[ \t]*\n|\d{1,2}:\d\d(?::\d\d|\.\d)\s*(?:\||[\u25A0-\u25FF\u25BA\u25B6]+(?:\s*[\u25A0-\u25FF]+)*)|\d{1,2}:\d\d(?=[${U}]))`;
/** A WebVTT voice tag ("<v Speaker 1>"), or a stage direction before the words ("[applause]", "(BEGIN VIDEOTAPE)"). */
const VOICE_TAG = String.raw`<v\b[^>\n]{0,40}>|\[(?:[${L}\s]{1,30}(?:\s\d[\d:.]*)?|\d{1,3})\]|\([${U}][${U}\s]{2,30}\)`;
/**
 * A speaker's label: a name in capitals with its party, office or role ("DANA BASH, CNN HOST:", "SEN. MAYA ORTIZ (D),
 * STATE SENATOR:", "Mr. JO REECE (Author):"), or one to five capitalised words ("Jen Lowe:", "Vice President Pence:",
 * "The Press:", "Q:"), a bracket perhaps ("Ana Cole (00:00):"), then the colon.
 */
const LABEL = String.raw`(?:(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Sec|Fmr|Pres|Gen)\.?\s+)?[${U}][${U}'’.\-]+(?:\s+(?:[${U}\d'’.&/\-]+|\([^()\n]{0,60}\)))*(?:,[${U}\d\s'’.,&/()\-]{0,100})?|(?:[${U}][${L}'’.\-]*\s+){0,4}[${U}][${L}'’.\-]*(?:\s*\([^()\n]{0,60}\))?)\s*:(?!\/\/)`;
const HEAD = lazyPattern(() => new RegExp(String.raw`^(?:\s*(?:${CUE_TIME}|${VOICE_TAG}|${LABEL}))+\s*`));
/** The head without speakers' labels: times, voice tags and stage directions only. */
const UNLABELLED_HEAD = lazyPattern(() => new RegExp(String.raw`^(?:\s*(?:${CUE_TIME}|${VOICE_TAG}))+\s*`));

/** Characters a unit with transcript furniture at its head can open with: digits, [ ( < > : and capitals. */
function mayOpenWithHead(c: number): boolean {
  return (c >= 48 && c <= 58) || c === 91 || c === 40 || c === 60 || c === 62 || (c >= 65 && c <= 90) || c > 127;
}

/**
 * Where the words spoken start, after a cue's time, a voice tag or stage direction and (where `labels`) a speaker's
 * label at the unit's head: 0 where it has none of them, the unit's length where it is nothing else ("CHUCK TODD:" on
 * its line above the turn is a unit of its own).
 */
export function transcriptBody(unit: string, labels: boolean): number {
  const c = unit.charCodeAt(0);
  if (!mayOpenWithHead(c)) return 0;
  // a label's colon, or a time stamp's digits, near the head: most units have neither
  const colon = unit.indexOf(':');
  if ((colon < 0 || colon > LABEL_REACH) && !(c >= 48 && c <= 57) && c !== 60 && c !== 62 && c !== 91 && c !== 40) return 0;
  // (the head is looked for in the unit's first characters only: a long line of capitals with no label in it costs
  // the pattern no more than its head)
  const start = unit.length > HEAD_REACH ? unit.slice(0, HEAD_REACH) : unit;
  const head = (labels ? HEAD() : UNLABELLED_HEAD()).exec(start);
  if (!head) return 0;
  // a label before a quotation is its source, not a speaker's turn ('Harbour Wire: "The pier will close in May."'):
  // the line says who claims it, and keeps its label
  const next = unit.charCodeAt(head[0].length);
  return labels && (next === 34 || next === 0x201c || next === 0x2018) ? transcriptBody(unit, false) : head[0].length;
}

/**
 * Is the text a transcript: does one speaker's label open two of its units (a speaker who speaks twice)? Only then is
 * a label taken off: alone, "Report: Dana Reyes to step down" and "Mayor Cole: 'We will rebuild the pier'" (a post's
 * kicker, a headline's speaker) say who claims what, and a list's fields ("Pupils: 61,300", "Budget per pupil: $6,720")
 * are each a label of its own; such lines are scored whole.
 */
export function isTranscript(units: readonly { text: string }[]): boolean {
  const labels = new Set<string>();
  for (const { text } of units) {
    const end = transcriptBody(text, true);
    if (end === 0) continue;
    const start = transcriptBody(text, false);
    if (end <= start) continue;
    // the label's letters, its speaker's name as written ("Jen Lowe: (00:54)" and "JEN LOWE:" are one speaker)
    const label = text.slice(start, end).replace(/\([^()]*\)|[^\p{L}]+/gu, '').toLowerCase();
    if (labels.has(label)) return true;
    labels.add(label);
  }
  return false;
}

/** How far into a unit its head is looked for: a cue's time, a voice tag, a label with its bracket, another time. */
const HEAD_REACH = 220;

/** Does the text hold a letter? A unit without one (a cue's number, a time stamp, a view count) states nothing. */
export function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32;
    if ((c >= 97 && c <= 122) || (text.charCodeAt(i) > 0xbf && LETTER().test(text[i]))) return true;
  }
  return false;
}
/** A letter beyond ASCII (a dash or a curly quote, "– 8.0", is none): asked only of such characters. */
const LETTER = lazyPattern(() => /\p{L}/u);

/** A stage direction on its own: "(APPLAUSE)", "[laughter]", "(END VIDEOTAPE)", "[inaudible 00:02:35]", "(Time expired)". */
const STAGE_DIRECTION = /^\s*(?:\([^().!?\n]{1,40}\)|\[[^[\].!?\n]{1,40}\])\s*$/;

/** Greetings and thanks: "Good evening from Carver Hall.", "Thank you, Mr Speaker.", "Welcome back.", "Hello, Ohio!" */
const GREETING = /^(?:(?:well|and|so|oh|ok|okay),?\s+)?(?:good (?:morning|afternoon|evening|night|sunday morning)|hello|hi|hey|(?:(?:please|let's|let’s|let us|let me|join me in|will you|(?:i|we) (?:want|would like|'d like|’d like) to) )?(?:welcome|welcoming)(?: back)?|thank you|thanks(?! to)|many thanks|ladies and gentlemen|kia ora|happy (?:friday|monday|new year|holidays)|merry christmas|congratulations)\b/i;
/** A host naming himself or the show: "I'm Ana Cole.", "This is MORNING DESK.", "… this is Face the Week with Ana Cole." */
const SELF_INTRODUCTION = lazyPattern(() => /^(?:(?:[Aa]nd|[Hh]i|[Hh]ello|[Gg]ood (?:morning|afternoon|evening))[, ]+)?(?:I'?m|I’m|I am|[Mm]y name is)\s+[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’.-]*(?:\s+(?:[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’.-]*|of|the))*(?:[,.!]|\s*$|\s+and this is\s+[A-Z\u00C0-\u00DE])/);
const SHOW_INTRODUCTION = lazyPattern(() => /^(?:[Ff]rom [^.!?]{2,100}?,\s*)?(?:[Tt]his is|[Ii]t'?s|[Ii]t’s|[Ww]elcome to)\s+(?:a special edition of\s+)?(?:[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’.-]*)(?:\s+[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’.-]*|\s+(?:the|of|and|with))*\s*(?:with\s+[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’.-]*(?:\s+[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’.-]*){0,2})?[.!]?\s*$/);
/**
 * A host introducing the guest: "Tonight, my first and only guest is the Mayor, Ana Cole.", "My guests today are …",
 * "Joining me now is …", "With us is …". Who the guest is, in the host's words, is the framing of what the
 * guest will say.
 */
const GUEST_INTRODUCTION = lazyPattern(() => /^(?:(?:tonight|today|now|and),?\s+)?(?:my (?:[a-z ]{0,20} )?guests?(?: [a-z]+)?|(?:joining|with) (?:me|us)(?: [a-z]+)?) (?:is|are)\s/i);
/** A chair's call of the next speaker: "Prime Minister.", "Ms. Okafor.", "Mr. VANCE.", "The hon. member for Linden." */
const CALL = lazyPattern(() => /^(?!(?:I|You|We|He|She|It|They|This|That|There|Here|What|Who)\b)(?:(?:Mr|Mrs|Ms|Dr|Dame|Sir|Madam|Madame|Lord|Lady|Senator|Minister)\.?\s+)?[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’-]*(?:\s+(?:(?:of|and|for)\s+)?[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’-]*){0,3}\s*[.!]$/);
/** The first letters (lower-cased) of CHAIR's standing words. */
const CHAIR_FIRST = new Set([...'iqmtwar'].map(ch => ch.charCodeAt(0)));
const CHAIR = lazyPattern(() => /^(?:i now call\b|i call (?:on )?the\b|questions to the prime minister\b|(?:mr\.? |madam )?speaker,? i rise on a point of order\b|(?:mr\.? |madam )?(?:speaker|chair(?:man)?|president),? i reserve the balance of my time\b|i rise on a point of order\b|i reserve the balance of my time\b|the (?:gentleman|gentlewoman|gentlelady|member|senator) (?:from [a-z ]+ )?reserves\b|the (?:house|senate|committee|hearing|chamber) will (?:come to order|be in order|stand in recess)\b|i(?:'d| would)? like to call (?:the|this) (?:hearing|meeting|committee|session) to order\b|the chair recognizes\b|the clerk will (?:designate|report|call)\b|without objection\b|this morning,? i had meetings with ministerial colleagues\b|(?:and )?in addition to my duties in this house\b|i shall have further such meetings\b|questions and comments\b|resuming debate\b|is the house ready for the question\b)/i);
/**
 * CHAIR's forms up to their second word, under the same flag: CHAIR, long and case-blind, cost a process some 5–10 ms
 * to compile, which it paid at the first short unit opening with "The" or "I".
 */
const CHAIR_OPENING = /^(?:i (?:now call|call (?:on )?the|rise on|reserve the|(?:would )?like to call|shall have further)|i'd like to call|questions (?:to|and)|(?:mr\.? |madam )?(?:speaker|chair(?:man)?|president),? i r(?:ise|eserve)|the (?:gentleman|gentlewoman|gentlelady|member|senator) |the (?:house|senate|committee|hearing|chamber) will |the (?:chair recognizes|clerk will)|without objection|this morning,? i had|(?:and )?in addition to my duties|resuming debate|is the house ready)/i;
/** A debate's rules and its sponsors, in the moderator's words. */
const DEBATE_RULES = lazyPattern(() => /\b(?:(?:minutes?|seconds?) (?:each )?(?:to (?:answer|respond|reply)|for (?:responses?|rebuttals?|follow-?ups?|closing statements?|answers?|opening statements?))|(?:debate|program(?:me)?|town hall|forum) (?:is|will be) (?:divided into|sponsored by|being produced by|produced by|airing on|hosted by|moderated by)|(?:have|has) (?:agreed|been agreed) to (?:those|these|the|tonight's|our) (?:ground )?rules|(?:the )?(?:ground )?rules (?:have been|were) agreed|(?:drafted|designed) (?:tonight's|the|this) format|microphone will be (?:turned|muted|cut))\b/i);
/** What each of DEBATE_RULES's forms holds, under the same flag: DEBATE_RULES cost a process some 5–15 ms to compile. */
const DEBATE_RULES_WORDS = /(?:minute|second)s? (?:each )?(?:to|for) | (?:is|will be) (?:divided into|sponsored by|being produced by|produced by|airing on|hosted by|moderated by)|agreed to |rules (?:have been|were) agreed|(?:drafted|designed) (?:tonight's|the|this) format|microphone will be/i;
/**
 * A word that every match of DEBATE_RULES, ABOUT_TRANSCRIPT, TRANSCRIPT_TITLE or DIARY holds ("minutes", "rules",
 * "transcript", "I will"), in one pass over the unit: most units have none, and are done with after this one test.
 */
const FURNITURE_HINT = /minute|second|ebate|rogram|forum|town hall|rules|format|microphone|ranscri|RANSCRI|\b(?:I|[Ww]e)(?:'ll|’ll| will| shall| am| are|'m|’m|'re|’re) /;

/**
 * What a transcript says of itself: its title ("Harbour Council Budget Hearing Transcript, May 3"), "A transcript of the
 * minister's testimony before the committee on May 3.", "What follows is a lightly edited transcript of our
 * conversation.", "THIS IS A RUSH TRANSCRIPT.", a broadcast's air time ("Aired
 * May 3, 2016 - 23:00 ET"). "The transcript shows the mayor was told in March." reports what a transcript says, and is
 * left to the model.
 */
const ABOUT_TRANSCRIPT = lazyPattern(() => /^(?:(?:this is |what follows is |the following is |below is )?(?:the |a |an |this |our )?(?:full |complete |partial |rush |edited |lightly edited |condensed |unofficial |official |video |audio |verbatim |english )*transcript(?:s|ion)?(?:\s+(?:of|for|from)\b(?![^.!?]*\b(?:show|shows|showed|reveal|reveals|revealed|says|said|indicates|indicated|confirms|confirmed|suggests|suggested|reproduces|quotes|quoted)\b)|\s*[:.]?\s*$)|this copy may not be in its final form\b|(?:read|see|view|download|here is|here's|here’s|below is|following is|transcribe)\b.{0,40}\btranscri)/i);
/**
 * A title naming a transcript, on its line ("… Press Briefing Transcript, May 3"), not a headline on what one shows
 * ("Transcript shows …").
 */
const TRANSCRIPT_TITLE = lazyPattern(() => /\btranscripts?\b(?!\s+(?:show|shows|showed|reveal|reveals|revealed|says|said|indicates|confirms|confirmed|suggests|reproduces|quotes|proves|contradicts|undercuts|raises|casts)\b)/i);
const AIRED = /^aired\s+\S/i;
/** A unit ends as a sentence does (its stop, perhaps inside a closing quotation mark or bracket). */
const SENTENCE_END = /[.!?…]["'”’)\]]*\s*$/;
/** Longest unit read as what a transcript says of itself. */
const NOTE_LENGTH = 200;

/**
 * A speaker's own diary: "This week I am in Linden on Tuesday.", "On Wednesday, I'll be holding a summit with the
 * premier.", "Thursday morning, I will speak at the growers' forum.", "Tomorrow I'll be in the House, as usual." Where
 * the speaker will be is no claim about the world (a plan of policy, "We will cut the levy", is left to the model).
 */
const DIARY = lazyPattern(() => /^(?:(?:and|so|also|then|first(?: up)?|finally),?\s+)?(?:(?:(?:on |this |next |later )[^,.;]{0,30}|tomorrow[^,.;]{0,20}|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day[^,.;]{0,20}),?\s+(?:i|we)(?:'m|’m| am| are|'re|’re)\s+(?:in|at|back|visiting|travell?ing|hosting|attending|heading)\b|(?:(?:(?:on |this |next |later )[^,.;]{0,30}|tomorrow[^,.;]{0,20}|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day[^,.;]{0,20}),?\s+)?(?:i|we)(?:'ll|’ll| will| shall)(?: also| then| again)?\s+(?:be\s+(?:in|at|back|visiting|travell?ing|hosting|holding|attending|meeting|heading|joining)|visit|travel|head|attend|meet with|speak at|host|participate in|take part in)\b)/i);
/**
 * DIARY's forms up to their verb, under the same flag: DIARY cost a process some 5–15 ms to compile, which it paid at
 * the first unit with "I will" or "we are" in it.
 */
const DIARY_SHAPE = /^(?:(?:and|so|also|then|first(?: up)?|finally),?\s+)?(?:(?:(?:on |this |next |later )[^,.;]{0,30}|tomorrow[^,.;]{0,20}|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day[^,.;]{0,20}),?\s+(?:i|we)(?:'m|’m| am| are|'re|’re)\s|(?:(?:(?:on |this |next |later )[^,.;]{0,30}|tomorrow[^,.;]{0,20}|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day[^,.;]{0,20}),?\s+)?(?:i|we)(?:'ll|’ll| will| shall)[ \s])/i;
/** Longest unit read as a diary's entry. */
const DIARY_LENGTH = 260;

/** Most words of a greeting, an introduction or a call: a longer unit says more than that. */
const SHORT_WORDS = 14;
/** Most words of a host's introduction of himself. */
const INTRODUCTION_WORDS = 22;

function wordCount(unit: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < unit.length; i++) {
    const space = unit.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/**
 * Is the unit (a turn's words, its head taken off) what the transcript says around the claims: a stage direction, a
 * greeting, a host's or show's introduction, a chair's call or standing words, a debate's rules? `digit`: the unit
 * holds a figure (greetings and introductions with one are left to the model).
 */
export function isTranscriptFurniture(unit: string, digit: boolean): boolean {
  const c = unit.charCodeAt(0);
  const first = c | 32;
  if ((c === 40 || c === 91) && STAGE_DIRECTION.test(unit)) return true;
  if (unit.length <= 200 && CHAIR_FIRST.has(first) && CHAIR_OPENING.test(unit) && CHAIR().test(unit)) return true;
  if (FURNITURE_HINT.test(unit)) {
    if (DEBATE_RULES_WORDS.test(unit) && DEBATE_RULES().test(unit)) return true;
    if (unit.length <= NOTE_LENGTH && (unit.indexOf('ranscri') >= 0 || unit.indexOf('RANSCRI') >= 0) &&
      (ABOUT_TRANSCRIPT().test(unit) || (!SENTENCE_END.test(unit) && unit.indexOf('\n') < 0 && TRANSCRIPT_TITLE().test(unit)))) return true;
    if (unit.length <= DIARY_LENGTH && DIARY_SHAPE.test(unit) && DIARY().test(unit)) return true;
  }
  if (first === 97 /* a */ && unit.length <= 80 && AIRED.test(unit)) return true;
  if (digit || unit.length > 160) return false;
  // (the anchored patterns first, each failing at a unit's first words; the words counted only for a match)
  if (GREETING.test(unit) && wordCount(unit) <= SHORT_WORDS) return true;
  // (a host's name with his role and programmes runs longer: "I'm Ana Cole, anchor of The Hour and co-host of Face the Week.")
  if ((SELF_INTRODUCTION().test(unit) || SHOW_INTRODUCTION().test(unit) || GUEST_INTRODUCTION().test(unit)) && wordCount(unit) <= INTRODUCTION_WORDS) return true;
  return unit.length <= 60 && c >= 65 && c <= 90 && CALL().test(unit);
}
