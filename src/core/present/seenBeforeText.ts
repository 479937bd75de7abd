// "Checked before": the hover's line about the best earlier verdict matching a claim. A disputed or false earlier
// verdict leads with a warning, since publishing a claim the desk already found wrong is the costly mistake.
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

export function seenBeforeMarkdown(match: VerdictMatch, links: SeenBeforeLinks): string {
  const { verdict, explanation } = match;
  const prominent = WARNING_STATUSES.has(verdict.status);
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
    `[$(go-to-file) Open](${commandTarget(links.open.command, links.open.args)}) · [$(check-all) Apply this verdict](${commandTarget(links.apply.command, links.apply.args)})${published}`,
  ];
  return parts.join('\n\n');
}
