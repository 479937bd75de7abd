// "Have we checked this before?" in the editor: the desk's verdicts from every article the review service knows,
// prepared once for matching (core/match) and prepared again only when the set of verdicts changed, so a hover asks a
// warm index.
import * as vscode from 'vscode';
import type { EarlierVerdict } from '../core/match/earlierVerdict';
import { matchArticle } from '../core/match/matchArticle';
import { prepareMatchIndex, type MatchIndex, type VerdictMatch } from '../core/match/matchIndex';
import type { ReviewService } from './reviewService';

/** Fact-checks published elsewhere and imported (ClaimReview files, claimReviewImports.ts), read-only. */
export interface ImportedVerdicts {
  verdictsByFile(): [vscode.Uri, readonly EarlierVerdict[]][];
  readonly onDidChange: vscode.Event<void>;
}

export class SeenBefore implements vscode.Disposable {
  private index: MatchIndex | undefined;
  private signature = '';
  private stale = true;
  /** The article URI of each verdict's `article` name, to open it. */
  private readonly uris = new Map<string, vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly reviews: ReviewService, private readonly imported?: ImportedVerdicts) {
    const mark = () => { this.stale = true; };
    this.subscriptions = [reviews.onDidChangeArticle(mark), reviews.onDidChangeArticles(mark), ...imported ? [imported.onDidChange(mark)] : []];
  }

  /** The best earlier verdict of another article for the claim at [start, end) of `text`, if it scores minScore. */
  bestMatch(uri: vscode.Uri, text: string, start: number, end: number, minScore: number): VerdictMatch | undefined {
    if (minScore >= 1) return undefined;
    const index = this.prepared();
    const [claim] = matchArticle(index, text, [{ start, end }], { excludeArticle: nameOf(uri), top: 1, minScore });
    return claim.matches[0];
  }

  /** Where an earlier verdict's article is. */
  uriOf(article: string): vscode.Uri | undefined {
    return this.uris.get(article);
  }

  private prepared(): MatchIndex {
    if (this.index && !this.stale) return this.index;
    this.stale = false;
    const verdicts: EarlierVerdict[] = [];
    this.uris.clear();
    for (const uri of this.reviews.articles()) {
      const review = this.reviews.reviewOf(uri);
      const article = nameOf(uri);
      for (const claim of review?.claims ?? []) {
        const annotation = claim.annotation;
        if (!annotation || claim.dismissed || claim.status === 'unverified') continue;
        this.uris.set(article, uri);
        verdicts.push({
          article, id: annotation.id, status: annotation.status, quote: claim.reviewedText ?? claim.text,
          ...(annotation.note ? { note: annotation.note } : {}), ...(annotation.sources?.length ? { sources: annotation.sources } : {}),
          ...(annotation.reviewer ? { reviewer: annotation.reviewer } : {}), ...(annotation.updated ? { updated: annotation.updated } : {}),
        });
      }
    }
    for (const [file, imported] of this.imported?.verdictsByFile() ?? []) {
      for (const verdict of imported) this.uris.set(verdict.article, file);
      verdicts.push(...imported);
    }
    // an edit that leaves every verdict as it was (most edits) keeps the prepared index
    const signature = verdicts.map(v => `${v.article}#${v.id}\u0000${v.publisher ?? ''}\u0000${v.status}\u0000${v.quote}\u0000${v.note ?? ''}\u0000${v.updated ?? ''}`).join('\u0001');
    if (!this.index || signature !== this.signature) {
      this.index = prepareMatchIndex(verdicts);
      this.signature = signature;
    }
    return this.index;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

/** An article's name as verdicts and the sidecar's `from` give it: workspace-relative, '/'-separated. */
export function nameOf(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false);
}
