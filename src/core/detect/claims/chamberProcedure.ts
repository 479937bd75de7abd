/** A legislature's standing lines of procedure, as its journal, a committee's minutes or a bill's record set them down. */
// A chamber's journal and a committee's minutes record how the business was done: the roll and the quorum ("The roll
// of the house was called and a quorum was announced present."), the prayer and the pledges, the last day's journal
// ("The Journal of Tuesday was read and approved."), a bill laid out and its sponsor recognized, a substitute sent up,
// the chair taken, a motion "without objection, so ordered", the witnesses "shown on the attached list", a bill
// discharged from a committee or read twice and referred to one, the rules suspended, the meeting adjourned. None is a
// claim an editor checks; the claim model scored them 0.51–0.86 for their names, bill numbers and clock times. What the
// chamber decided ("The motion carried 6-2.", "The bill passed 414-0.") is left alone.

/** Longest unit looked at: a procedure's line names a bill or two and a member or two. */
const MAX_LENGTH = 320;

/** One of the words each form below holds: most units are done with after this one quick test. */
const HINT = /chair|quorum|roll\b|invocation|prayer|pledge|journal|discharge|ordered|order\b|attached list|substitute|adjourn|recess|referred to|on the table|session|suspend|colou?rs|pursuant|motion (?:passed|carried|prevailed)|were (?:all )?present/i;

/** The chair's and the members' moves on the floor: laying a bill out, recognizing a member, taking the chair, sending
 *  up a substitute or an amendment. */
const FLOOR_MOVES = /^(?:at \d{1,2}[:.]\d\d\s*[ap]\.?m\.?,?\s+)?(?:the )?chair (?:laid out|lays out|recogni[sz]ed|recogni[sz]es)\b|\b(?:assumed|resumed|took) the chair\.?$|\bsent up an? (?:new )?(?:committee substitute|(?:floor )?amendment)\b|^(?:members, )?the (?:senate|house|assembly|council|committee|subcommittee)(?: [^.,;:!?\n]{1,60})? (?:is now in session|will (?:now )?come to order)\b/i;
/** A motion the chair puts and nobody opposes: "…; without objection, it was so ordered.", "Such shall be the order." */
const SO_ORDERED = /(?:\bit (?:was|is) so ordered|^so ordered|\bsuch shall be the order|^which motion prevailed)\.?$/i;
/** The witnesses of a hearing, listed apart: "Witnesses testifying and registering on the bill are shown on the attached list." */
const WITNESS_LIST = /\bare shown on the attached list\.?$|^no witnesses (?:testified|registered)\b/i;
/** The roll and the quorum: "The roll of the house was called and a quorum was announced present (Record 2418).",
 *  "The Secretary called the roll …", "A quorum was established at 9:07 a.m.", "… arrived after the roll was called." */
const ROLL_AND_QUORUM = /^(?:the )?roll (?:of the [a-z]+ )?was called\b|^(?:the )?(?:secretary|clerk)(?: of the [a-z]+)? (?:called|will call) the roll(?:\.?$| and announced\b)|^(?:upon (?:the )?arrival of [^.;!?\n]{1,60},? )?a quorum (?:was|is) (?:present|established|announced)\b|^roll call:|\barrived after the roll was called(?:\.?$|:)|^(?:senators|representatives|members|council ?members|commissioners|trustees)\b[^.;!?\n]{1,200} were (?:all )?present\.?$/i;
/** The prayer: "The invocation was offered by …", "Secretary of the Senate Tony Cook offered the prayer.", "… opened with a prayer". */
const PRAYER = /\b(?:invocation|prayer) (?:was|will be) (?:offered|given|delivered|led)\b|\b(?:offered|gave|delivered|opened with) (?:the |a )?(?:following )?(?:invocation|prayer)\b/i;
/** The pledges: "… led the house in the pledges of allegiance to the United States and Texas flags.", "… led the Pledge
 *  of Allegiance.", "… led the members in recital of the Pledge of Allegiance." */
const PLEDGES = /\bled (?:[^.;!?\n]{1,50} )?(?:in |the )(?:recital of )?(?:the )?pledges? of allegiance\b[^.;!?\n]{0,80}\.?$/i;
/** The journal and the sitting before: "The Journal of Tuesday, March 29, 2022, was read and approved.", "… the reading
 *  of the Journal of the previous day was dispensed with …", "the Senate met pursuant to adjournment." */
const JOURNAL = /\bjournal\b[^.;!?\n]{0,80}\b(?:was|be) (?:read and approved|approved as read|dispensed with)\b|^reading of the (?:previous day's )?journal\b|\b(?:met|convened)\b[^;!?\n]{0,40}\bpursuant to adjournment\b|^pursuant to (?:a )?notice (?:posted|given)\b/i;
/** A bill moved between committees, or its record's standing steps: "Senator Kaplan moves to discharge, from the
 *  Committee on …", "Received in the Senate and Read twice and referred to the Committee on …", "Motion to reconsider
 *  laid on the table Agreed to without objection." */
const BILL_STEPS = /\bmoves? to discharge\b|^(?:received in the (?:senate|house)(?: and)? )?read (?:twice|a (?:first|second) time) and referred to\b|^motion to reconsider laid on the table\b/i;
/** The rules and the end of the sitting: "moved to suspend the rules and read the ordinance by title only", "I request
 *  unanimous consent to suspend Assembly Rule 45.5 …", "moved that the meeting be adjourned", "moves that the committee
 *  stand in recess", "Motion passed unanimously." (not a bill passed under suspended rules: "… suspend the rules and pass the bill …") */
const RULES_AND_CLOSE = /\b(?:moved|moves) to (?:further )?suspend the rules\b(?! and pass)|\bunanimous consent to suspend\b|\b(?:moved|moves) that the (?:meeting|committee|senate|house|board|council) (?:be adjourned|stands? (?:adjourned|in recess))\b|\bmoved (?:and [^.;!?\n]{1,60} seconded )?to (?:adjourn|close the [^.;!?\n]{1,40}(?:forum|hearing|session))\b|^(?:the )?motion (?:passed|carried|prevailed)(?: unanimously)?\.?$|\bpresented the colou?rs\.?$/i;

/** Is the unit a standing line of a chamber's procedure (see above)? The caller makes sure it holds no quotation. */
export function isChamberProcedure(unit: string): boolean {
  if (unit.length > MAX_LENGTH || !HINT.test(unit)) return false;
  const line = unit.trim();
  // (each form only where words every match of it holds stand: HINT lets through ordinary sentences with "order",
  // "session", "chair" or "motion", and each of these case-blind patterns costs 0.1-0.6 ms to compile at its first use)
  const lower = line.toLowerCase();
  const has = (words: string): boolean => lower.includes(words);
  return ((has('chair laid') || has('chair lays') || has('chair recogni') || has('ed the chair') || has('took the chair') || has('sent up')
      || has('is now in session') || has('come to order')) && FLOOR_MOVES.test(line))
    || ((has('so ordered') || has('such shall be the order') || has('which motion prevailed')) && SO_ORDERED.test(line))
    || ((has('attached list') || has('no witnesses')) && WITNESS_LIST.test(line))
    || (((has('roll') && has('call')) || has('quorum') || has('were present') || has('were all present')) && ROLL_AND_QUORUM.test(line))
    || ((has('invocation') || has('prayer')) && PRAYER.test(line))
    || (has('allegiance') && PLEDGES.test(line))
    || (((has('journal') && (has('approved') || has('dispensed') || has('reading of the'))) || has('pursuant to')) && JOURNAL.test(line))
    || ((has('to discharge') || has('and referred to') || has('laid on the table')) && BILL_STEPS.test(line))
    || ((has('suspend') || has('adjourn') || has('recess') || has('close the') || has('motion passed') || has('motion carried')
      || has('motion prevailed') || has('the colo')) && RULES_AND_CLOSE.test(line));
}
