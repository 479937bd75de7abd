// Quarters and halves named without their year ("the first half", "the fourth quarter"): which year they are of. A
// results story reports a half after it has ended and a quarter once it has begun, and what is foreseen "in" a part
// already gone is in next year's: "profit rose 14% in the first half", written on 10 March 2026, is the first half
// of 2025; written on 5 August 2026, of 2026.
import type { Day } from './calendar';
import { pad } from './calendar';
import type { Tense } from './tense';

/**
 * Words of a sentence about a firm's or an economy's results, where "the first half" is a half of a year rather than
 * of a match or a book.
 */
const RESULTS = /\b(?:profits?|revenues?|sales|earnings|turnover|income|margins?|output|production|growth|economy|GDP|inflation|dividends?|orders|shipments|deliveries|exports|imports|bookings|EBITDA|results|demand|spending|investment|unemployment|borrowing|deficit|surplus|losses|pre-?tax|operating)\b/i;
/** Words of a game, which make a half a match's even where money is spoken of ("ticket sales … scored in the second half"). */
const GAME = /\b(?:goals?|scored|scoring|penalty|penalties|half-?time|whistle|kick-?off|minute|innings|touchdowns?|equali[sz]er|striker|interval)\b/i;

/** Whether `sentence` speaks of results and not of a game. */
export function speaksOfResults(sentence: string): boolean {
  return RESULTS.test(sentence) && !GAME.test(sentence);
}

/** A preposition before a part that puts something within it: "return in the first quarter", "during the second half". */
const WITHIN = /\b(?:in|during|by|into|until|through|before|over)\s+(?:the\s+)?$/i;

/** A word before the part that foresees: "will", "expects", "forecast to". */
const FORESEES = /\b(?:will|would|shall|['’]ll|expects?|expected|forecasts?|predicts?|predicted|plans?|hopes?|aims?|should|due|likely|set\s+to)\b/i;

/**
 * Whether the words before a part (its sentence up to it) foresee something within it ("expects growth to return in
 * the first quarter"), not a report of it ("will report results for the first quarter") nor a result of it written as
 * an adjective ("a drop in third-quarter income, citing expected losses").
 */
export function foreseenWithin(before: string, written: string): boolean {
  // the part's own clause: not "will sell the unit, and took a loss in the third quarter"
  const clause = before.split(/[,;:]|\s(?:and|but)\s/).pop() ?? '';
  return WITHIN.test(clause) && FORESEES.test(clause) && !/[-‑–]/.test(written);
}

/** A reporting verb just before the part, which opens the clause it reports: "said the second half would be …". */
const REPORTED = /\b(?:said|says|told|warned|added|expects?|expected|predicted|forecast|believes?|thinks?)\s+(?:that\s+)?(?:the\s+)?$/i;
const WILL_AFTER = /^(?:\s+[\p{L}'’-]+){0,3}?\s+(?:would|will|could|might|may|should|is\s+(?:expected|likely|set)|are\s+(?:expected|likely|set))\b/iu;
const WAS_AFTER = /^(?:\s+[\p{L}'’-]+){0,3}?\s+(?:was|were|had)\b/iu;

/**
 * The tense of the clause a part opens after a reporting verb ("said the second half would be tougher": future), which
 * is the part's rather than the verb's; 'unknown' where the part opens no reported clause.
 */
export function reportedTense(before: string, after: string): Tense {
  if (!REPORTED.test(before)) return 'unknown';
  return WILL_AFTER.test(after) ? 'future' : WAS_AFTER.test(after) ? 'past' : 'unknown';
}

/**
 * The quarter or half `value` ("2026-H1", "2026-Q4", its year guessed from the reference) moved to the side of `ref`
 * the tense speaks of: told in the past, a half not ended yet or a quarter not begun yet is last year's; foreseen within
 * a part (`within`) that has ended, next year's.
 */
export function partForTense(value: string, tense: Tense, ref: Day, within: boolean): string {
  const m = /^(\d{4})-([QH])([1-4])$/.exec(value);
  if (!m || tense === 'unknown') return value;
  const year = +m[1], n = +m[3];
  const months = m[2] === 'Q' ? 3 : 6;
  const firstMonth = (n - 1) * months + 1, lastMonth = n * months;
  // months counted from year 0, so years compare with months
  const now = ref.year * 12 + ref.month;
  const first = year * 12 + firstMonth, last = year * 12 + lastMonth;
  let shift = 0;
  if (tense === 'past') shift = (m[2] === 'H' ? last >= now : first > now) ? -1 : 0;
  else if (within && last < now) shift = 1;
  return shift === 0 ? value : `${pad(year + shift, 4)}-${m[2]}${m[3]}`;
}
