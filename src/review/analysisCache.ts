// Detection results of open articles, cached by document version. Analysis runs only when someone asks for it (the
// editor layer asks for visible articles), so activation and opening a file in the background cost nothing. Once an
// article has been analysed, typing re-analyses it after a pause and reports the new result.
import * as vscode from 'vscode';
import { analyze } from '../core/analyze';
import type { Analysis } from '../core/spans';
import { claimThreshold } from './settings';

/** Milliseconds of quiet after the last edit before an analysed article is analysed again. */
export const ANALYSIS_DEBOUNCE_MS = 300;

interface CachedAnalysis {
  version: number;
  analysis: Analysis;
}

export class AnalysisCache implements vscode.Disposable {
  private readonly cache = new Map<string, CachedAnalysis>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly analysed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when a debounced re-analysis produced a new result. */
  readonly onDidAnalyse = this.analysed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.subscriptions = [
      vscode.workspace.onDidChangeTextDocument(event => {
        if (event.contentChanges.length && this.cache.has(event.document.uri.toString())) this.schedule(event.document);
      }),
      vscode.workspace.onDidCloseTextDocument(document => this.forget(document.uri)),
      vscode.workspace.onDidChangeConfiguration(event => {
        if (!event.affectsConfiguration('factcheck.claimThreshold')) return;
        const uris = [...this.cache.keys()];
        this.cache.clear();
        for (const key of uris) this.analysed.fire(vscode.Uri.parse(key));
      }),
    ];
  }

  /** The analysis of the document's current text (computed now if the cached one is older). */
  of(document: vscode.TextDocument): Analysis {
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version) return cached.analysis;
    const analysis = analyze(document.getText(), { claimThreshold: claimThreshold(document.uri) });
    this.cache.set(key, { version: document.version, analysis });
    return analysis;
  }

  /** The last analysis, whatever version it was for; undefined if the document was never analysed. */
  last(uri: vscode.Uri): Analysis | undefined {
    return this.cache.get(uri.toString())?.analysis;
  }

  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.cache.delete(key);
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      if (document.isClosed || !this.cache.has(key)) return;
      this.of(document);
      this.analysed.fire(document.uri);
    }, ANALYSIS_DEBOUNCE_MS));
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.cache.clear();
    this.analysed.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
