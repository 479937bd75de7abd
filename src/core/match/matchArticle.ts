// Matching every claim of one article: each claim is read with its paragraph (the text between blank lines around it),
// which carries what a fragment ("He said it again.") leaves out.
import { matchClaim, type MatchIndex, type VerdictMatch } from './matchIndex';

export interface ClaimSpan {
  readonly start: number;
  readonly end: number;
}

export interface ClaimMatches extends ClaimSpan {
  readonly text: string;
  readonly matches: readonly VerdictMatch[];
}

/** The paragraph around [start, end): from the blank line before it to the blank line after it. */
export function paragraphAround(text: string, start: number, end: number): string {
  let from = 0;
  const blank = /\n[ \t]*\r?\n/g;
  for (let found = blank.exec(text); found && found.index + found[0].length <= start; found = blank.exec(text)) from = found.index;
  const after = /\r?\n[ \t]*\r?\n/.exec(text.slice(end));
  return text.slice(from, after ? end + after.index : text.length).trim();
}

export interface ArticleMatchOptions {
  /** Leave out the verdicts of this article (the one being matched). */
  readonly excludeArticle?: string;
  readonly top?: number;
  readonly minScore?: number;
}

export function matchArticle(index: MatchIndex, text: string, claims: readonly ClaimSpan[], options: ArticleMatchOptions = {}): ClaimMatches[] {
  return claims.map(({ start, end }) => {
    const claimText = text.slice(start, end);
    const matches = matchClaim(index, { ...options, text: claimText, paragraph: paragraphAround(text, start, end) });
    return { start, end, text: claimText, matches };
  });
}
