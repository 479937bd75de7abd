import type { DateMention } from '../spans';

/** Finds TIMEX3-style time expressions, resolved against `referenceDate` (YYYY-MM-DD). Placeholder. */
export function detectDates(_text: string, _referenceDate: string): DateMention[] {
  return [];
}
