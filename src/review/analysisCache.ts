// Detection results of open articles, cached by document version. Analysis runs only when someone asks for it (the
// editor layer asks for visible articles), so activation and opening a file in the background cost nothing. Once an
// article has been analysed, typing re-analyses it after a pause and reports the new result. Large articles are
// analysed on a worker thread (node/backgroundAnalysis.ts): until the result arrives, `of()` answers undefined.
import * as vscode from 'vscode';
import { analyze } from '../core/detect/analyze';
import type { Analysis } from '../core/detect/spans';
import { BackgroundAnalysis } from '../node/backgroundAnalysis';
import { claimThreshold } from './settings';

/** Milliseconds of quiet after the last edit before an analysed article is analysed again. */
export const ANALYSIS_DEBOUNCE_MS = 300;
/** Articles at least this long (UTF-16 code units) are analysed on the worker thread. Shorter ones take under ~25 ms
 *  here, about what sending the text there and the result back would cost. */
export const BACKGROUND_ANALYSIS_CHARS = 256 * 1024;

interface CachedAnalysis {
  version: number;
  analysis: Analysis;
}

export class AnalysisCache implements vscode.Disposable {
  private readonly cache = new Map<string, CachedAnalysis>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly analysed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when a debounced re-analysis or a background analysis produced a new result. */
  readonly onDidAnalyse = this.analysed.event;
  private readonly subscriptions: vscode.Disposable[];
  private readonly background = new BackgroundAnalysis();
  /** Documents with an analysis on the worker thread; its result is checked against the version when it arrives.
   *  Keyed by URI, holding the document object: a document closed and opened again is a new object. */
  private readonly inBackground = new Map<string, vscode.TextDocument>();

  constructor() {
    this.subscriptions = [
      vscode.workspace.onDidChangeTextDocument(event => {
        const key = event.document.uri.toString();
        if (event.contentChanges.length && (this.cache.has(key) || this.inBackground.has(key))) this.schedule(event.document);
      }),
      vscode.workspace.onDidCloseTextDocument(document => this.forget(document.uri)),
      vscode.workspace.onDidChangeConfiguration(event => {
        if (!event.affectsConfiguration('factcheck.claimThreshold')) return;
        const uris = [...new Set([...this.cache.keys(), ...this.inBackground.keys()])];
        this.cache.clear();
        this.inBackground.clear(); // results on their way use the old threshold: ignore them
        for (const key of uris) this.analysed.fire(vscode.Uri.parse(key));
      }),
    ];
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
    const options = { claimThreshold: claimThreshold(document.uri) };
    if (text.length >= BACKGROUND_ANALYSIS_CHARS) {
      this.analyseInBackground(document, text, options);
      return undefined;
    }
    const analysis = analyze(text, options);
    this.cache.set(key, { version: document.version, analysis });
    return analysis;
  }

  /** Whether the document's analysis is being computed on the worker thread. */
  isAnalysing(uri: vscode.Uri): boolean {
    return this.inBackground.has(uri.toString());
  }

  private analyseInBackground(document: vscode.TextDocument, text: string, options: { claimThreshold: number }): void {
    const key = document.uri.toString();
    this.inBackground.set(key, document);
    const version = document.version;
    void this.background.analyze(text, options).then(analysis => {
      if (this.inBackground.get(key) !== document) return; // closed (and perhaps opened again) meanwhile
      this.inBackground.delete(key);
      if (document.isClosed) return;
      if (document.version !== version) {
        // typed meanwhile: analyse the text as it is now, unless a debounced re-analysis is already due
        if (!this.timers.has(key)) this.of(document);
        return;
      }
      this.cache.set(key, { version, analysis });
      this.analysed.fire(document.uri);
    });
  }

  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.cache.delete(key);
    this.inBackground.delete(key);
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      if (document.isClosed || !(this.cache.has(key) || this.inBackground.has(key))) return;
      if (this.of(document)) this.analysed.fire(document.uri); // a background analysis fires when it is done
    }, ANALYSIS_DEBOUNCE_MS));
  }

  dispose(): void {
    this.background.dispose();
    this.inBackground.clear();
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.cache.clear();
    this.analysed.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
