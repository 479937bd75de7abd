// The one place the editor layer reads and changes review state. Implemented by ReviewStore (reviewStore.ts);
// decorations, hovers, commands, status bar and the Claims view depend on this interface only.
import type * as vscode from 'vscode';
import type { Analysis } from '../core/detect/spans';
import type { ArticleReview, ClaimEdit, ReviewClaim } from '../core/review/reviewClaims';
import type { LazyReview } from '../core/workspace/articleSummary';
import type { IndexProgress } from './workspaceIndex';

/** Something the user should read (a merge with changes made elsewhere, a sidecar that could not move): the editor
 *  layer shows it; the review layer never talks to the window itself. */
export interface ReviewMessage {
  severity: 'warning' | 'error';
  text: string;
}

export interface ReviewService {
  /** Fires with the article's URI whenever its analysis, annotations or anchors change. */
  readonly onDidChangeArticle: vscode.Event<vscode.Uri>;
  /** Fires when the set of known articles changes (sidecar found or deleted, article opened). */
  readonly onDidChangeArticles: vscode.Event<void>;
  /** Fires with a message for the user. */
  readonly onDidRaiseMessage: vscode.Event<ReviewMessage>;

  /** Fires while the workspace index works through many articles (undefined when it is done). */
  readonly onDidIndexProgress: vscode.Event<IndexProgress | undefined>;
  /** How far the workspace index is, or undefined when it is not busy. */
  indexing(): IndexProgress | undefined;
  /** Resolves when the workspace index has caught up with every change known so far. */
  whenIndexed(): Promise<void>;

  /** Every article of the workspace (the workspace index), those with a sidecar anywhere, and open articles. */
  articles(): vscode.Uri[];
  /** Detection result of an open article (undefined for closed or non-article documents, and while analysing). */
  analysisOf(uri: vscode.Uri): Analysis | undefined;
  /** A large open article is being analysed on a worker thread: its analysis and review arrive with onDidChangeArticle. */
  isAnalysing(uri: vscode.Uri): boolean;
  /** Combined review of an article; undefined when it is unknown or still being analysed. For closed articles, anchors
   *  come from the sidecar. An unopened article nobody reviewed has its claims' words read from its file first: undefined
   *  until then (this starts it; `load` waits for it). */
  reviewOf(uri: vscode.Uri): ArticleReview | undefined;
  /** An unopened article nobody reviewed, as the workspace index has it: its counts now, its review (every detected
   *  claim unverified, the words read from the article) made only when asked for. Undefined for any other article: ask
   *  reviewOf. */
  lazyReviewOf(uri: vscode.Uri): LazyReview | undefined;
  /** Resolves once the stored workspace index is read whole (lazyReviewOf's reviews are there to make). */
  whenIndexLoaded(): Promise<void>;
  /** Looks for sidecar files in the workspace again (the Claims view's Refresh): lists articles found since. */
  discoverSidecars(): Promise<void>;
  /** Loads (and anchors) an article's review if not loaded yet. */
  load(uri: vscode.Uri): Promise<ArticleReview | undefined>;

  /** Where the article's sidecar file is, or will be once something is written; undefined for unknown articles. */
  sidecarOf(uri: vscode.Uri): vscode.Uri | undefined;
  /** Resolves when the reads and writes queued so far (for one article, or for all) have finished. */
  whenIdle(uri?: vscode.Uri): Promise<void>;

  /** Changes a claim; creates its sidecar entry if needed. Rejects with a user-readable Error when the sidecar is invalid. */
  updateClaim(uri: vscode.Uri, claim: ReviewClaim, edit: ClaimEdit): Promise<void>;
  /** Records text the detector missed as a manual claim. */
  addManualClaim(uri: vscode.Uri, start: number, end: number): Promise<ReviewClaim>;
  /** Re-attaches an (orphaned) claim to a new range. */
  reattachClaim(uri: vscode.Uri, claim: ReviewClaim, start: number, end: number): Promise<void>;
}
