// "Have we checked this before?" in the editor and the Claims view: the desk's verdicts from every article the review
// service knows, prepared once for matching (core/match) and prepared again only when the set of verdicts changed, so
// a hover asks a warm index. When that set changes, onDidChange tells whoever shows matches (the inline hints, the
// Claims view) to ask again; nothing here reaches into a view.
import * as vscode from 'vscode';
import type { EarlierVerdict } from '../core/match/earlierVerdict';
import { matchArticle } from '../core/match/matchArticle';
import { prepareMatchIndex, type MatchIndex, type VerdictMatch } from '../core/match/matchIndex';
import { seenBeforeOrder } from '../core/present/seenBeforeText';
import type { ArticleReview, ReviewClaim } from '../core/review/reviewClaims';
import { articleText } from './articles';
import type { ReviewService } from './reviewService';
import { similarMinScore } from './settings';

/** Fact-checks published elsewhere and imported (ClaimReview files, claimReviewImports.ts), read-only. */
export interface ImportedVerdicts {
  verdictsByFile(): [vscode.Uri, readonly EarlierVerdict[]][];
  readonly onDidChange: vscode.Event<void>;
}

/** What the Claims view asks: which claims have an earlier verdict, for the articles it shows. */
export interface SeenClaims {
  /** A claim's earlier verdicts (disputed and false first), once its article was prepared; undefined before. */
  matchesOf(claim: ReviewClaim): readonly VerdictMatch[] | undefined;
  /** Works out the matches of these articles' claims (reading an unopened article's text from disk); a review that is
   *  no longer the article's current one is left out (a refresh follows). */
  prepare(articles: readonly { uri: vscode.Uri; review: ArticleReview | undefined }[]): Promise<void>;
  /** Fires when earlier matches may have changed (a verdict given or changed anywhere, the threshold changed). */
  readonly onDidChange: vscode.Event<void>;
}

/** The earlier verdicts a hover, a hint or a claim row shows per claim, at most. */
const SHOWN = 3;
/** Verdict changes come in bursts (a pull brings many sidecars): the set is compared once they settle. */
const SETTLE_MS = 150;

interface ArticleVerdicts {
  review: ArticleReview | undefined;
  uri: vscode.Uri;
  verdicts: EarlierVerdict[];
  signature: string;
}

/** What a review's claims matched, for one threshold and set of verdicts (`version`); the review's own text is the
 *  one they were worked out on (the text is not kept: the Claims view may hold every article's review). */
interface ArticleMatches {
  minScore: number;
  version: number;
  byClaim: Map<ReviewClaim, readonly VerdictMatch[]>;
}

/** An open article's matches by claim span ("start:end"), for one text, threshold and set of verdicts: the store hands
 *  out a new review object on every ask, the spans stay. */
interface SpanMatches {
  text: string;
  minScore: number;
  version: number;
  matches: Map<string, readonly VerdictMatch[]>;
}

export class SeenBefore implements SeenClaims, vscode.Disposable {
  private index: MatchIndex | undefined;
  /** Bumped whenever the index is prepared from a different set of verdicts: earlier matches are stale then. */
  private version = 0;
  /** Each article's verdicts, from the review object they were read from (reused while it is the same object). */
  private readonly byArticle = new Map<string, ArticleVerdicts>();
  private importedSignature = '';
  /** Articles whose verdicts may have changed since the index was prepared; `all`: the set of articles changed. */
  private readonly dirty = new Set<string>();
  private allDirty = true;
  private importedDirty = true;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The article URI of each verdict's `article` name, to open it. */
  private readonly uris = new Map<string, vscode.Uri>();
  private readonly byReview = new WeakMap<ArticleReview, ArticleMatches>();
  private readonly bySpan = new Map<string, SpanMatches>();
  private readonly claimMatches = new WeakMap<ReviewClaim, { version: number; matches: readonly VerdictMatch[] }>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly reviews: ReviewService, private readonly imported?: ImportedVerdicts) {
    this.subscriptions = [
      reviews.onDidChangeArticle(uri => this.markDirty(() => this.dirty.add(uri.toString()))),
      reviews.onDidChangeArticles(() => this.markDirty(() => { this.allDirty = true; })),
      ...imported ? [imported.onDidChange(() => this.markDirty(() => { this.importedDirty = true; }))] : [],
      vscode.workspace.onDidCloseTextDocument(document => this.bySpan.delete(document.uri.toString())),
      vscode.workspace.onDidChangeConfiguration(event => {
        if (event.affectsConfiguration('factcheck.similar')) this.bump();
      }),
      this.changed,
    ];
  }

  /** Every placed, not dismissed claim of an article that has earlier verdicts, with them (disputed and false first).
   *  A claim is matched once per text of its article and set of verdicts: the hints, the hover and the Claims view
   *  ask the same question of an open article and share the answer. Claims whose offsets do not hold `text` (a review
   *  a moment older than the text) are left out until their review catches up. */
  articleMatches(uri: vscode.Uri, text: string, review: ArticleReview): ReadonlyMap<ReviewClaim, readonly VerdictMatch[]> {
    const minScore = similarMinScore(uri);
    const index = this.prepared();
    const known = this.byReview.get(review);
    if (known && known.version === this.version && known.minScore === minScore) return known.byClaim;
    const key = uri.toString();
    let spans = this.bySpan.get(key);
    if (!spans || spans.text !== text || spans.version !== this.version || spans.minScore !== minScore) {
      spans = { text, version: this.version, minScore, matches: new Map() };
      // kept for open articles only (typing asks again and again); an unopened one's text is not held on to
      if (vscode.workspace.textDocuments.some(d => d.uri.toString() === key)) this.bySpan.set(key, spans);
    }
    const placed = review.claims.filter(c => !c.dismissed && !c.orphaned && c.start !== undefined && c.end !== undefined && text.slice(c.start, c.end) === c.text);
    const spanOf = (c: ReviewClaim) => `${c.start}:${c.end}`;
    const missing = placed.filter(c => !spans.matches.has(spanOf(c)));
    if (missing.length) {
      const found = minScore >= 1 || !index.size ? [] : matchArticle(index, text, missing.map(c => ({ start: c.start!, end: c.end! })), { excludeArticle: nameOf(uri), minScore });
      missing.forEach((claim, i) => spans.matches.set(spanOf(claim), seenBeforeOrder(found[i]?.matches ?? [], SHOWN)));
    }
    const byClaim = new Map<ReviewClaim, readonly VerdictMatch[]>();
    for (const claim of review.claims) this.claimMatches.delete(claim);
    for (const claim of placed) {
      const matches = spans.matches.get(spanOf(claim))!;
      if (!matches.length) continue;
      byClaim.set(claim, matches);
      this.claimMatches.set(claim, { version: this.version, matches });
    }
    this.byReview.set(review, { minScore, version: this.version, byClaim });
    return byClaim;
  }

  matchesOf(claim: ReviewClaim): readonly VerdictMatch[] | undefined {
    const known = this.claimMatches.get(claim);
    return known?.version === this.version ? known.matches : undefined;
  }

  async prepare(articles: readonly { uri: vscode.Uri; review: ArticleReview | undefined }[]): Promise<void> {
    this.prepared();
    let since = performance.now();
    for (const { uri, review } of articles) {
      if (!review?.claims.length || this.byReview.get(review)?.version === this.version) continue;
      const text = await articleText(uri);
      if (text !== undefined) this.articleMatches(uri, text, review);
      // a whole workspace is worked through in slices, so the extension host keeps answering
      if (performance.now() - since > 30) {
        await new Promise(resolve => setTimeout(resolve, 0));
        since = performance.now();
      }
    }
  }

  /** Where an earlier verdict's article is. */
  uriOf(article: string): vscode.Uri | undefined {
    this.prepared();
    return this.uris.get(article);
  }

  private markDirty(mark: () => void): void {
    mark();
    clearTimeout(this.timer);
    // compared once the burst settles; whoever asks sooner (a hover) compares at once
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.prepared();
    }, SETTLE_MS);
  }

  private bump(): void {
    this.version++;
    this.changed.fire();
  }

  /** The index over the verdicts as they are now; re-prepared, and onDidChange fired, only when they differ. */
  private prepared(): MatchIndex {
    const articlesChanged = this.collectArticles();
    const importedChanged = this.collectImported();
    if (this.index && !articlesChanged && !importedChanged) return this.index;
    const verdicts: EarlierVerdict[] = [];
    this.uris.clear();
    for (const { uri, verdicts: found } of this.byArticle.values()) {
      for (const verdict of found) this.uris.set(verdict.article, uri);
      verdicts.push(...found);
    }
    for (const [file, imported] of this.imported?.verdictsByFile() ?? []) {
      for (const verdict of imported) this.uris.set(verdict.article, file);
      verdicts.push(...imported);
    }
    const first = !this.index;
    this.index = prepareMatchIndex(verdicts);
    if (first) this.version++;
    else this.bump();
    return this.index;
  }

  /** Reads the verdicts of the articles marked dirty (all of them after the set of articles changed); whether any
   *  article's verdicts differ from before. Most edits leave every verdict as it was. */
  private collectArticles(): boolean {
    if (!this.allDirty && !this.dirty.size) return false;
    let changed = false;
    const uris = this.allDirty ? this.reviews.articles() : [...this.dirty].map(key => this.byArticle.get(key)?.uri ?? vscode.Uri.parse(key));
    if (this.allDirty) {
      const now = new Set(uris.map(uri => uri.toString()));
      for (const [key, known] of this.byArticle) {
        if (now.has(key)) continue;
        this.byArticle.delete(key);
        if (known.verdicts.length) changed = true;
      }
    }
    this.allDirty = false;
    this.dirty.clear();
    for (const uri of uris) {
      const key = uri.toString();
      const review = this.reviews.reviewOf(uri);
      const known = this.byArticle.get(key);
      if (known && known.review === review) continue;
      const verdicts = verdictsOf(nameOf(uri), review);
      const signature = verdicts.map(signatureOf).join('\u0001');
      if (!verdicts.length && !known) continue;
      if (signature !== (known?.signature ?? '')) changed = true;
      if (verdicts.length) this.byArticle.set(key, { review, uri, verdicts, signature });
      else this.byArticle.delete(key);
    }
    return changed;
  }

  private collectImported(): boolean {
    if (!this.importedDirty) return false;
    this.importedDirty = false;
    const signature = (this.imported?.verdictsByFile() ?? []).flatMap(([, verdicts]) => verdicts.map(signatureOf)).join('\u0001');
    const changed = signature !== this.importedSignature;
    this.importedSignature = signature;
    return changed;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

/** An article's verdicts as earlier verdicts: reviewed claims, not dismissed, on the words they were given on. */
function verdictsOf(article: string, review: ArticleReview | undefined): EarlierVerdict[] {
  const verdicts: EarlierVerdict[] = [];
  for (const claim of review?.claims ?? []) {
    const annotation = claim.annotation;
    if (!annotation || claim.dismissed || claim.status === 'unverified') continue;
    verdicts.push({
      article, id: annotation.id, status: annotation.status, quote: claim.reviewedText ?? claim.text,
      ...(annotation.note ? { note: annotation.note } : {}), ...(annotation.sources?.length ? { sources: annotation.sources } : {}),
      ...(annotation.reviewer ? { reviewer: annotation.reviewer } : {}), ...(annotation.updated ? { updated: annotation.updated } : {}),
    });
  }
  return verdicts;
}

/** What about a verdict shows in a match: when none of it changed, neither did any match. */
const signatureOf = (v: EarlierVerdict) => `${v.article}#${v.id}\u0000${v.publisher ?? ''}\u0000${v.status}\u0000${v.quote}\u0000${v.note ?? ''}\u0000${(v.sources ?? []).join('\u0002')}\u0000${v.reviewer ?? ''}\u0000${v.updated ?? ''}`;

/** An article's name as verdicts and the sidecar's `from` give it: workspace-relative, '/'-separated. */
export function nameOf(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false);
}
