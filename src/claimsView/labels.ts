// The words of the Claims view: labels, descriptions and tooltips of its nodes. Pure (no `vscode`). Claim text, notes,
// sources and reviewer names come from sidecar files anyone can commit: tooltips are Markdown built only from escaped
// text, where just http(s) sources become links.
import type { ReviewClaim } from '../core/review/reviewClaims';
import { escapeInline, escapeMultiline, noteAndSourcesMarkdown } from '../core/present/markdownText';
import { readableTimestamp } from '../core/present/dateText';
import { STYLE_ICON, STYLE_LABEL } from '../core/present/statusLook';
import { historyMarkdown } from '../core/present/hoverText';
import { wordDiffMarkdown } from '../core/present/wordDiff';
import { shortText } from '../core/text/oneLine';
import { STATUS_KEYS, type StatusKey } from './filters';
import type { StatusCounts } from './grouping';

/** A claim on one line (the tree's labels). */
export { shortText };

export const STATUS_NAME: Record<StatusKey, string> = { ...STYLE_LABEL, dismissed: 'Dismissed' };
export const STATUS_ICON: Record<StatusKey, string> = { ...STYLE_ICON, dismissed: 'eye-closed' };

/** What a status group is called: orphaned claims are a task ("Needs re-attaching"), not a verdict. */
export function statusGroupLabel(status: StatusKey): string {
  return status === 'orphaned' ? 'Needs re-attaching' : STATUS_NAME[status];
}

/** "Disputed · Dana"; a team's own status is shown by its own name. */
export function claimDescription(claim: ReviewClaim, status: StatusKey): string {
  const name = status === 'changed' ? `${STATUS_NAME.changed} (was ${claim.status})`
    : status === 'orphaned' || status === 'dismissed' || claim.status === status ? STATUS_NAME[status] : claim.status;
  const reviewer = claim.annotation?.reviewer?.replace(/\s+/g, ' ').trim();
  return reviewer ? `${name} · ${reviewer}` : name;
}

/** "3 unverified · 1 disputed · 2 verified": non-zero counts in view order. */
export function countsDescription(counts: StatusCounts): string {
  return STATUS_KEYS.filter(s => counts[s] > 0)
    .map(s => `${counts[s]} ${s === 'orphaned' ? 'to re-attach' : STATUS_NAME[s].toLowerCase()}`).join(' · ');
}

export function claimTooltipMarkdown(claim: ReviewClaim, status: StatusKey): string {
  const parts = [`$(${STATUS_ICON[status]}) **${escapeInline(claimDescription(claim, status))}**`];
  parts.push(`> ${escapeMultiline(claim.text).replace(/ {2}\n/g, '  \n> ')}`);
  if (status === 'orphaned') parts.push('*Its text is no longer in the article: select where it belongs and run “Re-attach”.*');
  if (status === 'changed' && claim.reviewedText !== undefined) {
    parts.push(`**Reviewed → now:** ${wordDiffMarkdown(claim.reviewedText, claim.text)}`);
    parts.push('*The text changed after its verdict was given: confirm the verdict for the new words, or reset it to unverified.*');
  }
  const annotation = claim.annotation;
  parts.push(...noteAndSourcesMarkdown(annotation));
  if (annotation?.updated) parts.push(`*Updated ${readableTimestamp(annotation.updated) ?? escapeInline(annotation.updated)}*`);
  if (annotation?.history?.length) parts.push(historyMarkdown(annotation.history));
  if (claim.origin === 'manual') parts.push('*Added by an editor.*');
  return parts.join('\n\n');
}

export function articleTooltipMarkdown(path: string, counts: StatusCounts, error: string | undefined): string {
  const parts = [`**${escapeInline(path)}**`];
  const lines = STATUS_KEYS.filter(s => counts[s] > 0).map(s => `- $(${STATUS_ICON[s]}) ${counts[s]} ${escapeInline(statusGroupLabel(s).toLowerCase())}`);
  if (lines.length) parts.push(lines.join('\n'));
  if (error) parts.push(`$(error) **The sidecar file cannot be read:** ${escapeInline(error)}`);
  return parts.join('\n\n');
}
