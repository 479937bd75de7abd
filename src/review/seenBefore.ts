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
import { paragraphBreaks, paragraphOf } from '../core/text/paragraphs';
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
/** Longest article (characters) whose claims all get matched, for the hints and the Claims view's "seen before". */
const LONGEST_MATCHED_ARTICLE = 1024 * 1024;
/** Longest paragraph read around a claim, in characters: beyond it, the text this far either side of the claim. */
const LONGEST_PARAGRAPH = 4000;
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

/** An open article's matches by paragraph and place in it, for one threshold and set of verdicts: the store hands out
 *  a new review object on every ask, and an edit moves every claim after it; the paragraphs stay. */
interface ParagraphMatches {
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
  private readonly byParagraph = new Map<string, ParagraphMatches>();
  private lastBreaks: { text: string; breaks: readonly number[] } | undefined;
  private readonly claimMatches = new WeakMap<ReviewClaim, { version: number; matches: readonly VerdictMatch[] }>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly reviews: ReviewService, private readonly imported?: ImportedVerdicts) {
    this.subscriptions = [
      reviews.onDidChangeArticle(uri => this.markDirty(() => this.dirty.add(uri.toString()))),
      reviews.onDidChangeArticles(() => this.markDirty(() => { this.allDirty = true; })),
      ...imported ? [imported.onDidChange(() => this.markDirty(() => { this.importedDirty = true; }))] : [],
      vscode.workspace.onDidCloseTextDocument(document => this.byParagraph.delete(document.uri.toString())),
      vscode.workspace.onDidChangeConfiguration(event => {
        if (event.affectsConfiguration('factcheck.similar')) this.bump();
      }),
      this.changed,
    ];
  }

  /** Every placed, not dismissed claim of an article that has earlier verdicts, with them (disputed and false first),
   *  worked out for at most `budgetMs` (none: all of them); `done` is false when claims are left for the next ask.
   *  A claim is matched once per paragraph, threshold and set of verdicts: an edit elsewhere in the article, which
   *  moves every claim after it, asks again only for the paragraph edited, and the hints, the hover and the Claims
   *  view share the answers. Claims whose offsets do not hold `text` (a review a moment older than the text) are left
   *  out until their review catches up. */
  articleMatches(uri: vscode.Uri, text: string, review: ArticleReview, budgetMs?: number, slices?: Map<string, readonly VerdictMatch[]>):
  { byClaim: ReadonlyMap<ReviewClaim, readonly VerdictMatch[]>; done: boolean } {
    const minScore = similarMinScore(uri);
    const index = this.prepared();
    const known = this.byReview.get(review);
    if (known && known.version === this.version && known.minScore === minScore) return { byClaim: known.byClaim, done: true };
    // an archive-sized file is matched claim by claim in its hover only, never all at once
    if (text.length > LONGEST_MATCHED_ARTICLE) return { byClaim: new Map(), done: true };
    // `slices`: where an unopened article's slices keep what they matched (an open article's is kept anyway)
    const cache = slices ?? this.cacheFor(uri, minScore);
    const started = performance.now();
    const paragraphs = this.breaksOf(text);
    const byClaim = new Map<ReviewClaim, readonly VerdictMatch[]>();
    let done = true;
    for (const claim of review.claims) {
      if (claim.dismissed || claim.orphaned || claim.start === undefined || claim.end === undefined || text.slice(claim.start, claim.end) !== claim.text) continue;
      if (budgetMs !== undefined && performance.now() - started > budgetMs) {
        done = false;
        break;
      }
      const matches = this.claimMatchesIn(uri, text, paragraphs, claim.start, claim.end, index, minScore, cache);
      if (matches.length) byClaim.set(claim, matches);
    }
    if (done) {
      for (const claim of review.claims) this.claimMatches.delete(claim);
      for (const [claim, matches] of byClaim) this.claimMatches.set(claim, { version: this.version, matches });
      this.byReview.set(review, { minScore, version: this.version, byClaim });
    }
    return { byClaim, done };
  }

  /** The earlier verdicts matching one claim (the hover's): from what the hints worked out, else matched now. */
  matchesAt(uri: vscode.Uri, text: string, claim: ReviewClaim): readonly VerdictMatch[] {
    if (claim.dismissed || claim.start === undefined || claim.end === undefined || text.slice(claim.start, claim.end) !== claim.text) return [];
    const minScore = similarMinScore(uri);
    const index = this.prepared();
    return this.claimMatchesIn(uri, text, this.breaksOf(text), claim.start, claim.end, index, minScore, this.cacheFor(uri, minScore));
  }

  /** The paragraph breaks of the text last asked about: a long article is matched in slices, each asking again. */
  private breaksOf(text: string): readonly number[] {
    if (this.lastBreaks?.text !== text) this.lastBreaks = { text, breaks: paragraphBreaks(text) };
    return this.lastBreaks.breaks;
  }

  /** Matches by paragraph and the claim's place in it, for the current verdicts and threshold; kept across asks for an
   *  open article only (typing asks again and again), so an unopened article's text is not held on to. */
  private cacheFor(uri: vscode.Uri, minScore: number): Map<string, readonly VerdictMatch[]> {
    const key = uri.toString();
    const known = this.byParagraph.get(key);
    if (known && known.version === this.version && known.minScore === minScore) return known.matches;
    const fresh = { version: this.version, minScore, matches: new Map<string, readonly VerdictMatch[]>() };
    if (vscode.workspace.textDocuments.some(d => d.uri.toString() === key)) this.byParagraph.set(key, fresh);
    return fresh.matches;
  }

  private claimMatchesIn(uri: vscode.Uri, text: string, paragraphs: readonly number[], start: number, end: number, index: MatchIndex,
    minScore: number, cache: Map<string, readonly VerdictMatch[]>): readonly VerdictMatch[] {
    if (minScore >= 1 || !index.size) return [];
    // the claim is matched inside its paragraph alone: what matching reads of the article around a claim is that
    // paragraph, and the paragraph (not the whole article) is what has to stay the same for the answer to hold
    const around = paragraphOf(paragraphs, text.length, start, end);
    // a "paragraph" of a whole book (a text without blank lines) says nothing about one claim: its neighbourhood does
    const from = around.to - around.from > LONGEST_PARAGRAPH ? Math.max(around.from, start - LONGEST_PARAGRAPH / 2) : around.from;
    const to = around.to - around.from > LONGEST_PARAGRAPH ? Math.min(around.to, end + LONGEST_PARAGRAPH / 2) : around.to;
    const paragraph = text.slice(from, to);
    const key = `${start - from}:${end - from}\u0000${paragraph}`;
    let matches = cache.get(key);
    if (!matches) {
      const [found] = matchArticle(index, paragraph, [{ start: start - from, end: end - from }], { excludeArticle: nameOf(uri), minScore });
      matches = seenBeforeOrder(found?.matches ?? [], SHOWN);
      cache.set(key, matches);
    }
    return matches;
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
      // a long article is worked through in slices too
      const slices = new Map<string, readonly VerdictMatch[]>();
      const version = this.version;
      while (text !== undefined && version === this.version && !this.articleMatches(uri, text, review, 30, slices).done) await new Promise(resolve => setTimeout(resolve, 0));
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
      // an unopened article nobody reviewed holds no verdict: its claims are not read for nothing
      const review = this.reviews.lazyReviewOf(uri) ? undefined : this.reviews.reviewOf(uri);
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
