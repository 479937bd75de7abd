// "The Jan. 6 attack on the Capitol", "the Jan. 6 committee": an event known by its day names that day of one year,
// whatever year the article was written in. Read against the article's date, "Jan. 6" in a story of August 2022 would
// be 2022-01-06, a day nothing happened. Only a day written without its year, followed by the event's own word
// ("attack", "riot", "committee", …) with its place named close by, is re-read: "On Jan. 6, the board meets" is not.
import type { DateMention } from '../spans';

interface NamedEvent {
  /** "-MM-DD" of the event. */
  monthDay: string;
  year: string;
  /** The event's words right after its day ("attack", "hearings"). */
  after: RegExp;
  /** A word that must stand near: the event's place or its actors. */
  near: RegExp;
}

const EVENTS: NamedEvent[] = [
  {
    monthDay: '-01-06', year: '2021',
    after: /^(?:\s*,)?\s+(?:U\.S\.\s+)?(?:Capitol\s+)?(?:(?:select\s+)?committee|panel|attacks?|riots?|rioters?|insurrection(?:ists?)?|hearings?|investigation|defendants?|prosecutions?|mob|breach)\b/i,
    near: /\bCapitol\b|\bHouse\s+(?:select\s+)?committee\b/,
  },
  // "the Sept. 11 attacks", "the September 11 hijackers": the attacks are known by their day (plural "attacks", or the
  // hijackers, the commission, the memorial), with terror or the day's places close by
  {
    monthDay: '-09-11', year: '2001',
    after: /^(?:\s*,)?\s+(?:terror(?:ist)?\s+)?(?:attacks|hijackers|hijackings|commission|memorial)\b/i,
    near: /\bterror|\bhijack|\bWorld\s+Trade\b|\bTwin\s+Towers\b|\bPentagon\b|\bQaeda\b|\bGround\s+Zero\b|\bthe\s+Sept(?:ember|\.)?\s+11\s+attacks\b/i,
  },
];
/** How far either side of the day the place may stand: the phrase and its clause. */
const NEAR_REACH = 120;

/** Re-reads a day without its year that names a known event ("the Jan. 6 riot at the Capitol") as that event's day. */
export function daysOfNamedEvents(text: string, mentions: DateMention[]): void {
  for (const mention of mentions) {
    if (mention.type !== 'DATE' || mention.value === undefined || /\d{4}|'\d\d/.test(mention.text)) continue;
    const monthDay = mention.value.slice(4);
    for (const event of EVENTS) {
      if (monthDay !== event.monthDay || !/^(?:\d{4}|XXXX)$/.test(mention.value.slice(0, 4))) continue;
      const around = text.slice(Math.max(0, mention.start - NEAR_REACH), Math.min(text.length, mention.end + NEAR_REACH));
      if (event.after.test(text.slice(mention.end, mention.end + 40)) && event.near.test(around)) mention.value = `${event.year}${monthDay}`;
    }
  }
}
