// The practical lines of a community event's notice: what a ticket costs or that admission is free ("Tickets are $7
// at the door, $5 for children.", "Admission is free."), and whom to ask ("For more information, contact the club at
// …", "Anyone with information is asked to call …", "Contact Fred at …", "Register by calling 920-555-0142."). They
// tell the reader how to take part and state nothing an editor checks; the model scored them 0.56-0.70 for their figures. A ticket line told in the past or
// of a change ("Tickets sold out in an hour", "Ticket prices rose 20%") is news, and stays.

/** Longest unit looked at: such lines are short. */
const MAX_LENGTH = 220;

/** A line about the price of taking part: its subject opens it. */
const PRICE_SUBJECT = /^(?:advance\s+|general\s+|adult\s+|student\s+)?(?:tickets?|admission|entry|entrance|registration|the\s+cost|cost)\b/i;
/** What the line says of it: a price, or that it is free or sold at the door. */
const PRICE = /[$£€]\s?\d|\bfree\b|\bno\s+charge\b|\bat\s+the\s+door\b|\bdonations?\b/i;
/** Words of news about the price or the sale rather than its notice: a past, a change, a comparison. */
const NEWS_OF_IT = /\b(?:was|were|had|has\s+been|sold\s+out|rose|fell|raised|increased|doubled|went\s+up|cut|dropped|jumped|than|percent|%)\b/i;

/** "For more information, contact …", "To register, call …", "Questions? Email …". */
const ASK = /^(?:for\s+(?:more\s+)?(?:information|info|details|tickets|reservations)|to\s+(?:register|rsvp|donate|volunteer|reserve|order|sign\s+up|learn\s+more)|questions\??)\b[^.]{0,80}?[,:?]?\s*(?:please\s+)?(?:contact|call|email|e-mail|text|visit|go\s+to)\b/i;
/** "Anyone with information is asked to call Crimeline at …": a police appeal's standing line. */
const APPEAL = /^(?:anyone|those|people)\s+with\s+(?:any\s+)?information\b[^.]{0,60}?\b(?:asked|urged|encouraged)\s+to\s+(?:call|contact)\b/i;
/** "Contact Fred at fred@…", "Call Ann Hale at 555-0100": a person's name to reach, then where (a figure after "by" is
 *  a margin, a headline's: "Text Passes by 120 Votes" tells a vote on a text). */
/** How every CONTACT_NAME opens, tested first (its letter classes are dear to compile). */
const CONTACT_OPENING = /^(?:[Pp]lease\s+)?(?:[Cc]ontact|[Cc]all|[Ee]-?mail|[Tt]ext)\s/;
const CONTACT_NAME = /^(?:[Pp]lease\s+)?(?:[Cc]ontact|[Cc]all|[Ee]-?mail|[Tt]ext)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s+(?:at|on|by(?! \d))\b/u;

/** A telephone number: "920-555-0142", "(731) 555-0199", "888.555.0123". */
const PHONE = /\d{3}[-.]\d{4}\b/;
/** The reader told to ring, text or write to it: "Register by calling …", "If you saw it, call the office at …", "can
 *  contact the library at …", "please reach out to the hotline: …" (not "ads asking people to call …": news of a call). */
const REACH = /(?:^|[,;:] |\b(?:can|may|should|please|by|or|and)\s+)(?:call(?:ing)?|contact(?:ing)?|text(?:ing)?|dial(?:ing)?|reach(?:ing)? out to)\b/i;

/** A day and a date in full: "Friday 13 December 2024", "Monday, Jan. 6, 2025". */
const FULL_DATE = String.raw`(?:[A-Z][a-z]+,? )?(?:\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+|[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?),? \d{4}`;
/**
 * A timetable's lines: a label and a date alone ("Teaching ends: Friday 13 December 2024", "Spring term: Lectures
 * begin: Monday 6 January 2025 (some courses differ)."), a break's heading ("Half Term Break", "Easter holiday"), a
 * launch schedule's row ("0140GMT 12/03 - scheduled launch") and its note ("PLEASE NOTE: TIMES SUBJECT TO CHANGE").
 */
const LABELLED_DATE = new RegExp(String.raw`^(?:(?:[A-Za-z-]+ ){0,3}[A-Za-z-]+:\s*){1,2}${FULL_DATE}(?:\s*\([^()\n]{0,60}\))?\.?$`);
const TIMETABLE = /^(?:(?:half[- ]term|mid-?term|christmas|easter|summer|winter|spring|autumn)(?: half[- ]term)? (?:break|holidays?|recess|vacation)|\d{3,4} ?(?:GMT|UTC|BST|EST|EDT)? \d{1,2}\/\d{1,2}(?:\/\d{2,4})? [-–] [a-z][a-z ]{0,40}|(?:please note:? )?(?:all )?(?:times?|dates?|schedules?)(?: ?(?:\/|and|&) ?(?:times?|dates?))? (?:are |is )?subject to change\b[^.!?\n]{0,80})$/i;

/** What TIMETABLE's note holds (its launch row opens with a figure): tested before it, as "subject" alone let a few
 *  units of the bench's megabyte compile it for nothing. */
const SUBJECT_TO_CHANGE = /subject to change/i;

/** How a break's heading ends: a TIMETABLE line with no figures either side of a "/" nor "subject" (a cheap test before it). */
const BREAK_END = /(?:break|holidays?|recess|vacation)$/i;

/** Does the unit only tell the reader the price of an event, or whom to ask? The caller makes sure it holds no quotation. */
export function isEventNotice(unit: string): boolean {
  if (unit.length > MAX_LENGTH) return false;
  // (the date after a label's ": ", the schedule's "/", a heading's few words, a note's "subject")
  if (unit.length <= 120 && ((unit.includes(': ') && LABELLED_DATE.test(unit))
    || (((unit.length <= 24 && BREAK_END.test(unit)) || (unit.charCodeAt(0) >= 48 && unit.charCodeAt(0) <= 57 && /\d\/\d/.test(unit)) || SUBJECT_TO_CHANGE.test(unit)) && TIMETABLE.test(unit)))) return true;
  if (PRICE_SUBJECT.test(unit)) return PRICE.test(unit) && !NEWS_OF_IT.test(unit);
  return ASK.test(unit) || APPEAL.test(unit) || (CONTACT_OPENING.test(unit) && CONTACT_NAME.test(unit)) || (PHONE.test(unit) && REACH.test(unit));
}
