// The one place review state lives: articles, their detection results and their sidecar annotations.
//  - Activation only globs for sidecars; an article's sidecar is read when the article is opened or asked for, and
//    detection runs only when the editor layer asks (analysisCache.ts).
//  - Open articles: annotations follow every edit (anchorTracker.ts); anchors are written when the article is saved,
//    verdicts (status, note, sources, dismissal) at once.
//  - Every write is read-modify-write against the file on disk: if someone else changed it since we read it, the
//    changes are merged per claim and the user is told about claims both sides changed. A sidecar that does not
//    parse is shown in the Problems panel and never written until it parses again.
//  - All disk work for one article runs in order (a per-article queue), so a reload never overtakes a write.
import * as vscode from 'vscode';
import { applyClaimEdit, combineReview, type ArticleReview, type ReviewClaim, type SidecarState } from '../core/review/reviewClaims';
import type { Analysis } from '../core/detect/spans';
import { createAnchor, reanchor, refreshAnchor } from '../core/sidecar/anchoring';
import { sameClaim } from '../core/sidecar/equality';
import { parseSidecar } from '../core/sidecar';
import { planSidecarWrite } from '../core/sidecar/write';
import { newClaimId } from '../core/sidecar/ids';
import type { Anchor, ClaimAnnotation, SidecarProblem } from '../core/sidecar/model';
import { articlePathFor, baseName, twoSidecarsMessage } from '../core/sidecar/paths';
import { AnalysisCache } from './analysisCache';
import { AnchorTracker, retryOrphans } from './anchorTracker';
import { moveSidecarWithArticle } from './articleMoves';
import { isArticle } from './articles';
import { blockedError, SidecarDiagnostics } from './diagnostics';
import type { ClaimChange, ReviewService } from './reviewService';
import { ReviewerName } from './reviewer';
import { extraStatuses, sidecarLayout } from './settings';
import { exists, findSidecar, readArticle, readSidecar, SIDECAR_GLOB, sidecarStill, sidecarUriFor, otherLayoutOf, twinSidecar, writeAtomically } from './sidecarFiles';
import { watchSidecars } from './sidecarWatcher';

type DiskState =
  | { kind: 'none' }
  | { kind: 'ok'; text: string; claims: ClaimAnnotation[] }
  | { kind: 'invalid'; problems: SidecarProblem[] };

interface ArticleEntry {
  uri: vscode.Uri;
  /** Where the sidecar is, or will be once written. */
  sidecar?: vscode.Uri;
  /** The sidecar as last read from or written to disk. */
  disk: DiskState;
  tracker: AnchorTracker;
  /** The tracker is placed in the current text (the open document's, or `closedText`). */
  loaded: boolean;
  loading?: Promise<void>;
  /** The article's text from disk while it is not open in an editor. */
  closedText?: string;
  /** When the file behind `closedText` was last modified. */
  closedMtime?: number;
  /** The article file does not exist (deleted, or a sidecar without its article). */
  missing: boolean;
  queue: Promise<unknown>;
  orphanRetry?: ReturnType<typeof setTimeout>;
}

/** Read-modify-write rounds before giving up on a sidecar that keeps changing. */
const WRITE_ATTEMPTS = 3;
/** findFiles calls before sidecar discovery gives up (until the next Refresh). */
const DISCOVERY_ATTEMPTS = 3;
/** Pause in typing before orphans are looked for again. */
const ORPHAN_RETRY_MS = 400;

export class ReviewStore implements ReviewService, vscode.Disposable {
  private readonly changeArticle = new vscode.EventEmitter<vscode.Uri>();
  private readonly changeArticles = new vscode.EventEmitter<void>();
  readonly onDidChangeArticle = this.changeArticle.event;
  readonly onDidChangeArticles = this.changeArticles.event;

  private readonly entries = new Map<string, ArticleEntry>();
  private readonly analyses = new AnalysisCache();
  private readonly diagnostics = new SidecarDiagnostics();
  private readonly reviewers = new ReviewerName();
  private readonly subscriptions: vscode.Disposable[] = [];
  private disposed = false;

  constructor() {
    this.subscriptions.push(
      // registered before the editor layer's listeners, so anchors have moved before anyone reads them
      vscode.workspace.onDidChangeTextDocument(event => this.followEdits(event)),
      vscode.workspace.onDidOpenTextDocument(document => this.opened(document)),
      vscode.workspace.onDidCloseTextDocument(document => this.closed(document)),
      vscode.workspace.onDidSaveTextDocument(document => this.saved(document)),
      vscode.workspace.onDidRenameFiles(event => void this.renamed(event.files)),
      vscode.workspace.onDidDeleteFiles(event => this.deleted(event.files)),
      vscode.workspace.onDidChangeConfiguration(event => {
        if (event.affectsConfiguration('factcheck.statuses') || event.affectsConfiguration('factcheck.languages')) this.reloadAll();
      }),
      this.analyses.onDidAnalyse(uri => this.changeArticle.fire(uri)),
      vscode.window.tabGroups.onDidChangeTabs(event => {
        if (event.opened.length || event.closed.length) this.changeArticles.fire();
      }),
      watchSidecars({ changed: uri => this.sidecarChanged(uri), deleted: uri => this.sidecarDeleted(uri) }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.discoverSidecars()),
    );
    for (const document of vscode.workspace.textDocuments) this.opened(document);
    void this.discoverSidecars();
  }

  // ---- ReviewService: reading ----

  articles(): vscode.Uri[] {
    const found = new Map<string, vscode.Uri>();
    for (const entry of this.entries.values()) {
      if (entry.sidecar && !entry.missing) found.set(entry.uri.toString(), entry.uri);
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
    const entry = this.entries.get(uri.toString());
    const document = openArticle(uri);
    if (!entry?.loaded) {
      if (entry || document) void this.load(uri).catch(() => undefined);
      return undefined;
    }
    if (entry.missing && !document) return undefined;
    const text = this.textOf(entry);
    const analysis = document && this.analyses.of(document);
    if (document && !analysis) return undefined; // analysing on the worker thread: the review follows
    return combineReview(analysis?.claims ?? [], entry.tracker.placed(text), sidecarState(entry.disk));
  }

  async load(uri: vscode.Uri): Promise<ArticleReview | undefined> {
    const entry = this.entryFor(uri);
    // a closed article may have changed on disk (a git pull) since it was read
    if (entry.loaded && !openArticle(uri) && (await modifiedTime(uri)) !== entry.closedMtime) await this.reload(entry);
    if (!entry.loaded) await (entry.loading ??= this.reload(entry));
    return this.reviewOf(uri);
  }

  /** Where the article's sidecar is (or will be written). */
  sidecarOf(uri: vscode.Uri): vscode.Uri | undefined {
    const entry = this.entries.get(uri.toString());
    return entry?.sidecar ?? (entry || openArticle(uri) ? sidecarUriFor(uri, sidecarLayout(uri)) : undefined);
  }

  /** Resolves when every read and write queued so far (for one article, or all) has finished. */
  async whenIdle(uri?: vscode.Uri): Promise<void> {
    const entries = uri ? [this.entries.get(uri.toString())] : [...this.entries.values()];
    await Promise.all(entries.map(e => e?.queue.catch(() => undefined)));
  }

  // ---- ReviewService: changing ----

  async updateClaim(uri: vscode.Uri, claim: ReviewClaim, change: ClaimChange): Promise<void> {
    const reviewer = await this.reviewers.of(uri);
    const entry = await this.loaded(uri);
    await this.enqueue(entry, async () => {
      await this.assertWritable(entry);
      const saved = await this.savedTextIfDirty(entry);
      const text = this.textOf(entry);
      // a claim nobody had annotated when the command read the review may have been annotated since (two commands in
      // a row): change that entry rather than add a second one for the same sentence
      const id = claim.annotation?.id ?? (entry.tracker.get(claim.key) ? claim.key : undefined) ?? annotatedAt(entry.tracker, text, claim);
      const live = id !== undefined ? entry.tracker.get(id) : undefined;
      if (id !== undefined && !live) throw new Error('That claim is no longer in the fact-check file (it was removed elsewhere). Nothing was changed.');
      const now = new Date().toISOString();
      if (!live) {
        const anchor = createAnchor(text, ...placeOf(text, claim));
        const annotation = { id: newClaimId(this.takenIds(entry)), status: 'unverified', origin: claim.origin, anchor };
        return this.writePlaced(entry, applyClaimEdit(annotation, change, reviewer, now), saved);
      }
      // a verdict change writes that entry's verdict only; anchors of a dirty article are written when it is saved
      const anchor = !live.orphaned && !openArticle(uri)?.isDirty ? refreshAnchor(text, live.anchor) : undefined;
      const next = applyClaimEdit(live.annotation, change, reviewer, now);
      const ours = anchor && new Map([[next.id, anchor]]);
      await this.write(entry, replaceClaim(entry.tracker.annotations(), anchor ? { ...next, anchor } : next), ours);
    });
  }

  /**
   * Writes an entry placed anew (a new claim, a re-attached one) whose anchor is its place in the current text. It is
   * tracked there from now on, so edits made while it is written move it along and a save meanwhile writes its place.
   * With unsaved edits (`saved` is the article as saved) it is stored at the same words in the saved text when they
   * are there: closing without saving must leave anchors that fit the file. If the write fails, the entry is as before.
   */
  private async writePlaced(entry: ArticleEntry, annotation: ClaimAnnotation, saved: string | undefined): Promise<void> {
    const live = annotation.anchor;
    const match = saved === undefined ? undefined : reanchor(saved, live);
    const claim = { ...annotation, anchor: saved !== undefined && match && !match.orphaned ? createAnchor(saved, match.start, match.end) : live };
    const previous = entry.tracker.get(claim.id);
    entry.tracker.set(claim, live);
    try {
      await this.write(entry, replaceClaim(entry.tracker.annotations(), claim));
    } catch (error) {
      if (entry.tracker.get(claim.id)?.annotation === claim) {
        if (previous) entry.tracker.restore(previous);
        else entry.tracker.remove(claim.id);
      }
      throw error;
    }
  }

  /** The article as saved on disk, when it is open with unsaved edits. */
  private async savedTextIfDirty(entry: ArticleEntry): Promise<string | undefined> {
    if (!openArticle(entry.uri)?.isDirty) return undefined;
    return readArticle(entry.uri).catch(() => undefined);
  }

  async addManualClaim(uri: vscode.Uri, start: number, end: number): Promise<ReviewClaim> {
    const reviewer = await this.reviewers.of(uri);
    const entry = await this.loaded(uri);
    const id = await this.enqueue(entry, async () => {
      await this.assertWritable(entry);
      const saved = await this.savedTextIfDirty(entry);
      const text = this.textOf(entry);
      if (!(start >= 0 && start < end && end <= text.length)) throw new Error('The selection is outside the article text.');
      const anchor = createAnchor(text, start, end);
      const annotation = applyClaimEdit(
        { id: newClaimId(this.takenIds(entry)), status: 'unverified', origin: 'manual', anchor }, {}, reviewer, new Date().toISOString());
      await this.writePlaced(entry, annotation, saved);
      return annotation.id;
    });
    const added = this.reviewOf(uri)?.claims.find(c => c.key === id);
    if (!added) throw new Error('The claim was saved but could not be placed in the article.');
    return added;
  }

  async reattachClaim(uri: vscode.Uri, claim: ReviewClaim, start: number, end: number): Promise<void> {
    const reviewer = await this.reviewers.of(uri);
    const entry = await this.loaded(uri);
    await this.enqueue(entry, async () => {
      await this.assertWritable(entry);
      const saved = await this.savedTextIfDirty(entry);
      const live = entry.tracker.get(claim.annotation?.id ?? claim.key);
      if (!live) throw new Error('Only a claim saved in the fact-check file can be re-attached.');
      const text = this.textOf(entry);
      if (!(start >= 0 && start < end && end <= text.length)) throw new Error('The selection is outside the article text.');
      const next = applyClaimEdit(live.annotation, {}, reviewer, new Date().toISOString());
      await this.writePlaced(entry, { ...next, anchor: createAnchor(text, start, end) }, saved);
    });
  }

  // ---- loading ----

  private entryFor(uri: vscode.Uri): ArticleEntry {
    const key = uri.toString();
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { uri, disk: { kind: 'none' }, tracker: new AnchorTracker(), loaded: false, missing: false, queue: Promise.resolve() };
      this.entries.set(key, entry);
    }
    return entry;
  }

  private async loaded(uri: vscode.Uri): Promise<ArticleEntry> {
    const entry = this.entryFor(uri);
    if (!entry.loaded) await (entry.loading ??= this.reload(entry));
    if (entry.missing && !openArticle(uri)) throw new Error('The article file does not exist.');
    return entry;
  }

  /** Reads the sidecar (and, for a closed article, the article) again and re-anchors every entry. */
  private reload(entry: ArticleEntry): Promise<void> {
    entry.loaded = false;
    const loading = this.enqueue(entry, async () => {
      try {
        await this.readAndAnchor(entry);
      } catch (error) {
        // shown as loaded (with what could be read) rather than retried on every refresh
        console.error('factcheck: could not load the review of', entry.uri.toString(), error);
      }
      entry.loaded = true;
    }).finally(() => {
      if (entry.loading === loading) entry.loading = undefined;
      this.fireArticle(entry.uri);
    });
    entry.loading = loading;
    return loading;
  }

  private async readAndAnchor(entry: ArticleEntry): Promise<void> {
    const layout = sidecarLayout(entry.uri);
    if (!entry.sidecar || !(await exists(entry.sidecar))) entry.sidecar = await findSidecar(entry.uri, layout);
    await this.readDisk(entry);
    const document = openArticle(entry.uri);
    if (document) {
      entry.closedText = undefined;
      entry.missing = false;
    } else {
      entry.closedMtime = await modifiedTime(entry.uri);
      entry.closedText = await readArticle(entry.uri).catch(() => undefined);
      entry.missing = entry.closedText === undefined;
    }
    const claims = entry.disk.kind === 'ok' ? entry.disk.claims : entry.tracker.annotations();
    entry.tracker.reanchorAll(this.textOf(entry), claims);
  }

  private reloadAll(): void {
    for (const entry of this.entries.values()) if (entry.loaded) void this.reload(entry).catch(() => undefined);
  }

  /** Sets `entry.disk` from the file, and the Problems panel with it. */
  private async readDisk(entry: ArticleEntry): Promise<void> {
    const sidecar = entry.sidecar;
    if (!sidecar) {
      entry.disk = { kind: 'none' };
      return;
    }
    const read = await readSidecar(sidecar);
    if (read.kind === 'missing') {
      entry.disk = { kind: 'none' };
      this.diagnostics.clear(sidecar);
      return;
    }
    if (read.kind === 'unreadable') {
      entry.disk = { kind: 'invalid', problems: [read.problem] };
      this.diagnostics.show(sidecar, entry.disk.problems);
      return;
    }
    const twin = await twinSidecar(sidecar, entry.uri);
    if (twin) {
      // two sidecars for one article: neither is used or written until one is left
      entry.disk = { kind: 'invalid', problems: [{ message: twoSidecarsMessage(entry.uri.path), line: 1, column: 1 }] };
      for (const file of [sidecar, twin]) this.diagnostics.show(file, entry.disk.problems);
      return;
    }
    const parsed = parseSidecar(read.text, { extraStatuses: extraStatuses(entry.uri) });
    this.diagnostics.clear(otherLayoutOf(sidecar, entry.uri)); // no longer two sidecars, if there were
    if (parsed.ok) {
      entry.disk = { kind: 'ok', text: read.text, claims: parsed.sidecar.claims };
      if (parsed.warnings.length) this.diagnostics.show(sidecar, parsed.warnings);
      else this.diagnostics.clear(sidecar);
    } else {
      entry.disk = { kind: 'invalid', problems: parsed.problems };
      this.diagnostics.show(sidecar, parsed.problems);
    }
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
        if (attempt === DISCOVERY_ATTEMPTS || this.disposed) return console.error('factcheck: could not look for sidecar files', error);
        await new Promise(resolve => setTimeout(resolve, 1000 * attempt));
      }
    }
    if (this.disposed) return;
    let added = false;
    for (const sidecar of sidecars) added = this.registerSidecar(sidecar) || added;
    if (added) this.changeArticles.fire();
  }

  /** Knows `sidecar`'s article from now on; true when the article was not listed before. */
  private registerSidecar(sidecar: vscode.Uri): boolean {
    const articlePath = articlePathFor(sidecar.path);
    if (!articlePath) return false;
    const entry = this.entryFor(sidecar.with({ path: articlePath }));
    if (entry.sidecar) return false;
    entry.sidecar = sidecar;
    return true;
  }

  // ---- writing ----

  /** Read-modify-write of the sidecar so that it holds `claims` (merged with changes made on disk meanwhile). */
  private async write(entry: ArticleEntry, claims: ClaimAnnotation[], ours?: ReadonlyMap<string, Anchor>): Promise<void> {
    // someone may write the file between our read and our rename: then read, merge and try again
    for (let attempt = 1; ; attempt++) {
      if (await this.tryWrite(entry, claims, ours)) return;
      if (attempt === WRITE_ATTEMPTS) throw new Error('The fact-check file keeps changing on disk; nothing was written. Try again in a moment.');
    }
  }

  /** One read-modify-write; false when the file changed under us before the rename (nothing was replaced). */
  /** `ours`: anchors written from entries' live places, which keep following the edits made meanwhile. */
  private async tryWrite(entry: ArticleEntry, claims: ClaimAnnotation[], ours?: ReadonlyMap<string, Anchor>): Promise<boolean> {
    const target = entry.sidecar ?? sidecarUriFor(entry.uri, sidecarLayout(entry.uri));
    const options = { extraStatuses: extraStatuses(entry.uri) };
    const onDisk = await readSidecar(target);
    const blocked = (problems: SidecarProblem[]): Error => {
      entry.sidecar = target;
      entry.disk = { kind: 'invalid', problems };
      this.diagnostics.show(target, problems);
      this.fireArticle(entry.uri);
      return blockedError(target, problems);
    };
    if (onDisk.kind === 'unreadable') throw blocked([onDisk.problem]);
    const plan = planSidecarWrite({
      base: entry.disk.kind === 'ok' ? entry.disk.text : undefined,
      disk: onDisk.kind === 'text' ? onDisk.text : undefined,
      claims,
      articleName: baseName(entry.uri.path),
      options,
    });
    if (plan.action === 'blocked') throw blocked(plan.problems);
    const text = plan.action === 'write' ? plan.text : onDisk.kind === 'text' ? onDisk.text : undefined;
    if (text === undefined) return true; // nothing to write and no file: nothing changes
    const written = parseSidecar(text, options);
    if (!written.ok) throw blocked(written.problems); // unreachable: the plan only returns text that reads back
    if (plan.action === 'write') {
      const readText = onDisk.kind === 'text' ? onDisk.text : undefined;
      if (!(await writeAtomically(target, text, () => sidecarStill(target, readText)))) return false;
    }
    const created = !entry.sidecar;
    entry.sidecar = target;
    entry.disk = { kind: 'ok', text, claims: written.sidecar.claims };
    if (written.warnings.length) this.diagnostics.show(target, written.warnings);
    else this.diagnostics.clear(target);
    entry.tracker.replace(this.textOf(entry), written.sidecar.claims, ours);
    this.fireArticle(entry.uri);
    if (created) this.changeArticles.fire();
    if (plan.conflicts.length) {
      const name = vscode.workspace.asRelativePath(target, false);
      const details = plan.conflicts.map(c => `“${shortQuote(c.mine ?? c.theirs)}”: ${c.reason}`).join('; ');
      void vscode.window.showWarningMessage(`Factcheck: ${name} was also changed elsewhere; the changes were merged. ${details}.`);
    }
    return true;
  }

  /** Rejects while the sidecar does not parse; reads it again first, in case it was fixed a moment ago. */
  private async assertWritable(entry: ArticleEntry): Promise<void> {
    if (entry.disk.kind !== 'invalid') return;
    await this.readDisk(entry);
    const disk = entry.disk as DiskState; // changed by readDisk
    if (disk.kind === 'invalid') throw blockedError(entry.sidecar ?? entry.uri, disk.problems);
    if (disk.kind === 'ok') entry.tracker.replace(this.textOf(entry), disk.claims);
    this.fireArticle(entry.uri);
  }

  private takenIds(entry: ArticleEntry): Set<string> {
    const ids = entry.tracker.ids();
    if (entry.disk.kind === 'ok') for (const c of entry.disk.claims) ids.add(c.id);
    return ids;
  }

  private enqueue<T>(entry: ArticleEntry, work: () => Promise<T>): Promise<T> {
    const run = entry.queue.then(work, work);
    entry.queue = run.catch(() => undefined);
    return run;
  }

  // ---- events ----

  private followEdits(event: vscode.TextDocumentChangeEvent): void {
    if (!event.contentChanges.length) return;
    const entry = this.entries.get(event.document.uri.toString());
    if (!entry?.loaded || entry.closedText !== undefined) return;
    entry.tracker.applyChanges(event.contentChanges, () => event.document.getText());
    if (entry.tracker.hasOrphans()) this.scheduleOrphanRetry(entry, event.document);
  }

  /** After a pause in typing, orphans whose text is back (an undo, a paste) attach again. */
  private scheduleOrphanRetry(entry: ArticleEntry, document: vscode.TextDocument): void {
    clearTimeout(entry.orphanRetry);
    entry.orphanRetry = setTimeout(() => {
      entry.orphanRetry = undefined;
      if (this.disposed || document.isClosed || !entry.loaded) return;
      if (retryOrphans(entry.tracker, document.getText(), true)) this.fireArticle(entry.uri);
    }, ORPHAN_RETRY_MS);
  }

  private opened(document: vscode.TextDocument): void {
    if (!isTracked(document)) return;
    const entry = this.entryFor(document.uri);
    // re-anchor against what the editor shows: the file may have changed while it was closed
    void this.reload(entry).catch(error => console.error('factcheck: could not load the review', error));
    this.changeArticles.fire();
  }

  private closed(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const entry = this.entries.get(key);
    this.analyses.forget(document.uri);
    if (!entry) return;
    if (!entry.sidecar) this.entries.delete(key);
    else {
      // unsaved edits were discarded or saved: the next reader anchors against the file on disk
      entry.loaded = false;
      entry.closedText = undefined;
    }
    this.changeArticles.fire();
    this.fireArticle(document.uri);
  }

  private saved(document: vscode.TextDocument): void {
    const entry = this.entries.get(document.uri.toString());
    if (!entry?.loaded || !entry.tracker.size) return;
    // the anchors of the text as saved, taken now: the write may wait behind other work while the user types on
    const text = document.getText();
    const reattached = retryOrphans(entry.tracker, text);
    const point = entry.tracker.savePoint(text);
    void this.enqueue(entry, async () => {
      if (entry.disk.kind !== 'ok') return;
      const { claims, ours } = entry.tracker.claimsFor(point);
      const stored = entry.disk.claims;
      const changed = claims.length !== stored.length || claims.some((c, i) => !sameClaim(c, stored[i]));
      if (changed) await this.write(entry, claims, ours);
      else if (reattached) this.fireArticle(entry.uri);
    }).catch(error => {
      void vscode.window.showErrorMessage(`Factcheck: the claims' positions could not be saved. ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  private sidecarChanged(sidecar: vscode.Uri): void {
    const articlePath = articlePathFor(sidecar.path);
    if (!articlePath) return;
    const article = sidecar.with({ path: articlePath });
    const known = this.entries.get(article.toString());
    if (!known?.sidecar) {
      this.registerSidecar(sidecar);
      this.changeArticles.fire();
    }
    const entry = this.entryFor(article);
    if (entry.loaded && entry.sidecar && entry.sidecar.toString() !== sidecar.toString()) return this.twinChanged(entry);
    if (entry.sidecar?.toString() !== sidecar.toString() || !entry.loaded) return;
    void this.enqueue(entry, async () => {
      const before = entry.disk;
      await this.readDisk(entry);
      const after = entry.disk;
      if (after.kind === 'ok' && before.kind === 'ok' && after.text === before.text) return; // our own write
      // a hand edit, a git pull: the file wins; entries whose stored anchor changed are anchored again, and all of
      // them when the article is closed (a pull changes the article too, and nothing tracked its edits)
      if (after.kind === 'ok' && openArticle(entry.uri)) entry.tracker.replace(this.textOf(entry), after.claims);
      else if (after.kind === 'ok') {
        entry.closedMtime = await modifiedTime(entry.uri);
        entry.closedText = (await readArticle(entry.uri).catch(() => undefined)) ?? entry.closedText;
        entry.tracker.reanchorAll(this.textOf(entry), after.claims);
      }
      this.fireArticle(entry.uri);
    }).catch(error => console.error('factcheck: could not reload the sidecar', error));
  }

  private sidecarDeleted(sidecar: vscode.Uri): void {
    const articlePath = articlePathFor(sidecar.path);
    if (!articlePath) return;
    const entry = this.entries.get(sidecar.with({ path: articlePath }).toString());
    if (entry?.loaded && entry.sidecar && entry.sidecar.toString() !== sidecar.toString()) {
      this.diagnostics.clear(sidecar);
      return this.twinChanged(entry);
    }
    if (!entry || entry.sidecar?.toString() !== sidecar.toString()) return;
    void this.enqueue(entry, async () => {
      if (await exists(sidecar)) return this.sidecarChanged(sidecar); // replaced by a rename, not gone
      this.diagnostics.clear(sidecar);
      entry.sidecar = await findSidecar(entry.uri, sidecarLayout(entry.uri));
      await this.readDisk(entry);
      if (entry.loaded) entry.tracker.replace(this.textOf(entry), entry.disk.kind === 'ok' ? entry.disk.claims : []);
      if (!entry.sidecar && !openArticle(entry.uri)) this.entries.delete(entry.uri.toString());
      this.changeArticles.fire();
      this.fireArticle(entry.uri);
    }).catch(error => console.error('factcheck: could not handle a deleted sidecar', error));
  }

  /** The article's sidecar in the other layout appeared, changed or went: both there is a conflict, else usable again. */
  private twinChanged(entry: ArticleEntry): void {
    void this.enqueue(entry, async () => {
      const before = entry.disk;
      await this.readDisk(entry);
      const after = entry.disk as DiskState; // changed by readDisk
      if (after.kind === 'ok' && !(before.kind === 'ok' && before.text === after.text)) entry.tracker.replace(this.textOf(entry), after.claims);
      this.fireArticle(entry.uri);
    }).catch(error => console.error('factcheck: could not reload the sidecar', error));
  }

  private async renamed(files: ReadonlyArray<{ readonly oldUri: vscode.Uri; readonly newUri: vscode.Uri }>): Promise<void> {
    for (const { oldUri, newUri } of files) {
      try {
        const stat = await vscode.workspace.fs.stat(newUri);
        if (stat.type & vscode.FileType.Directory) {
          // sidecars travel inside the folder; only our bookkeeping moves
          this.forgetUnder(oldUri);
          const sidecars = await vscode.workspace.findFiles(new vscode.RelativePattern(newUri, SIDECAR_GLOB));
          for (const sidecar of sidecars) this.registerSidecar(sidecar);
          for (const document of vscode.workspace.textDocuments) {
            if (isTracked(document) && isUnder(document.uri, newUri)) void this.reload(this.entryFor(document.uri)).catch(() => undefined);
          }
          continue;
        }
        const old = this.entries.get(oldUri.toString());
        if (old) await old.queue;
        // in the new name's queue: a claim marked in the renamed article waits until its sidecar has arrived
        const target = this.entryFor(newUri);
        const move = await this.enqueue(target, async () => {
          const moved = await moveSidecarWithArticle(oldUri, newUri, sidecarLayout(newUri));
          if (moved.kind === 'moved') target.sidecar = moved.to;
          return moved;
        });
        if (move.kind === 'blocked') {
          void vscode.window.showWarningMessage(
            `Factcheck: the fact-check file of ${vscode.workspace.asRelativePath(newUri, false)} was not moved: ${move.reason} (${vscode.workspace.asRelativePath(move.to, false)}). The annotations stay in ${vscode.workspace.asRelativePath(move.from, false)}.`);
        }
        this.entries.delete(oldUri.toString());
        if (move.kind === 'moved') this.diagnostics.clear(move.from);
        if (move.kind === 'moved' || openArticle(newUri)) await this.reload(target);
        else if (this.entries.get(newUri.toString()) === target && !target.sidecar) this.entries.delete(newUri.toString());
      } catch (error) {
        void vscode.window.showErrorMessage(`Factcheck: could not move the fact-check file with ${vscode.workspace.asRelativePath(newUri, false)}: ${error instanceof Error ? error.message : String(error)}`);
      }
      this.fireArticle(oldUri);
    }
    this.changeArticles.fire();
  }

  private deleted(files: readonly vscode.Uri[]): void {
    // the sidecar stays on disk: the verdicts may still be wanted (an undo, a restore from git)
    for (const uri of files) this.forgetUnder(uri);
    this.changeArticles.fire();
  }

  private forgetUnder(uri: vscode.Uri): void {
    for (const [key, entry] of this.entries) {
      if (key === uri.toString() || isUnder(entry.uri, uri)) this.entries.delete(key);
    }
  }

  private fireArticle(uri: vscode.Uri): void {
    if (!this.disposed) this.changeArticle.fire(uri);
  }

  private textOf(entry: ArticleEntry): string {
    return openArticle(entry.uri)?.getText() ?? entry.closedText ?? '';
  }

  dispose(): void {
    this.disposed = true;
    for (const entry of this.entries.values()) clearTimeout(entry.orphanRetry);
    for (const s of this.subscriptions) s.dispose();
    this.analyses.dispose();
    this.diagnostics.dispose();
    this.changeArticle.dispose();
    this.changeArticles.dispose();
    this.entries.clear();
  }
}

async function modifiedTime(uri: vscode.Uri): Promise<number | undefined> {
  try {
    return (await vscode.workspace.fs.stat(uri)).mtime;
  } catch {
    return undefined;
  }
}

function sidecarState(disk: DiskState): SidecarState {
  return disk.kind === 'invalid' ? { kind: 'invalid', problems: disk.problems } : { kind: disk.kind };
}

/** An article document the store follows: an article language, in a file the workspace file system can reach. */
function isTracked(document: vscode.TextDocument): boolean {
  if (document.isClosed || !isArticle(document)) return false;
  return document.uri.scheme === 'file' || vscode.workspace.getWorkspaceFolder(document.uri) !== undefined;
}

function openArticle(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find(d => d.uri.toString() === key && isTracked(d));
}

function isUnder(uri: vscode.Uri, folder: vscode.Uri): boolean {
  const prefix = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  return uri.scheme === folder.scheme && uri.authority === folder.authority && uri.path.startsWith(prefix);
}

/** `claims` with `claim` in place of the entry with its id (or added). */
function replaceClaim(claims: readonly ClaimAnnotation[], claim: ClaimAnnotation): ClaimAnnotation[] {
  const at = claims.findIndex(c => c.id === claim.id);
  return at < 0 ? [...claims, claim] : claims.map((c, i) => (i === at ? claim : c));
}

/** The attached entry exactly where `claim` (shown as not annotated) is now, if one is. */
function annotatedAt(tracker: AnchorTracker, text: string, claim: ReviewClaim): string | undefined {
  if (claim.annotation || claim.start === undefined) return undefined;
  let start: number, end: number;
  try {
    [start, end] = placeOf(text, claim);
  } catch {
    return undefined;
  }
  for (const annotation of tracker.annotations()) {
    const entry = tracker.get(annotation.id)!;
    if (!entry.orphaned && entry.anchor.start === start && entry.anchor.end === end) return annotation.id;
  }
  return undefined;
}

/** Where a claim nobody annotated yet is now: its offsets if the text there is still its text, else the nearest
 *  occurrence of its text (the review was read before an edit). */
function placeOf(text: string, claim: ReviewClaim): [number, number] {
  const { start, end } = claim;
  if (start !== undefined && end !== undefined && text.slice(start, end) === claim.text) return [start, end];
  const hint = start ?? 0;
  let best = -1;
  for (let at = text.indexOf(claim.text); at >= 0 && claim.text; at = text.indexOf(claim.text, at + 1)) {
    if (best < 0 || Math.abs(at - hint) < Math.abs(best - hint)) best = at;
  }
  if (best < 0) throw new Error('The claim\'s text changed before it could be saved. Try again.');
  return [best, best + claim.text.length];
}

function shortQuote(claim: ClaimAnnotation | undefined): string {
  const quote = (claim?.anchor.quote ?? '').replace(/\s+/g, ' ').trim();
  return quote.length > 60 ? `${quote.slice(0, 59)}…` : quote;
}
