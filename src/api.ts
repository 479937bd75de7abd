// The small API `activate()` returns: for the integration tests and for other extensions.
import type * as vscode from 'vscode';
import type { Analysis } from './core/detect/spans';
import type { ArticleReview } from './core/review/reviewClaims';
import type { ReviewService } from './review/reviewService';
import type { EditorFeatures } from './editor';
import type { ClaimsView } from './claimsView';
import type { ClaimReviewImports } from './review/claimReviewImports';

export interface FactcheckApi {
  /** The detection result for an open article (undefined for documents the extension ignores). */
  analysisOf(document: vscode.TextDocument): Analysis | undefined;
  /** Detected claims and annotations of an article, combined. */
  reviewOf(uri: vscode.Uri): ArticleReview | undefined;
  /** The review state behind every view; tests use it to drive and observe the extension. */
  readonly reviews: ReviewService;
  /** What the editor shows (decoration ranges, status bar): for tests. Optional: absent where the editor layer is not loaded. */
  readonly editor?: EditorFeatures;
  /** The Claims view (tree provider, tree view, grouping and filter): for tests. Optional like `editor`. */
  readonly claimsTree?: ClaimsView;
  /** Earlier verdicts read from the workspace's ClaimReview files (read-only), for "checked before" matching. */
  readonly importedVerdicts?: ClaimReviewImports;
}
