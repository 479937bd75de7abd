// The standing lines of a meeting's minutes and agenda, which record the procedure rather than anything decided: the
// opening ("The meeting was called to order at 7:03 p.m.", "THE TIME IS NOW 2:09 P.M."), the pledge ("Mayor Hale led
// those present in the pledge.", "Pledge of Allegiance - Commissioner Ray"), a seconding on its own ("Seconded by
// Councilman Dorn."), the roll ("Ayes (5).", "Absent: City Attorney Jo Bell.") and approving the last minutes ("Approval
// of the minutes of the May 4 meeting.", "… moved to approve the May 4, 2026, regular meeting minutes as presented.", "Dorn moved to approve the minutes as corrected, seconded by Ray, carried
// 5-0."). None is a claim an editor checks; the claim model scored them 0.51–0.86 for their names, dates and figures.
// What the meeting decided ("The motion to rezone the lot failed 2-4.") is left alone.

/** Longest unit looked at: these lines are short. */
const MAX_LENGTH = 220;

/** One of the words each form below holds: most units are done with after this one quick test. */
const HINT = /to order|second|pledge|minutes|agenda|^(?:ayes?|nays?|yeas|noes|absent|abstain|excused)\b|^the time is now/i;

const OPENING = /^(?:.{0,140}?\bcalled (?:the [\w ]{1,30})?to order\b.{0,160}|the time is now \d.{0,80})$/is;
const SECONDED = /^(?:the (?:foregoing |said )?(?:motion|resolution) was )?(?:duly )?seconded by [^,.;!?\n]{1,50}\.?$/i;
const ROLL = /^(?:ayes?|nays?|yeas|noes|absent|abstain(?:ed|ing|s)?|excused)\s*(?:\(\d{1,2}\)|:\s*[^.!?;\n]{1,80})\.?$/i;
const PLEDGE = /^(?:[^.!?\n]{1,60} led (?:[\w ]{1,30} )?in (?:the|a) pledge(?: of allegiance)?|(?:the )?(?:invocation(?: and| &|,) )?pledge of allegiance(?:\s*[-–—:,]\s*[^!?;\n]{1,60})?)\.?$/i;
/** "Approve minutes of …", "Approval of the minutes …", "… moved to approve the minutes …", "Minutes of the March 8
 *  meeting were approved …", "Motion by Dorn to approve the minutes as presented.", and the agenda's: "Approval of
 *  Agenda Ray moved that the agenda be approved as presented." */
const MINUTES = /^.{0,80}?\b(?:(?:approve|approval of) (?:the )?(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? (?:\d{4},? )?)?(?:(?:regular|special|previous|last|council|board|commission|committee|workshop|meeting|session) ){0,3}(?:minutes|agenda)\b|approv(?:ing|ed) the (?:minutes|agenda)\b|minutes of the .{1,60}? (?:were|was) approved\b|the agenda (?:was|be) approved\b).{0,160}$/is;

/** Is the unit a standing line of a meeting's procedure (see above)? The caller makes sure it holds no quotation. */
export function isMinutesLine(unit: string): boolean {
  if (unit.length > MAX_LENGTH || !HINT.test(unit)) return false;
  // (each form only where words every match of it holds stand: HINT lets through ordinary sentences with "second" or
  // "minutes", and MINUTES, case-blind over any character, costs some 1.7 ms to compile at its first use)
  const lower = unit.toLowerCase();
  return ((lower.includes('to order') || lower.includes('the time is now')) && OPENING.test(unit))
    || (lower.includes('seconded by') && SECONDED.test(unit)) || ROLL.test(unit)
    || ((lower.includes(' led ') || lower.includes('pledge of allegiance')) && PLEDGE.test(unit))
    || (lower.includes('approv') && (lower.includes('minutes') || lower.includes('agenda')) && MINUTES.test(unit));
}
