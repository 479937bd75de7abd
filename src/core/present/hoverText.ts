// The Markdown of the editor's hovers, as pure strings: what a claim's status is, what the editor noted, where it was
// checked, who did it and when, why the engine flagged it, and links to act on it. Everything taken from files is
// escaped (markdownText.ts); the only links are http(s) sources and this extension's own commands.
import type { ReviewClaim } from '../review/reviewClaims';
import type { ClaimCue, DateMention } from '../detect/spans';
import { claimStrength, claimStyle, type ClaimStyle } from './claimStyles';
import { readableDate, readableTimestamp, type DateInWords } from './dateText';
import { commandTarget, escapeInline, noteAndSourcesMarkdown } from './markdownText';
import { DETACHED, DETACHED_MEANING, STRENGTH_LABEL, STYLE_ICON, STYLE_LABEL } from './statusLook';
import { wordDiffMarkdown } from './wordDiff';
import type { VerdictRecord } from '../sidecar/model';

/** Why a cue makes a sentence worth checking, in the editor's words. */
export const CUE_EXPLANATION: Record<ClaimCue, string> = {
  number: 'it states a figure',
  comparison: 'it compares or ranks (more, largest, rose…)',
  attribution: 'it is attributed to someone (said, according to…)',
  quote: 'it contains a quotation',
  person: 'it names a person',
  date: 'it refers to a date or time',
  event: 'it reports an event (won, signed, closed…)',
};

/** The commands the hover links to, with the ids the extension registers them under. */
export interface HoverCommands {
  setStatus: Record<'verified' | 'disputed' | 'false' | 'unverifiable' | 'unverified', string>;
  /** Re-confirm a changed claim's verdict on the words there now. */
  confirm: string;
  editNote: string;
  addSource: string;
  dismiss: string;
  restore: string;
  reattach: string;
}

/** Which claim a command link acts on: every claim command accepts this as its argument. */
export interface ClaimTarget {
  uri: string;
  key: string;
}

/** Whether a command's argument names a claim (a hover link's or a Claims view node's `{ uri, key }`); the editor's
 *  context menus pass a URI instead, and the palette nothing. */
export function isClaimTarget(value: unknown): value is ClaimTarget {
  if (!value || typeof value !== 'object') return false;
  const target = value as Record<string, unknown>;
  return typeof target.uri === 'string' && typeof target.key === 'string';
}

const icon = (name: string) => `$(${name})`;

/** Styles are words from a fixed list, but a team's own status comes from the file: escape it like any text. */
function statusLine(claim: ReviewClaim, style: ClaimStyle | undefined): string {
  if (claim.dismissed) return `${icon('eye-closed')} Dismissed as not a claim`;
  if (!style) return escapeInline(claim.status);
  if (style === 'changed') return `${icon(STYLE_ICON.changed)} **Changed since review** — it was ${escapeInline(statusName(claim.status))} on other words`;
  // a detached claim keeps its verdict: say both ("Disputed · detached")
  if (style === 'orphaned') {
    const verdict = escapeInline(statusName(claim.status));
    return `${icon(STYLE_ICON[style])} ${verdict[0].toUpperCase()}${verdict.slice(1)} · ${DETACHED} — ${DETACHED_MEANING}`;
  }
  const name = claim.status === style ? STYLE_LABEL[style] : escapeInline(claim.status);
  return `${icon(STYLE_ICON[style])} ${name}`;
}

/** A status as a word: the built-in label, or a team's own name. */
function statusName(status: string): string {
  return (STYLE_LABEL as Record<string, string>)[status]?.toLowerCase() ?? status;
}

export function claimHoverMarkdown(claim: ReviewClaim, target: ClaimTarget, commands: HoverCommands): string {
  const style = claimStyle(claim);
  // actions right under the status: a long note or many sources must not push them out of a scrolled hover
  const parts: string[] = [`**Claim** · ${statusLine(claim, style)}`, actionLinks(claim, target, commands)];
  if (claim.orphaned) parts.push(`> ${escapeInline(claim.text)}`);
  if (claim.changed && claim.reviewedText !== undefined) parts.push(`**Reviewed → now:** ${wordDiffMarkdown(claim.reviewedText, claim.text)}`);

  const annotation = claim.annotation;
  parts.push(...noteAndSourcesMarkdown(annotation));
  const who = annotation?.reviewer ? ` by ${escapeInline(annotation.reviewer)}` : '';
  const when = annotation?.updated ? ` on ${readableTimestamp(annotation.updated) ?? escapeInline(annotation.updated)}` : '';
  if (who || when) parts.push(`*Reviewed${who}${when}*`);
  if (annotation?.history?.length) parts.push(historyMarkdown(annotation.history));

  if (claim.origin === 'manual') parts.push('*Added by an editor.*');
  else if (claim.cues?.length || claim.score !== undefined) {
    const why = (claim.cues ?? []).map(cue => `${cue} — ${CUE_EXPLANATION[cue] ?? 'a check-worthy cue'}`);
    const score = claim.score !== undefined ? ` (score ${claim.score.toFixed(2)}, ${STRENGTH_LABEL[claimStrength(claim)]})` : '';
    parts.push(`**Why flagged**${score}:${why.length ? '\n' + why.map(w => `- ${escapeInline(w)}`).join('\n') : ' the wording as a whole'}`);
  }

  return parts.join('\n\n');
}

/** Most earlier verdicts a hover lists (the newest); the rest are in the sidecar. */
const HISTORY_SHOWN = 5;

/** Earlier verdicts, newest first: "Verified by Dana on 2026-03-03 10:05 UTC, on “…”". */
export function historyMarkdown(history: readonly VerdictRecord[]): string {
  const lines = [...history].reverse().slice(0, HISTORY_SHOWN).map(record => {
    const who = record.reviewer ? ` by ${escapeInline(record.reviewer)}` : '';
    const when = record.time ? ` on ${readableTimestamp(record.time) ?? escapeInline(record.time)}` : '';
    const words = record.quote ? `, on “${escapeInline(record.quote)}”` : '';
    return `- ${escapeInline(statusName(record.status).replace(/^./, c => c.toUpperCase()))}${who}${when}${words}`;
  });
  const more = history.length > HISTORY_SHOWN ? `\n- *… ${history.length - HISTORY_SHOWN} earlier*` : '';
  return `**Earlier verdicts:**\n${lines.join('\n')}${more}`;
}

function actionLinks(claim: ReviewClaim, target: ClaimTarget, commands: HoverCommands): string {
  const link = (label: string, command: string) => `[${label}](${commandTarget(command, target)})`;
  if (claim.dismissed) return link(`${icon('discard')} Restore as a claim`, commands.restore);
  // changed since review: the two answers first — the verdict still holds for the new words, or it needs a new look
  const recheck = claim.changed
    ? [link(`${icon('check-all')} Still ${escapeInline(statusName(claim.status))}`, commands.confirm), link(`${icon(STYLE_ICON.unverified)} Reset to unverified`, commands.setStatus.unverified)]
    : [];
  const statuses = (['verified', 'disputed', 'false', 'unverifiable', 'unverified'] as const)
    .filter(status => status !== claim.status && !(claim.changed && status === 'unverified'))
    .map(status => link(`${icon(STYLE_ICON[status])} ${STYLE_LABEL[status]}`, commands.setStatus[status]));
  statuses.unshift(...recheck);
  const more = [link(`${icon('note')} Note`, commands.editNote), link(`${icon('link')} Source`, commands.addSource)];
  if (claim.orphaned) more.push(link(`${icon('pinned')} Re-attach to selection`, commands.reattach));
  else if (claim.origin === 'detected') more.push(link(`${icon('eye-closed')} Not a claim`, commands.dismiss));
  return [...statuses, ...more].join(' · ');
}

export function personHoverMarkdown(entity: string, mentions: number): string {
  return `**Person** · ${escapeInline(entity)} — ${mentions} ${mentions === 1 ? 'mention' : 'mentions'} in this article`;
}

const DATE_KIND: Record<DateMention['type'], string> = { DATE: 'date', TIME: 'time', DURATION: 'duration', SET: 'recurring' };

/** A date in words (dateText.ts; `inWords` for a span without its display), never the TimeML code it resolved to. */
export function dateHoverMarkdown(date: DateMention, inWords: DateInWords): string {
  const unresolved = date.value ? '' : ' (not resolved to a calendar value)';
  return `**${DATE_KIND[date.type] === 'date' ? 'Date' : `Date (${DATE_KIND[date.type]})`}** · ${escapeInline(readableDate(date, inWords))}${unresolved}`;
}
