// The practical lines of a community event's notice: what a ticket costs or that admission is free ("Tickets are $7
// at the door, $5 for children.", "Admission is free."), and whom to ask ("For more information, contact the club at
// …", "Anyone with information is asked to call …", "Contact Fred at …"). They tell the reader how to take part and
// state nothing an editor checks; the model scored them 0.56-0.70 for their figures. A ticket line told in the past or
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
/** "Contact Fred at fred@…", "Call Ann Hale at 555-0100": a person's name to reach, then where. */
const CONTACT_NAME = /^(?:[Pp]lease\s+)?(?:[Cc]ontact|[Cc]all|[Ee]-?mail|[Tt]ext)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s+(?:at|on|by)\b/u;

/** Does the unit only tell the reader the price of an event, or whom to ask? The caller makes sure it holds no quotation. */
export function isEventNotice(unit: string): boolean {
  if (unit.length > MAX_LENGTH) return false;
  if (PRICE_SUBJECT.test(unit)) return PRICE.test(unit) && !NEWS_OF_IT.test(unit);
  return ASK.test(unit) || APPEAL.test(unit) || CONTACT_NAME.test(unit);
}
