import type { DateMention } from './spans';
import { parseDay } from './dates/calendar';
import { scanDates } from './dates/scan';

/**
 * Finds TIMEX3-style time expressions (dates, times, durations, sets) and resolves their values against
 * `referenceDate` (YYYY-MM-DD; relative values stay unresolved when it is not a valid day). Spans follow TimeML:
 * no leading preposition ("on July 3" → "July 3"). Sorted, non-overlapping; never throws.
 */
export function detectDates(text: string, referenceDate: string): DateMention[] {
  try {
    return scanDates(typeof text === 'string' ? text : '', parseDay(String(referenceDate)));
  } catch {
    // a grammar bug must not take the editor down; the unit tests run scanDates unguarded to find such bugs
    return [];
  }
}
