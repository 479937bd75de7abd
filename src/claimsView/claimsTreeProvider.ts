// The Claims view's data: every article the review store knows, as a tree (grouping.ts decides its shape). The store's
// change events are debounced into one refresh, so typing in an article never rebuilds the tree per keystroke; the
// tree model is then built once per refresh and children are computed only for nodes VS Code expands.
import * as vscode from 'vscode';
import type { ReviewService } from '../review/reviewService';
import { isFiltered } from './filters';
import { ClaimsTreeModel, sortEntries, type ArticleEntry, type ClaimNode, type ClaimsNode, type DigestCache } from './grouping';
import { claimTooltip, treeItemFor } from './nodes';
import type { ClaimsViewState } from './viewState';

const REFRESH_DELAY_MS = 250;

export class ClaimsTreeProvider implements vscode.TreeDataProvider<ClaimsNode>, vscode.Disposable {
  private readonly treeChanged = new vscode.EventEmitter<ClaimsNode | undefined>();
  readonly onDidChangeTreeData = this.treeChanged.event;
  private readonly modelBuilt = new vscode.EventEmitter<ClaimsTreeModel>();
  /** Fires with each new model (after a refresh): the badge listens. */
  readonly onDidBuildModel = this.modelBuilt.event;

  private entries?: Promise<ArticleEntry[]>;
  private model?: Promise<ClaimsTreeModel>;
  /** Children handed to VS Code, per parent id ('' = root): VS Code finds nodes by identity (reveal, getParent). */
  private readonly children = new Map<string, ClaimsNode[]>();
  private timer?: ReturnType<typeof setTimeout>;
  /** Each review's claims as the current filter leaves them, across refreshes (a new filter starts a new one). */
  private digests: DigestCache = new WeakMap();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly reviews: ReviewService, private readonly state: ClaimsViewState) {
    this.subscriptions = [
      reviews.onDidChangeArticle(() => this.scheduleRefresh()),
      reviews.onDidChangeArticles(() => this.scheduleRefresh()),
      // grouping and filter need no reloading, only a new model
      state.onDidChange(() => {
        this.digests = new WeakMap();
        this.invalidate(false);
      }),
    ];
  }

  getTreeItem(node: ClaimsNode): vscode.TreeItem {
    return treeItemFor(node, this.state.filter.text.trim());
  }

  resolveTreeItem(item: vscode.TreeItem, node: ClaimsNode): vscode.TreeItem {
    if (node.kind === 'claim') item.tooltip = claimTooltip(node);
    return item;
  }

  getParent(node: ClaimsNode): ClaimsNode | undefined {
    return node.parent;
  }

  async getChildren(node?: ClaimsNode): Promise<ClaimsNode[]> {
    const pending = this.currentModel();
    const model = await pending;
    const key = node?.id ?? '';
    let children = this.children.get(key);
    if (!children) {
      children = node ? model.children(node) : this.roots(model);
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

  /** The node of a claim in the tree as it is now, expanding the way there; undefined when the filter hides it. */
  async findClaimNode(uri: string, key: string): Promise<ClaimNode | undefined> {
    const model = await this.currentModel();
    const containers = model.containersOfClaim(uri, key);
    if (!containers) return undefined;
    let level = await this.getChildren();
    for (const id of containers) {
      const next = level.find(n => n.id === id);
      if (!next) return undefined;
      level = await this.getChildren(next);
    }
    return level.find((n): n is ClaimNode => n.kind === 'claim' && n.key === key);
  }

  /** The model for the current articles, grouping and filter (built once per refresh). */
  currentModel(): Promise<ClaimsTreeModel> {
    if (!this.model) {
      const entries = (this.entries ??= this.loadEntries());
      const { grouping, filter } = this.state;
      const digests = this.digests;
      const model = entries.then(list => new ClaimsTreeModel(list, grouping, filter, digests));
      this.model = model;
      void model.then(m => {
        if (this.model === model) this.modelBuilt.fire(m);
      }, () => undefined);
    }
    return this.model;
  }

  private async loadEntries(): Promise<ArticleEntry[]> {
    const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
    const entries = await Promise.all(this.reviews.articles().map(async (uri): Promise<ArticleEntry> => {
      const base = { uri: uri.toString(), name: uri.path.slice(uri.path.lastIndexOf('/') + 1), path: vscode.workspace.asRelativePath(uri, multiRoot) };
      try {
        return { ...base, review: this.reviews.reviewOf(uri) ?? await this.reviews.load(uri) };
      } catch (error) {
        return { ...base, review: undefined, loadError: error instanceof Error ? error.message : String(error) };
      }
    }));
    return sortEntries(entries);
  }

  /** Refresh soon: many store events in a burst (a save, a `git pull`) become one rebuild. */
  scheduleRefresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), REFRESH_DELAY_MS);
  }

  /** Re-read every article's review now. */
  refresh(): void {
    this.invalidate(true);
  }

  /** Runs a pending refresh at once and waits for the model: for tests and the export. */
  async settle(): Promise<ClaimsTreeModel> {
    if (this.timer !== undefined) this.refresh();
    return this.currentModel();
  }

  private invalidate(reload: boolean): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (reload) this.entries = undefined;
    this.model = undefined;
    this.children.clear();
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
