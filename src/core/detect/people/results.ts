// Sides in a match's result: "City beat Harlow Vale 3-1", "Corvin Sarnel drew 0-0 with Eastmoor". A name of unfamiliar
// words on either side of a result with one score is a team's (a player beaten in tennis or squash is beaten in sets,
// "6-3 6-2", and usually named with a given name); the caller makes it a team only where the article shows nothing
// personal of the name.
import type { Token } from './tokenize';
import { lazyPattern } from '../../text/lazyPattern';

/** One score, not the first of a player's sets ("3-1", "2–0"; not "6-3 6-2", "6-3, 7-5"). */
const ONE_SCORE = String.raw`\d{1,3}[-–]\d{1,3}(?![\d–-])(?![ \t]*,?[ \t]*\(?\d{1,2}[-–]\d)`;
const RESULT_VERB = String.raw`(?:beat|beats|beating|defeated|defeats|defeating|edged|edging|thrashed|thrashing|routed|routing|overcame|overcoming|hammered|hammering|(?:drew|draws|drawing)[ \t]{1,2}with|(?:lost|loses|losing|fell|falling)[ \t]{1,2}to|against|over)`;
/** The verb right before the name (the name is the side beaten or met). */
const RESULT_BEFORE = lazyPattern(() => new RegExp(String.raw`(?:^|[^\p{L}])${RESULT_VERB}[ \t]{1,2}(?:the[ \t]{1,2})?$`, 'u'));
/**
 * A score and then the word that names the other side: "a 3-0 win over", "drew 1-1 with", "lost 2-1 to", "were held
 * 1-1 by", "a 2-0 defeat at" (not the last of a player's sets, "6-3 6-4 over").
 */
const SCORE_BEFORE = /(?<![\d][ \t,]{0,2})\d{1,3}[-–]\d{1,3}[ \t]{1,2}(?:(?:home[ \t]{1,2}|away[ \t]{1,2})?(?:win|victory|defeat|loss|draw|success|triumph)[ \t]{1,2})?(?:over|against|with|to|by|at)[ \t]{1,2}(?:the[ \t]{1,2})?$/u;
/** The score right after the name. */
const SCORE_AFTER = new RegExp(String.raw`^[ \t]{1,2}${ONE_SCORE}`, 'u');
/** After the name as the subject: the verb, the other side (up to four capitalised words), then the score; or the score first. */
const RESULT_AFTER = lazyPattern(() => new RegExp(String.raw`^[ \t]{1,2}(?:${RESULT_VERB}[ \t]{1,2}(?:the[ \t]{1,2})?\p{Lu}[\p{L}'’.-]*(?:[ \t]{1,2}\p{Lu}[\p{L}'’.-]*){0,3}[ \t]{1,2}${ONE_SCORE}|(?:drew|lost|won|were[ \t]{1,2}beaten)[ \t]{1,2}${ONE_SCORE})`, 'u'));
/** The first letter of each of RESULT_AFTER's and WON_IN_SETS_AFTER's verbs after their blanks (case-sensitive, as they
 *  are): tested before them, as their letter classes cost some 0.3 ms to compile and a score's shape alone let " in the
 *  mountains" compile one. */
const RESULT_AFTER_OPENING = /^[ \t]{1,2}[abdefhlortw]/;

/**
 * "… in the third limited-overs match", "… in Sunday's cup tie": the game the side met the other in, later in the
 * clause after "in" or "at" (not "match-fixing", "the game's", nor "final" or "test", which say other things as often;
 * "fans turned against Ana Ruiz after the game" is a person's).
 */
const GAME_AFTER = /^[ \t]{1,2}(?:in|at)[ \t][^.!?;\n]{0,50}?\b(?:match|game|fixture|derby|cup[ \t]tie)\b(?![-‐'’])/u;

/**
 * Whether the name of tokens first…last stands as a side in a result with one score, or as the side met in a game the
 * clause names ("scored 228 against Orvane Tumbel in the third one-day match"). Bounded look-around.
 */
export function sideInResult(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  if (tokens[last].possessive) return false;
  const start = tokens[first].start;
  const end = tokens[last].end;
  const after = text.slice(end, end + 80);
  // (a digit and a dash just before cue the score's look-back: "win over " leaves them 10 to 40 characters back)
  const back = text.slice(Math.max(0, start - 40), start);
  // (the score or the game after the name before the verb before it, and a score's figures before RESULT_AFTER: the
  // patterns with letter classes cost 0.4-0.6 ms each to compile, and most names stand in no result)
  return ((SCORE_AFTER.test(after) || GAME_AFTER.test(after)) && RESULT_BEFORE().test(text.slice(Math.max(0, start - 16), start)))
    || ((back.includes('-') || back.includes('–')) && SCORE_BEFORE.test(back))
    || (SET_SCORE.test(after) && RESULT_AFTER_OPENING.test(after) && RESULT_AFTER().test(after)) || (ROW_BEFORE().test(text.slice(Math.max(0, start - 24), start)) && ROW_AFTER.test(after));
}

/** "Harwick 28 Dunmore Vale 14", "Karlen 3 Tessa Rovina 1": in a row of results, a side stands between the other side's
 *  score and its own. */
const ROW_BEFORE = lazyPattern(() => /\p{L}[ \t]{1,2}\d{1,3}[ \t]{1,2}$/u);
const ROW_AFTER = /^[ \t]{1,2}\d{1,3}(?![\d.,:%/-])/u;

/** Sets of a match, the second right after the first: "6-3 6-4", "7-5, 6-2", "6-7 (4) 6-3". */
const SETS = String.raw`\d{1,2}[-–]\d{1,2}(?:[ \t]*\(\d{1,2}\))?,?[ \t]{1,2}\d{1,2}[-–]\d{1,2}`;
/** After the name as the subject: the verb, the other side (up to four capitalised words), then the sets. */
/** A set's score, which every WON_IN_SETS_AFTER (and every RESULT_AFTER) holds. */
const SET_SCORE = /\d[-–]\d/;
const WON_IN_SETS_AFTER = lazyPattern(() => new RegExp(String.raw`^[ \t]{1,2}${RESULT_VERB}[ \t]{1,2}\p{Lu}[\p{L}'’.-]*(?:[ \t]{1,2}\p{Lu}[\p{L}'’.-]*){0,3}[ \t]{1,2}${SETS}`, 'u'));

/**
 * "Jannik Sinner beat Holger Rune 6-3 6-4": a side of a result in sets is a player, as a team's result is one score;
 * `end` is where the name ends.
 */
export function playerInSets(text: string, end: number): boolean {
  // (its letter classes cost about a millisecond to compile: tried only where the first set's score stands)
  const after = text.slice(end, end + 80);
  return SET_SCORE.test(after) && RESULT_AFTER_OPENING.test(after) && WON_IN_SETS_AFTER().test(after);
}
