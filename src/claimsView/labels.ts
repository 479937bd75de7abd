// The words of the Claims view: labels, descriptions and tooltips of its nodes. Pure (no `vscode`). Claim text, notes,
// sources and reviewer names come from sidecar files anyone can commit: tooltips are Markdown built only from escaped
// text, where just http(s) sources become links.
import type { ReviewClaim } from '../core/review/reviewClaims';
import { escapeInline, escapeMultiline, noteAndSourcesMarkdown } from '../core/present/markdownText';
import { readableTimestamp } from '../core/present/dateText';
import { DETACHED, DETACHED_MEANING, STYLE_ICON, STYLE_LABEL } from '../core/present/statusLook';
import { historyMarkdown } from '../core/present/hoverText';
import { wordDiffMarkdown } from '../core/present/wordDiff';
import { shortText } from '../core/text/oneLine';
import type { VerdictMatch } from '../core/match/matchIndex';
import { seenBeforeDescription, seenBeforeMarkdown } from '../core/present/seenBeforeText';
import { STATUS_KEYS, type StatusKey } from './filters';
import { PAGE_ROWS, type MoreNode, type StatusCounts } from './grouping';

/** A claim on one line (the tree's labels). */
export { shortText };

export const STATUS_NAME: Record<StatusKey, string> = { ...STYLE_LABEL, dismissed: 'Dismissed' };
export const STATUS_ICON: Record<StatusKey, string> = { ...STYLE_ICON, dismissed: 'eye-closed' };

/** What a status group is called. */
export function statusGroupLabel(status: StatusKey): string {
  return STATUS_NAME[status];
}

/** "Disputed · Dana"; a team's own status is shown by its own name; a detached claim keeps its verdict
 *  ("Disputed · detached · Dana"); a claim an earlier verdict matches says so first ("⚠ seen before: false · Unverified"). */
export function claimDescription(claim: ReviewClaim, status: StatusKey, seen?: readonly VerdictMatch[]): string {
  const earlier = seen && seenBeforeDescription(seen);
  const own = ownDescription(claim, status);
  return earlier ? `${earlier} · ${own}` : own;
}

function ownDescription(claim: ReviewClaim, status: StatusKey): string {
  const verdict = (STATUS_NAME as Record<string, string>)[claim.status] ?? claim.status;
  const name = status === 'changed' ? `${STATUS_NAME.changed} (was ${claim.status})`
    : status === 'orphaned' ? `${verdict} · ${DETACHED}`
      : status === 'dismissed' || claim.status === status ? STATUS_NAME[status] : claim.status;
  const reviewer = claim.annotation?.reviewer?.replace(/\s+/g, ' ').trim();
  return reviewer ? `${name} · ${reviewer}` : name;
}

/** "Show 200 more…", or as many as are left. */
export function moreLabel(node: MoreNode): string {
  return `Show ${Math.min(PAGE_ROWS, node.hidden)} more…`;
}

/** "3 unverified · 1 disputed · 2 verified": non-zero counts in view order. */
export function countsDescription(counts: StatusCounts): string {
  return STATUS_KEYS.filter(s => counts[s] > 0)
    .map(s => `${counts[s]} ${STATUS_NAME[s].toLowerCase()}`).join(' · ');
}

export function claimTooltipMarkdown(claim: ReviewClaim, status: StatusKey, seen?: readonly VerdictMatch[]): string {
  const parts = [`$(${STATUS_ICON[status]}) **${escapeInline(claimDescription(claim, status))}**`];
  parts.push(`> ${escapeMultiline(claim.text).replace(/ {2}\n/g, '  \n> ')}`);
  if (status === 'orphaned') parts.push(`*${capitalised(DETACHED_MEANING)}: select where it belongs now and run “Re-attach”.*`);
  if (status === 'changed' && claim.reviewedText !== undefined) {
    parts.push(`**Reviewed → now:** ${wordDiffMarkdown(claim.reviewedText, claim.text)}`);
    parts.push('*The text changed after its verdict was given: confirm the verdict for the new words, or reset it to unverified.*');
  }
  const annotation = claim.annotation;
  parts.push(...noteAndSourcesMarkdown(annotation));
  if (annotation?.updated) parts.push(`*Updated ${readableTimestamp(annotation.updated) ?? escapeInline(annotation.updated)}*`);
  if (annotation?.history?.length) parts.push(historyMarkdown(annotation.history));
  if (claim.origin === 'manual') parts.push('*Added by an editor.*');
  // without links: the view's tooltips run no commands (the claim's hover in the article has Open and Apply)
  for (const match of seen ?? []) parts.push(seenBeforeMarkdown(match));
  return parts.join('\n\n');
}

const capitalised = (s: string) => s[0].toUpperCase() + s.slice(1);

export function articleTooltipMarkdown(path: string, counts: StatusCounts, error: string | undefined): string {
  const parts = [`**${escapeInline(path)}**`];
  const lines = STATUS_KEYS.filter(s => counts[s] > 0).map(s => `- $(${STATUS_ICON[s]}) ${counts[s]} ${escapeInline(statusGroupLabel(s).toLowerCase())}`);
  if (lines.length) parts.push(lines.join('\n'));
  if (error) parts.push(`$(error) **The sidecar file cannot be read:** ${escapeInline(error)}`);
  return parts.join('\n\n');
}
