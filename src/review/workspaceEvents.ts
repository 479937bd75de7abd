// What happens in the workspace, turned into work for the article keepers: documents opened, edited, saved and closed;
// sidecars found (discovery at start, when folders change and on Refresh), changed or deleted on disk (the watcher);
// articles and folders renamed or deleted in VS Code. This is the review layer's only listener to those events, so
// nothing depends on the order in which listeners run: the views hear of every change from the store's own events.
import * as vscode from 'vscode';
import { articleOf, type ArticleSidecar } from './articleSidecar';
import type { ArticleSidecars } from './articleSidecars';
import { moveSidecarWithArticle } from './articleMoves';
import { isArticle, isTracked, isUnder, openArticle } from './articles';
import type { SidecarDiagnostics } from './diagnostics';
import type { ReviewMessage } from './reviewService';
import { sidecarLayout } from './settings';
import { exists, SIDECAR_GLOB } from './sidecarFiles';
import { watchSidecars } from './sidecarWatcher';

/** What the workspace events act on: the store's keepers, and its clock and notifications. */
export interface WorkspaceHost {
  readonly keepers: ArticleSidecars;
  readonly diagnostics: SidecarDiagnostics;
  isDisposed(): boolean;
  articleChanged(article: vscode.Uri): void;
  articlesChanged(): void;
  message(message: ReviewMessage): void;
  /** An article's text changed in an editor (the anchors have followed already). */
  edited(document: vscode.TextDocument): void;
  /** An article's document was closed. */
  closed(document: vscode.TextDocument): void;
  /** `factcheck.claimThreshold` changed. */
  thresholdChanged(): void;
}

/** findFiles calls before sidecar discovery gives up (until the next Refresh). */
const DISCOVERY_ATTEMPTS = 3;
/** How long after a sidecar's create or change event it is looked for once more when it could not be read then. */
const SIDECAR_RECHECK_MS = 1000;

export class WorkspaceEvents implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly host: WorkspaceHost) {
    this.subscriptions = [
      vscode.workspace.onDidChangeTextDocument(event => this.changed(event)),
      vscode.workspace.onDidOpenTextDocument(document => this.opened(document)),
      vscode.workspace.onDidCloseTextDocument(document => this.closed(document)),
      vscode.workspace.onDidSaveTextDocument(document => host.keepers.get(document.uri)?.saved(document.getText())),
      vscode.workspace.onDidRenameFiles(event => void this.renamed(event.files)),
      vscode.workspace.onDidDeleteFiles(event => this.deleted(event.files)),
      vscode.workspace.onDidChangeConfiguration(event => {
        if (event.affectsConfiguration('factcheck.claimThreshold')) host.thresholdChanged();
        if (event.affectsConfiguration('factcheck.statuses') || event.affectsConfiguration('factcheck.languages')) this.reloadAll();
      }),
      vscode.window.tabGroups.onDidChangeTabs(event => {
        if (event.opened.length || event.closed.length) host.articlesChanged();
      }),
      watchSidecars({ changed: uri => this.sidecarChanged(uri), deleted: uri => this.sidecarDeleted(uri) }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.discoverSidecars()),
    ];
    for (const document of vscode.workspace.textDocuments) this.opened(document);
    void this.discoverSidecars();
  }

  /**
   * Globs for sidecars (at activation, when workspace folders change, and on the Claims view's Refresh), so closed
   * articles with annotations are listed; reads none of them. Sidecars created later arrive through the watcher.
   */
  async discoverSidecars(): Promise<void> {
    let sidecars: vscode.Uri[] = [];
    for (let attempt = 1; ; attempt++) {
      try {
        sidecars = await vscode.workspace.findFiles(SIDECAR_GLOB, '**/node_modules/**');
        break;
      } catch (error) {
        // the search service may not be up yet right after start-up: try again shortly, then give up (Refresh retries)
        if (attempt === DISCOVERY_ATTEMPTS || this.host.isDisposed()) return console.error('factcheck: could not look for sidecar files', error);
        await new Promise(resolve => setTimeout(resolve, 1000 * attempt));
      }
    }
    if (this.host.isDisposed()) return;
    let added = false;
    for (const sidecar of sidecars) added = this.host.keepers.register(sidecar) || added;
    if (added) this.host.articlesChanged();
  }

  private changed(event: vscode.TextDocumentChangeEvent): void {
    if (!event.contentChanges.length) return;
    const keeper = this.host.keepers.get(event.document.uri);
    if (keeper?.loaded && keeper.closedText === undefined) keeper.tracker.applyChanges(event.contentChanges, () => event.document.getText());
    if (isArticle(event.document)) this.host.edited(event.document);
  }

  private opened(document: vscode.TextDocument): void {
    if (!isTracked(document)) return;
    // re-anchor against what the editor shows: the file may have changed while it was closed
    void this.host.keepers.of(document.uri).reload().catch(error => console.error('factcheck: could not load the review', error));
    this.host.articlesChanged();
  }

  private closed(document: vscode.TextDocument): void {
    this.host.closed(document);
    const keeper = this.host.keepers.get(document.uri);
    if (!keeper) return;
    if (!keeper.sidecar) this.host.keepers.delete(document.uri);
    else keeper.unload();
    this.host.articlesChanged();
    this.host.articleChanged(document.uri);
  }

  private reloadAll(): void {
    for (const keeper of this.host.keepers.all()) if (keeper.loaded) void keeper.reload().catch(() => undefined);
  }

  private sidecarChanged(sidecar: vscode.Uri): void {
    const article = articleOf(sidecar);
    if (!article) return;
    if (!this.host.keepers.get(article)?.sidecar) {
      this.host.keepers.register(sidecar);
      this.host.articlesChanged();
    }
    const keeper = this.host.keepers.of(article);
    this.recheckSoon(keeper, sidecar);
    if (keeper.loaded && keeper.sidecar && keeper.sidecar.toString() !== sidecar.toString()) return this.twinChanged(keeper);
    if (keeper.sidecar?.toString() !== sidecar.toString() || !keeper.loaded) return;
    keeper.diskChanged().catch(error => console.error('factcheck: could not reload the sidecar', error));
  }

  /**
   * A file system may report a sidecar before it can be read (code-server's watcher in the browser: the review then
   * reads no sidecar and no later event comes). If the review of a closed article read none and holds no verdict
   * while the file is there, it reads it again (an open article's verdicts follow its edits: never replaced here).
   */
  private recheckSoon(keeper: ArticleSidecar, sidecar: vscode.Uri): void {
    setTimeout(() => {
      if (this.host.isDisposed() || !keeper.loaded || keeper.sidecarState().kind !== 'none' || keeper.sidecar?.toString() !== sidecar.toString()
        || openArticle(keeper.uri) || keeper.tracker.annotations().length) return;
      void exists(sidecar).then(async found => { if (found) await keeper.diskChanged(); })
        .catch(error => console.error('factcheck: could not reload the sidecar', error));
    }, SIDECAR_RECHECK_MS);
  }

  private sidecarDeleted(sidecar: vscode.Uri): void {
    const article = articleOf(sidecar);
    const keeper = article && this.host.keepers.get(article);
    if (keeper?.loaded && keeper.sidecar && keeper.sidecar.toString() !== sidecar.toString()) {
      this.host.diagnostics.clear(sidecar);
      return this.twinChanged(keeper);
    }
    if (!keeper || keeper.sidecar?.toString() !== sidecar.toString()) return;
    void keeper.enqueue(async () => {
      if (await exists(sidecar)) return this.sidecarChanged(sidecar); // replaced by a rename, not gone
      const left = await keeper.diskDeleted();
      if (!left && !openArticle(keeper.uri)) this.host.keepers.delete(keeper.uri);
      this.host.articlesChanged();
      this.host.articleChanged(keeper.uri);
    }).catch(error => console.error('factcheck: could not handle a deleted sidecar', error));
  }

  /** The same article's sidecar in the other layout appeared, changed or went (see ArticleSidecar.twinChanged). */
  private twinChanged(keeper: ArticleSidecar): void {
    keeper.twinChanged().catch(error => console.error('factcheck: could not reload the sidecar', error));
  }

  private async renamed(files: ReadonlyArray<{ readonly oldUri: vscode.Uri; readonly newUri: vscode.Uri }>): Promise<void> {
    const { keepers } = this.host;
    for (const { oldUri, newUri } of files) {
      try {
        const stat = await vscode.workspace.fs.stat(newUri);
        if (stat.type & vscode.FileType.Directory) {
          // sidecars travel inside the folder; only our bookkeeping moves
          keepers.forgetUnder(oldUri);
          const sidecars = await vscode.workspace.findFiles(new vscode.RelativePattern(newUri, SIDECAR_GLOB));
          for (const sidecar of sidecars) keepers.register(sidecar);
          for (const document of vscode.workspace.textDocuments) {
            if (isTracked(document) && isUnder(document.uri, newUri)) void keepers.of(document.uri).reload().catch(() => undefined);
          }
          continue;
        }
        await keepers.get(oldUri)?.whenIdle();
        // in the new name's queue: a claim marked in the renamed article waits until its sidecar has arrived
        const target = keepers.of(newUri);
        const move = await target.takeMove(() => moveSidecarWithArticle(oldUri, newUri, sidecarLayout(newUri)));
        if (move.kind === 'blocked') {
          const name = (uri: vscode.Uri) => vscode.workspace.asRelativePath(uri, false);
          this.host.message({
            severity: 'warning',
            text: `Factcheck: the fact-check file of ${name(newUri)} was not moved: ${move.reason} (${name(move.to)}). The annotations stay in ${name(move.from)}.`,
          });
        }
        keepers.delete(oldUri);
        if (move.kind === 'moved') this.host.diagnostics.clear(move.from);
        if (move.kind !== 'moved' && !openArticle(newUri) && !target.sidecar) keepers.delete(newUri, target);
      } catch (error) {
        this.host.message({
          severity: 'error',
          text: `Factcheck: could not move the fact-check file with ${vscode.workspace.asRelativePath(newUri, false)}: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
      this.host.articleChanged(oldUri);
    }
    this.host.articlesChanged();
  }

  private deleted(files: readonly vscode.Uri[]): void {
    // the sidecar stays on disk: the verdicts may still be wanted (an undo, a restore from git)
    for (const uri of files) this.host.keepers.forgetUnder(uri);
    this.host.articlesChanged();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
