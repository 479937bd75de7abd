// "Checked before": what the editor and the Claims view say about the earlier verdicts matching a claim — the hover's
// sections, the inline hint after the claim, the claim row's description. A disputed or false earlier verdict comes
// first and leads with a warning, since publishing a claim the desk already found wrong is the costly mistake.
import { explanationText } from '../match/explain';
import type { VerdictMatch } from '../match/matchIndex';
import { readableTimestamp } from './dateText';
import { commandTarget, escapeInline, noteAndSourcesMarkdown } from './markdownText';
import { shortText } from '../text/oneLine';

/** What Apply this verdict copies onto the claim: the earlier status, note and sources, and where they came from. */
export interface AppliedVerdict {
  status: string;
  note?: string;
  sources?: string[];
  /** The earlier claim as `article#id`. */
  from: string;
}

export interface SeenBeforeLinks {
  /** Opens the earlier claim's article (argument: the link's `open` value). */
  open: { command: string; args: unknown };
  /** Applies the verdict to the hovered claim (argument: claim target plus `verdict`). */
  apply: { command: string; args: unknown };
}

export function appliedVerdictOf(match: VerdictMatch): AppliedVerdict {
  const { verdict } = match;
  return {
    status: verdict.status, from: `${verdict.article}#${verdict.id}`,
    ...(verdict.note ? { note: verdict.note } : {}), ...(verdict.sources?.length ? { sources: [...verdict.sources] } : {}),
  };
}

const WARNING_STATUSES = new Set(['disputed', 'false']);

/** An earlier verdict that found the words wrong or contested: shown before any other, with a warning. */
export function isWarningMatch(match: VerdictMatch): boolean {
  return WARNING_STATUSES.has(match.verdict.status);
}

/** The matches to show, at most `max`: the disputed and false ones first (best first), then the best of the rest —
 *  one of those always keeps its place, so the closest earlier verdict is never crowded out. */
export function seenBeforeOrder(matches: readonly VerdictMatch[], max = 3): VerdictMatch[] {
  const byScore = [...matches].sort((a, b) => b.score - a.score);
  const warnings = byScore.filter(isWarningMatch);
  const others = byScore.filter(m => !isWarningMatch(m));
  const shownWarnings = warnings.slice(0, others.length ? Math.max(max - 1, 0) : max);
  return [...shownWarnings, ...others.slice(0, max - shownWarnings.length)];
}

/** The inline hint after a claim with an earlier verdict (matches in seenBeforeOrder): prominent when the first is
 *  disputed or false. The text is short: the hover says the rest. */
export interface SeenBeforeHint {
  prominent: boolean;
  text: string;
  /** Said to a screen reader and in the hint's hover. */
  label: string;
}

export function seenBeforeHint(ordered: readonly VerdictMatch[]): SeenBeforeHint | undefined {
  const first = ordered[0];
  if (!first) return undefined;
  const more = ordered.length > 1 ? ` +${ordered.length - 1}` : '';
  const prominent = isWarningMatch(first);
  const status = oneLine(first.verdict.status);
  return {
    prominent,
    text: prominent ? `⚠ ${status} before${more}` : `↺ checked before${more}`,
    label: `Checked before: ${status} in ${oneLine(first.verdict.publisher ?? first.verdict.article)}${more ? ` and ${ordered.length - 1} more` : ''}. Hover the claim, or put the cursor in it and press Ctrl+K Ctrl+I.`,
  };
}

/** The claim row's note in the Claims view: "seen before: disputed" (the first of seenBeforeOrder). */
export function seenBeforeDescription(ordered: readonly VerdictMatch[]): string | undefined {
  const first = ordered[0];
  return first ? `${isWarningMatch(first) ? '⚠ ' : ''}seen before: ${oneLine(first.verdict.status)}` : undefined;
}

const oneLine = (text: string) => shortText(text, 60);

/** One earlier verdict as a hover or tooltip section; without links (a tooltip, which runs no commands) the Open and
 *  Apply line is left out. */
export function seenBeforeMarkdown(match: VerdictMatch, links?: SeenBeforeLinks): string {
  const { verdict, explanation } = match;
  const prominent = isWarningMatch(match);
  const when = verdict.updated ? readableTimestamp(verdict.updated)?.slice(0, 10) : undefined;
  const where = `${escapeInline(verdict.article)}${verdict.line !== undefined ? `:${verdict.line}` : ''}`;
  // an imported fact-check is said by its publisher; the desk's own by the article and reviewer
  const said = [`*${escapeInline(verdict.status)}* ${verdict.publisher ? `by ${escapeInline(verdict.publisher)} (${where})` : `in ${where}`}`,
    ...(when ? [when] : []), ...(verdict.reviewer ? [`by ${escapeInline(verdict.reviewer)}`] : [])].join(', ');
  const published = verdict.url && /^https?:\/\//i.test(verdict.url) ? ` · [$(link-external) Read the fact-check](${verdict.url.replace(/[()\s]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})` : '';
  const why = explanationText(explanation);
  const head = prominent ? `$(warning) **Checked before: ${said}**` : `$(history) **Checked before:** ${said}`;
  const parts = [
    `${head}${why ? ` — ${escapeInline(why)}` : ''} (match ${match.score.toFixed(2)})`,
    `> ${escapeInline(shortText(verdict.quote, 200))}`,
    ...noteAndSourcesMarkdown(verdict),
    ...links ? [`[$(go-to-file) Open](${commandTarget(links.open.command, links.open.args)}) · [$(check-all) Apply this verdict](${commandTarget(links.apply.command, links.apply.args)})${published}`]
      : published ? [published.slice(3)] : [],
  ];
  return parts.join('\n\n');
}

/** Where an inline hint goes: after the claim's last character. */
export interface PlacedHint extends SeenBeforeHint {
  /** The claim the hint is about. */
  start: number;
  end: number;
}

/** The hints of an article, in text order: one per claim with earlier verdicts (each list in seenBeforeOrder). */
export function planSeenBeforeHints(matches: Iterable<readonly [{ start?: number; end?: number }, readonly VerdictMatch[]]>): PlacedHint[] {
  const hints: PlacedHint[] = [];
  for (const [claim, ordered] of matches) {
    const hint = seenBeforeHint(ordered);
    if (hint && claim.start !== undefined && claim.end !== undefined) hints.push({ start: claim.start, end: claim.end, ...hint });
  }
  return hints.sort((a, b) => a.end - b.end || a.start - b.start);
}
