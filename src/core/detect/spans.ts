import type { ArticleReference } from './reference';

// The shapes every detector returns. Offsets are JavaScript string offsets (UTF-16 code units), end exclusive —
// the same numbers `TextDocument.positionAt` takes, so the editor layer never converts.

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A mention of a person; `entity` is the canonical (longest, first full) name all its mentions share. */
export interface PersonMention extends Span {
  entity: string;
}

export type DateType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A TIMEX3-style time expression; `value` is ISO 8601 (TimeML style) when it could be resolved. */
export interface DateMention extends Span {
  type: DateType;
  value?: string;
  /** The value as a reader says it ("Thursday 30 October 2025", "about ten years", "now"); see dates/display.ts. */
  display?: string;
}

/** Why a sentence was flagged as check-worthy; shown to the editor in hovers. */
export type ClaimCue =
  | 'number'
  | 'comparison'
  | 'attribution'
  | 'quote'
  | 'person'
  | 'date'
  | 'event';

export interface ClaimCandidate extends Span {
  /** Check-worthiness in [0, 1]. */
  score: number;
  cues: ClaimCue[];
}

export interface Analysis {
  people: PersonMention[];
  dates: DateMention[];
  claims: ClaimCandidate[];
  /** The day relative dates were resolved against, and where it came from (set by analyze()). */
  reference?: ArticleReference;
}

export interface AnalyzeOptions {
  /**
   * Reference date (YYYY-MM-DD) that relative expressions ("last week") resolve against, overriding a dateline
   * or the file date (the CLI's --date); the article's own front matter `date:` still wins.
   */
  referenceDate?: string;
  /** The file's modification date (YYYY-MM-DD or ISO), used when the article states no date of its own. */
  fileDate?: string;
  /** Claims scoring below this are not returned. Default: DEFAULT_CLAIM_THRESHOLD. */
  claimThreshold?: number;
}

export const DEFAULT_CLAIM_THRESHOLD = 0.5;
