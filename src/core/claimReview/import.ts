// ClaimReview JSON-LD files in the workspace read as earlier verdicts, the fact-checks "checked before" matching
// (core/match) compares new claims with: ours exported from another workspace, or another publisher's. Read-only: an
// imported verdict is shown with its publisher and URL and never written back. A file that is not JSON, or a
// fact-check without the claim or a rating we can read, is a problem at its line and column; the rest of the file
// is still used.
//
// A file may hold one ClaimReview, an array of them, or a JSON-LD document with an `@graph` of them; other objects in
// it (a WebPage, an Organization) are passed over.
import type { EarlierVerdict } from '../match/earlierVerdict';
import type { SidecarProblem } from '../sidecar/model';
import { lineStarts, positionAt } from '../text/lines';
import { type JsonNode, numberOf, parseJsonNodes, stringOf } from './jsonNodes';
import { BUILTIN_RATINGS, statusForRating, type RatingTable } from './ratings';
import { typeNames } from './validate';

export interface ImportedVerdicts {
  verdicts: EarlierVerdict[];
  /** Positioned like a sidecar's problems (1-based line and column), for the Problems panel and `file:line:col`. */
  problems: SidecarProblem[];
}

/** Files read as ClaimReview imports: `*.claimreview.json` and `*.claimreview.jsonld` (what the export writes). Other
 *  JSON is never looked into, so a project's own JSON files are neither read nor reported. */
export function isClaimReviewFile(path: string): boolean {
  return /\.claimreview\.json(?:ld)?$/i.test(path);
}

/** Glob of ClaimReview files for file watchers and searches. */
export const CLAIM_REVIEW_GLOB = '**/*.{claimreview.json,claimreview.jsonld}';

/**
 * The earlier verdicts in a ClaimReview file's text. `path` names the file in the verdicts (their `article`) and is
 * not read. `team`: the desk's own rating names (`factcheck.claimReview.ratings`), so its exports read back as the
 * statuses they came from.
 */
export function earlierVerdictsFromClaimReview(text: string, path: string, team: RatingTable = {}): ImportedVerdicts {
  const starts = lineStarts(text);
  const problems: SidecarProblem[] = [];
  const problem = (offset: number, message: string, severity?: 'warning') => problems.push({ message, ...positionAt(starts, offset), ...(severity ? { severity } : {}) });

  const parsed = parseJsonNodes(text);
  if (!parsed.ok) {
    problem(parsed.offset, `not valid JSON: ${parsed.message}`);
    return { verdicts: [], problems };
  }
  const candidates = itemsOf(parsed.node);
  const reviews = candidates.filter(node => node.kind === 'object' && typeNames(stringOrList(node.entries.get('@type'))).includes('ClaimReview'));
  if (!reviews.length) {
    problem(parsed.node.offset, 'no ClaimReview in this file (an object with "@type": "ClaimReview", an array of them or an "@graph")', 'warning');
    return { verdicts: [], problems };
  }
  const verdicts: EarlierVerdict[] = [];
  reviews.forEach((node, index) => {
    const verdict = verdictOf(node as Extract<JsonNode, { kind: 'object' }>, index, path, team, problem);
    if (verdict) verdicts.push({ ...verdict, line: positionAt(starts, node.offset).line });
  });
  return { verdicts, problems };
}

/** The top-level objects that may be ClaimReviews. */
function itemsOf(root: JsonNode): JsonNode[] {
  if (root.kind === 'array') return root.items;
  if (root.kind === 'object') {
    const graph = root.entries.get('@graph');
    if (graph?.kind === 'array') return graph.items;
    return [root];
  }
  return [];
}

function stringOrList(node: JsonNode | undefined): unknown {
  if (node?.kind === 'array') return node.items.map(stringOf);
  return stringOf(node);
}

/** A Thing's name (an object with `name`) or a plain text value. */
function nameOf(node: JsonNode | undefined): string | undefined {
  const name = node?.kind === 'object' ? stringOf(node.entries.get('name')) : stringOf(node);
  return name?.trim() || undefined;
}

function verdictOf(
  node: Extract<JsonNode, { kind: 'object' }>,
  index: number,
  path: string,
  team: RatingTable,
  problem: (offset: number, message: string) => void,
): Omit<EarlierVerdict, 'line'> | undefined {
  const field = (name: string) => node.entries.get(name);
  const claimNode = field('claimReviewed');
  const quote = stringOf(claimNode)?.replace(/\s+/g, ' ').trim();
  if (!quote) {
    problem(claimNode?.offset ?? node.offset, claimNode ? 'claimReviewed must be the claim as text' : 'this ClaimReview has no claimReviewed (the claim): skipped');
    return undefined;
  }
  const ratingNode = field('reviewRating');
  if (ratingNode?.kind !== 'object') {
    problem(ratingNode?.offset ?? node.offset, ratingNode ? 'reviewRating must be a Rating object' : 'this ClaimReview has no reviewRating: skipped');
    return undefined;
  }
  const alternateName = stringOf(ratingNode.entries.get('alternateName'))?.trim() || undefined;
  const rating = {
    alternateName,
    ratingValue: numberOf(ratingNode.entries.get('ratingValue')),
    bestRating: numberOf(ratingNode.entries.get('bestRating')),
    worstRating: numberOf(ratingNode.entries.get('worstRating')),
  };
  const status = statusForRating(rating, team);
  if (!status) {
    const what = alternateName ? `the rating “${alternateName}”` : 'a rating without alternateName or a number on its scale';
    problem(ratingNode.offset, `${what} does not say true, false, disputed or unverifiable: skipped (name it in factcheck.claimReview.ratings)`);
    return undefined;
  }
  const urlNode = field('url');
  const url = stringOf(urlNode)?.trim() || undefined;
  if (urlNode && !url) problem(urlNode.offset, 'url must be text (the address of the fact-check)');
  const publisher = nameOf(field('author')) ?? nameOf(field('publisher'));
  const body = stringOf(field('reviewBody'))?.trim() || undefined;
  // the publisher's own words for its rating, when they are not simply our word for the status
  const ownWords = alternateName && alternateName.toLowerCase() !== (team[status] ?? BUILTIN_RATINGS[status])?.alternateName.toLowerCase()
    && alternateName.toLowerCase() !== status ? `Rated “${alternateName}”${publisher ? ` by ${publisher}` : ''}.` : undefined;
  const note = [ownWords, body].filter(Boolean).join(' ') || undefined;
  const updated = stringOf(field('datePublished'))?.trim() || undefined;
  return {
    article: path,
    id: url ?? `${path}#${index + 1}`,
    status,
    quote,
    ...(note ? { note } : {}),
    ...(updated ? { updated } : {}),
    ...(publisher ? { publisher } : {}),
    ...(url ? { url } : {}),
  };
}
