// A time zone spelled out, as a live page's stamps print it: "published at 17:04 British Summer Time 28 September",
// "07:40 Greenwich Mean Time", "Eastern Standard Time". "Summer Time" or "Greenwich Mean Time" reads as a given name
// and a surname; its last two words say it is a clock's zone.
import type { PersonMention } from '../spans';

const ZONE_END = /\b(?:Summer|Mean|Standard|Daylight) Time$/;

/** The mentions without a zone's name. */
export function withoutZoneNames(mentions: PersonMention[]): PersonMention[] {
  return mentions.some(m => m.text.endsWith(' Time') && ZONE_END.test(m.text)) ? mentions.filter(m => !ZONE_END.test(m.text)) : mentions;
}
