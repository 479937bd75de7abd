// The Claims view's data: every article the review store knows, as a tree (grouping.ts decides its shape). The store's
// change events are gathered into one refresh, which makes again only the changed articles' entries (articleEntries.ts)
// and redraws only their rows; the tree model is built once per refresh and children are computed only for nodes VS
// Code expands, so an article's claims are made when it is expanded.
import * as vscode from 'vscode';
import type { ReviewService } from '../review/reviewService';
import type { SeenClaims } from '../review/seenBefore';
import { mapInSlices, nextTurn } from '../core/workspace/slices';
import { ArticleEntries } from './articleEntries';
import { filtersByStatusOnly, isFiltered } from './filters';
import { ClaimsTreeModel, DigestCache, entryReview, pageOf, PAGE_ROWS, type ArticleEntry, type ClaimNode, type ClaimsNode } from './grouping';
import { claimTooltip, treeItemFor } from './nodes';
import type { ClaimsViewState } from './viewState';

/** A burst of store events (a save, a `git pull`) becomes one refresh: the first waits this long for the rest… */
const REFRESH_DELAY_MS = 20;
/** …and refreshes follow each other at most this often. */
const REFRESH_INTERVAL_MS = 250;

export class ClaimsTreeProvider implements vscode.TreeDataProvider<ClaimsNode>, vscode.Disposable {
  private readonly treeChanged = new vscode.EventEmitter<ClaimsNode | ClaimsNode[] | undefined>();
  readonly onDidChangeTreeData = this.treeChanged.event;
  private readonly modelBuilt = new vscode.EventEmitter<ClaimsTreeModel>();
  /** Fires with each new model (after a refresh): the badge listens. */
  readonly onDidBuildModel = this.modelBuilt.event;

  private readonly list: ArticleEntries<vscode.Uri>;
  private model?: Promise<ClaimsTreeModel>;
  /** Children handed to VS Code, per parent id ('' = root): VS Code finds nodes by identity (reveal, getParent). */
  private readonly children = new Map<string, ClaimsNode[]>();
  /** Rows shown of each long list, per parent id ('' = root), beyond the first page ("Show more"). */
  private readonly pages = new Map<string, number>();
  private timer?: ReturnType<typeof setTimeout>;
  private lastRefresh = 0;
  /** Each review's claims as the current filter leaves them, across refreshes (a new filter starts a new one). */
  private digests = new DigestCache();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly reviews: ReviewService, private readonly state: ClaimsViewState, private readonly seen?: SeenClaims) {
    const multiRoot = () => (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
    this.list = new ArticleEntries({
      articles: () => reviews.articles(),
      key: uri => uri.toString(),
      entry: uri => this.entryOf(uri, multiRoot()),
      giveWay: nextTurn,
    });
    this.subscriptions = [
      // a verdict given elsewhere changes which claims were seen before, not the articles' reviews
      ...seen ? [seen.onDidChange(() => {
        this.digests = new DigestCache();
        this.rebuild();
      })] : [],
      reviews.onDidChangeArticle(uri => {
        this.list.changed(uri.toString());
        this.scheduleRefresh();
      }),
      reviews.onDidChangeArticles(() => {
        this.list.listChanged();
        this.scheduleRefresh();
      }),
      // grouping and filter need no reloading, only a new model
      state.onDidChange(() => {
        this.digests = new DigestCache();
        this.rebuild();
      }),
    ];
  }

  getTreeItem(node: ClaimsNode): vscode.TreeItem {
    return treeItemFor(node, this.state.filter.text.trim(), this.seenOf(node));
  }

  resolveTreeItem(item: vscode.TreeItem, node: ClaimsNode): vscode.TreeItem {
    if (node.kind === 'claim') item.tooltip = claimTooltip(node, this.seenOf(node));
    return item;
  }

  private seenOf(node: ClaimsNode) {
    return node.kind === 'claim' ? this.seen?.matchesOf(node.claim) : undefined;
  }

  getParent(node: ClaimsNode): ClaimsNode | undefined {
    return node.parent;
  }

  async getChildren(node?: ClaimsNode): Promise<ClaimsNode[]> {
    const pending = this.currentModel();
    const model = await pending;
    // an article's claims may still be in the stored index being read, and their words are read from the article
    if (node) await this.reviews.whenIndexLoaded();
    if (node && 'uri' in node) await model.loadClaims(node.uri);
    const key = node?.id ?? '';
    let children = this.children.get(key);
    if (!children) {
      // a claim row says whether it was seen before: its article's matches are worked out when it is opened
      if (node?.kind === 'article') await this.seen?.prepare(model.entries.filter(e => e.uri === node.uri).map(e => ({ uri: vscode.Uri.parse(e.uri), review: entryReview(e) })));
      children = pageOf(node ? model.children(node) : this.roots(model), this.pages.get(key) ?? PAGE_ROWS, key, node);
      // a refresh while waiting made these stale: hand them out, but do not keep them
      if (this.model === pending) this.children.set(key, children);
    }
    return children;
  }

  private roots(model: ClaimsTreeModel): ClaimsNode[] {
    const roots = model.roots();
    // an empty tree shows the welcome text ("open an article…"), which would mislead while a filter hides everything
    if (!roots.length && isFiltered(model.filter)) {
      return [{ kind: 'notice', id: 'notice:filtered', message: 'No claims match the filter. Clear it from the view’s title bar.' }];
    }
    return roots;
  }

  /** Shows another page of a long list (its "Show more" row): `list` is the id of the list's parent ('' = root).
   *  Returns the first row just shown, where the "Show more" row was. */
  async showMore(list: string, rows = PAGE_ROWS): Promise<ClaimsNode | undefined> {
    const shown = this.children.get(list);
    const more = shown?.[shown.length - 1];
    if (more?.kind !== 'more') return undefined;
    this.pages.set(list, more.shown + rows);
    this.children.delete(list);
    this.treeChanged.fire(more.parent);
    return (await this.getChildren(more.parent))[more.shown];
  }

  /** The node of a claim in the tree as it is now, expanding the way there (and showing more of a long list when it
   *  lies beyond the rows shown); undefined when the filter hides it. */
  async findClaimNode(uri: string, key: string): Promise<ClaimNode | undefined> {
    const model = await this.currentModel();
    await model.loadClaims(uri);
    const containers = model.containersOfClaim(uri, key);
    if (!containers) return undefined;
    let parent: ClaimsNode | undefined;
    // each container by its id, root first, then the claim itself among the last one's rows
    for (const id of [...containers, undefined]) {
      const wanted = (n: ClaimsNode) => id === undefined ? n.kind === 'claim' && n.key === key : n.id === id;
      const next = (await this.rowsShowing(model, parent, wanted)).find(wanted);
      if (!next || id === undefined) return next as ClaimNode | undefined;
      parent = next;
    }
    return undefined;
  }

  /** The rows under `parent` as handed to VS Code, with more of a long list shown when the row wanted lies beyond. */
  private async rowsShowing(model: ClaimsTreeModel, parent: ClaimsNode | undefined, wanted: (node: ClaimsNode) => boolean): Promise<ClaimsNode[]> {
    const rows = await this.getChildren(parent);
    const more = rows[rows.length - 1];
    if (more?.kind !== 'more' || rows.some(wanted)) return rows;
    const at = (parent ? model.children(parent) : this.roots(model)).findIndex(wanted);
    if (at < 0) return rows;
    await this.showMore(more.list, at + 1 - more.shown);
    return this.getChildren(parent);
  }

  /** The model for the current articles, grouping and filter (built once per refresh). */
  currentModel(): Promise<ClaimsTreeModel> {
    if (!this.model) {
      const model = this.list.update().then(({ entries }) => this.modelOf(entries));
      this.model = model;
      void model.then(m => {
        if (this.model === model) this.modelBuilt.fire(m);
      }, () => undefined);
    }
    return this.model;
  }

  private async modelOf(entries: readonly ArticleEntry[]): Promise<ClaimsTreeModel> {
    const { grouping, filter } = this.state;
    const digests = this.digests;
    // a filter that looks into claims' words needs every article's claims, some still in the stored index being read,
    // their words read from the articles
    if (!filtersByStatusOnly(filter)) {
      await this.reviews.whenIndexLoaded();
      for (const entry of entries) if (entry.lazy && !entry.lazy.review()) await entry.lazy.load();
    }
    const seen = this.seen;
    // "seen before" asks of every claim whether an earlier verdict matches it: worked out before the tree is drawn
    if (filter.seenBefore) {
      const articles = await mapInSlices(entries, e => ({ uri: vscode.Uri.parse(e.uri), review: entryReview(e) }), nextTurn);
      await seen?.prepare(articles);
    }
    const model = new ClaimsTreeModel(entries, grouping, filter, digests, seen && (claim => Boolean(seen.matchesOf(claim)?.length)));
    // 10,000 articles' rows and figures, a slice at a time
    await model.prepare(nextTurn);
    return model;
  }

  /** An article as the store has it now: an unopened one the index analysed only by its counts (its claims are made
   *  when it is expanded), any other with its review. */
  private async entryOf(uri: vscode.Uri, multiRoot: boolean): Promise<ArticleEntry> {
    const base = { uri: uri.toString(), name: uri.path.slice(uri.path.lastIndexOf('/') + 1), path: vscode.workspace.asRelativePath(uri, multiRoot) };
    const lazy = this.reviews.lazyReviewOf(uri);
    if (lazy) return { ...base, review: undefined, lazy };
    try {
      return { ...base, review: this.reviews.reviewOf(uri) ?? await this.reviews.load(uri) };
    } catch (error) {
      return { ...base, review: undefined, loadError: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Refresh soon: a burst of store events becomes one refresh, and refreshes come at most every 250 ms. */
  scheduleRefresh(): void {
    if (this.timer !== undefined) return;
    const wait = Math.max(REFRESH_DELAY_MS, this.lastRefresh + REFRESH_INTERVAL_MS - Date.now());
    this.timer = setTimeout(() => void this.applyChanges(), wait);
  }

  /** Re-read every article's review now. */
  refresh(): void {
    this.list.reload();
    this.rebuild();
  }

  /** Runs a pending refresh at once and waits for the model: for tests and the export. */
  async settle(): Promise<ClaimsTreeModel> {
    if (this.timer !== undefined) await this.applyChanges();
    return this.currentModel();
  }

  /** A new model for the changes the store announced. While the tree's articles stay the same, only the changed
   *  articles' rows are redrawn (their counts updated in place: VS Code knows nodes by identity), not 10,000 rows. */
  private async applyChanges(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.lastRefresh = Date.now();
    const update = this.list.update();
    const pending = update.then(({ entries }) => this.modelOf(entries));
    this.model = pending;
    const [{ changed }, model] = await Promise.all([update, pending]).catch(() => [{ changed: undefined }, undefined] as const);
    if (this.model !== pending || !model) return;
    const shown = this.children.get('');
    const redraw = changed && shown && this.state.grouping === 'article'
      ? this.updateRows(shown, pageOf(this.roots(model), this.pages.get('') ?? PAGE_ROWS, ''), changed) : undefined;
    if (redraw) {
      if (redraw.length) this.treeChanged.fire(redraw);
    } else {
      this.children.clear();
      this.treeChanged.fire(undefined);
    }
    this.modelBuilt.fire(model);
  }

  /** The shown article rows with the changed ones' counts updated, or undefined when the rows themselves differ. */
  private updateRows(shown: readonly ClaimsNode[], roots: readonly ClaimsNode[], changed: readonly string[]): ClaimsNode[] | undefined {
    if (shown.length !== roots.length || shown.some((node, i) => node.id !== roots[i].id)) return undefined;
    const redraw: ClaimsNode[] = [];
    // the rows beyond the page are the same in number, or the ids would differ
    const [more, now] = [shown[shown.length - 1], roots[roots.length - 1]];
    if (more?.kind === 'more' && now.kind === 'more' && more.hidden !== now.hidden) {
      Object.assign(more, { hidden: now.hidden });
      redraw.push(more);
    }
    for (const uri of changed) {
      const id = `a:${uri}`;
      const i = shown.findIndex(node => node.id === id);
      if (i < 0) continue;
      const [old, now] = [shown[i], roots[i]];
      if (old.kind !== 'article' || now.kind !== 'article') return undefined;
      Object.assign(old, { counts: now.counts, total: now.total, error: now.error });
      for (const key of [...this.children.keys()]) if (key === id || key.startsWith(`${id}/`)) this.children.delete(key);
      redraw.push(old);
    }
    return redraw;
  }

  /** A new model from scratch for the tree as a whole (a new grouping or filter, the Refresh command). */
  private rebuild(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.model = undefined;
    this.children.clear();
    // a new grouping or filter starts at the top of its lists
    this.pages.clear();
    this.treeChanged.fire(undefined);
    // the badge counts the whole workspace even while the view is closed
    void this.currentModel();
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
    this.treeChanged.dispose();
    this.modelBuilt.dispose();
  }
}
