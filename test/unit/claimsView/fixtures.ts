// A small workspace of reviews for the Claims view's tests (grouping, filters, labels).
import type { ArticleReview, ReviewClaim } from '../../../src/core/review/reviewClaims';
import { NO_FILTER, type ClaimFilter } from '../../../src/claimsView/filters';
import { ClaimsTreeModel, sortEntries, type ArticleEntry, type ArticleNode, type ClaimNode, type ClaimsNode } from '../../../src/claimsView/grouping';

let offset = 0;
export function claim(text: string, status: string, over: Partial<ReviewClaim> = {}, reviewer?: string, note?: string): ReviewClaim {
  const start = offset;
  offset += text.length + 1;
  const annotated = status !== 'unverified' || reviewer !== undefined || note !== undefined || over.dismissed;
  return {
    key: annotated ? `c-${start}` : `detected:${start}`, start, end: start + text.length, text, status, origin: 'detected',
    orphaned: false, dismissed: false,
    annotation: annotated ? { id: `c-${start}`, status, origin: 'detected', reviewer, note, anchor: { start, end: start + text.length, quote: text, prefix: '', suffix: '' } } : undefined,
    ...over,
  };
}

export function entry(path: string, review: ArticleReview | undefined): ArticleEntry {
  return { uri: `file:///desk/${path}`, name: path.split('/').pop()!, path, review };
}

function workspace(): ArticleEntry[] {
  return sortEntries([
    entry('sport/stadium.md', { sidecar: { kind: 'ok' }, claims: [
      claim('The stadium holds 41,000 fans.', 'verified', {}, 'Lee'),
      claim('Ticket prices rose 12 percent.', 'unverified'),
    ] }),
    entry('city/page 10.md', { sidecar: { kind: 'ok' }, claims: [claim('The tram line cost 90 million.', 'unverified')] }),
    entry('city/page 2.md', { sidecar: { kind: 'ok' }, claims: [
      claim('Rents doubled since 2015, the agency said.', 'disputed', {}, 'Ana', 'Agency data shows +70%.'),
      claim('Unemployment fell to 4 percent.', 'unverified'),
      claim('The mayor was born in 1970.', 'false', { orphaned: true, start: undefined, end: undefined }),
      claim('Residents love the new park.', 'unverified', { dismissed: true }),
      claim('Waiting lists reached 3,000 families.', 'needs-legal'),
    ] }),
    entry('city/broken.md', { sidecar: { kind: 'invalid', problems: [
      { message: 'Unknown status', line: 3, column: 5, severity: 'warning' },
      { message: 'Expected a mapping', line: 9, column: 3 },
    ] }, claims: [] }),
    entry('city/empty.md', { sidecar: { kind: 'none' }, claims: [] }),
  ]);
}

export const WORKSPACE = workspace();
export const model = (grouping: 'article' | 'status' = 'article', filter: ClaimFilter = NO_FILTER) => new ClaimsTreeModel(WORKSPACE, grouping, filter);
export const page2Claims = () => WORKSPACE.find(e => e.name === 'page 2.md')!.review!.claims;
export const articles = (nodes: ClaimsNode[]) => nodes.filter((n): n is ArticleNode => n.kind === 'article');
export const claimTexts = (nodes: ClaimsNode[]) => nodes.filter((n): n is ClaimNode => n.kind === 'claim').map(n => n.claim.text);
