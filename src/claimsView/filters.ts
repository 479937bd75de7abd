// What the Claims view shows: which statuses and which words. Pure (no `vscode`), so the tree logic can be tested and
// benchmarked in Node; the quick pick and the remembering live in viewCommands.ts.
import type { ReviewClaim } from '../core/review/reviewClaims';
import { summaryStatusOf, type SummaryStatus } from '../core/workspace/articleSummary';

/** A claim's place in the view: its drawing style, or `dismissed` ("not a claim", hidden unless asked for). */
export type StatusKey = SummaryStatus;

/** The order status groups and counts are shown in: what still needs work first. */
export const STATUS_KEYS: readonly StatusKey[] = ['changed', 'unverified', 'disputed', 'false', 'unverifiable', 'verified', 'orphaned', 'dismissed'];

export const DEFAULT_STATUSES: readonly StatusKey[] = STATUS_KEYS.filter(s => s !== 'dismissed');

export const statusKeyOf: (claim: ReviewClaim) => StatusKey = summaryStatusOf;

export interface ClaimFilter {
  /** Statuses shown. */
  statuses: ReadonlySet<StatusKey>;
  /** Words a claim's text, note, sources or reviewer must contain (case-insensitive); empty shows every claim. */
  text: string;
  /** Only claims an earlier verdict of another article matches ("checked before"). */
  seenBefore?: boolean;
}

export const NO_FILTER: ClaimFilter = { statuses: new Set(DEFAULT_STATUSES), text: '' };

/** Whether an earlier verdict of another article matches a claim (the Claims view asks "checked before" matching). */
export type SeenBeforeTest = (claim: ReviewClaim) => boolean;

/** The filter as remembered in workspace state (plain JSON). Unknown status names from older versions are dropped. */
export interface StoredFilter {
  statuses?: string[];
  text?: string;
  seenBefore?: boolean;
  /** Stored by a version that knew the `changed` status (before it, `changed` is shown: it was never chosen away). */
  knowsChanged?: boolean;
}

export function filterFromStored(stored: StoredFilter | undefined): ClaimFilter {
  const known = (stored?.statuses ?? []).filter((s): s is StatusKey => (STATUS_KEYS as readonly string[]).includes(s));
  if (known.length && !stored?.knowsChanged && !known.includes('changed')) known.push('changed');
  return {
    statuses: new Set(known.length ? known : DEFAULT_STATUSES), text: typeof stored?.text === 'string' ? stored.text : '',
    ...stored?.seenBefore === true ? { seenBefore: true } : {},
  };
}

export function filterToStored(filter: ClaimFilter): StoredFilter {
  return { statuses: STATUS_KEYS.filter(s => filter.statuses.has(s)), text: filter.text, knowsChanged: true, ...filter.seenBefore ? { seenBefore: true } : {} };
}

/** Whether the filter hides anything the default view shows (or shows dismissed claims). */
export function isFiltered(filter: ClaimFilter): boolean {
  return Boolean(filter.seenBefore) || filter.text.trim() !== '' || filter.statuses.size !== DEFAULT_STATUSES.length || DEFAULT_STATUSES.some(s => !filter.statuses.has(s));
}

function textMatches(claim: ReviewClaim, needle: string): boolean {
  const contains = (value: string | undefined) => value !== undefined && value.toLowerCase().includes(needle);
  const annotation = claim.annotation;
  return contains(claim.text) || contains(annotation?.note) || contains(annotation?.reviewer) || (annotation?.sources ?? []).some(contains);
}

/** Whether the filter asks only about statuses: then an article's counts come from its summary, and its claims are
 *  made only when it is expanded. A filter that looks into claims (words, seen before) says no here. */
export function filtersByStatusOnly(filter: ClaimFilter): boolean {
  return filter.text.trim() === '' && !filter.seenBefore;
}

/** A predicate for the filter; the needle is lower-cased once, not per claim. `seenBefore` answers the "seen before"
 *  filter (without it, that filter shows nothing rather than everything). */
export function claimMatcher(filter: ClaimFilter, seenBefore?: SeenBeforeTest): (claim: ReviewClaim, status: StatusKey) => boolean {
  const needle = filter.text.trim().toLowerCase();
  return (claim, status) => filter.statuses.has(status) && (needle === '' || textMatches(claim, needle))
    && (!filter.seenBefore || (seenBefore?.(claim) ?? false));
}

/** A short description of an active filter for the view's title bar, e.g. `verified, disputed · "mayor"`. */
export function describeFilter(filter: ClaimFilter, statusName: (s: StatusKey) => string): string | undefined {
  if (!isFiltered(filter)) return undefined;
  const parts: string[] = [];
  const sameStatuses = filter.statuses.size === DEFAULT_STATUSES.length && DEFAULT_STATUSES.every(s => filter.statuses.has(s));
  if (!sameStatuses) parts.push(STATUS_KEYS.filter(s => filter.statuses.has(s)).map(statusName).join(', ').toLowerCase());
  if (filter.seenBefore) parts.push('seen before');
  const text = filter.text.trim();
  if (text) parts.push(`“${text}”`);
  return `Filtered: ${parts.join(' · ')}`;
}
