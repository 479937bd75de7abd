// The workspace index: every article under the workspace folders, analysed on the worker thread
// (node/backgroundAnalysis.ts) so the extension host only reads files and compares hashes, kept up to date by a file
// watcher (edits outside VS Code too) and VS Code's rename and delete events, and stored in the extension's storage
// between sessions: a reopened workspace re-reads its articles but analyses only what changed. The logic (entries by
// content hash and detector version) is core/workspace/articleIndex.ts; this file is files, events and timing.
import * as vscode from 'vscode';
import type { Analysis } from '../core/detect/spans';
import { combineReview, type ArticleReview } from '../core/review/reviewClaims';
import { contentHash } from '../core/text/hash';
import { ArticleIndex, DETECTOR_VERSION } from '../core/workspace/articleIndex';
import { ANALYSIS_LANES, drainKeyed } from '../core/workspace/keyedQueue';
import { detectedSummary, type ArticleSummary, type LazyReview } from '../core/workspace/articleSummary';
import type { CompactAnalysis } from '../core/workspace/compactAnalysis';
import { nextTurn, runSteps } from '../core/workspace/slices';
import { encodeLines, readLines } from '../core/workspace/storedLines';
import { ARTICLE_EXTENSIONS, extensionsOf, globMatcher, isArticleFile } from '../core/workspace/articleFiles';
import { extensionHost, type BackgroundAnalyzer } from './host';
import { isUnder } from './articles';
import { articleLanguages, claimThreshold, indexEnabled, indexExclude, maxAnalysisChars } from './settings';
import { readArticle } from './sidecarFiles';

/** How far the index is: shown in the Claims view while it works. */
export interface IndexProgress {
  done: number;
  total: number;
}

/** Changes are announced at most this often while the index works through many files; a change after a quiet spell
 *  is announced at once. */
const ANNOUNCE_MS = 500;
/** The stored index is written this long after the last change. */
const SAVE_DELAY_MS = 2000;
/** The stored index: the summary line (read at once on reopening) and the analyses (read a slice at a time). */
const SUMMARY_FILE = 'index-summary.json';
const ANALYSES_FILE = 'index-analyses.jsonl';
const OLD_STORE_FILE = 'workspace-index.json';

export class WorkspaceIndex implements vscode.Disposable {
  private index = new ArticleIndex();
  /** loadUnreviewed's answers, until their analysis is replaced. */
  private readonly reviews = new WeakMap<CompactAnalysis, ArticleReview>();
  /** Reviews being made, by URI string: asked twice, read once. */
  private readonly loadingReviews = new Map<string, Promise<ArticleReview | undefined>>();
  /** The stored index's analyses, read a slice at a time after its summary (which lists the articles at once). */
  private loading: Promise<void> = Promise.resolve();
  private lastAnnounce = 0;
  /** Articles found under the workspace folders (by URI string), analysed or not yet. */
  private readonly known = new Map<string, vscode.Uri>();
  private readonly pending = new Map<string, vscode.Uri>();
  private running?: Promise<void>;
  private starting?: Promise<void>;
  private scanning?: Promise<void>;
  private progress?: IndexProgress;
  private changedSince = new Set<string>();
  private listChanged = false;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private saveTimer?: ReturnType<typeof setTimeout>;
  private scanGeneration = 0;
  private disposed = false;
  private readonly subscriptions: vscode.Disposable[];

  private readonly changeEmitter = new vscode.EventEmitter<{ articles: vscode.Uri[]; listChanged: boolean }>();
  /** Fires with the articles whose analysis changed, and whether the list of articles changed. */
  readonly onDidChange = this.changeEmitter.event;
  private readonly progressEmitter = new vscode.EventEmitter<IndexProgress | undefined>();
  /** Fires while the index works (undefined once it is done). */
  readonly onDidProgress = this.progressEmitter.event;

  /** `storage`: the folder for the stored index (none: not stored). `release`: the extension's version, part of the
   *  detector key, so a new release never trusts an old release's analyses. */
  constructor(
    private readonly background: BackgroundAnalyzer,
    private readonly storage: vscode.Uri | undefined,
    private readonly release: string,
  ) {
    const globs = `**/*.{${ARTICLE_EXTENSIONS.join(',')}}`;
    const watcher = vscode.workspace.createFileSystemWatcher(globs);
    // a deleted folder arrives as one event for the folder
    const deletions = vscode.workspace.createFileSystemWatcher('**/*', true, true, false);
    this.subscriptions = [
      watcher, deletions,
      watcher.onDidCreate(uri => this.touched(uri)),
      watcher.onDidChange(uri => this.touched(uri)),
      deletions.onDidDelete(uri => this.removed(uri)),
      vscode.workspace.onDidDeleteFiles(event => event.files.forEach(uri => this.removed(uri))),
      vscode.workspace.onDidRenameFiles(event => {
        for (const { oldUri, newUri } of event.files) {
          this.removed(oldUri);
          void this.renamedTo(newUri);
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.scan()),
      vscode.workspace.onDidChangeConfiguration(event => {
        if (['factcheck.exclude', 'factcheck.index.enabled', 'factcheck.languages', 'factcheck.claimThreshold', 'files.exclude']
          .some(section => event.affectsConfiguration(section))) void this.scan();
      }),
    ];
  }

  /** Reads the stored index, then finds and analyses the workspace's articles. */
  start(): Promise<void> {
    this.starting = (async () => {
      await this.readStored();
      await this.scan();
    })();
    return this.starting;
  }

  /** Resolves once the stored index's analyses are read (an article's claims are there to show). */
  whenLoaded(): Promise<void> {
    return this.loading;
  }

  /** Resolves when the index has caught up with every change known so far (a scan under way included). */
  async whenIdle(): Promise<void> {
    await this.starting?.catch(() => undefined);
    while (this.scanning || this.running) {
      await this.scanning;
      await this.running;
    }
  }

  /** The articles of the workspace (empty while the index is paused). */
  articles(): vscode.Uri[] {
    return [...this.known.values()];
  }

  has(uri: vscode.Uri): boolean {
    return this.known.has(uri.toString());
  }

  /** The review of an unopened article nobody reviewed, once made (loadUnreviewed): its detected claims, all
   *  unverified. Made once per analysis. */
  unreviewedOf(uri: vscode.Uri): ArticleReview | undefined {
    const analysis = this.current(uri)?.analysis;
    return analysis && this.reviews.get(analysis);
  }

  /** The same review, made now if need be: the claims' words are read from the article (the index keeps no words).
   *  Undefined until analysed (or while a stored analysis is still being read), and when the file is gone or changed
   *  since (it is analysed again, and announced). */
  loadUnreviewed(uri: vscode.Uri): Promise<ArticleReview | undefined> {
    const key = uri.toString();
    let loading = this.loadingReviews.get(key);
    if (!loading) {
      loading = this.makeUnreviewed(uri).finally(() => this.loadingReviews.delete(key));
      this.loadingReviews.set(key, loading);
    }
    return loading;
  }

  private async makeUnreviewed(uri: vscode.Uri): Promise<ArticleReview | undefined> {
    if (!this.current(uri)?.analysis) await this.loading;
    const entry = this.current(uri);
    if (!entry?.analysis) return undefined;
    const made = this.reviews.get(entry.analysis);
    if (made) return made;
    const text = await readArticle(uri).catch(() => undefined);
    // the entry as it is now: the article may have been analysed again while it was read
    const now = this.current(uri);
    if (text === undefined || !now?.analysis) return undefined;
    const claims = this.index.claimsIn(uri.toString(), text);
    if (!claims) {
      // changed since it was analysed (the watcher may not have said so yet): analysed again, then announced
      this.touched(uri);
      return undefined;
    }
    let review = this.reviews.get(now.analysis);
    if (!review) this.reviews.set(now.analysis, review = combineReview(claims, [], { kind: 'none' }));
    return review;
  }

  /** The same article's counts without making its review (the Claims view lists 10,000 articles from these), and the
   *  review when its claims are shown. */
  lazyReviewOf(uri: vscode.Uri): LazyReview | undefined {
    const entry = this.current(uri);
    if (!entry) return undefined;
    return new IndexedReview(detectedSummary(entry.claims), this, uri);
  }

  private current(uri: vscode.Uri) {
    if (!this.known.has(uri.toString())) return undefined;
    const entry = this.index.entry(uri.toString());
    return entry && entry.detector.startsWith(`${this.detectorKey(uri)}/`) ? entry : undefined;
  }

  /** The content hash of the text the index last analysed for the article. */
  hashOf(uri: vscode.Uri): string | undefined {
    return this.known.has(uri.toString()) ? this.index.entry(uri.toString())?.hash : undefined;
  }

  /** The index's analysis when it was made from exactly `text` (an article opened unchanged). */
  analysisFor(uri: vscode.Uri, text: string): Analysis | undefined {
    return this.index.analysisFor(uri.toString(), text, this.analysisKey(uri));
  }

  currentProgress(): IndexProgress | undefined {
    return this.progress;
  }

  private detectorKey(uri: vscode.Uri): string {
    return `${DETECTOR_VERSION}/${this.release}/${claimThreshold(uri)}`;
  }

  /** The detector key with the file's date, which dates an article that states none (as AnalysisCache does): an
   *  opened article reuses an analysis only when both are the same. */
  private analysisKey(uri: vscode.Uri): string {
    return `${this.detectorKey(uri)}/${this.fileDate(uri) ?? ''}`;
  }

  private fileDate(uri: vscode.Uri): string | undefined {
    return extensionHost().fileModifiedDay(uri);
  }

  /** Every article under the workspace folders, by the article languages' extensions, without what
   *  `factcheck.exclude` and `files.exclude` leave out. */
  scan(): Promise<void> {
    const scanning = this.findArticles().finally(() => {
      if (this.scanning === scanning) this.scanning = undefined;
    });
    this.scanning = scanning;
    return scanning;
  }

  private async findArticles(): Promise<void> {
    const generation = ++this.scanGeneration;
    const found = new Map<string, vscode.Uri>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      if (!indexEnabled(folder.uri)) continue;
      const extensions = extensionsOf(articleLanguages(folder.uri));
      if (!extensions.length) continue;
      const excluded = globMatcher(indexExclude(folder.uri));
      let files: vscode.Uri[];
      try {
        // no exclude argument: VS Code applies files.exclude
        files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, `**/*.{${extensions.join(',')}}`));
      } catch (error) {
        console.error('factcheck: could not list the workspace articles', error);
        continue;
      }
      // 10,000 paths matched against the exclude globs: a slice at a time
      await runSteps((function* () {
        for (const uri of files) {
          const relative = vscode.workspace.asRelativePath(uri, false);
          if (!excluded(relative) && isArticleFile(uri.path, extensions)) found.set(uri.toString(), uri);
          yield;
        }
      })(), nextTurn);
    }
    if (generation !== this.scanGeneration || this.disposed) return;
    for (const key of [...this.known.keys()]) if (!found.has(key)) this.known.delete(key);
    this.index.retain(new Set(found.keys()));
    for (const [key, uri] of found) {
      this.known.set(key, uri);
      this.pending.set(key, uri);
    }
    this.listChanged = true;
    this.announceSoon();
    this.work();
  }

  private included(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || !indexEnabled(uri)) return false;
    const extensions = extensionsOf(articleLanguages(uri));
    if (!isArticleFile(uri.path, extensions)) return false;
    return !globMatcher(indexExclude(uri))(vscode.workspace.asRelativePath(uri, false));
  }

  /** An article created or changed, in VS Code or outside it. */
  private touched(uri: vscode.Uri): void {
    if (this.disposed || !this.included(uri)) return;
    if (!this.known.has(uri.toString())) this.listChanged = true;
    this.known.set(uri.toString(), uri);
    this.pending.set(uri.toString(), uri);
    this.work();
  }

  private async renamedTo(uri: vscode.Uri): Promise<void> {
    const stat = await Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => undefined);
    if (!stat) return;
    if (!(stat.type & vscode.FileType.Directory)) return this.touched(uri);
    const files = await vscode.workspace.findFiles(new vscode.RelativePattern(uri, `**/*.{${ARTICLE_EXTENSIONS.join(',')}}`));
    for (const file of files) this.touched(file);
  }

  /** A file or folder deleted (or renamed away). */
  private removed(uri: vscode.Uri): void {
    let gone = false;
    for (const [key, known] of [...this.known]) {
      if (key === uri.toString() || isUnder(known, uri)) {
        this.known.delete(key);
        this.pending.delete(key);
        this.index.delete(key);
        this.changedSince.add(key);
        gone = true;
      }
    }
    if (!gone) return;
    this.listChanged = true;
    this.announceSoon();
    this.saveSoon();
  }

  /** Works through the pending articles: read, compare the hash, analyse on the worker if changed; two at a time, so
   *  the worker has the next article as soon as it is done with one. */
  private work(): void {
    if (this.running || this.disposed) return;
    this.running = this.drain().finally(() => {
      this.running = undefined;
      this.progress = undefined;
      this.progressEmitter.fire(undefined);
      this.announce();
    });
  }

  private async drain(): Promise<void> {
    // the stored analyses first: an article found unchanged needs its analysis there
    await this.loading;
    let done = 0;
    let working = 0;
    await drainKeyed(this.pending, ANALYSIS_LANES, async (key, uri) => {
      working++;
      await this.analyse(key, uri).finally(() => working--);
      done++;
      const total = done + working + this.pending.size;
      // a handful of files is no news; a long run shows its progress
      if (total > 20 && (done % 25 === 0 || !this.pending.size)) {
        this.progress = { done, total };
        this.progressEmitter.fire(this.progress);
      }
    }, () => this.disposed);
  }

  private async analyse(key: string, uri: vscode.Uri): Promise<void> {
    let text: string | undefined;
    try {
      text = await readArticle(uri);
    } catch (error) {
      console.error(`factcheck: could not read ${uri.toString()} for the index`, error);
    }
    if (text === undefined) {
      // gone meanwhile: the watcher's delete event says so too
      if (this.known.delete(key)) this.listChanged = true;
      this.index.delete(key);
      return;
    }
    if (text.length > maxAnalysisChars(uri)) {
      // listed, not analysed: a huge file is analysed only when someone opens it and agrees (editor/articleGate.ts)
      if (this.index.delete(key)) this.changedSince.add(key);
      return;
    }
    const hash = contentHash(text);
    const fileDate = this.fileDate(uri);
    const detector = `${this.detectorKey(uri)}/${fileDate ?? ''}`;
    if (this.index.fresh(key, hash, detector)) return;
    const analysis = await this.background.analyzeCompact(text, { claimThreshold: claimThreshold(uri), fileDate });
    if (this.disposed || !this.known.has(key)) return;
    this.index.set(key, { hash, detector, analysis });
    this.changedSince.add(key);
    this.announceSoon();
    this.saveSoon();
  }

  private announceSoon(): void {
    if (this.announceTimer !== undefined) return;
    const wait = Math.max(0, this.lastAnnounce + ANNOUNCE_MS - Date.now());
    this.announceTimer = setTimeout(() => this.announce(), wait);
  }

  private announce(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = undefined;
    this.lastAnnounce = Date.now();
    if (this.disposed || (!this.changedSince.size && !this.listChanged)) return;
    const articles = [...this.changedSince].map(key => vscode.Uri.parse(key));
    const listChanged = this.listChanged;
    this.changedSince = new Set();
    this.listChanged = false;
    this.changeEmitter.fire({ articles, listChanged });
  }

  // ---- stored between sessions ----

  private storeUri(file: string): vscode.Uri | undefined {
    return this.storage && vscode.Uri.joinPath(this.storage, file);
  }

  /** Reads the stored index's summary first (the articles are listed with their counts before the folders are
   *  searched), then its analyses in the background; both a slice at a time. */
  private async readStored(): Promise<void> {
    const summaryUri = this.storeUri(SUMMARY_FILE);
    const analysesUri = this.storeUri(ANALYSES_FILE);
    if (!summaryUri || !analysesUri) return;
    let summary: Uint8Array;
    try {
      summary = await vscode.workspace.fs.readFile(summaryUri);
    } catch {
      return; // none yet, or unreadable: it is only a cache
    }
    const reader = ArticleIndex.summaryReader();
    await readLines(summary, 0, line => reader.read(line) && !this.disposed, nextTurn);
    const index = reader.index;
    if (this.disposed || !index.size) return;
    this.index = index;
    if ((vscode.workspace.workspaceFolders ?? []).some(folder => indexEnabled(folder.uri))) {
      const known = this.known;
      await runSteps((function* () {
        for (const key of index.paths()) {
          known.set(key, vscode.Uri.parse(key));
          yield;
        }
      })(), nextTurn);
      this.listChanged = true;
      this.announce();
    }
    this.loading = (async () => {
      const analyses = await Promise.resolve(vscode.workspace.fs.readFile(analysesUri)).catch(() => new Uint8Array());
      await readLines(analyses, 0, line => {
        index.readStoredAnalysis(line);
        return !this.disposed && this.index === index;
      }, nextTurn);
      // an entry the file held no analysis for is analysed again by the scan that follows
      index.dropUnread();
    })();
  }

  private saveSoon(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(), SAVE_DELAY_MS);
  }

  /** Writes the index to the extension's storage (a cache: a failed write only costs analysis time next session),
   *  a slice of lines at a time. */
  async save(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const summaryUri = this.storeUri(SUMMARY_FILE);
    const analysesUri = this.storeUri(ANALYSES_FILE);
    if (!summaryUri || !analysesUri || !this.storage) return;
    try {
      await this.loading;
      const stored = this.index.stored();
      const summary = await encodeLines(stored.summary, nextTurn);
      const analyses = await encodeLines(stored.analyses, nextTurn);
      await vscode.workspace.fs.createDirectory(this.storage);
      // the analyses first: a summary never names an analysis the file does not hold yet (a line of another text
      // would be refused by its hash anyway)
      await vscode.workspace.fs.writeFile(analysesUri, analyses);
      await vscode.workspace.fs.writeFile(summaryUri, summary);
      // the whole-JSON file of the releases before, if still there
      await Promise.resolve(vscode.workspace.fs.delete(vscode.Uri.joinPath(this.storage, OLD_STORE_FILE))).catch(() => undefined);
    } catch (error) {
      console.error('factcheck: could not store the workspace index', error);
    }
  }

  dispose(): void {
    if (this.saveTimer !== undefined) void this.save();
    this.disposed = true;
    clearTimeout(this.announceTimer);
    for (const s of this.subscriptions) s.dispose();
    this.changeEmitter.dispose();
    this.progressEmitter.dispose();
  }
}

/** An unopened article's lazy review: one object with its methods on the prototype, not two closures per article
 *  (10,000 of them are kept for the Claims view). */
class IndexedReview implements LazyReview {
  constructor(readonly summary: ArticleSummary, private readonly index: WorkspaceIndex, private readonly uri: vscode.Uri) {}

  review(): ArticleReview | undefined {
    return this.index.unreviewedOf(this.uri);
  }

  load(): Promise<ArticleReview | undefined> {
    return this.index.loadUnreviewed(this.uri);
  }
}
