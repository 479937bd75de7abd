// When the editor's view of an article is rebuilt: when an editor becomes visible, and when the review service says
// the article changed (it times edits: after a pause in typing, so typing never waits for analysis). Each rebuild
// asks the review service once and hands the same snapshot to every view of the article.
import * as vscode from 'vscode';
import type { Analysis } from '../core/detect/spans';
import type { ArticleReview } from '../core/review/reviewClaims';
import type { ReviewService } from '../review/reviewService';
import type { ArticleGate, GateState } from './articleGate';

/** Review changes arrive in bursts (a command changes several claims): coalesce them briefly. */
const REVIEW_COALESCE_MS = 15;

export interface ArticleSnapshot {
  document: vscode.TextDocument;
  state: GateState;
  review?: ArticleReview;
  analysis?: Analysis;
  /** A large article being analysed on the worker thread: what is shown stays (VS Code moves it with edits) until
   *  the new analysis arrives. */
  analysing?: boolean;
}

/** Milliseconds one rebuild spent asking the review service (analysis, anchoring) and drawing (decorations, status bar). */
export interface RefreshTiming {
  reviewMillis: number;
  presentMillis: number;
}

export type Presenter = (editors: readonly vscode.TextEditor[], snapshot: ArticleSnapshot) => void;

export class ArticleRefresher implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[];
  private readonly refreshed = new vscode.EventEmitter<{ snapshot: ArticleSnapshot; timing: RefreshTiming }>();
  /** Fires after every rebuild, with how long it took. */
  readonly onDidRefresh = this.refreshed.event;

  constructor(private readonly reviews: ReviewService, private readonly gate: ArticleGate, private readonly presenters: Presenter[]) {
    this.subscriptions = [
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshVisible()),
      reviews.onDidChangeArticle(uri => this.schedule(uri, REVIEW_COALESCE_MS)),
      gate.onDidChange(uri => (uri ? this.refresh(uri) : this.refreshVisible())),
      vscode.workspace.onDidChangeConfiguration(event => {
        if (event.affectsConfiguration('factcheck')) this.refreshVisible();
      }),
    ];
    this.refreshVisible();
  }

  refreshVisible(): void {
    const uris = new Map(vscode.window.visibleTextEditors.map(e => [e.document.uri.toString(), e.document.uri]));
    for (const uri of uris.values()) this.refresh(uri);
  }

  private schedule(uri: vscode.Uri, delay: number): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => this.refresh(uri), delay));
  }

  /** Rebuilds every visible editor of one document now. */
  refresh(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const editors = vscode.window.visibleTextEditors.filter(e => e.document.uri.toString() === key);
    if (!editors.length) return;
    const started = performance.now();
    const snapshot = this.snapshotOf(editors[0].document);
    const asked = performance.now();
    for (const present of this.presenters) {
      try {
        present(editors, snapshot);
      } catch (error) {
        console.error('factcheck: could not show the review', error);
      }
    }
    this.refreshed.fire({ snapshot, timing: { reviewMillis: asked - started, presentMillis: performance.now() - asked } });
  }

  private snapshotOf(document: vscode.TextDocument): ArticleSnapshot {
    const state = this.gate.state(document);
    if (state === 'too-large') this.gate.askAboutLargeFile(document);
    if (state !== 'on') return { document, state };
    const review = this.reviews.reviewOf(document.uri);
    const analysis = this.reviews.analysisOf(document.uri);
    const analysing = this.reviews.isAnalysing(document.uri);
    // not loaded yet, or analysing: the review service announces it once it is there
    return { document, state, review, analysis, analysing };
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.refreshed.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
