/** A fiscal quarter or half told without its year, given the year the story wrote with the same one. */
import type { DateMention } from '../spans';
import { writtenPart } from './fiscal';

/** A fiscal year written with the part: "fiscal 2025", "FY25", "FY 2025", "fiscal year 2025". */
const YEAR_WRITTEN = /\b(?:fiscal(?:\s+year)?\s+\d{4}|FY\s?\d{2,4})\b/i;

/** How far back the part written with its year may be: a results story's whole account. */
const REACH = 3000;

/**
 * "Velorin reported second-quarter fiscal 2025 earnings … Following the strong fiscal second-quarter performance": a
 * fiscal quarter (or half) told without its year is the one the story named before with its fiscal year, valued as
 * that one is ("2025-Q2", as TimeML numbers a fiscal year's quarters), not the last such quarter of the calendar
 * before the article's date.
 */
export function fiscalPartsOfTheYearNamed(mentions: DateMention[]): void {
  // ("second-quarter" right before "fiscal 2025", not yet read as one: that year's quarter already, for the year-back
  // passes that count from it)
  for (let j = 1; j < mentions.length; j++) {
    const before = mentions[j - 1], part = before.type === 'DATE' && !/\d/.test(before.text) ? writtenPart(before.text) : undefined;
    const year = part ? yearOfPart(mentions, j, part) : undefined;
    if (part && year !== undefined && /^\d{4}-[QH][1-4]$/.test(before.value ?? '')) before.value = `${year}-${part.part}${part.n}`;
  }
  for (let k = 1; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.type !== 'DATE' || !/fiscal/i.test(m.text) || /\d/.test(m.text) || !/^\d{4}-[QH][1-4]$/.test(m.value ?? '')) continue;
    const part = writtenPart(m.text);
    if (!part) continue;
    for (let j = k - 1; j >= 0 && mentions[j].end >= m.start - REACH; j--) {
      const year = yearOfPart(mentions, j, part);
      if (year === undefined) continue;
      m.value = `${year}-${part.part}${part.n}`;
      break;
    }
  }
}

/**
 * The fiscal year mention j writes with the same part as `part`: "second-quarter fiscal 2025" read as one, or as the
 * part and its year side by side ("second-quarter" then "fiscal 2025", as the scan first reads them).
 */
function yearOfPart(mentions: readonly DateMention[], j: number, part: { part: 'Q' | 'H'; n: number }): string | undefined {
  const named = mentions[j];
  if (!YEAR_WRITTEN.test(named.text)) return undefined;
  const same = (p: { part: 'Q' | 'H'; n: number } | undefined) => p !== undefined && p.part === part.part && p.n === part.n;
  const joined = /^(\d{4})-[QH][1-4]$/.exec(named.value ?? '');
  if (joined) return same(writtenPart(named.text)) ? joined[1] : undefined;
  const before = j > 0 ? mentions[j - 1] : undefined;
  const year = /^\d{4}$/.exec(named.value ?? '');
  return year && before && named.start - before.end <= 1 && !/\d/.test(before.text) && same(writtenPart(before.text)) ? year[0] : undefined;
}
