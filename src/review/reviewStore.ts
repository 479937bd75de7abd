// The review service the views use (reviewService.ts), over three parts with one job each:
//  - articleSidecar.ts: one article's sidecar kept in step with the disk (queue, read, write, merge);
//  - workspaceEvents.ts: documents, sidecar files and renames in the workspace, turned into work for those keepers;
//  - editPause.ts: the one clock; after a pause in typing an article is analysed again and its views hear of it.
// Activation only globs for sidecars; an article's sidecar is read when the article is opened or asked for, and
// detection runs only when the editor layer asks (analysisCache.ts). Loads start here only (`reviewOf` asks for a
// missing one and announces it when it is there); the views react to onDidChangeArticle(s) and never time edits.
import * as vscode from 'vscode';
import { applyClaimEdit, combineReview, type ArticleReview, type ClaimEdit, type ReviewClaim } from '../core/review/reviewClaims';
import { annotatedAt, placeOf, replaceClaim, type LivePlace } from '../core/review/placement';
import type { Analysis } from '../core/detect/spans';
import type { LazyReview } from '../core/workspace/articleSummary';
import { createAnchor, refreshAnchor } from '../core/sidecar/anchoring';
import { newClaimId } from '../core/sidecar/ids';
import { AnalysisCache } from './analysisCache';
import { retryOrphans } from './anchorTracker';
import { anchorIn, type ArticleSidecar, type KeeperHost } from './articleSidecar';
import { ArticleSidecars } from './articleSidecars';
import { isTracked, openArticle } from './articles';
import { SidecarDiagnostics } from './diagnostics';
import { EditPause } from './editPause';
import type { ReviewMessage, ReviewService } from './reviewService';
import { ReviewerName } from './reviewerName';
import { sidecarLayout } from './settings';
import { sidecarUriFor } from './sidecarFiles';
import { WorkspaceEvents, type WorkspaceHost } from './workspaceEvents';
import { WorkspaceIndex, type IndexProgress } from './workspaceIndex';
import { extensionHost } from './host';

export class ReviewStore implements ReviewService, vscode.Disposable {
  private readonly changeArticle = new vscode.EventEmitter<vscode.Uri>();
  private readonly changeArticles = new vscode.EventEmitter<void>();
  private readonly messages = new vscode.EventEmitter<ReviewMessage>();
  readonly onDidChangeArticle = this.changeArticle.event;
  readonly onDidChangeArticles = this.changeArticles.event;
  readonly onDidRaiseMessage = this.messages.event;
  private readonly indexProgress = new vscode.EventEmitter<IndexProgress | undefined>();
  readonly onDidIndexProgress = this.indexProgress.event;

  private readonly pause = new EditPause(document => this.settled(document));
  // its own worker thread: an article opened while thousands are being indexed is not queued behind them
  private readonly index: WorkspaceIndex;
  private readonly analyses: AnalysisCache;
  private readonly diagnostics = new SidecarDiagnostics();
  private readonly reviewers = new ReviewerName();
  private readonly keepers: ArticleSidecars;
  private readonly events: WorkspaceEvents;
  private readonly subscriptions: vscode.Disposable[];
  private disposed = false;

  /** `storage`: where the workspace index is kept between sessions; `release`: the extension's version. */
  constructor(storage?: vscode.Uri, release = 'dev') {
    this.index = new WorkspaceIndex(extensionHost().backgroundAnalysis(), storage, release);
    this.analyses = new AnalysisCache(uri => this.pause.isPending(uri), (uri, text) => this.index.analysisFor(uri, text));
    const notify: KeeperHost = {
      diagnostics: this.diagnostics,
      articleChanged: uri => this.articleChanged(uri),
      articlesChanged: () => this.articlesChanged(),
      message: message => this.message(message),
    };
    this.keepers = new ArticleSidecars(notify);
    const host: WorkspaceHost = {
      ...notify,
      keepers: this.keepers,
      isDisposed: () => this.disposed,
      edited: document => this.pause.edited(document),
      closed: document => {
        this.pause.forget(document.uri);
        this.analyses.forget(document.uri);
      },
      thresholdChanged: () => this.analyses.thresholdChanged(),
    };
    this.subscriptions = [
      this.analyses.onDidAnalyse(uri => this.articleChanged(uri)),
      this.index.onDidChange(({ articles, listChanged }) => {
        for (const uri of articles) this.articleChanged(uri);
        if (listChanged) this.articlesChanged();
      }),
      this.index.onDidProgress(progress => this.indexProgress.fire(progress)),
    ];
    this.events = new WorkspaceEvents(host);
    void this.index.start().catch(error => console.error('factcheck: the workspace index failed', error));
  }

  // ---- reading ----

  articles(): vscode.Uri[] {
    const found = new Map<string, vscode.Uri>();
    for (const uri of this.index.articles()) found.set(uri.toString(), uri);
    for (const keeper of this.keepers.all()) {
      if (keeper.sidecar && !keeper.missing) found.set(keeper.uri.toString(), keeper.uri);
    }
    // documents VS Code merely keeps loaded (a closed tab, a deleted file) are not "open articles"
    const inTabs = new Set(vscode.window.tabGroups.all.flatMap(g => g.tabs).map(t => t.input)
      .filter((input): input is vscode.TabInputText => input instanceof vscode.TabInputText).map(input => input.uri.toString()));
    for (const document of vscode.workspace.textDocuments) {
      if (isTracked(document) && inTabs.has(document.uri.toString())) found.set(document.uri.toString(), document.uri);
    }
    return [...found.values()].sort((a, b) => a.path.localeCompare(b.path));
  }

  analysisOf(uri: vscode.Uri): Analysis | undefined {
    const document = openArticle(uri);
    return document ? this.analyses.of(document) : undefined;
  }

  isAnalysing(uri: vscode.Uri): boolean {
    return this.analyses.isAnalysing(uri);
  }

  reviewOf(uri: vscode.Uri): ArticleReview | undefined {
    const keeper = this.keepers.get(uri);
    const document = openArticle(uri);
    if (!keeper && !document) {
      // an unopened article without a sidecar: what the index detected, all unverified, once its words are read
      const review = this.index.unreviewedOf(uri);
      if (!review) void this.index.loadUnreviewed(uri);
      return review;
    }
    if (!keeper?.loaded) {
      // the one place loads start: onDidChangeArticle announces the review once it is there
      if (keeper || document) void this.load(uri).catch(() => undefined);
      return undefined;
    }
    if (keeper.missing && !document) return undefined;
    const analysis = document ? this.analyses.of(document) : this.closedAnalysis(uri, keeper);
    if (document && !analysis) return undefined; // analysing on the worker thread: the review follows
    return combineReview(analysis?.claims ?? [], keeper.tracker.placed(keeper.text()), keeper.sidecarState());
  }

  lazyReviewOf(uri: vscode.Uri): LazyReview | undefined {
    return this.keepers.get(uri) || openArticle(uri) ? undefined : this.index.lazyReviewOf(uri);
  }

  whenIndexLoaded(): Promise<void> {
    return this.index.whenLoaded();
  }

  /** The index's detections of a closed article, when they were made from the text its verdicts are anchored in (a
   *  file changed since is read again by ensureLoaded on the next load, which compares modification times). */
  private closedAnalysis(uri: vscode.Uri, keeper: ArticleSidecar): Analysis | undefined {
    return this.index.analysisFor(uri, keeper.text());
  }

  async load(uri: vscode.Uri): Promise<ArticleReview | undefined> {
    if (!this.keepers.get(uri) && !openArticle(uri) && this.index.has(uri)) return this.index.loadUnreviewed(uri);
    await this.keepers.of(uri).ensureLoaded();
    return this.reviewOf(uri);
  }

  discoverSidecars(): Promise<void> {
    return this.events.discoverSidecars();
  }

  sidecarOf(uri: vscode.Uri): vscode.Uri | undefined {
    const keeper = this.keepers.get(uri);
    return keeper?.sidecar ?? (keeper || openArticle(uri) ? sidecarUriFor(uri, sidecarLayout(uri)) : undefined);
  }

  indexing(): IndexProgress | undefined {
    return this.index.currentProgress();
  }

  whenIndexed(): Promise<void> {
    return this.index.whenIdle();
  }

  async whenIdle(uri?: vscode.Uri): Promise<void> {
    const keepers = uri ? [this.keepers.get(uri)] : this.keepers.all();
    await Promise.all(keepers.map(k => k?.whenIdle()));
  }

  // ---- changing ----

  async updateClaim(uri: vscode.Uri, claim: ReviewClaim, edit: ClaimEdit): Promise<void> {
    const reviewer = await this.reviewers.of(uri);
    const keeper = await this.loaded(uri);
    await keeper.enqueue(async () => {
      await keeper.assertWritable();
      const saved = await keeper.savedTextIfUnsaved();
      const text = keeper.text();
      const { tracker } = keeper;
      // a claim nobody had annotated when the command read the review may have been annotated since (two commands in
      // a row): change that entry rather than add a second one for the same sentence
      const id = claim.annotation?.id ?? (tracker.get(claim.key) ? claim.key : undefined) ?? annotatedAt(livePlaces(keeper), text, claim);
      const live = id !== undefined ? tracker.get(id) : undefined;
      if (id !== undefined && !live) throw new Error('That claim is no longer in the fact-check file (it was removed elsewhere). Nothing was changed.');
      const now = new Date().toISOString();
      if (!live) {
        const anchor = createAnchor(text, ...placeOf(text, claim));
        const annotation = { id: newClaimId(keeper.takenIds()), status: 'unverified', origin: claim.origin, anchor };
        return keeper.writePlaced(applyClaimEdit(annotation, edit, reviewer, now), saved);
      }
      // a verdict change writes the entry where its words are in the file: at its place in the editor while that text
      // is the file's, else where its stored words are in the file (the editor's places are written when it is saved)
      const anchor = live.orphaned ? undefined : saved === undefined ? refreshAnchor(text, live.anchor) : anchorIn(saved, live.annotation.anchor);
      // a verdict is given on the words the editor sees there now (a changed claim's new words, when confirmed)
      const words = live.orphaned ? undefined : text.slice(live.anchor.start, live.anchor.end);
      const next = applyClaimEdit(live.annotation, edit, reviewer, now, words);
      const ours = anchor && new Map([[next.id, anchor]]);
      await keeper.write(replaceClaim(tracker.annotations(), anchor ? { ...next, anchor } : next), ours);
    });
  }

  async addManualClaim(uri: vscode.Uri, start: number, end: number): Promise<ReviewClaim> {
    const reviewer = await this.reviewers.of(uri);
    const keeper = await this.loaded(uri);
    const id = await keeper.enqueue(async () => {
      await keeper.assertWritable();
      const saved = await keeper.savedTextIfUnsaved();
      const text = keeper.text();
      if (!(start >= 0 && start < end && end <= text.length)) throw new Error('The selection is outside the article text.');
      const anchor = createAnchor(text, start, end);
      const annotation = applyClaimEdit(
        { id: newClaimId(keeper.takenIds()), status: 'unverified', origin: 'manual', anchor }, {}, reviewer, new Date().toISOString());
      await keeper.writePlaced(annotation, saved);
      return annotation.id;
    });
    const added = this.reviewOf(uri)?.claims.find(c => c.key === id);
    if (!added) throw new Error('The claim was saved but could not be placed in the article.');
    return added;
  }

  async reattachClaim(uri: vscode.Uri, claim: ReviewClaim, start: number, end: number): Promise<void> {
    const reviewer = await this.reviewers.of(uri);
    const keeper = await this.loaded(uri);
    await keeper.enqueue(async () => {
      await keeper.assertWritable();
      const saved = await keeper.savedTextIfUnsaved();
      const live = keeper.tracker.get(claim.annotation?.id ?? claim.key);
      if (!live) throw new Error('Only a claim saved in the fact-check file can be re-attached.');
      const text = keeper.text();
      if (!(start >= 0 && start < end && end <= text.length)) throw new Error('The selection is outside the article text.');
      const next = applyClaimEdit(live.annotation, {}, reviewer, new Date().toISOString());
      await keeper.writePlaced({ ...next, anchor: createAnchor(text, start, end) }, saved);
    });
  }

  private async loaded(uri: vscode.Uri): Promise<ArticleSidecar> {
    const keeper = this.keepers.of(uri);
    if (!keeper.loaded) await keeper.ensureLoaded();
    if (keeper.missing && !openArticle(uri)) throw new Error('The article file does not exist.');
    return keeper;
  }

  // ---- events ----

  /** After a pause in typing: analysis again, orphans whose text is back (an undo, a paste) attached, one change. */
  private settled(document: vscode.TextDocument): void {
    if (this.disposed) return;
    this.analyses.reanalyse(document);
    const keeper = this.keepers.get(document.uri);
    if (keeper?.loaded && keeper.closedText === undefined && keeper.tracker.hasOrphans()) retryOrphans(keeper.tracker, document.getText(), true);
    this.articleChanged(document.uri);
  }

  /** Announced at once, or with the pause when the article is being typed in (the views redraw once, after it). */
  private articleChanged(uri: vscode.Uri): void {
    if (!this.disposed && !this.pause.isPending(uri)) this.changeArticle.fire(uri);
  }

  private articlesChanged(): void {
    if (!this.disposed) this.changeArticles.fire();
  }

  private message(message: ReviewMessage): void {
    if (!this.disposed) this.messages.fire(message);
  }

  dispose(): void {
    this.disposed = true;
    for (const s of this.subscriptions) s.dispose();
    this.events.dispose();
    this.index.dispose();
    this.indexProgress.dispose();
    this.pause.dispose();
    this.analyses.dispose();
    this.diagnostics.dispose();
    this.changeArticle.dispose();
    this.changeArticles.dispose();
    this.messages.dispose();
    this.keepers.clear();
  }
}

function livePlaces(keeper: ArticleSidecar): LivePlace[] {
  return keeper.tracker.annotations().map(a => {
    const { anchor, orphaned } = keeper.tracker.get(a.id)!;
    return { id: a.id, start: anchor.start, end: anchor.end, orphaned };
  });
}
