import { detectDates } from './detect/dates';
import { detectPeople } from './detect/people';
import { scoreClaims } from './detect/claims';
import { splitSentences } from './text/sentences';
import { type Analysis, type AnalyzeOptions, DEFAULT_CLAIM_THRESHOLD } from './spans';

/** The one entry point of detection: article text in, people, dates and check-worthy claims out. Never throws. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const referenceDate = options.referenceDate ?? new Date().toISOString().slice(0, 10);
  const threshold = options.claimThreshold ?? DEFAULT_CLAIM_THRESHOLD;
  const people = detectPeople(text);
  const dates = detectDates(text, referenceDate);
  const claims = scoreClaims(splitSentences(text), people, dates).filter(c => c.score >= threshold);
  return { people, dates, claims };
}
