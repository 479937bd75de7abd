// Detection results of open articles, cached by document version. Analysis runs only when someone asks for it (the
// editor layer asks for visible articles), so activation and opening a file in the background cost nothing. Once an
// article has been analysed, the store's edit pause (editPause.ts) has it analysed again after typing. Large articles
// are analysed on a worker thread (the host's background analyser, ./host.ts): until the result arrives, `of()` answers undefined.
import * as vscode from 'vscode';
import type { Analysis, AnalyzeOptions } from '../core/detect/spans';
import { extensionHost } from './host';
import { claimThreshold } from './settings';

/** Articles at least this long (UTF-16 code units) are analysed on the worker thread. Shorter ones take under ~25 ms
 *  here, about what sending the text there and the result back would cost. */
export const BACKGROUND_ANALYSIS_CHARS = 256 * 1024;

interface CachedAnalysis {
  version: number;
  analysis: Analysis;
}

export class AnalysisCache implements vscode.Disposable {
  private readonly cache = new Map<string, CachedAnalysis>();
  private readonly analysed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when a background analysis produced a new result, and for every analysed article when the threshold changed. */
  readonly onDidAnalyse = this.analysed.event;
  private readonly background = extensionHost().backgroundAnalysis();
  /** Documents with an analysis on the worker thread; its result is checked against the version when it arrives.
   *  Keyed by URI, holding the document object: a document closed and opened again is a new object. */
  private readonly inBackground = new Map<string, vscode.TextDocument>();

  /** `typing`: whether the article was edited less than a pause ago (its re-analysis is due then). `indexed`: an
   *  analysis of exactly this text made earlier (the workspace index), used instead of analysing again. */
  constructor(
    private readonly typing: (uri: vscode.Uri) => boolean,
    private readonly indexed: (uri: vscode.Uri, text: string) => Analysis | undefined = () => undefined,
  ) {}

  /** `factcheck.claimThreshold` changed: every result is stale. */
  thresholdChanged(): void {
    const uris = [...new Set([...this.cache.keys(), ...this.inBackground.keys()])];
    this.cache.clear();
    this.inBackground.clear(); // results on their way use the old threshold: ignore them
    for (const key of uris) this.analysed.fire(vscode.Uri.parse(key));
  }

  /** After a pause in typing: an article analysed before is analysed again now (or started on the worker thread). */
  reanalyse(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (this.cache.has(key) || this.inBackground.has(key)) this.of(document);
  }

  /**
   * The analysis of the document's current text: computed now if the cached one is older, or — for a large article —
   * undefined while the worker thread computes it (onDidAnalyse fires when it is there).
   */
  of(document: vscode.TextDocument): Analysis | undefined {
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version) return cached.analysis;
    if (this.inBackground.get(key) === document) return undefined; // on its way
    const text = document.getText();
    const known = this.indexed(document.uri, text);
    if (known) {
      this.cache.set(key, { version: document.version, analysis: known });
      return known;
    }
    // an article that states no date of its own is dated by its file (see core/detect/reference.ts)
    const fileDate = extensionHost().fileModifiedDay(document.uri);
    const options = { claimThreshold: claimThreshold(document.uri), fileDate };
    if (text.length >= BACKGROUND_ANALYSIS_CHARS) {
      this.analyseInBackground(document, text, options);
      return undefined;
    }
    const analysis = extensionHost().detection().analyze(text, options);
    this.cache.set(key, { version: document.version, analysis });
    return analysis;
  }

  /** Whether the document's analysis is being computed on the worker thread. */
  isAnalysing(uri: vscode.Uri): boolean {
    return this.inBackground.has(uri.toString());
  }

  private analyseInBackground(document: vscode.TextDocument, text: string, options: AnalyzeOptions): void {
    const key = document.uri.toString();
    this.inBackground.set(key, document);
    const version = document.version;
    void this.background.analyze(text, options).then(analysis => {
      if (this.inBackground.get(key) !== document) return; // closed (and perhaps opened again) meanwhile
      this.inBackground.delete(key);
      if (document.isClosed) return;
      if (document.version !== version) {
        // typed meanwhile: analyse the text as it is now, unless a debounced re-analysis is already due
        if (!this.typing(document.uri)) this.of(document);
        return;
      }
      this.cache.set(key, { version, analysis });
      this.analysed.fire(document.uri);
    });
  }

  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.cache.delete(key);
    this.inBackground.delete(key);
  }

  dispose(): void {
    this.background.dispose();
    this.inBackground.clear();
    this.cache.clear();
    this.analysed.dispose();
  }
}
