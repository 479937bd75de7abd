// Whether a page writes 24-hour times with their zone ("at 1543 Alaska daylight time", "by 1410 GMT", "at 1800 hours"):
// the habit of accident reports, wires and the military. On such a page a bare four-figure time after "around", "at" or
// "until" ("Around 1300, he flew back", "waited until 1540 when the tower called") is a time of day, not a year.
import { TIME_ZONES, ZONE_NAMES } from './lexicon';

const ZONES = [...TIME_ZONES].map(z => z.toUpperCase()).join('|');
const NAMES = [...ZONE_NAMES].map(z => z[0].toUpperCase() + z.slice(1)).join('|');

/** A four-figure time (00-23 hours, 00-59 minutes) and its zone; not after "in", "since", "during", "of" ("in 1930 GMT
 *  was founded" is a year), and "hours" not before "of" ("1200 hours of service" is a count). */
const ZONED_CLOCK = new RegExp(
  String.raw`(?<!\b(?:[Ii]n|[Ss]ince|[Dd]uring|of)\s)\b(?:[01]\d|2[0-3])[0-5]\d[ \t]+(?:(?:${ZONES}|Zulu)\b(?![ \t]*\d)|local[ \t]+time\b|(?:hours|hrs)\b(?![ \t]+of\b)|(?:${NAMES})[ \t]+(?:(?:daylight|standard)[ \t]+)?time\b)`);

/** One search of the page, on the first question (see the grammar's bareClock). */
export function writesZonedClockTimes(text: string): () => boolean {
  let found: boolean | undefined;
  return () => (found ??= ZONED_CLOCK.test(text));
}
