// An article's analysis as the workspace index keeps it, for thousands of articles at once: every offset, cue, score
// and resolved date, but no words (claims', people's, dates'), nor one object per mention. The words are the article's:
// the claims of an article nobody opened are made from its text, read when they are shown, exported or matched, and
// an article opened with the text the index analysed gets its whole analysis back from this and that text
// (expandAnalysis), without detecting again. The caller checks by hash that the text is the one analysed.
import type { ArticleReference } from '../detect/reference';
import type { Analysis, ClaimCandidate, ClaimCue, DateMention, DateType, PersonMention } from '../detect/spans';

const CUES: readonly ClaimCue[] = ['number', 'comparison', 'attribution', 'quote', 'person', 'date', 'event'];
const DATE_TYPES: readonly DateType[] = ['DATE', 'TIME', 'DURATION', 'SET'];
/** Numbers per claim (start, end, cues), per person (start, end, entity), per date (start, end, type, value, display). */
const CLAIM_FIELDS = 3;
const PERSON_FIELDS = 3;
const DATE_FIELDS = 5;
/** The counts of claims, people and dates lead `numbers`. */
const HEADER = 3;
const NONE = -1;

export interface CompactAnalysis {
  /** The counts of claims, people and dates, then their fields (see *_FIELDS); strings are indexes into `strings`. */
  numbers: Int32Array;
  /** Each claim's check-worthiness, as detected (not rounded: the strength shading has thresholds). */
  scores: number[];
  /** People's canonical names and dates' values and displays, each once. */
  strings: string[];
  reference?: ArticleReference;
}

/** The analysis of `text`, compacted. Its spans are those of analyze(): in range and `text === input.slice(…)`. */
export function compactAnalysis(analysis: Analysis): CompactAnalysis {
  const { claims, people, dates } = analysis;
  const numbers = new Int32Array(HEADER + claims.length * CLAIM_FIELDS + people.length * PERSON_FIELDS + dates.length * DATE_FIELDS);
  numbers.set([claims.length, people.length, dates.length]);
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const indexOf = (value: string | undefined): number => {
    if (value === undefined) return NONE;
    let at = stringIndex.get(value);
    if (at === undefined) stringIndex.set(value, at = strings.push(value) - 1);
    return at;
  };
  let at = HEADER;
  for (const claim of claims) {
    numbers.set([claim.start, claim.end, cueCode(claim.cues)], at);
    at += CLAIM_FIELDS;
  }
  for (const person of people) {
    numbers.set([person.start, person.end, indexOf(person.entity)], at);
    at += PERSON_FIELDS;
  }
  for (const date of dates) {
    numbers.set([date.start, date.end, DATE_TYPES.indexOf(date.type), indexOf(date.value), indexOf(date.display)], at);
    at += DATE_FIELDS;
  }
  const compact: CompactAnalysis = { numbers, scores: claims.map(c => c.score), strings };
  if (analysis.reference) compact.reference = analysis.reference;
  return compact;
}

/** The detected claims, their words from the text they were detected in. */
export function compactClaims(compact: CompactAnalysis, text: string): ClaimCandidate[] {
  const { numbers, scores } = compact;
  const claims: ClaimCandidate[] = [];
  for (let i = 0, at = HEADER; i < numbers[0]; i++, at += CLAIM_FIELDS) {
    const start = numbers[at];
    const end = numbers[at + 1];
    claims.push({ start, end, text: text.slice(start, end), score: scores[i], cues: cuesOf(numbers[at + 2]) });
  }
  return claims;
}

/** The whole analysis back, for the text it was made from (the caller checks that by hash). */
export function expandAnalysis(compact: CompactAnalysis, text: string): Analysis {
  const { numbers, strings } = compact;
  const claims = compactClaims(compact, text);
  const people: PersonMention[] = [];
  let at = HEADER + numbers[0] * CLAIM_FIELDS;
  for (let i = 0; i < numbers[1]; i++, at += PERSON_FIELDS) {
    const [start, end] = [numbers[at], numbers[at + 1]];
    people.push({ start, end, text: text.slice(start, end), entity: strings[numbers[at + 2]] });
  }
  const dates: DateMention[] = [];
  for (let i = 0; i < numbers[2]; i++, at += DATE_FIELDS) {
    const [start, end] = [numbers[at], numbers[at + 1]];
    const date: DateMention = { start, end, text: text.slice(start, end), type: DATE_TYPES[numbers[at + 2]] };
    if (numbers[at + 3] !== NONE) date.value = strings[numbers[at + 3]];
    if (numbers[at + 4] !== NONE) date.display = strings[numbers[at + 4]];
    dates.push(date);
  }
  const analysis: Analysis = { people, dates, claims };
  if (compact.reference) analysis.reference = compact.reference;
  return analysis;
}

/** Plain JSON for the stored index (a typed array would be written as an object). */
export function compactToJson(compact: CompactAnalysis): unknown {
  return { ...compact, numbers: Array.from(compact.numbers) };
}

/** A compact analysis read back from compactToJson's output; undefined when anything is off (it is only a cache). */
export function compactFromJson(value: unknown): CompactAnalysis | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { numbers, scores, strings, reference } = value as Record<string, unknown>;
  if (!Array.isArray(numbers) || !Array.isArray(scores) || !Array.isArray(strings)) return undefined;
  if (!numbers.every(Number.isInteger) || !scores.every(s => typeof s === 'number') || !strings.every(s => typeof s === 'string')) return undefined;
  const [claims, people, dates] = numbers as number[];
  if (numbers.length < HEADER || numbers.length !== HEADER + claims * CLAIM_FIELDS + people * PERSON_FIELDS + dates * DATE_FIELDS) return undefined;
  if (scores.length !== claims) return undefined;
  const compact: CompactAnalysis = { numbers: Int32Array.from(numbers as number[]), scores: scores as number[], strings: strings as string[] };
  if (!consistent(compact)) return undefined;
  if (reference && typeof reference === 'object' && typeof (reference as ArticleReference).date === 'string') {
    compact.reference = reference as ArticleReference;
  }
  return compact;
}

/** Spans that start before they end, string indexes in the table. */
function consistent({ numbers, strings }: CompactAnalysis): boolean {
  let at = HEADER;
  for (let i = 0; i < numbers[0]; i++, at += CLAIM_FIELDS) {
    if (!(numbers[at] >= 0 && numbers[at] <= numbers[at + 1])) return false;
  }
  const string = (i: number) => i === NONE || (i >= 0 && i < strings.length);
  for (let i = 0; i < numbers[1]; i++, at += PERSON_FIELDS) if (!string(numbers[at + 2])) return false;
  for (let i = 0; i < numbers[2]; i++, at += DATE_FIELDS) {
    if (!(numbers[at + 2] >= 0 && numbers[at + 2] < DATE_TYPES.length) || !string(numbers[at + 3]) || !string(numbers[at + 4])) return false;
  }
  return true;
}

/** The cues in their order, as base-8 digits (each cue's place + 1), first cue lowest. */
function cueCode(cues: readonly ClaimCue[]): number {
  const unique = [...new Set(cues)];
  let code = 0;
  for (let i = unique.length - 1; i >= 0; i--) {
    const place = CUES.indexOf(unique[i]);
    if (place >= 0) code = code * 8 + place + 1;
  }
  return code;
}

function cuesOf(code: number): ClaimCue[] {
  const cues: ClaimCue[] = [];
  for (; code > 0; code = Math.floor(code / 8)) cues.push(CUES[(code % 8) - 1]);
  return cues;
}
