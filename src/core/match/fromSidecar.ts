// The desk's own earlier verdicts: every claim of an article's sidecar that was given a verdict (any status but
// unverified; dismissed claims are no verdict), with the words it was given on and the article's heading as context.
// The CLI and the editor both build their match index from these.
import { reviewedWords, type ClaimAnchoring } from '../sidecar';
import { lineStarts, positionAt } from '../text/lines';
import type { EarlierVerdict } from './earlierVerdict';

/** The article's title: its first Markdown heading, else its first non-empty line when that is short (a title line). */
export function articleHeading(text: string): string | undefined {
  const heading = /^#{1,6}[ \t]+(.+?)[ \t#]*$/m.exec(text.slice(0, 4000));
  if (heading) return heading[1].trim();
  const first = /^[ \t]*(\S.*)$/m.exec(text.slice(0, 400))?.[1].trim();
  return first && first.length <= 160 && !/[.!?]["'”’]?$/.test(first) ? first : undefined;
}

/** The verdicts of one article's sidecar as earlier verdicts; `article` is the path they are reported under. */
export function earlierVerdictsOf(article: string, articleText: string | undefined, claims: readonly ClaimAnchoring[]): EarlierVerdict[] {
  const context = articleText === undefined ? undefined : articleHeading(articleText);
  const starts = articleText === undefined ? undefined : lineStarts(articleText);
  const verdicts: EarlierVerdict[] = [];
  for (const { claim, match } of claims) {
    if (claim.status === 'unverified' || claim.dismissed) continue;
    const quote = reviewedWords(claim);
    if (!quote.trim()) continue;
    verdicts.push({
      article, id: claim.id, status: claim.status, quote,
      ...(context && context !== quote ? { context } : {}),
      ...(claim.note ? { note: claim.note } : {}),
      ...(claim.sources?.length ? { sources: claim.sources } : {}),
      ...(claim.reviewer ? { reviewer: claim.reviewer } : {}),
      ...(claim.updated ? { updated: claim.updated } : {}),
      ...(starts && !match.orphaned ? { line: positionAt(starts, match.start).line } : {}),
    });
  }
  return verdicts;
}
