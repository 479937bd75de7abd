import { parseDay } from './dates/calendar';
import type { Analysis, AnalyzeOptions } from './spans';
import type { ArticleReference } from './reference';

// What analysis says of an article with no text (nothing but whitespace): no person, date or claim, and the reference
// date the caller gives, else the file's, else today's (a blank article states none of its own). Kept apart from the
// detectors and the date reader so that a caller with nothing to detect need not load them: `factcheck scan` of an
// empty file stays about as quick as Node itself.

/** The dates a reference may be taken from when the article states none, checked: a bad option date is ignored. */
export interface ReferenceChoices {
  option?: string;
  fileDate?: string;
  today: string;
}

export function referenceChoices(options: AnalyzeOptions): ReferenceChoices {
  return { option: isIsoDate(options.referenceDate) ? options.referenceDate : undefined, fileDate: options.fileDate, today: today() };
}

/** The reference of an article that states no date of its own: the option, else the file's date, else today. */
export function chosenReference(choices: ReferenceChoices): ArticleReference {
  if (isDay(choices.option)) return { date: choices.option, from: 'option' };
  return isDay(choices.fileDate) ? { date: choices.fileDate.slice(0, 10), from: 'file date' } : { date: choices.today, from: 'today' };
}

/** Whether `text` holds nothing to detect. */
export function isBlank(text: unknown): boolean {
  return typeof text !== 'string' || text.trim() === '';
}

/** analyze()'s result for a blank article (see isBlank). */
export function blankAnalysis(options: AnalyzeOptions = {}): Analysis {
  return { people: [], dates: [], claims: [], reference: chosenReference(referenceChoices(options)) };
}

/** A real day, YYYY-MM-DD (a file's date may carry its time after it). */
export function isDay(value: unknown): value is string {
  return typeof value === 'string' && parseDay(value) !== undefined;
}

function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
