// The people and dates of an article as a checklist: each person once (canonical name, how often, the spellings the
// article uses) with names that look like one name spelled two ways flagged — a classic error before publication —
// and each date as written and as resolved, in words. Pure: built from an analysis, shown by the editor's view.
import type { Analysis, Span } from '../detect/spans';
import { readableDate, type DateInWords } from './dateText';

export interface PersonEntry {
  name: string;
  mentions: Span[];
  /** The different ways the article writes this person ("Ana Lindqvist", "Lindqvist"), in order of first use. */
  spellings: string[];
  /** Other people of the article whose name differs from this one by a letter or two ("Ana Lindquist"). */
  similar: string[];
}

export interface DateEntry {
  /** As written ("next Tuesday"). */
  text: string;
  /** As resolved, in words ("Tuesday 8 December 2026"). */
  display: string;
  mentions: Span[];
}

/** How many edits (insert, delete, substitute, swap of neighbours) turn one name into another, up to `limit` + 1. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2] + 1);
      current.push(best);
    }
    [before, previous] = [previous, current];
  }
  return previous[b.length];
}

const folded = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '').trim();

/** Two different names that are probably one name misspelled: a letter or two apart (one for short names). */
export function looksLikeSameName(a: string, b: string): boolean {
  const x = folded(a), y = folded(b);
  if (x === y || Math.min(x.length, y.length) < 4) return x === y && a !== b;
  return editDistance(x, y, 2) <= (Math.min(x.length, y.length) < 8 ? 1 : 2);
}

export function peopleOf(analysis: Pick<Analysis, 'people'>): PersonEntry[] {
  const byName = new Map<string, PersonEntry>();
  for (const mention of [...analysis.people].sort((a, b) => a.start - b.start)) {
    let entry = byName.get(mention.entity);
    if (!entry) byName.set(mention.entity, (entry = { name: mention.entity, mentions: [], spellings: [], similar: [] }));
    entry.mentions.push({ start: mention.start, end: mention.end, text: mention.text });
    const spelling = mention.text.replace(/\s+/g, ' ').trim();
    if (!entry.spellings.includes(spelling)) entry.spellings.push(spelling);
  }
  const people = [...byName.values()];
  for (const person of people) {
    person.similar = people.filter(other => other !== person && looksLikeSameName(person.name, other.name)).map(other => other.name);
  }
  return people.sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

/** Each date as written and in words (`inWords` for a span without its display, dateText.ts). */
export function datesOf(analysis: Pick<Analysis, 'dates'>, inWords: DateInWords): DateEntry[] {
  const byText = new Map<string, DateEntry>();
  for (const date of [...analysis.dates].sort((a, b) => a.start - b.start)) {
    const text = date.text.replace(/\s+/g, ' ').trim();
    const display = readableDate(date, inWords);
    const key = `${text}\u0000${display}`;
    let entry = byText.get(key);
    if (!entry) byText.set(key, (entry = { text, display, mentions: [] }));
    entry.mentions.push({ start: date.start, end: date.end, text: date.text });
  }
  return [...byText.values()];
}

/** The mention after the cursor (wrapping), so repeated clicks step through a person's or date's mentions. */
export function nextMention(mentions: readonly Span[], cursor: number): Span | undefined {
  return mentions.find(m => m.start > cursor) ?? mentions[0];
}
