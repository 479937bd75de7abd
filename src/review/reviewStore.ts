// Placeholder until the store lands: analysis of open articles only, no sidecars.
import * as vscode from 'vscode';
import { analyze } from '../core/analyze';
import type { Analysis } from '../core/spans';
import type { ArticleReview, ReviewClaim } from '../core/review';
import type { ClaimChange, ReviewService } from './reviewService';
import { isArticle } from './articles';

export class ReviewStore implements ReviewService, vscode.Disposable {
  private readonly changeArticle = new vscode.EventEmitter<vscode.Uri>();
  private readonly changeArticles = new vscode.EventEmitter<void>();
  readonly onDidChangeArticle = this.changeArticle.event;
  readonly onDidChangeArticles = this.changeArticles.event;

  articles(): vscode.Uri[] {
    return vscode.workspace.textDocuments.filter(isArticle).map(d => d.uri);
  }

  analysisOf(uri: vscode.Uri): Analysis | undefined {
    const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    return document && isArticle(document) ? analyze(document.getText()) : undefined;
  }

  reviewOf(uri: vscode.Uri): ArticleReview | undefined {
    const analysis = this.analysisOf(uri);
    if (!analysis) return undefined;
    const claims: ReviewClaim[] = analysis.claims.map(c => ({
      key: `detected:${c.start}`, start: c.start, end: c.end, text: c.text, status: 'unverified', origin: 'detected',
      orphaned: false, dismissed: false, score: c.score, cues: c.cues,
    }));
    return { claims, sidecar: { kind: 'none' } };
  }

  async load(uri: vscode.Uri): Promise<ArticleReview | undefined> {
    return this.reviewOf(uri);
  }

  async updateClaim(_uri: vscode.Uri, _claim: ReviewClaim, _change: ClaimChange): Promise<void> {
    throw new Error('Saving annotations is not available yet.');
  }

  async addManualClaim(_uri: vscode.Uri, _start: number, _end: number): Promise<ReviewClaim> {
    throw new Error('Saving annotations is not available yet.');
  }

  async reattachClaim(_uri: vscode.Uri, _claim: ReviewClaim, _start: number, _end: number): Promise<void> {
    throw new Error('Saving annotations is not available yet.');
  }

  dispose(): void {
    this.changeArticle.dispose();
    this.changeArticles.dispose();
  }
}
