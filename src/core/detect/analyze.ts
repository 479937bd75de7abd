import { detectDates } from './dates';
import { detectPeople } from './people';
import { scoreClaims } from './claims';
import { splitSentences } from '../text/sentences';
import { readingView, sourceSpan, type TextView, withoutEmphasis } from '../text/readingView';
import { type Analysis, type AnalyzeOptions, type DateMention, DEFAULT_CLAIM_THRESHOLD, type Span } from './spans';
import { type ArticleReference, referenceFor } from './reference';
import { displayDate } from './dates/display';
import { blankAnalysis, isBlank, referenceChoices } from './blank';

export interface AnalyzeRunOptions extends AnalyzeOptions {
  /** Told when a detector throws; its results are then left out and the others still returned. */
  onDetectorError?: (detector: keyof Detectors, error: unknown) => void;
}

/** The detectors analyze() runs; tests swap in faulty ones to prove one failure does not spread. */
export interface Detectors {
  people: typeof detectPeople;
  dates: typeof detectDates;
  sentences: typeof splitSentences;
  claims: typeof scoreClaims;
}

const DETECTORS: Detectors = { people: detectPeople, dates: detectDates, sentences: splitSentences, claims: scoreClaims };

/**
 * The one entry point of detection: article text in, people, dates and check-worthy claims out.
 * Never throws, and every span it returns is in range, sorted, and has `text === input.slice(start, end)`:
 * the editor anchors annotations on these offsets, so one detector's bug must not reach them.
 */
export function analyze(input: string, options: AnalyzeRunOptions = {}): Analysis {
  return analyzeWith(DETECTORS, input, options);
}

export function analyzeWith(detectors: Detectors, input: string, options: AnalyzeRunOptions = {}): Analysis {
  // nothing to find: no detector needs to build its tables (./blank.ts)
  if (isBlank(input)) return blankAnalysis(options);
  const text = input as string;
  const reference = guardedReference(text, options);
  const referenceDate = reference.date;
  const threshold = isScore(options.claimThreshold) ? options.claimThreshold : DEFAULT_CLAIM_THRESHOLD;
  const report = options.onDetectorError ?? (() => undefined);

  // the detectors read the article as a reader sees it (../text/readingView.ts); their spans are then put back on
  // the article's own offsets and words
  const view = readingView(text);
  const seen = view.text;
  // (people are read without emphasis as well: "**Dana Reyes**, 41," is a name and an age)
  const plain = withoutEmphasis(seen);
  const people = inSource(plain, seen, guarded(plain.text, 'people', report, () => detectors.people(plain.text)));
  const dates = outsideNames(seen, guarded(seen, 'dates', report, () => detectors.dates(seen, referenceDate)), people);
  const sentences = guarded(seen, 'sentences', report, () => detectors.sentences(seen));
  const claims = guarded(seen, 'claims', report, () => detectors.claims(sentences, people, dates, seen, threshold, referenceDate))
    .filter(c => isScore(c.score) && c.score >= threshold);
  return {
    people: inSource(view, text, people),
    dates: inSource(view, text, dates).map(withDisplay),
    claims: inSource(view, text, claims, true),
    reference,
  };
}

/** The dates but a word of letters inside a person's name ("Lucinda Soon", "Dora May"): the name's, no date. Both
 *  lists are sorted by their starts, and a name holds no other name, so one pass reads them. */
function outsideNames<T extends Span>(text: string, dates: T[], people: readonly Span[]): T[] {
  if (people.length === 0 || dates.length === 0) return dates;
  let k = 0;
  return dates.filter(d => {
    while (k < people.length && people[k].end <= d.start) k++;
    return k === people.length || people[k].start > d.start || d.end > people[k].end || /\d/.test(text.slice(d.start, d.end));
  });
}

/** Spans found in the view, on the article's offsets, with the article's text. */
function inSource<T extends Span>(view: TextView, text: string, spans: T[], wholeLinks = false): T[] {
  if (view.text === text) return spans;
  if (!view.sourceOffsets) return inRange(text, spans);
  return inRange(text, spans.map(span => ({ ...span, ...sourceSpan(view, text, span.start, span.end, wholeLinks) })));
}

function guardedReference(text: string, options: AnalyzeOptions): ArticleReference {
  const choices = referenceChoices(options);
  try {
    return referenceFor(text, choices);
  } catch {
    return choices.option ? { date: choices.option, from: 'option' } : { date: choices.today, from: 'today' };
  }
}

function withDisplay(date: DateMention): DateMention {
  if (date.display !== undefined) return date;
  try {
    return { ...date, display: displayDate(date) };
  } catch {
    return date;
  }
}

/** Runs one detector; a throw or a malformed result costs only that detector's output. */
function guarded<T extends Span>(
  text: string,
  name: keyof Detectors,
  report: (detector: keyof Detectors, error: unknown) => void,
  detect: () => T[],
): T[] {
  try {
    const found = detect();
    return Array.isArray(found) ? inRange(text, found) : [];
  } catch (error) {
    try { report(name, error); } catch { /* a failing reporter must not break analysis either */ }
    return [];
  }
}

/** Keeps spans whose offsets fit the text, restores `text` from the offsets, and sorts by position. */
function inRange<T extends Span>(text: string, spans: T[]): T[] {
  const kept: T[] = [];
  for (const span of spans) {
    if (!span || !Number.isInteger(span.start) || !Number.isInteger(span.end)) continue;
    if (span.start < 0 || span.end > text.length || span.start >= span.end) continue;
    // (a slice of the text is a view of it, not a copy, and V8 compares two strings at once where startsWith goes a
    // character at a time: a tenth of the CPU of a long article's check)
    const exact = typeof span.text === 'string' && span.text.length === span.end - span.start && span.text === text.slice(span.start, span.end);
    kept.push(exact ? span : { ...span, text: text.slice(span.start, span.end) });
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

function isScore(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value <= 1;
}

