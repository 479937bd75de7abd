// Dates as a person reads them wherever a person reads them (hovers, the Claims view, reports): the words detection
// gives each date (`display`, from detect/dates/display.ts: "Thursday 30 October 2025", "about ten years", "every
// Monday"), never the TimeML codes it resolves them to (2025-10-30, P10Y, XXXX-WXX-1, PRESENT_REF).
import type { DateMention } from '../detect/spans';

/** Detection's displayDate() (core/detect/detection.ts), which the host reaches through its detection script: not
 *  imported here, so the extension's bundles do not hold a second copy of it. */
export type DateInWords = (date: Pick<DateMention, 'type' | 'value' | 'text'>) => string;

/** A date in words: detection's `display` when the span carries it, else the same words worked out from its value
 *  by `inWords` (a span from an older analysis, or built by hand), which fall back to the expression as written. */
export function readableDate(date: Pick<DateMention, 'type' | 'value' | 'text' | 'display'>, inWords: DateInWords): string {
  const display = date.display?.trim();
  return display || inWords(date);
}

/** When a review was saved, to the minute ("2026-03-03 10:05 UTC"; only digits, '-', ':' and letters, nothing Markdown
 *  reads); undefined for text that is no time. */
export function readableTimestamp(iso: string): string | undefined {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return undefined;
  return new Date(time).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}
