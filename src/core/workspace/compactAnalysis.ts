// An article's analysis as the workspace index keeps it, for thousands of articles at once: every offset, cue, score
// and resolved date, but no words (claims', people's, dates'), nor one object per claim, mention or name. The words are
// the article's: the claims of an article nobody opened are made from its text, read when they are shown, exported or
// matched, and an article opened with the text the index analysed gets its whole analysis back from this and that text
// (expandAnalysis), without detecting again. The caller checks by hash that the text is the one analysed.
// It is three objects per article (numbers, scores, names): the garbage collector walks 10,000 articles' index in a
// few tens of thousands of objects, not the million small ones (offsets, scores, strings) a plain analysis would be.
import type { ReferenceSource } from '../detect/reference';
import type { Analysis, ClaimCandidate, ClaimCue, DateMention, DateType, PersonMention } from '../detect/spans';

const CUES: readonly ClaimCue[] = ['number', 'comparison', 'attribution', 'quote', 'person', 'date', 'event'];
const DATE_TYPES: readonly DateType[] = ['DATE', 'TIME', 'DURATION', 'SET'];
const REFERENCE_SOURCES: readonly ReferenceSource[] = ['front matter', 'dateline', 'file date', 'option', 'today'];
/** Numbers per claim (start, end, cues), per person (start, end, entity), per date (start, end, type, value, display). */
const CLAIM_FIELDS = 3;
const PERSON_FIELDS = 3;
const DATE_FIELDS = 5;
/** `numbers` starts with the counts of claims, people, dates and strings, then the reference's source and date. */
const HEADER = 6;
/** A string index for no string (a date without a value or display, an article without a reference). */
const NONE = -1;
/** A person's entity index when the entity is the mention's own words. */
const SAME_AS_MENTION = -2;

export interface CompactAnalysis {
  /** The header (see HEADER), the fields of claims, people and dates (see *_FIELDS; strings are indexes of strings),
   *  then where each string ends in `strings`. */
  numbers: Int32Array;
  /** Each claim's check-worthiness, as detected (not rounded: the strength shading has thresholds). */
  scores: Float64Array;
  /** People's canonical names (when not their mention's words), dates' values and displays and the reference's day,
   *  each once, end to end. */
  strings: string;
}

/** The analysis of `text`, compacted. Its spans are those of analyze(): in range and `text === input.slice(…)`. */
export function compactAnalysis(analysis: Analysis): CompactAnalysis {
  const { claims, people, dates, reference } = analysis;
  const table: string[] = [];
  const tableIndex = new Map<string, number>();
  const indexOf = (value: string | undefined): number => {
    if (value === undefined) return NONE;
    let at = tableIndex.get(value);
    if (at === undefined) tableIndex.set(value, at = table.push(value) - 1);
    return at;
  };
  const fields: number[] = [];
  for (const claim of claims) fields.push(claim.start, claim.end, cueCode(claim.cues));
  for (const person of people) fields.push(person.start, person.end, person.entity === person.text ? SAME_AS_MENTION : indexOf(person.entity));
  for (const date of dates) fields.push(date.start, date.end, DATE_TYPES.indexOf(date.type), indexOf(date.value), indexOf(date.display));
  const from = reference ? REFERENCE_SOURCES.indexOf(reference.from) : NONE;
  const day = from === NONE ? NONE : indexOf(reference!.date);
  const header = [claims.length, people.length, dates.length, table.length, from, day];
  let end = 0;
  const ends = table.map(s => end += s.length);
  return {
    numbers: Int32Array.from([...header, ...fields, ...ends]),
    scores: Float64Array.from(claims, c => c.score),
    strings: table.join(''),
  };
}

/** How many claims were detected. */
export function compactClaimCount(compact: CompactAnalysis): number {
  return compact.numbers[0];
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
  const { numbers } = compact;
  const string = stringsOf(compact);
  const claims = compactClaims(compact, text);
  const people: PersonMention[] = [];
  let at = HEADER + numbers[0] * CLAIM_FIELDS;
  for (let i = 0; i < numbers[1]; i++, at += PERSON_FIELDS) {
    const [start, end] = [numbers[at], numbers[at + 1]];
    const words = text.slice(start, end);
    people.push({ start, end, text: words, entity: numbers[at + 2] === SAME_AS_MENTION ? words : string(numbers[at + 2])! });
  }
  const dates: DateMention[] = [];
  for (let i = 0; i < numbers[2]; i++, at += DATE_FIELDS) {
    const [start, end] = [numbers[at], numbers[at + 1]];
    const date: DateMention = { start, end, text: text.slice(start, end), type: DATE_TYPES[numbers[at + 2]] };
    if (numbers[at + 3] !== NONE) date.value = string(numbers[at + 3]);
    if (numbers[at + 4] !== NONE) date.display = string(numbers[at + 4]);
    dates.push(date);
  }
  const analysis: Analysis = { people, dates, claims };
  if (numbers[4] !== NONE) analysis.reference = { date: string(numbers[5])!, from: REFERENCE_SOURCES[numbers[4]] };
  return analysis;
}

/** The string at an index of the table (undefined for NONE). */
function stringsOf({ numbers, strings }: CompactAnalysis): (index: number) => string | undefined {
  const ends = numbers.length - numbers[3];
  return index => index === NONE ? undefined : strings.slice(index ? numbers[ends + index - 1] : 0, numbers[ends + index]);
}

/** Plain JSON for the stored index (a typed array would be written as an object). */
export function compactToJson(compact: CompactAnalysis): unknown {
  return { numbers: Array.from(compact.numbers), scores: Array.from(compact.scores), strings: compact.strings };
}

/** A compact analysis read back from compactToJson's output; undefined when anything is off (it is only a cache). */
export function compactFromJson(value: unknown): CompactAnalysis | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { numbers, scores, strings } = value as Record<string, unknown>;
  if (!Array.isArray(numbers) || !Array.isArray(scores) || typeof strings !== 'string') return undefined;
  if (!numbers.every(n => Number.isInteger(n) && Math.abs(n) < 2 ** 31) || !scores.every(s => typeof s === 'number')) return undefined;
  const compact: CompactAnalysis = { numbers: Int32Array.from(numbers as number[]), scores: Float64Array.from(scores as number[]), strings };
  return consistent(compact) ? compact : undefined;
}

/** The right number of fields and scores, spans that start before they end, codes and string indexes in range. */
function consistent({ numbers, scores, strings }: CompactAnalysis): boolean {
  if (numbers.length < HEADER) return false;
  const [claims, people, dates, count, from, day] = numbers;
  if (claims < 0 || people < 0 || dates < 0 || count < 0) return false;
  if (numbers.length !== HEADER + claims * CLAIM_FIELDS + people * PERSON_FIELDS + dates * DATE_FIELDS + count) return false;
  if (scores.length !== claims) return false;
  const string = (i: number) => i === NONE || (i >= 0 && i < count);
  const span = (at: number) => numbers[at] >= 0 && numbers[at] <= numbers[at + 1];
  if (from === NONE ? day !== NONE : !(from >= 0 && from < REFERENCE_SOURCES.length && day >= 0 && day < count)) return false;
  let at = HEADER;
  for (let i = 0; i < claims; i++, at += CLAIM_FIELDS) if (!span(at)) return false;
  for (let i = 0; i < people; i++, at += PERSON_FIELDS) {
    if (!span(at) || !(numbers[at + 2] === SAME_AS_MENTION || (numbers[at + 2] >= 0 && numbers[at + 2] < count))) return false;
  }
  for (let i = 0; i < dates; i++, at += DATE_FIELDS) {
    if (!span(at) || !(numbers[at + 2] >= 0 && numbers[at + 2] < DATE_TYPES.length) || !string(numbers[at + 3]) || !string(numbers[at + 4])) return false;
  }
  for (let end = 0; at < numbers.length; at++) {
    if (numbers[at] < end) return false;
    end = numbers[at];
  }
  return count === 0 ? strings.length === 0 : numbers[numbers.length - 1] === strings.length;
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
