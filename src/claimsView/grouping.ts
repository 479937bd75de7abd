// The shape of the Claims view, as plain data: which nodes sit at the root and under each node, for grouping by article
// or by status, with counts. Pure (no `vscode`): the tree provider turns these nodes into TreeItems, and tests and the
// benchmark run this in Node. Children are computed only when asked for (lazily). Article rows, counts, the badge and
// the Overview come from each article's summary (core/workspace/articleSummary.ts); an article's claims are sorted
// into statuses only when its claims are shown, or when the filter looks into claims' words.
import { DeskOverviewTally, OVERVIEW_ARTICLES, type DeskOverview } from '../core/present/deskOverview';
import type { ArticleReview, ReviewClaim } from '../core/review/reviewClaims';
import { reviewSummary, type ArticleSummary, type LazyReview } from '../core/workspace/articleSummary';
import { finishSteps, runSteps, type GiveWay } from '../core/workspace/slices';
import { claimMatcher, filtersByStatusOnly, STATUS_KEYS, statusKeyOf, type ClaimFilter, type SeenBeforeTest, type StatusKey } from './filters';

export type Grouping = 'article' | 'status';

/** One article the view knows, with its review as the store has it now. */
export interface ArticleEntry {
  /** The article's URI as a string: node ids and command arguments are strings. */
  uri: string;
  /** File name, the node's label. */
  name: string;
  /** Path relative to the workspace, for sorting and the tooltip. */
  path: string;
  /** Undefined when the review could not be loaded (see loadError), or when it is made on demand (`lazy`). */
  review: ArticleReview | undefined;
  /** An article whose review is made only when its claims are shown (an unopened one the workspace index analysed). */
  lazy?: LazyReview;
  loadError?: string;
}

/** The article's counts, from its summary when it has one. */
export function entrySummary(entry: ArticleEntry): ArticleSummary | undefined {
  return entry.lazy?.summary ?? (entry.review && reviewSummary(entry.review));
}

/** The article's review, made now when it is made on demand. */
export function entryReview(entry: ArticleEntry): ArticleReview | undefined {
  return entry.review ?? entry.lazy?.review();
}

export type StatusCounts = Record<StatusKey, number>;

interface NodeBase {
  /** Unique in the tree and stable across refreshes, so VS Code keeps what was expanded and selected. */
  id: string;
  parent?: ClaimsNode;
}

export interface ArticleNode extends NodeBase {
  kind: 'article';
  uri: string;
  name: string;
  path: string;
  /** Visible claims by status (only `status` is counted when the node sits under a status group). */
  counts: StatusCounts;
  total: number;
  /** Set when grouped by status: the node lists only the article's claims of this status. */
  status?: StatusKey;
  error?: string;
}

export interface StatusNode extends NodeBase {
  kind: 'status';
  status: StatusKey;
  count: number;
}

/** "Detached" inside an article: claims whose text is no longer found. */
export interface OrphansNode extends NodeBase {
  kind: 'orphans';
  uri: string;
  count: number;
}

/** A claim. `uri` and `key` are what the editor's claim commands take as their argument ({ uri, key }), so menu
 *  entries can call them with the node itself. */
export interface ClaimNode extends NodeBase {
  kind: 'claim';
  uri: string;
  key: string;
  claim: ReviewClaim;
  status: StatusKey;
}

/** A sidecar that cannot be read, with its message. */
export interface ErrorNode extends NodeBase {
  kind: 'error';
  uri: string;
  name: string;
  message: string;
}

/** A line of explanation where the view would otherwise be empty (e.g. a filter hides every claim). */
export interface NoticeNode extends NodeBase {
  kind: 'notice';
  message: string;
}

/** The last row of a long list, standing for the rows not handed to VS Code yet: "Show 200 more…". */
export interface MoreNode extends NodeBase {
  kind: 'more';
  /** The id of the list's parent ('' for the root). */
  list: string;
  /** Rows shown, and rows still hidden. */
  shown: number;
  hidden: number;
}

export type ClaimsNode = ArticleNode | StatusNode | OrphansNode | ClaimNode | ErrorNode | NoticeNode | MoreNode;

/** Rows of one list handed to VS Code at a time: a tree of 10,000 rows at once holds the extension host while VS Code
 *  asks for each row, and is no help to read; "Show more" adds as many again. */
export const PAGE_ROWS = 200;

/** The first `shown` rows of a list (rounded up to whole pages), with a "Show more" row for the rest. */
export function pageOf(rows: readonly ClaimsNode[], shown: number, list: string, parent?: ClaimsNode): ClaimsNode[] {
  const limit = Math.max(PAGE_ROWS, Math.ceil(shown / PAGE_ROWS) * PAGE_ROWS);
  if (rows.length <= limit) return [...rows];
  const more: MoreNode = { kind: 'more', id: `${list}/more`, list, shown: limit, hidden: rows.length - limit };
  if (parent) more.parent = parent;
  return [...rows.slice(0, limit), more];
}

export const emptyCounts = (): StatusCounts => ({ changed: 0, unverified: 0, disputed: 0, false: 0, unverifiable: 0, verified: 0, orphaned: 0, dismissed: 0 });

interface VisibleClaim {
  claim: ReviewClaim;
  status: StatusKey;
}

/** One article's claims as the filter leaves them: how many of each status, and (once asked for) which. */
interface ArticleDigest {
  entry: ArticleEntry;
  counts: StatusCounts;
  total: number;
  error?: string;
  visible?: VisibleClaim[];
  /** The article's row at the root (grouped by article), made once. */
  row?: ArticleNode;
}

/** What one filter made of each article, kept from model to model: a refresh after one article changed works out only
 *  that article's row again (an unchanged article keeps its entry object, and the store the same review object). */
export class DigestCache {
  /** Each review's claims sorted under the filter. */
  readonly sorted = new WeakMap<ArticleReview, { visible: VisibleClaim[]; counts: StatusCounts }>();
  /** Each entry's counts, claims (once asked for) and root row. */
  readonly digests = new WeakMap<ArticleEntry, ArticleDigest>();
}

/** Why an article's sidecar cannot be used: its first blocking problem, with line and column. */
export function sidecarError(entry: ArticleEntry): string | undefined {
  if (entry.loadError) return entry.loadError;
  const sidecar = entry.review?.sidecar;
  if (sidecar?.kind !== 'invalid') return undefined;
  const problem = sidecar.problems.find(p => p.severity !== 'warning') ?? sidecar.problems[0];
  if (!problem) return 'The sidecar file cannot be read.';
  return `${problem.message} (line ${problem.line}, column ${problem.column})`;
}

/** What one pass over every article works out: the root rows in either grouping, the badge's and the Overview's
 *  figures. */
interface WorkspaceTally {
  byUri: Map<string, ArticleEntry>;
  /** The root rows when grouped by article. */
  articleRows: ArticleNode[];
  /** Claims by status and unreadable sidecars, for the roots when grouped by status. */
  statusTotals: StatusCounts;
  errors: ErrorNode[];
  attention: number;
  unreviewed: number;
  overview: DeskOverview;
}

export class ClaimsTreeModel {
  /** The articles, in the order they are listed (the provider sorts them by path). */
  readonly entries: readonly ArticleEntry[];
  private tallied?: WorkspaceTally;
  private readonly matches: (claim: ReviewClaim, status: StatusKey) => boolean;
  /** The filter asks only about statuses: counts come from summaries, claims are sorted only when shown. */
  private readonly byStatusOnly: boolean;

  /** `entries` in the order articles are listed (the provider sorts them by path); `cache`: claims sorted under the
   *  same filter by an earlier model; `seenBefore`: which claims an earlier verdict matches (the "seen before" filter). */
  constructor(entries: readonly ArticleEntry[], readonly grouping: Grouping, readonly filter: ClaimFilter, private readonly cache: DigestCache = new DigestCache(),
    seenBefore?: SeenBeforeTest) {
    this.entries = entries;
    this.matches = claimMatcher(filter, seenBefore);
    this.byStatusOnly = filtersByStatusOnly(filter);
  }

  private digest(entry: ArticleEntry): ArticleDigest {
    let digest = this.cache.digests.get(entry);
    if (!digest) {
      if (this.byStatusOnly) {
        const statuses = entrySummary(entry)?.statuses;
        // a summary whose every claim the filter shows is the row's counts as it is (shared, never changed)
        const counts = statuses && STATUS_KEYS.every(status => !statuses[status] || this.filter.statuses.has(status)) ? statuses : emptyCounts();
        let total = 0;
        for (const status of STATUS_KEYS) {
          if (counts !== statuses) counts[status] = this.filter.statuses.has(status) ? statuses?.[status] ?? 0 : 0;
          total += counts[status];
        }
        digest = { entry, counts, total, error: sidecarError(entry) };
      } else {
        const sorted = this.sort(entry);
        digest = { entry, counts: sorted.counts, total: sorted.visible.length, visible: sorted.visible, error: sidecarError(entry) };
        // an article whose claims are not read yet shows nothing for now, and is looked at again once they are
        if (!sorted.made) return digest;
      }
      this.cache.digests.set(entry, digest);
    }
    return digest;
  }

  /** The article's claims the filter shows, sorted into statuses (none while an article made on demand is not loaded:
   *  see loadClaims). */
  private visible(entry: ArticleEntry): VisibleClaim[] {
    const digest = this.digest(entry);
    if (digest.visible) return digest.visible;
    const { visible, made } = this.sort(entry);
    if (made) digest.visible = visible;
    return visible;
  }

  /** Makes the review of an article made on demand (its claims' words are read from the article): before its claims
   *  are shown. */
  async loadClaims(uri: string): Promise<void> {
    await this.tally().byUri.get(uri)?.lazy?.load();
  }

  /** `made`: false for an article made on demand whose review is not made yet (nothing to sort). */
  private sort(entry: ArticleEntry): { visible: VisibleClaim[]; counts: StatusCounts; made: boolean } {
    const review = entryReview(entry);
    let sorted = review && this.cache.sorted.get(review);
    if (!sorted) {
      sorted = { visible: [], counts: emptyCounts() };
      for (const claim of review?.claims ?? []) {
        const status = statusKeyOf(claim);
        if (!this.matches(claim, status)) continue;
        sorted.visible.push({ claim, status });
        sorted.counts[status]++;
      }
      if (review) this.cache.sorted.set(review, sorted);
    }
    return { ...sorted, made: Boolean(review) || !entry.lazy };
  }

  /** Works out every article's row and the workspace's figures a slice at a time, giving way between slices: 10,000
   *  articles' rows at once would hold the extension host. Without it, they are worked out at once when first asked. */
  async prepare(giveWay: GiveWay): Promise<void> {
    if (this.tallied) return;
    let tally: WorkspaceTally | undefined;
    await runSteps(this.tallySteps(done => tally = done), giveWay);
    this.tallied ??= tally;
  }

  private tally(): WorkspaceTally {
    if (!this.tallied) finishSteps(this.tallySteps(done => this.tallied = done));
    return this.tallied!;
  }

  /** One step per article. */
  private *tallySteps(done: (tally: WorkspaceTally) => void): Generator<void> {
    const tally: Omit<WorkspaceTally, 'overview'> = { byUri: new Map(), articleRows: [], statusTotals: emptyCounts(), errors: [], attention: 0, unreviewed: 0 };
    const overview = new DeskOverviewTally(OVERVIEW_ARTICLES);
    for (const entry of this.entries) {
      tally.byUri.set(entry.uri, entry);
      const summary = entrySummary(entry);
      if (summary) {
        tally.attention += summary.attention;
        tally.unreviewed += summary.statuses.unverified + summary.statuses.changed;
      }
      overview.add({ article: entry.path, kinds: summary?.kinds ?? {} });
      const digest = this.digest(entry);
      if (digest.total || digest.error) {
        tally.articleRows.push(digest.row ??= {
          kind: 'article', id: `a:${entry.uri}`, uri: entry.uri, name: entry.name, path: entry.path,
          counts: digest.counts, total: digest.total, error: digest.error,
        });
      }
      for (const status of STATUS_KEYS) tally.statusTotals[status] += digest.counts[status];
      if (digest.error) tally.errors.push({ kind: 'error', id: `e:${entry.uri}`, uri: entry.uri, name: entry.name, message: digest.error });
      yield;
    }
    done({ ...tally, overview: overview.result() });
  }

  /** Claims that need someone's attention (the badge): changed, orphaned, disputed or false, not every detected one. */
  attentionCount(): number {
    return this.tally().attention;
  }

  /** Claims still to review in the whole workspace, whatever the filter. A claim changed since its review needs
   *  reviewing again, so it counts. */
  unreviewedCount(): number {
    return this.tally().unreviewed;
  }

  /** The Overview's figures for the whole workspace, from each article's counts (the first OVERVIEW_ARTICLES articles
   *  by what needs attention). */
  overview(): DeskOverview {
    return this.tally().overview;
  }

  roots(): ClaimsNode[] {
    return this.grouping === 'article' ? [...this.tally().articleRows] : this.statusRoots();
  }

  children(node: ClaimsNode): ClaimsNode[] {
    switch (node.kind) {
      case 'article': return node.status ? this.claimsOfStatus(node) : this.articleChildren(node);
      case 'status': return this.articlesOfStatus(node);
      case 'orphans': return this.orphanClaims(node);
      default: return [];
    }
  }

  private articleChildren(node: ArticleNode): ClaimsNode[] {
    const entry = this.tally().byUri.get(node.uri);
    if (!entry) return [];
    const digest = this.digest(entry);
    const children: ClaimsNode[] = [];
    if (digest.error) children.push({ kind: 'error', id: `${node.id}/error`, parent: node, uri: node.uri, name: node.name, message: digest.error });
    const ids = new Set<string>();
    let orphans = 0;
    for (const { claim, status } of this.visible(entry)) {
      if (status === 'orphaned') orphans++;
      else children.push(claimNode(node, claim, status, ids));
    }
    if (orphans) children.push({ kind: 'orphans', id: `${node.id}/orphans`, parent: node, uri: node.uri, count: orphans });
    return children;
  }

  private orphanClaims(node: OrphansNode): ClaimsNode[] {
    const entry = this.tally().byUri.get(node.uri);
    if (!entry) return [];
    const ids = new Set<string>();
    return this.visible(entry).filter(v => v.status === 'orphaned').map(v => claimNode(node, v.claim, v.status, ids));
  }

  private statusRoots(): ClaimsNode[] {
    const { statusTotals: totals, errors } = this.tally();
    const groups: ClaimsNode[] = STATUS_KEYS.filter(status => totals[status] > 0)
      .map(status => ({ kind: 'status', id: `s:${status}`, status, count: totals[status] }));
    return [...errors, ...groups];
  }

  private articlesOfStatus(node: StatusNode): ClaimsNode[] {
    const articles: ClaimsNode[] = [];
    for (const entry of this.entries) {
      const digest = this.digest(entry);
      const count = digest.counts[node.status];
      if (!count) continue;
      const counts = emptyCounts();
      counts[node.status] = count;
      articles.push({
        kind: 'article', id: `${node.id}/a:${entry.uri}`, parent: node, uri: entry.uri, name: entry.name, path: entry.path,
        counts, total: count, status: node.status,
      });
    }
    return articles;
  }

  private claimsOfStatus(node: ArticleNode): ClaimsNode[] {
    const entry = this.tally().byUri.get(node.uri);
    if (!entry) return [];
    const ids = new Set<string>();
    return this.visible(entry).filter(v => v.status === node.status).map(v => claimNode(node, v.claim, v.status, ids));
  }

  /** The ids of the nodes to expand, root first, to reach a claim in this grouping (the claim node itself is found
   *  among the last one's children by key), or undefined when the filter hides the claim. */
  containersOfClaim(uri: string, key: string): string[] | undefined {
    const entry = this.tally().byUri.get(uri);
    if (!entry) return undefined;
    const found = this.visible(entry).find(v => v.claim.key === key);
    if (!found) return undefined;
    if (this.grouping === 'article') {
      const article = `a:${uri}`;
      return found.status === 'orphaned' ? [article, `${article}/orphans`] : [article];
    }
    return [`s:${found.status}`, `s:${found.status}/a:${uri}`];
  }
}

function claimNode(parent: ArticleNode | OrphansNode, claim: ReviewClaim, status: StatusKey, ids: Set<string>): ClaimNode {
  // two claims with one key would make VS Code reject the whole tree: keep ids unique whatever the store hands over
  let id = `${parent.id}/c:${claim.key}`;
  for (let n = 2; ids.has(id); n++) id = `${parent.id}/c:${claim.key}#${n}`;
  ids.add(id);
  return { kind: 'claim', id, parent, uri: parent.uri, key: claim.key, claim, status };
}

const byPath = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** The order the view lists articles in: by path, numbers in names in numeric order ("page 2" before "page 10"). */
export function compareEntries(a: ArticleEntry, b: ArticleEntry): number {
  return byPath.compare(a.path, b.path) || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0);
}

/** Articles in the order the view lists them (compareEntries). */
export function sortEntries(entries: ArticleEntry[]): ArticleEntry[] {
  return entries.sort(compareEntries);
}
